"""A fingerprint of each folder's notes, so that opening a vault compares folders, not notes.

Opening an unchanged vault of 400k notes has to stat every file (the floor, ~1 s); loading
every recorded (size, mtime) into a dictionary and looking each file up in it cost another
0.6 s. Instead the manifest keeps, per folder, the sum of a hash of each note's name, size
and mtime, updated with every stamp it records; the scan sums the same over what it finds
in the folder, and only a folder whose sums differ is compared note by note.

The sum is order-free (the scan meets files in directory order) and updated by adding and
subtracting. A change slips through only if the two 63-bit sums collide by chance.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable

_BITS = 63  # SQLite integers are signed 64-bit: sums stay below 2**63
_MASK = (1 << _BITS) - 1

SCHEME = f"1/py{sys.version_info.major}.{sys.version_info.minor}/{sys.hash_info.width}"
"""Stored beside the sums: another scheme or interpreter means they are computed again
(a tuple of ints hashes the same in every process of one Python version, but not
necessarily across versions)."""


def folder_of(path: str) -> tuple[str, str]:
    """("a/b/", "c.md") for "a/b/c.md"; ("", "c.md") for a note at the top."""
    folder, _slash, name = path.rpartition("/")
    return (folder + "/" if folder else ""), name


def note_print(name: str, size: int, mtime_ns: int) -> int:
    """The hash of one note's name and stats. Raises UnicodeEncodeError for a name that is
    not UTF-8 text (such a note is never indexed)."""
    raw = name.encode("utf-8")
    return hash((zlib.crc32(raw), zlib.adler32(raw), size, mtime_ns)) & _MASK


def sum_of(notes: list[tuple[str, int, int]]) -> tuple[int, list[str]]:
    """(the sum of the prints of a folder's notes, the names left out as not UTF-8 text), for
    [(name, size, mtime_ns)]. The same as adding each note_print, in one loop (it runs for
    every note of the vault at each start)."""
    total = 0
    misnamed: list[str] = []
    crc32, adler32 = zlib.crc32, zlib.adler32
    for name, size, mtime_ns in notes:
        try:
            raw = name.encode("utf-8")
        except UnicodeEncodeError:
            misnamed.append(name)
            continue
        total += hash((crc32(raw), adler32(raw), size, mtime_ns)) & _MASK
    return total & _MASK, misnamed


def add(total: int, part: int) -> int:
    return (total + part) & _MASK


def subtract(total: int, part: int) -> int:
    return (total - part) & _MASK


def folder_prints(stats: Iterable[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """folder → (notes, sum) over (path, size, mtime_ns) rows: what the manifest keeps."""
    sums: dict[str, tuple[int, int]] = {}
    for path, size, mtime_ns in stats:
        folder, name = folder_of(path)
        notes, total = sums.get(folder, (0, 0))
        sums[folder] = (notes + 1, add(total, note_print(name, size, mtime_ns)))
    return sums
