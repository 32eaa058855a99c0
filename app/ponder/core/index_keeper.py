"""The one writer of a vault's index: reads and parses notes, and commits them to the index.

It runs where the writable index lives — in the writer process (see index_writer) or, for a
library built by hand around a writable index, inline. Requests and replies are the typed
messages of index_protocol; nothing else writes to the index.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ponder.core.index_api import HeldWorkLost, IndexDoc, SearchIndex
from ponder.core.index_parallel import PARALLEL_MIN, PartBuild, split
from ponder.core.index_protocol import Outcome, Reconcile, Reindex, Request
from ponder.core.model import Changes, FileStamp, NotePath, Problem
from ponder.core.note_guard import NOT_ONE_NOTE, apply_isolated, parse_isolated, unusable_name
from ponder.core.unicode_text import shown
from ponder.core.vault import NoteReadError, Vault
from ponder.core.vault_scan import Compared

log = logging.getLogger("ponder.index")

Progress = Callable[[int, int], None]
"""Called with (done, total) while a long operation runs."""

_BATCH = 8_000  # notes per index commit during a reconcile: their parsed text is held until it;
# on tldr 8,000 builds as fast as 20,000 and holds 36 MB less in each parallel process, and
# its segments (one per commit) keep search p95 near that of 20,000 (4,000: 10 segments, +10%)
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


class IndexKeeper:
    """Keeps one writable index true to the vault's files; answers Reconcile and Reindex."""

    def __init__(
        self,
        vault: Vault,
        index: SearchIndex,
        *,
        parts: Path | None = None,
        parallel_min: int = PARALLEL_MIN,
        batch: int = _BATCH,
    ) -> None:
        """With `parts` (the index's folder), a large reindex is shared with a helper process
        that builds part of the notes beside it (see index_parallel)."""
        self.vault = vault
        self.index = index
        self.parts = parts
        self.parallel_min = parallel_min
        self.batch = batch
        self._problems: dict[str, str] = {}

    def handle(self, request: Request, progress: Progress | None = None) -> Outcome:
        if isinstance(request, Reconcile):
            return self.reconcile(rebuild=request.rebuild, progress=progress)
        if isinstance(request, Reindex):
            return self.reindex(request.changed, request.removed, progress)
        raise TypeError(f"not a request for the index keeper: {request!r}")

    def reconcile(self, *, rebuild: bool = False, progress: Progress | None = None) -> Outcome:
        """Bring the index in line with the files: folders by their prints first, then notes
        by their stats in folders that differ, then content where those differ. The same
        walk finds the temp files of crashed saves, removed afterwards."""
        if rebuild:
            self.index.clear()
        found = _Comparison(self.index)
        scan = self.vault.scan_stats()
        found.settle(scan.compare(found.prints))
        cleaned = scan.remove_strays()
        if scan.restored:  # a crashed save's note went back into place: compare again
            again = self.reconcile(progress=progress)
            return dataclasses.replace(again, cleaned=again.cleaned + cleaned)
        misnamed = tuple(Problem(shown(path), reason) for path, reason in found.misnamed)
        self._problems.update((problem.path, problem.reason) for problem in misnamed)
        gone = frozenset(NotePath(path) for path in found.gone)
        for path in gone:
            self._problems.pop(path, None)
        indexed = self.index.stamps_of([*found.suspects, *gone])
        changes = self._reindex(found.suspects, gone, indexed, progress)
        changes = changes.merge(Changes(problems=misnamed))
        outcome = self._outcome(changes, scanned=found.scanned, reindexed=len(found.suspects))
        return dataclasses.replace(outcome, cleaned=cleaned)

    def reindex(
        self,
        changed: Sequence[NotePath],
        removed: Iterable[NotePath],
        progress: Progress | None = None,
    ) -> Outcome:
        """Read `changed` notes again and drop `removed` ones (those the index holds)."""
        removed = list(removed)
        indexed = self.index.stamps_of([*changed, *removed])
        removals = frozenset(p for p in removed if p in indexed)
        for path in removals:
            self._problems.pop(path, None)
        changes = self._reindex(list(changed), removals, indexed, progress)
        return self._outcome(changes, scanned=len(changed), reindexed=len(changed))

    def _outcome(self, changes: Changes, *, scanned: int, reindexed: int) -> Outcome:
        problems = tuple(sorted(self._problems.items()))
        return Outcome(changes, scanned=scanned, reindexed=reindexed, problems=problems)

    def _reindex(
        self,
        paths: Sequence[NotePath],
        removals: frozenset[NotePath],
        indexed: dict[NotePath, FileStamp],
        progress: Progress | None,
    ) -> Changes:
        batch = _Batch(indexed, removals)
        total = len(paths)
        part: PartBuild | None = None
        mine = list(paths)
        if self.parts is not None and total >= self.parallel_min:
            mine, theirs = split(paths)
            part = PartBuild(self.vault.root, self.parts, theirs, self.batch)
        # Batches after the first share segments (see WhooshIndex.apply); the first is
        # committed at once, so a window searches some notes while the rest are indexed.
        bulk = len(mine) > self.batch
        flushed = 0
        for done, path in enumerate(mine, 1):
            self._load(path, batch)
            if len(batch.docs) >= self.batch:
                self._flush(batch, hold=bulk and flushed > 0)
                flushed += 1
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == len(mine)):
                progress(done * total // len(mine), total)
        self._flush(batch, hold=bulk)
        if bulk:
            self.index.commit_held()
        changes = batch.changes()
        if part is not None:
            changes = changes.merge(self._take_part(part, theirs, indexed))
        return changes

    def _take_part(
        self, part: PartBuild, theirs: list[NotePath], indexed: dict[NotePath, FileStamp]
    ) -> Changes:
        """Merge what the helper built, or read its notes here if it failed."""
        try:
            outcome = part.result()
            if outcome is None:
                return self._reindex(theirs, frozenset(), indexed, None)
            self.index.merge_part(part.folder)
        finally:
            part.discard()
        self._problems.update(outcome.problems)
        found = outcome.changes  # the helper saw an empty index: "updated" is ours to tell
        updated = frozenset(p for p in found.added if p in indexed)
        return Changes(
            added=found.added - updated, updated=found.updated | updated, problems=found.problems
        )

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

    def _flush(self, batch: _Batch, *, hold: bool = False) -> None:
        if batch.touched:
            self.index.refresh_stamps(batch.touched)
            batch.touched = {}
        if not (batch.docs or batch.removals):
            return
        if hold:
            try:
                self.index.apply(batch.docs, batch.removals, hold=True)
            except HeldWorkLost as lost:  # a note the index refuses, batches after the commit
                self._redo(lost, batch)
            except NOT_ONE_NOTE:
                raise
            except Exception:  # noqa: BLE001 -- a note of this batch alone: found by halving
                self._apply_isolated(batch, batch.docs, batch.removals)
        else:
            self._apply_isolated(batch, batch.docs, batch.removals)
        batch.docs, batch.removals = [], []

    def _apply_isolated(
        self, batch: _Batch, docs: Sequence[IndexDoc], removals: Iterable[NotePath]
    ) -> None:
        for path, reason in apply_isolated(self.index, docs, removals):
            self._problems[path] = reason  # the index refused it; every other note went in
            batch.problems.append(Problem(path, reason))

    def _redo(self, lost: HeldWorkLost, batch: _Batch) -> None:
        """Index again, a batch at a time, the notes a failed held apply dropped (they are
        read again: the parsed notes were let go once added)."""
        self._apply_isolated(batch, batch.docs, [*batch.removals, *lost.removals])
        for start in range(0, len(lost.paths), self.batch):
            again = _Batch(batch.indexed, ())
            for path in lost.paths[start : start + self.batch]:
                self._load(path, again)  # (its problems were told at the first reading)
            self._apply_isolated(batch, again.docs, ())


class _Comparison:
    """A scan of the vault against the index, folder by folder: a folder whose notes sum to
    the print the index keeps for it is unchanged; only the others are compared note by note
    (their recorded stats loaded then), and a folder the scan never met has lost its notes."""

    def __init__(self, index: SearchIndex) -> None:
        self._index = index
        self.prints = index.folder_prints()
        self.scanned = 0
        self.suspects: list[NotePath] = []  # new or changed by their stats
        self.misnamed: list[tuple[str, str]] = []  # (path, why its name keeps it out)
        self.gone: list[str] = []

    def settle(self, compared: Compared) -> None:
        unseen = dict(self.prints)
        for folder, count in compared.same.items():
            del unseen[folder]
            self.scanned += count
        left_out = set(compared.misnamed)
        self.misnamed = [(path, unusable_name(path) or "") for path in compared.misnamed]
        for folder, notes in compared.differing:
            recorded = unseen.pop(folder, None)
            known = self._index.folder_stats(folder) if recorded is not None else {}
            for name, size, mtime_ns in notes:
                path = folder + name
                if path in left_out:
                    continue
                self.scanned += 1
                if known.pop(path, None) != (size, mtime_ns):
                    self.suspects.append(NotePath(path))
            self.gone.extend(known)
        for folder in unseen:
            self.gone.extend(self._index.folder_stats(folder))
