"""WhooshIndex: the SearchIndex kept in a folder Ponder owns, one writer at a time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from whoosh import collectors
from whoosh.index import FileIndex
from whoosh.query.compound import Or as WOr
from whoosh.query.qcore import Query as WQuery
from whoosh.query.terms import Term as WTerm
from whoosh.searching import Searcher, TimeLimit
from whoosh.util.filelock import FileLock
from whoosh.writing import PostingPool, SegmentWriter

from ponder.core import heap, whoosh_similar
from ponder.core.index_api import (
    HeldWorkLost,
    Hit,
    IndexDoc,
    IndexLocked,
    IndexUnavailable,
    SearchResults,
    Similar,
)
from ponder.core.model import FileStamp, Kind, NotePath
from ponder.core.private_dirs import make_private_dir
from ponder.core.query import Query, Sort, parse_query
from ponder.core.whoosh_columns import ColumnView, NameTable, SegmentColumns
from ponder.core.whoosh_commits import (
    BULK_SEGMENT,
    QUICK_COMMIT,
    UNTIDY_MAX,
    Held,
    merge_quick_segments,
)
from ponder.core.whoosh_pool import TermPool
from ponder.core.whoosh_query import Compiler, Plan, positive_terms
from ponder.core.whoosh_ranking import rank, rankable
from ponder.core.whoosh_schema import Codec, Marks, document, make_snippet
from ponder.core.whoosh_scoring import CachedLengthBM25F
from ponder.core.whoosh_store import (
    LOCK_FILE,
    Broken,
    Manifest,
    StampTable,
    create,
    load,
    refuse_foreign,
)

SEARCH_SECONDS = 1.0
POOL_LIMIT_MB = 32
"""The posting pool of one commit, in its compact form (see whoosh_pool); past it, runs go to
disk. A parallel build runs two pools (see index_parallel)."""
_CHECK_EVERY = 1024  # matches between two looks at the clock when collecting unranked
TRIM_AFTER = 1_000
"""Notes in one commit past which freed memory is handed back to the system (see heap.py);
a one-note save does not pay the few milliseconds that takes."""


class WhooshIndex:
    """A SearchIndex in a folder Ponder owns; one writable instance per folder at a time.

    `apply` calls are serialised; searches from other threads share one searcher that is
    swapped for a fresh one after each commit.
    """

    def __init__(
        self,
        directory: Path,
        opened: tuple[FileIndex, Manifest, Mapping[NotePath, FileStamp]],
        *,
        lock: FileLock | None,
        rebuilt_reason: str | None,
        search_seconds: float,
        vault_root: Path | None = None,
    ) -> None:
        self.directory = directory
        self.rebuilt_reason = rebuilt_reason
        self.search_seconds = search_seconds
        self._ix, self._manifest, self._stamps = opened
        self._lock = lock
        self._vault_root = vault_root
        self._write_lock = threading.Lock()
        self._search_lock = threading.Lock()
        self._release_memory = heap.trimmer()
        self._columns = SegmentColumns()
        self._untidy = 0  # quick commits since segments were last merged
        self._held: Held | None = None
        self._weighting = CachedLengthBM25F(self._columns)
        self._searcher: Searcher = self._ix.searcher(weighting=self._weighting)
        self._view = ColumnView(self._searcher.reader(), self._columns)
        self._checked_at = time.monotonic()

    @classmethod
    def open(
        cls,
        directory: Path,
        *,
        readonly: bool = False,
        vault_root: Path | None = None,
        search_seconds: float = SEARCH_SECONDS,
    ) -> WhooshIndex:
        """Open the index in `directory`, rebuilding it empty when it is missing or unusable.

        Raises IndexRefused for a non-empty folder Ponder did not make, IndexLocked when
        another process writes to it, IndexUnavailable when read-only and not usable.
        """
        refuse_foreign(directory)
        if readonly:
            try:
                opened = load(directory, readonly=True)
            except Broken as exc:
                raise IndexUnavailable(f"the index in {directory} cannot be read: {exc}") from exc
            return cls(
                directory, opened, lock=None, rebuilt_reason=None, search_seconds=search_seconds
            )
        # The index holds the notes' text: only its owner may enter (the cache root's parent,
        # e.g. ~/.cache, is left as it is).
        make_private_dir(directory, below=directory.parent.parent.parent)
        lock = FileLock(str(directory / LOCK_FILE))
        if not lock.acquire():
            raise IndexLocked(f"another Ponder process is writing the index in {directory}")
        try:
            reason: str | None = None
            try:
                opened = load(directory, readonly=False)
            except Broken as exc:
                reason = str(exc)
                ix, manifest = create(directory, vault_root)
                opened = (ix, manifest, StampTable(manifest))
            return cls(
                directory,
                opened,
                lock=lock,
                rebuilt_reason=reason,
                search_seconds=search_seconds,
                vault_root=vault_root,
            )
        except BaseException:
            lock.release()
            raise

    # -- reading -------------------------------------------------------------------------------

    def stamps(self) -> Mapping[NotePath, FileStamp]:
        """The manifest as a mapping, read on demand: no process holds every stamp."""
        return self._stamps

    def stamps_of(self, paths: Iterable[NotePath]) -> dict[NotePath, FileStamp]:
        """The recorded stamps of those of `paths` that are indexed."""
        return self._manifest.lookup_many(paths)

    def folder_prints(self) -> dict[str, int]:
        return self._manifest.folder_prints()

    def folder_stats(self, folder: str) -> dict[str, tuple[int, int]]:
        return self._manifest.folder_stats(folder)

    def refresh(self) -> None:
        """Look at the writer's latest commit now (a read-only view, after a write it asked for)."""
        with self._search_lock:
            self._checked_at = time.monotonic()
            self._refresh()

    def count(self) -> int:
        with self._search_lock:
            return int(self._current_searcher().doc_count())

    def names(self) -> NameTable:
        """Decoded from the packed columns as they are read (they outlive this searcher)."""
        with self._search_lock:
            self._current_searcher()
            return self._view.names()

    def tag_counts(self) -> dict[str, int]:
        with self._search_lock:
            searcher = self._current_searcher()
            reader = searcher.reader()
            counts: dict[str, int] = {}
            for raw in reader.field_terms("tags"):
                tag = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
                # doc_frequency still counts deleted documents until a merge: count live ones
                live = sum(1 for _ in searcher.docs_for_query(WTerm("tags", tag)))
                if live:
                    counts[tag] = live
            return counts

    def path_for_id(self, note_id: str) -> NotePath | None:
        with self._search_lock:
            searcher = self._current_searcher()
            for docnum in searcher.docs_for_query(WTerm("note_id", note_id)):
                return NotePath(self._view.paths()[docnum])
        return None

    def with_page(self, key: str) -> list[NotePath]:
        with self._search_lock:
            searcher = self._current_searcher()
            paths = self._view.paths()
            return [NotePath(paths[n]) for n in searcher.docs_for_query(WTerm("pages", key))]

    def linking_to(self, target_names: Iterable[str]) -> list[NotePath]:
        terms = [WTerm("links", name.strip().lower()) for name in target_names if name.strip()]
        if not terms:
            return []
        with self._search_lock:
            searcher = self._current_searcher()
            paths = self._view.paths()
            docnums = searcher.docs_for_query(WOr(terms))
            return sorted(NotePath(paths[n]) for n in docnums)

    def similar(
        self, text: str, *, exclude: Iterable[NotePath] = (), limit: int = 10, terms: int = 10
    ) -> list[Similar]:
        with self._search_lock:
            return whoosh_similar.similar(
                self._current_searcher(),
                text,
                exclude=set(exclude),
                limit=limit,
                terms=terms,
            )

    def key_terms(self, text: str, count: int = 10) -> list[str]:
        with self._search_lock:
            stems = [t for t, _w in whoosh_similar.key_terms(self._current_searcher(), text, count)]
        words = whoosh_similar.surface_words(text, stems)
        return [words.get(stem, stem) for stem in stems]

    def search(
        self,
        query: str | Query,
        *,
        limit: int = 20,
        sort: Sort | None = None,
        snippets: bool = True,
    ) -> SearchResults:
        """Run a query with a time limit; on timeout the results so far come back. Without
        `snippets`, hits carry an empty one (cheaper when only the notes are wanted)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        order = sort or parsed.sort
        limit = max(limit, 1)
        started = time.perf_counter()
        with self._search_lock:
            searcher = self._current_searcher()
            plan = Compiler(searcher, self._view).plan(parsed.root)
            found, total, timed_out = self._run(searcher, plan, order, limit)
            terms = positive_terms(plan.scored, "text") | plan.highlight
            marks = Marks(frozenset(terms), plan.highlight_prefixes)
            hits = self._hits(searcher, found, marks if snippets else None)
        timed_out = timed_out or plan.partial
        elapsed = (time.perf_counter() - started) * 1000
        return SearchResults(hits, total, parsed, elapsed, timed_out)

    def _run(
        self, searcher: Searcher, plan: Plan, order: Sort, limit: int
    ) -> tuple[list[tuple[int, float]], int, bool]:
        """The top (docnum, score) pairs, the number of matches, and whether time ran out."""
        if plan.empty or (plan.allowed is not None and not plan.allowed):
            return [], 0, False
        if plan.scored is None:
            docs = plan.allowed if plan.allowed is not None else self._view.live()
            if order is not Sort.RELEVANCE:
                return [(n, 0.0) for n in self._view.top(docs, order, limit)], len(docs), False
            wanted = docs if isinstance(docs, set) else set(docs)
            first = self._view.top(wanted & plan.boost, Sort.UPDATED, limit) if plan.boost else []
            room = limit - len(first)
            rest = self._view.top(wanted.difference(first), Sort.UPDATED, room) if room else []
            return [(n, 0.0) for n in [*first, *rest]], len(docs), False
        if order is Sort.RELEVANCE:
            return self._ranked(searcher, plan.scored, plan.allowed, limit)
        matched, timed_out = self._matching(searcher, plan.scored, plan.allowed)
        return [(n, 0.0) for n in self._view.top(matched, order, limit)], len(matched), timed_out

    def _ranked(
        self, searcher: Searcher, scored: WQuery, allowed: set[int] | None, limit: int
    ) -> tuple[list[tuple[int, float]], int, bool]:
        if rankable(scored):
            ranked = rank(searcher, scored, allowed, limit, self._columns, self.search_seconds)
            if ranked is not None:
                return ranked
        # usequality=False: block skipping would leave the total unknown
        top = collectors.TopCollector(limit=limit, usequality=False, replace=0)
        child: collectors.Collector = top
        if allowed is not None:
            child = collectors.FilterCollector(top, allow=allowed)
        timed = collectors.TimeLimitCollector(child, self.search_seconds, use_alarm=False)
        timed_out = False
        try:
            searcher.search_with_collector(scored, timed)
        except TimeLimit:
            timed_out = True
        results = top.results()
        found = [
            (results.docnum(i), results.score(i) or 0.0) for i in range(results.scored_length())
        ]
        return found, top.count(), timed_out

    def _matching(
        self, searcher: Searcher, scored: WQuery, allowed: set[int] | None
    ) -> tuple[set[int], bool]:
        """Every match of the scored part within the allowed set, unranked, time-limited."""
        deadline = time.monotonic() + self.search_seconds
        found: set[int] = set()
        for count, docnum in enumerate(searcher.docs_for_query(scored)):
            if allowed is None or docnum in allowed:
                found.add(docnum)
            if count % _CHECK_EVERY == 0 and time.monotonic() > deadline:
                return found, True
        return found, False

    def _hits(
        self, searcher: Searcher, found: list[tuple[int, float]], terms: Marks | None
    ) -> tuple[Hit, ...]:
        reader = searcher.reader()
        analyzer = searcher.schema["text"].analyzer
        hits = []
        for docnum, score in found:
            stored: dict[str, Any] = reader.stored_fields(docnum)
            body = self._view.body(docnum).decode("utf-8") if terms is not None else ""
            hits.append(
                Hit(
                    path=NotePath(stored["path"]),
                    title=str(stored.get("title", "")),
                    kind=Kind.parse(stored.get("kind")),
                    tags=tuple(stored.get("tag_list", ())),
                    updated=stored.get("updated_at"),
                    score=float(score),
                    snippet=make_snippet(body, terms, analyzer) if terms is not None else "",
                )
            )
        return tuple(hits)

    def _current_searcher(self) -> Searcher:
        """The shared searcher; a read-only view looks for the writer's commits once a second."""
        if self._lock is None and time.monotonic() - self._checked_at > 1.0:
            self._checked_at = time.monotonic()
            self._refresh()
        return self._searcher

    def _refresh(self) -> None:
        """Move to the latest commit.

        Not `Searcher.refresh()`: when it reuses segment readers it adds back segments a merge
        removed and keeps stale deletions (seen with whoosh3 3.54), so updated notes match twice.
        """
        if self._lock is None and self._manifest.replaced():
            self._reload()
            return
        if self._searcher.up_to_date():
            return
        self._searcher.close()
        self._searcher = self._ix.searcher(weighting=self._weighting)
        reader = self._searcher.reader()
        self._columns.keep_only(reader)
        self._view = ColumnView(reader, self._columns)

    def _reload(self) -> None:
        """A read-only view after the writer made the index anew (a rebuild): open it again."""
        try:
            opened = load(self.directory, readonly=True)
        except Broken:
            return  # the writer is still making it: keep the old view until the next look
        self._close_files()
        self._ix, self._manifest, self._stamps = opened
        self._columns = SegmentColumns()
        self._weighting = CachedLengthBM25F(self._columns)
        self._searcher = self._ix.searcher(weighting=self._weighting)
        self._view = ColumnView(self._searcher.reader(), self._columns)

    # -- writing -------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self._lock is None:
            raise IndexUnavailable("this index was opened read-only; it cannot be changed")

    def apply(
        self,
        upserts: Sequence[IndexDoc],
        removals: Iterable[NotePath] = (),
        *,
        progress: Callable[[int, int], None] | None = None,
        hold: bool = False,
    ) -> None:
        """Add, replace and remove notes in one commit, then record their stamps. With
        `hold`, the commit waits (see `commit_held`) until BULK_SEGMENT notes are held.

        The manifest is written after the commit: if the process dies in between, the
        next open sees the generation differ and reconciles (see `whoosh_store.reconciled`).
        """
        self._writable()
        latest = {doc.path: doc for doc in upserts}
        with self._write_lock:
            known = set(self._manifest.lookup_many([*latest, *removals]))
            removed = [path for path in dict.fromkeys(removals) if path in known]
            held = self._held
            writer = held.writer if held is not None else self._writer()
            try:
                for path in removed:
                    writer.delete_by_term("path", path)
                for done, doc in enumerate(latest.values(), start=1):
                    indexed = doc.path in known and doc.path not in removed
                    add = writer.update_document if indexed else writer.add_document
                    add(**document(doc))
                    if progress is not None and done % 500 == 0:
                        progress(done, len(latest))
            except BaseException as exc:
                writer.cancel()
                self._held = None
                one_note = isinstance(exc, Exception) and not isinstance(exc, OSError | MemoryError)
                if held is not None and held.stamps and one_note:
                    raise HeldWorkLost(list(held.stamps), held.removed) from exc
                raise
            held = held or Held(writer)
            held.stamps.update((path, doc.stamp) for path, doc in latest.items())
            held.removed.extend(p for p in removed if p not in latest)
            if not hold or len(held.stamps) >= BULK_SEGMENT:
                self._commit(held)
            else:
                self._held = held
        if len(latest) >= TRIM_AFTER:
            self._release_memory()
        if progress is not None:
            progress(len(latest), len(latest))

    def commit_held(self) -> None:
        """Commit what `apply(..., hold=True)` left waiting."""
        with self._write_lock:
            if self._held is not None:
                self._commit(self._held)

    def _commit(self, held: Held) -> None:
        self._held = None
        small = len(held.stamps) + len(held.removed) < QUICK_COMMIT
        quick = small and self._untidy < UNTIDY_MAX
        held.writer.commit(merge=not quick)
        self._untidy = self._untidy + 1 if quick else 0
        generation: int = self._ix.latest_generation()
        self._manifest.record(generation, held.stamps, held.removed)
        with self._search_lock:
            self._refresh()

    @property
    def untidy(self) -> bool:
        """Whether quick commits left small segments for `tidy` to merge."""
        return self._untidy > 0

    def tidy(self) -> None:
        """Merge the small segments quick commits left (Whoosh's MERGE_SMALL), in a moment
        when nobody waits for the writer."""
        self._writable()
        with self._write_lock:
            if self._held is not None or not self._untidy:
                return  # (held work: its own commit comes first)
            self._untidy = 0  # also when the merge fails: the next quick commits come back
            self._writer().commit(mergetype=merge_quick_segments)  # no documents: the merge
            self._manifest.record(self._ix.latest_generation(), {})
            with self._search_lock:
                self._refresh()

    def _writer(self) -> SegmentWriter:
        writer = cast("SegmentWriter", self._ix.writer(procs=1, codec=Codec()))
        # whoosh3 3.54 (pinned) keeps the pool in this attribute; TermPool is its drop-in
        pool = TermPool(writer.temp_storage(), POOL_LIMIT_MB * 1024 * 1024)
        writer.pool = cast("PostingPool", pool)
        return writer

    def merge_part(self, folder: Path) -> None:
        """Take in every note of the index another process built in `folder` (see
        index_parallel), replacing the versions indexed here, in one commit.

        The part's segments are adopted as they are: their files move into this index's
        folder and the commit lists them beside this index's own segments, as if one writer
        had written them all. Copying them posting by posting through a writer cost the
        writer as much as indexing the notes itself."""
        self._writable()
        ix, manifest, _stamps = load(folder, readonly=True)
        try:
            stamps = manifest.lookup_many(manifest.paths())
            segments = ix._segments()  # whoosh3 3.54 (pinned): the segments of its last commit
        finally:
            manifest.close()
            ix.close()
        with self._write_lock:
            if self._held is not None:
                self._commit(self._held)
            known = self._manifest.lookup_many(stamps)
            writer = self._writer()
            try:
                for path in known:
                    writer.delete_by_term("path", path)
                for segment in segments:
                    for name in segment.list_files(ix.storage):
                        (folder / name).replace(self.directory / name)
                writer.segments.extend(segments)
            except BaseException:
                writer.cancel()
                raise
            # no merging now: the next ordinary commits merge small segments as usual
            writer.commit(merge=False)
            self._manifest.record(self._ix.latest_generation(), stamps)
            with self._search_lock:
                self._refresh()

    def refresh_stamps(self, stamps: Mapping[NotePath, FileStamp]) -> None:
        """Record new stamps for notes whose content is unchanged (same digest), e.g. after
        a `touch` or a checkout; others are left for the library to re-index."""
        self._writable()
        with self._write_lock:
            recorded = self._manifest.lookup_many(stamps)
            changed = {
                path: stamp
                for path, stamp in stamps.items()
                if (old := recorded.get(path)) is not None
                and old.digest == stamp.digest
                and old != stamp
            }
            if not changed:
                return
            generation: int = self._ix.latest_generation()
            self._manifest.record(generation, changed)

    def clear(self) -> None:
        """Drop every document by recreating the folder's index (the writer lock is kept)."""
        self._writable()
        with self._write_lock, self._search_lock:
            if self._held is not None:
                self._held.writer.cancel()
                self._held = None
            self._close_files()
            self._ix, self._manifest = create(self.directory, self._vault_root)
            self._stamps = StampTable(self._manifest)
            self._columns = SegmentColumns()
            self._weighting = CachedLengthBM25F(self._columns)
            self._searcher = self._ix.searcher(weighting=self._weighting)
            self._view = ColumnView(self._searcher.reader(), self._columns)

    def close(self) -> None:
        with self._write_lock, self._search_lock:
            if self._searcher.is_closed:
                return
            if self._held is not None:  # never committed: the next reconcile reads them again
                self._held.writer.cancel()
                self._held = None
            self._close_files()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def _close_files(self) -> None:
        self._searcher.close()
        self._ix.close()
        self._manifest.close()
