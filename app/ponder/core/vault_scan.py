"""One walk of the vault folder: every note's stats, and the leftovers of crashed saves.

Opening a vault of 400k notes is bounded by stat-ing every file (~1 s); a second walk just
for stray temp files cost another half of that, so the scan that compares the notes with
the index also notes the strays, and the index writer removes them afterwards.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

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

    def folders(self) -> Iterator[tuple[str, list[tuple[str, int, int]]]]:
        """("a/b/", [(name, size, mtime_ns) of each note in it]) of each folder with notes."""
        # One tight loop: it runs once per file of the vault.
        pending = [""]
        base = self._root
        strays = self._strays
        while pending:
            prefix = pending.pop()
            in_trash = prefix.startswith(TRASH_DIR + "/")
            try:
                with os.scandir(f"{base}/{prefix}" if prefix else base) as listing:
                    entries = list(listing)
            except OSError:
                continue  # an unreadable or vanished folder is skipped, not fatal
            notes: list[tuple[str, int, int]] = []
            for entry in entries:
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
                            strays.append(entry.path)
                        continue
                    if in_trash or not name.lower().endswith(".md"):
                        continue
                    if name[0] in "~#" and is_partial_file(name):  # the only partial .md names
                        continue
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # removed since the folder was listed
                notes.append((name, info.st_size, info.st_mtime_ns))
            if notes:
                yield prefix, notes

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
