"""One walk of the vault folder: every note's stats, and the leftovers of crashed saves.

Opening a vault of 400k notes is bounded by stat-ing every file (~1 s); a second walk just
for stray temp files cost another half of that, so the scan that compares the notes with
the index also notes the strays, and the index writer removes them afterwards.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from ponder.core import folder_prints
from ponder.core.paths import TEMP_PREFIX, TEMP_SUFFIX, TRASH_DIR, is_partial_file
from ponder.core.vault_swap import ASIDE_PREFIX, recover_aside

STALE_TEMP_SECONDS = 60.0
"""A temp file younger than this may belong to a save in progress in another Ponder."""


class FolderScan:
    """Iterate for (path, size, mtime_ns) of every note (once); then `remove_strays()`.

    Hidden folders are not entered (except the trash, for strays only), nor `node_modules`;
    symbolic links are not followed; editors' and sync tools' partial files are no notes.
    """

    def __init__(self, root: Path) -> None:
        self._root = str(root)
        self._strays: list[str] = []  # absolute paths of Ponder's own temp and swap files
        self.restored = False  # a crashed save's swap file went back beside its note

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        for prefix, notes in self.folders():
            for name, size, mtime_ns in notes:
                yield prefix + name, size, mtime_ns

    def folders(self, start: Iterable[str] = ("",)) -> Iterator[tuple[str, list[Note]]]:
        """("a/b/", [(name, size, mtime_ns) of each note in it]) of each folder with notes,
        below (and in) the folders `start` names."""
        pending = list(start)
        while pending:
            prefix = pending.pop()
            notes = self._read_folder(prefix, pending)
            if notes:
                yield prefix, notes

    def compare(self, prints: Mapping[str, int]) -> Compared:
        """The walk, folder by folder against `prints` (folder → the sum of its indexed
        notes' prints, see folder_prints): shared with a forked process where the system
        can, as stat-ing every file is most of opening a large vault."""
        early: list[tuple[str, list[Note]]] = []
        pending = [""]
        while pending and len(pending) < _SPLIT_AT and len(early) < _SPLIT_AT:
            prefix = pending.pop(0)  # breadth first: many folders to share out
            early.append((prefix, self._read_folder(prefix, pending)))
        compared = Compared()
        for prefix, notes in early:
            compared.add(prefix, notes, prints)
        theirs = pending[1::2] if _can_fork() and len(pending) > 1 else []
        helper = _Helper(self._root, theirs, prints) if theirs else None
        for prefix, notes in self.folders(pending[0::2] if theirs else pending):
            compared.add(prefix, notes, prints)
        if helper is not None:
            if (done := helper.result()) is None:  # it failed: its folders are walked here
                done = FolderScan(Path(self._root)).compare_below(theirs, prints)
            compared.merge(done)  # (its strays: those it met)
        self._strays.extend(compared.strays)
        compared.strays = list(self._strays)
        return compared

    def compare_below(self, start: list[str], prints: Mapping[str, int]) -> Compared:
        """`compare` of the folders below `start`, in this process."""
        compared = Compared()
        for prefix, notes in self.folders(start):
            compared.add(prefix, notes, prints)
        compared.strays = list(self._strays)
        return compared

    def _read_folder(self, prefix: str, pending: list[str]) -> list[Note]:
        """The notes right in one folder; its subfolders to walk are added to `pending`."""
        base = self._root
        in_trash = prefix.startswith(TRASH_DIR + "/")
        try:
            with os.scandir(f"{base}/{prefix}" if prefix else base) as listing:
                entries = list(listing)
        except OSError:
            return []  # an unreadable or vanished folder is skipped, not fatal
        notes: list[Note] = []
        for entry in entries:  # one tight loop: it runs once per file of the vault
            name = entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if (name[0] != "." and name != "node_modules") or (
                        not prefix and name == TRASH_DIR
                    ):
                        pending.append(f"{prefix}{name}/")
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                if name[0] == ".":
                    if name.startswith(TEMP_PREFIX) and (
                        name.endswith(TEMP_SUFFIX) or name.startswith(ASIDE_PREFIX)
                    ):
                        self._strays.append(entry.path)
                    continue
                if in_trash or not name.lower().endswith(".md"):
                    continue
                if name[0] in "~#" and is_partial_file(name):  # the only partial .md names
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # removed since the folder was listed
            notes.append((name, info.st_size, info.st_mtime_ns))
        return notes

    def remove_strays(self) -> int:
        """Remove the temp files the walk passed that no save can still be writing; put a
        crashed save's swap file back (see vault_swap). How many were dealt with."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        removed = 0
        for path in self._strays:
            stray = Path(path)
            try:
                if stray.stat(follow_symlinks=False).st_mtime >= cutoff:
                    continue
                if stray.name.startswith(ASIDE_PREFIX):
                    recover_aside(stray)
                    if os.path.lexists(stray):
                        continue  # not a swap file Ponder can read: left alone
                    self.restored = True
                else:
                    stray.unlink()
                removed += 1
            except OSError:
                continue  # gone already, or not ours to remove
        self._strays.clear()
        return removed


Note = tuple[str, int, int]  # (name, size, mtime_ns)
_SPLIT_AT = 8  # folders to share out between the two walks
HELPER_NICENESS = 10
"""The helper walk takes a core nobody else wants: a window starting beside it comes first."""


@dataclass(slots=True)
class Compared:
    """A walk against the index's folder prints: the folders that sum to their print
    (unchanged: only their number of notes is kept), and the others, note by note."""

    same: dict[str, int] = field(default_factory=dict)  # folder → its notes
    differing: list[tuple[str, list[Note]]] = field(default_factory=list)
    misnamed: list[str] = field(default_factory=list)  # paths whose name is not UTF-8
    strays: list[str] = field(default_factory=list)

    def add(self, prefix: str, notes: list[Note], prints: Mapping[str, int]) -> None:
        if not notes:
            return
        total, misnamed = folder_prints.sum_of(notes)
        self.misnamed.extend(prefix + name for name in misnamed)
        if prints.get(prefix) == total:
            self.same[prefix] = len(notes) - len(misnamed)
        else:
            self.differing.append((prefix, notes))

    def merge(self, other: Compared) -> None:
        self.same.update(other.same)
        self.differing.extend(other.differing)
        self.misnamed.extend(other.misnamed)
        self.strays.extend(other.strays)


def _can_fork() -> bool:
    """Fork only a process with no other thread (a thread's lock may be held at the fork)."""
    return hasattr(os, "fork") and threading.active_count() == 1


class _Helper:
    """A forked process that compares the folders below `start` and sends back Compared."""

    def __init__(self, root: str, start: list[str], prints: Mapping[str, int]) -> None:
        context = multiprocessing.get_context("fork")
        self._ours, theirs = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_help, args=(theirs, root, start, prints), name="ponder-scan", daemon=True
        )
        self._process.start()
        theirs.close()

    def result(self) -> Compared | None:
        try:
            done: Compared = self._ours.recv()
        except (EOFError, OSError):
            return None
        finally:
            self._ours.close()
            self._process.join()
        return done


def _help(conn: Connection, root: str, start: list[str], prints: Mapping[str, int]) -> None:
    with contextlib.suppress(OSError):
        os.nice(HELPER_NICENESS)
    conn.send(FolderScan(Path(root)).compare_below(start, prints))
    conn.close()
