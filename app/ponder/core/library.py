"""The facade every face uses: open a vault, keep its index true, read, search and change notes."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from ponder.core import frontmatter, note_refs
from ponder.core.filenames import safe_filename, variant_name
from ponder.core.index import (
    IndexDoc,
    IndexLocked,
    SearchIndex,
    SearchResults,
    WhooshIndex,
    index_dir_for,
)
from ponder.core.model import Changes, FileStamp, Kind, Note, NotePath, Problem
from ponder.core.note_guard import apply_isolated, parse_isolated, unusable_name
from ponder.core.notes import INBOX, KIND_FOLDERS, new_note_text, parse_note
from ponder.core.query import Query, Sort
from ponder.core.sense import backlinks, journal, journal_config
from ponder.core.sense.backlinks import NoteRewrite, Reference
from ponder.core.sense.links import link_mention
from ponder.core.sense.resolve import LinkResolver, vault_flavor
from ponder.core.unicode_text import shown
from ponder.core.urls import page_key
from ponder.core.vault import NoteReadError, Vault, VaultError
from ponder.core.watch import VaultWatcher, WatchBatch

log = logging.getLogger("ponder.library")

Progress = Callable[[int, int], None]
"""Called with (done, total) while a long operation runs."""

_BATCH = 20_000  # notes per index commit during a reconcile: bounds memory on huge vaults
_PROGRESS_EVERY = 250


class _Batch:
    """What one reconcile pass collects before it commits to the index."""

    def __init__(self, indexed: dict[NotePath, FileStamp], removals: Iterable[NotePath]) -> None:
        self.indexed = indexed
        self.removals: list[NotePath] = list(removals)
        self.docs: list[IndexDoc] = []
        self.touched: dict[NotePath, FileStamp] = {}
        self.problems: list[Problem] = []
        self.added: set[NotePath] = set()
        self.updated: set[NotePath] = set()
        self.dropped: set[NotePath] = set(self.removals)

    def add(self, doc: IndexDoc) -> None:
        (self.updated if doc.path in self.indexed else self.added).add(doc.path)
        self.docs.append(doc)

    def unreadable(self, path: NotePath, problem: Problem) -> None:
        self.problems.append(problem)
        if path in self.indexed:
            self.removals.append(path)
            self.dropped.add(path)

    def changes(self) -> Changes:
        return Changes(
            added=frozenset(self.added),
            updated=frozenset(self.updated),
            removed=frozenset(self.dropped),
            problems=tuple(self.problems),
        )


@dataclass(frozen=True, slots=True)
class ReconcileReport:
    """What opening a vault found: how many notes were looked at and what changed."""

    scanned: int
    reindexed: int
    changes: Changes


class Library:
    """One vault and its index. Mutations are serialised (one writer) and return Changes."""

    def __init__(
        self,
        vault: Vault,
        index: SearchIndex,
        *,
        readonly_index: bool = False,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.vault = vault
        self.index = index
        self.readonly_index = readonly_index
        self._now = now or (lambda: datetime.now().astimezone())
        self._write_lock = threading.RLock()
        self._problems: dict[str, str] = {}
        self._written: dict[NotePath, str] = {}
        # where daily notes go: faces replace it with journal_config.resolve(...) of the settings
        self.journal = journal_config.from_obsidian(vault.root)
        self.flavor = vault_flavor(vault.root)

    @classmethod
    def open(cls, root: Path, cache_dir: Path, *, create: bool = False) -> Library:
        """Open the vault at `root`, its index under `cache_dir` (rebuilt if missing or broken)."""
        vault = Vault.open(root, create=create)
        directory = index_dir_for(vault.root, cache_dir)
        try:
            return cls(vault, WhooshIndex.open(directory))
        except IndexLocked:
            log.info("index %s is being written by another Ponder; opening it read-only", directory)
            return cls(vault, WhooshIndex.open(directory, readonly=True), readonly_index=True)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------

    def read(self, path: NotePath) -> Note:
        """The note at `path` as it is on disk now. Raises NoteReadError."""
        text, stamp = self.vault.read(path)
        return parse_note(path, text, stamp).note

    def resolve_link(self, target: str, source: str | None = None) -> NotePath | None:
        """The note a `[[target]]` in `source` names, by the rules in sense/resolve.py."""
        return backlinks.resolver_for(self.index, self.flavor).resolve_target(target, source)

    def search(
        self, query: str | Query, *, limit: int = 20, sort: Sort | None = None
    ) -> SearchResults:
        return self.index.search(query, limit=limit, sort=sort)

    def problems(self) -> list[Problem]:
        """Files Ponder could not fully use, as found by the last reconcile or save."""
        return [Problem(path, reason) for path, reason in sorted(self._problems.items())]

    def known_digest(self, path: NotePath) -> str | None:
        """The digest of what Ponder last wrote or indexed at `path` (the watcher's no-op test)."""
        written = self._written.get(path)
        if written is not None:
            return written
        stamp = self.index.stamps().get(path)
        return stamp.digest if stamp else None

    def note_count(self) -> int:
        return len(self.index.stamps())

    def resolve(self, ref: str) -> NotePath | None:
        """The note `ref` names (see note_refs.resolve_note), or None when none or several do."""
        try:
            return note_refs.resolve_note(self, ref)
        except note_refs.NoteRefError:
            return None

    # -- keeping the index true ----------------------------------------------------------------

    def reconcile(self, progress: Progress | None = None) -> ReconcileReport:
        """Bring the index in line with the files: cheap stats first, content where they differ."""
        with self._write_lock:
            indexed = dict(self.index.stamps())
            seen: set[NotePath] = set()
            suspects: list[NotePath] = []
            misnamed: list[Problem] = []
            for entry in self.vault.scan():
                if (reason := unusable_name(entry.path)) is not None:
                    misnamed.append(Problem(shown(entry.path), reason))
                    self._problems[shown(entry.path)] = reason
                    continue
                seen.add(entry.path)
                known = indexed.get(entry.path)
                if known is None or not known.same_file_stats(entry.size, entry.mtime_ns):
                    suspects.append(entry.path)
            gone = frozenset(set(indexed) - seen)
            for path in gone:
                self._problems.pop(path, None)
            changes = self._reindex(suspects, gone, indexed, progress)
            changes = changes.merge(Changes(problems=tuple(misnamed)))
            return ReconcileReport(scanned=len(seen), reindexed=len(suspects), changes=changes)

    def rebuild_index(self, progress: Progress | None = None) -> ReconcileReport:
        """Forget everything indexed and read every note again."""
        with self._write_lock:
            self.index.clear()
            self._written.clear()
            return self.reconcile(progress)

    def _reindex(
        self,
        paths: Sequence[NotePath],
        removals: frozenset[NotePath],
        indexed: dict[NotePath, FileStamp],
        progress: Progress | None,
    ) -> Changes:
        batch = _Batch(indexed, removals)
        total = len(paths)
        for done, path in enumerate(paths, 1):
            self._load(path, batch)
            if len(batch.docs) >= _BATCH:
                self._flush(batch)
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        self._flush(batch)
        return batch.changes()

    def _load(self, path: NotePath, batch: _Batch) -> None:
        """Read one note into the batch: new content is parsed, a mere touch only re-stamped,
        an unreadable file reported (and dropped from the index if it was there)."""
        try:
            text, stamp = self.vault.read(path)
        except NoteReadError as exc:
            self._problems[path] = exc.reason
            batch.unreadable(path, Problem(path, exc.reason))
            return
        previous = batch.indexed.get(path)
        if previous is not None and previous.digest == stamp.digest:
            batch.touched[path] = stamp
            return
        parsed = parse_isolated(path, text, stamp)
        if isinstance(parsed, str):
            self._problems[path] = parsed
            batch.unreadable(path, Problem(path, parsed))
            return
        if parsed.problem is None:
            self._problems.pop(path, None)
        else:
            self._problems[path] = parsed.problem
            batch.problems.append(Problem(path, parsed.problem))
        batch.add(parsed.doc)

    def _flush(self, batch: _Batch) -> None:
        if self.readonly_index:
            return
        if batch.touched:
            self.index.refresh_stamps(batch.touched)
            batch.touched = {}
        batch.problems.extend(self._apply(batch.docs, batch.removals))
        batch.docs, batch.removals = [], []

    def _apply(self, docs: Sequence[IndexDoc], removals: Iterable[NotePath]) -> list[Problem]:
        """Index `docs`, drop `removals`; a note the index refuses becomes a problem."""
        removals = list(removals)
        if self.readonly_index or not (docs or removals):
            return []
        refused = apply_isolated(self.index, docs, removals)
        for doc in docs:
            self._written.pop(doc.path, None)
        for path, reason in refused:
            self._problems[path] = reason
        return [Problem(path, reason) for path, reason in refused]

    def apply_external(self, batch: WatchBatch) -> Changes:
        """Take in what the watcher saw. A mass disappearance is reported, never applied."""
        if batch.rescan_reason is not None:
            log.warning("rescanning the vault: %s", batch.rescan_reason)
            return self.reconcile().changes
        with self._write_lock:
            indexed = dict(self.index.stamps())
            removals = frozenset(p for p in batch.removed if p in indexed)
            changes = self._reindex(sorted(batch.changed), removals, indexed, None)
        if batch.suspected_mass_removal:
            count = len(batch.suspected_mass_removal)
            reason = (
                f"{count} notes disappeared at once; Ponder keeps them in its index and deletes "
                "nothing. If you removed them on purpose, run `ponder reindex`."
            )
            changes = changes.merge(Changes(problems=(Problem(".", reason),)))
        return changes

    def watch(self, on_changes: Callable[[Changes], None], **options: object) -> VaultWatcher:
        """A started watcher whose batches are applied here and passed on as Changes."""

        def on_batch(batch: WatchBatch) -> None:
            changes = self.apply_external(batch)
            if changes:
                on_changes(changes)

        watcher = VaultWatcher(
            self.vault.root,
            on_batch,
            known_digest=self.known_digest,
            note_count=self.note_count,
            known_paths=lambda: list(self.index.stamps()),
            **options,  # type: ignore[arg-type]
        )
        watcher.start()
        return watcher

    # -- changing notes ------------------------------------------------------------------------

    def _commit(self, path: NotePath, text: str, stamp: FileStamp) -> None:
        """Record a write we made and index it (the single writer holds the lock)."""
        self._written[path] = stamp.digest
        parsed = parse_isolated(path, text, stamp)
        if isinstance(parsed, str):  # saved; only search misses it, and says so
            self._problems[path] = parsed
            return
        if parsed.problem is None:
            self._problems.pop(path, None)
        else:
            self._problems[path] = parsed.problem
        self._apply([parsed.doc], ())

    def create_note(
        self,
        title: str,
        *,
        kind: Kind = Kind.NOTE,
        tags: Iterable[str] = (),
        body: str = "",
        folder: str | None = None,
    ) -> tuple[NotePath, Changes]:
        """Write a new note (never over an existing file) and index it."""
        text = new_note_text(title, kind, self._now(), tags=tags, body=body)
        target = folder if folder is not None else KIND_FOLDERS.get(kind, INBOX)
        with self._write_lock:
            path, stamp = self.vault.create(target, title, text)
            self._commit(path, text, stamp)
        return path, Changes(added=frozenset({path}))

    def save(
        self, path: NotePath, text: str, *, expected: FileStamp | None
    ) -> tuple[FileStamp, Changes]:
        """Save `text` over the version read as `expected` (ChangedOnDiskError if it moved on)."""
        with self._write_lock:
            stamp = self.vault.save(path, text, expected=expected)
            self._commit(path, text, stamp)
        changed = frozenset({path})
        return stamp, (Changes(added=changed) if expected is None else Changes(updated=changed))

    def create_notes(
        self, drafts: Iterable[tuple[str, str, str]]
    ) -> tuple[list[NotePath | VaultError], Changes]:
        """Write new notes given as (folder, title, text), never over a file, in one index commit.

        For importers: each draft's result, in order, is its path or the VaultError that
        stopped it, so one failed write is reported without losing the others.
        """
        results: list[NotePath | VaultError] = []
        docs: list[IndexDoc] = []
        with self._write_lock:
            try:
                for folder, title, text in drafts:
                    try:
                        path, stamp = self.vault.create(folder, title, text)
                    except VaultError as exc:
                        results.append(exc)
                        continue
                    self._written[path] = stamp.digest
                    results.append(path)
                    parsed = parse_isolated(path, text, stamp)
                    if isinstance(parsed, str):
                        self._problems[path] = parsed
                        continue
                    if parsed.problem is not None:
                        self._problems[path] = parsed.problem
                    docs.append(parsed.doc)
            finally:
                self._apply(docs, ())
        return results, Changes(added=frozenset(doc.path for doc in docs))

    def with_source(self, url: str) -> NotePath | None:
        """A note whose source (or canonical) URL is the same page as `url`, if any."""
        key = page_key(url)
        found = self.index.with_page(key) if key else []
        return min(found) if found else None

    def journal_note(self, day: date) -> tuple[NotePath, Changes]:
        """The journal note of `day`, created from the template if it does not exist yet."""
        path = self.journal.path(day)
        with self._write_lock:
            if self.vault.stamp(path) is not None:
                return path, Changes()
            when = datetime(day.year, day.month, day.day, tzinfo=self._now().tzinfo)
            body = self.journal.body(self.vault, day)
            text = new_note_text(day.isoformat(), Kind.JOURNAL, when, body=body)
            self._commit(path, text, self.vault.save(path, text, expected=None))
        return path, Changes(added=frozenset({path}))

    def append_journal(self, entry: str, when: datetime | None = None) -> tuple[NotePath, Changes]:
        """Append a timestamped entry to the day's journal note, creating it from the template."""
        when = when or self._now()
        with self._write_lock:
            path, created = self.journal_note(when.date())
            text, expected = self.vault.read(path)
            text = journal.append_entry(_touch_updated(text, when), entry, when)
            self._commit(path, text, self.vault.save(path, text, expected=expected))
        return path, (created if created else Changes(updated=frozenset({path})))

    def trash(self, path: NotePath, *, expected: FileStamp | None = None) -> Changes:
        """Move a note to the vault's `.trash/` (restorable) and drop it from the index."""
        with self._write_lock:
            self.vault.trash(path, expected=expected)
            self._written.pop(path, None)
            self._apply((), [path])
        return Changes(removed=frozenset({path}))

    def rename(self, path: NotePath, new_path: NotePath, *, update_links: bool = True) -> Changes:
        """Move a note (never over another file), reindex it, and point every link at it anew."""
        with self._write_lock:
            plans = self.plan_rename(path, new_path) if update_links else []
            self.vault.rename(path, new_path)
            text, stamp = self.vault.read(new_path)
            self._apply((), [path])
            self._written.pop(path, None)
            self._commit(new_path, text, stamp)
            updated: set[NotePath] = set()
            for plan in plans:
                text, stamp = self.vault.read(plan.source)
                if text != plan.text:  # cannot happen under the write lock unless edited outside
                    log.warning("%s changed during a rename; its links were left", plan.source)
                    continue
                saved = self.vault.save(plan.source, plan.rewritten, expected=stamp)
                self._commit(plan.source, plan.rewritten, saved)
                updated.add(plan.source)
        return Changes(moved=((path, new_path),), updated=frozenset(updated))

    def link_resolver(self, *, with_files: bool = False) -> LinkResolver:
        """The resolver for this vault; `with_files` adds the attachments (walks the vault)."""
        files = self.vault.attachments() if with_files else ()
        return backlinks.resolver_for(self.index, self.flavor, files)

    def plan_rename(self, path: NotePath, new_path: NotePath) -> list[NoteRewrite]:
        """What moving `path` to `new_path` would change in the links of every note."""
        return backlinks.plan_rename(
            self.index, lambda p: self.vault.read(p)[0], (path, new_path), self.flavor
        )

    def retitle(self, path: NotePath, title: str) -> tuple[NotePath, Changes]:
        """Give a note a new title: its file is renamed to match, `title:` follows, links follow."""
        folder = str(PurePosixPath(path).parent)
        with self._write_lock:
            text, stamp = self.vault.read(path)
            front_title = _front(text).get("title")
            if front_title is not None and front_title != title:
                text = frontmatter.update(text, {"title": title})
                self._commit(path, text, self.vault.save(path, text, expected=stamp))
            new_path = self._free_path("" if folder == "." else folder, title, path)
            if new_path == path:
                return path, Changes(updated=frozenset({path}))
            return new_path, self.rename(path, new_path)

    def path_for_title(self, path: NotePath, title: str) -> NotePath:
        """Where `retitle(path, title)` would move the note (`path` if nowhere)."""
        folder = str(PurePosixPath(path).parent)
        return self._free_path("" if folder == "." else folder, title, path)

    def link_mention(self, mention: Reference, target: NotePath) -> Changes:
        """Turn one unlinked mention into a `[[link]]` to `target`, if the text is still there."""
        with self._write_lock:
            text, stamp = self.vault.read(mention.source)
            span = mention.span
            names = backlinks.names_of(self.index, target)
            if text[span.start : span.end].casefold() not in {n.casefold() for n in names}:
                raise NoteChangedError(
                    f"{mention.source} changed since the mention was found; look again."
                )
            resolver = backlinks.resolver_for(self.index, self.flavor)
            rewritten = link_mention(text, span, resolver.link_text(target, mention.source))
            self._commit(
                mention.source,
                rewritten,
                self.vault.save(mention.source, rewritten, expected=stamp),
            )
        return Changes(updated=frozenset({mention.source}))

    def _free_path(self, folder: str, title: str, current: NotePath) -> NotePath:
        """Where a note titled `title` would go in `folder`: `current` if it already is that."""
        name = safe_filename(title)
        for number in itertools.count(1):
            candidate = name if number == 1 else variant_name(name, f" {number}")
            path = NotePath(f"{folder}/{candidate}" if folder else candidate)
            if path.casefold() == current.casefold() or self.vault.stamp(path) is None:
                return path
        raise AssertionError("unreachable")

    def backlinks(self, path: NotePath) -> list[Reference]:
        """Every link in other notes (wikilink, embed, Markdown link) that resolves to `path`."""
        resolver = backlinks.resolver_for(self.index, self.flavor)
        found: list[Reference] = []
        for source in backlinks.linking_sources(self.index, resolver, path):
            if source == path:
                continue
            try:
                note = self.read(source)
            except NoteReadError:
                continue
            for span in backlinks.links_in(note.text, resolver, path, source):
                found.append(backlinks.make_reference(source, note.title, note.text, span))
        return found

    def unlinked_mentions(self, path: NotePath, *, limit: int = 200) -> list[Reference]:
        """Places where other notes name `path` by its title or an alias without linking it."""
        names = [n for n in backlinks.names_of(self.index, path) if "/" not in n]
        candidates: dict[NotePath, str] = {}  # path → title
        for name in names:
            phrase = name.replace('"', " ")
            for hit in self.index.search(f'"{phrase}"', limit=limit, snippets=False).hits:
                candidates.setdefault(hit.path, hit.title)
        found: list[Reference] = []
        for source, title in candidates.items():
            if source == path:
                continue
            try:
                text, _stamp = self.vault.read(source)  # the words only: no need to parse it
            except NoteReadError:
                continue
            for span in backlinks.mentions_in(text, names):
                found.append(backlinks.make_reference(source, title, text, span))
        return found


class NoteChangedError(Exception):
    """A note moved on between finding something in it and acting on it."""


def _front(text: str) -> dict[str, object]:
    try:
        return frontmatter.read(text)[0]
    except frontmatter.FrontMatterError:
        return {}


def _touch_updated(text: str, when: datetime) -> str:
    """Bump `updated:` where the note already has one; leave hand-made front matter alone."""
    try:
        front, _body = frontmatter.read(text)
    except frontmatter.FrontMatterError:
        return text
    if "updated" not in front:
        return text
    return frontmatter.update(text, {"updated": when.replace(microsecond=0)})
