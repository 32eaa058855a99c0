"""Replace a note only if it is still the version read: no outside edit is overwritten unseen.

Checking a file and then renaming over it leaves a window in which a sync client's write is
lost. On Linux the new text is instead swapped with the note in one step
(`renameat2(RENAME_EXCHANGE)`): the name always holds a whole note, and whatever the swap took
out is checked afterwards. If it was not the version read, the swap is undone and both
versions are kept. The swap file's name carries the digests of the version read and of the
new text, so after a crash opening the vault knows whether it holds something to keep
(`recover_aside`). Where no swap exists (other systems, some network file systems) the save
falls back to checking and renaming, which narrows the window but cannot close it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import logging
import os
import secrets
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ponder.core.filenames import variant_name
from ponder.core.model import content_digest
from ponder.core.vault_io import (
    fsync_dir,
    move_no_replace,
    read_raw,
    temp_beside,
    write_new_file,
)

log = logging.getLogger("ponder.vault")

ASIDE_PREFIX = ".ponder-aside-"
_KEY = 12  # hex digits of each digest in an aside file's name
_TOKEN = 6  # random hex digits after them: a crashed save's leftover never blocks the next
_MAX_NAME_BYTES = 255
_MAX_CONFLICT_NAMES = 1000
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_LEASE_ATTEMPTS = 100
_LEASE_WAIT_SECONDS = 0.002
_NO_EXCHANGE = frozenset({errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV})


class SwapConflict(Exception):
    """The note was not the version expected; `theirs` is what is there now (None: nothing);
    `kept` a conflict copy made so that a third version is not lost either."""

    def __init__(self, theirs: bytes | None, kept: Path | None = None) -> None:
        super().__init__("the file changed during the save")
        self.theirs = theirs
        self.kept = kept


def save_verified(target: Path, data: bytes, mode: int | None, expected: str | None) -> None:
    """Put `data` at `target` if `target` holds the version with digest `expected` (None: no
    file there); SwapConflict otherwise, with every version still on disk."""
    new = content_digest(data)
    aside = _aside_name(target, expected or "0" * _KEY, new)
    exchange = _exchanger()
    if aside is None or exchange is None:
        _save_checked(target, data, mode, expected)
        return
    # Written under a temp name first: a crash mid-write leaves a temp file (removed when
    # the vault opens), never a torn swap file that recovery would have to keep.
    tmp = temp_beside(target)
    write_new_file(tmp, data, mode)
    try:
        tmp.rename(aside)  # a fresh random name: nothing there to replace
    except OSError:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    try:
        if expected is None:
            _place_new(aside, target)
            return
        try:
            swapped = exchange(aside, target)
        except FileNotFoundError:
            raise SwapConflict(None) from None  # deleted or moved by another program
        if not swapped:
            _save_checked(target, data, mode, expected)
            return
        _check_swap(aside, target, expected, new, exchange)
    finally:
        with contextlib.suppress(FileNotFoundError):
            aside.unlink()
    fsync_dir(target.parent)


def _place_new(aside: Path, target: Path) -> None:
    try:
        move_no_replace(aside, target)
    except FileExistsError:
        raise SwapConflict(_read(target)) from None
    fsync_dir(target.parent)


def _check_swap(
    aside: Path, target: Path, expected: str, new: str, exchange: Callable[[Path, Path], bool]
) -> None:
    """After the swap `aside` holds what was the note: fine if it is the version read, else
    swap back; a version that arrived between the two swaps is kept as a conflict copy."""
    old = _read(aside)
    if old is not None and content_digest(old) == expected:
        if not _closed_as(aside, expected):
            keep_as_conflict(aside, target)  # open for writing by a program that had the note
        return
    try:
        exchange(aside, target)  # the other program's version goes back where it was
    except FileNotFoundError:  # and the note was deleted meanwhile: theirs goes back alone
        with contextlib.suppress(FileExistsError):
            move_no_replace(aside, target)
    kept = None
    back = _read(aside)
    if back is not None and content_digest(back) != new:
        kept = keep_as_conflict(aside, target)
    raise SwapConflict(_read(target), kept)


def _closed_as(aside: Path, expected: str) -> bool:
    """Whether `aside` holds `expected` once no program has it open for writing.

    A program that opened the note for writing before the swap writes into the swapped-out
    file. Linux grants a read lease only when no one has a file open for writing, so waiting
    (briefly) for one sees such a write through; readers do not delay it. A file still
    open for writing after the wait counts as changed: it is kept, never deleted."""
    import fcntl  # POSIX only, like the swap that leads here

    try:
        fd = os.open(aside, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        for _attempt in range(_LEASE_ATTEMPTS):
            try:
                fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_RDLCK)
            except BlockingIOError:
                time.sleep(_LEASE_WAIT_SECONDS)
                continue
            except OSError:  # leases unsupported here: the content is all there is to check
                break
            fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
            break
        else:
            return False
        return content_digest(_read_fd(fd)) == expected
    finally:
        os.close(fd)


def _read_fd(fd: int) -> bytes:
    chunks, offset = [], 0
    while chunk := os.pread(fd, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _save_checked(target: Path, data: bytes, mode: int | None, expected: str | None) -> None:
    """Where no atomic swap exists: check, then rename over (or link into a free name)."""
    tmp = temp_beside(target)
    write_new_file(tmp, data, mode)
    try:
        if expected is None:
            _place_new(tmp, target)
            return
        current = _read(target)
        if current is None or content_digest(current) != expected:
            raise SwapConflict(current)
        tmp.replace(target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def keep_as_conflict(path: Path, target: Path) -> Path:
    """Move `path` beside `target` as "Name (conflicted copy 2026-12-04 183000).md", the
    form sync clients use, so the vault's conflict list shows it to the person."""
    start = time.time()
    for second in range(_MAX_CONFLICT_NAMES):
        when = datetime.fromtimestamp(start + second)
        name = variant_name(target.name, f" (conflicted copy {when:%Y-%m-%d %H%M%S})")
        with contextlib.suppress(FileExistsError):
            move_no_replace(path, target.with_name(name))
            fsync_dir(target.parent)
            log.warning("another version of %s is kept as %s", target, name)
            return target.with_name(name)
    raise FileExistsError(errno.EEXIST, "no free name for a conflict copy", str(target))


def _aside_name(target: Path, expected: str, new: str) -> Path | None:
    token = secrets.token_hex(_TOKEN // 2)
    name = f"{ASIDE_PREFIX}{expected[:_KEY]}-{new[:_KEY]}-{token}-{target.name}"
    if len(os.fsencode(name)) > _MAX_NAME_BYTES:
        return None
    return target.with_name(name)


def recover_aside(aside: Path) -> None:
    """After a crash mid-save: the version read or the new text is removed (the note holds
    the one or the other); anything else goes back, or beside the note as a conflict copy."""
    name = aside.name[len(ASIDE_PREFIX) :]
    expected, new = name[:_KEY], name[_KEY + 1 : 2 * _KEY + 1]
    original = name[2 * _KEY + _TOKEN + 3 :]
    if not aside.name.startswith(ASIDE_PREFIX) or not original:
        return
    target = aside.with_name(original)
    held = _read(aside)
    if held is None:
        return
    if target.exists() and content_digest(held)[:_KEY] in (expected, new):
        aside.unlink()
        return
    try:
        move_no_replace(aside, target)
    except FileExistsError:
        keep_as_conflict(aside, target)


@functools.cache
def _exchanger() -> Callable[[Path, Path], bool] | None:
    """Linux's atomic swap of two names, or None where the C library has none."""
    if not hasattr(os, "uname") or os.uname().sysname != "Linux":
        return None
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc before 2.28, or no C library to load
        return None

    def exchange(a: Path, b: Path) -> bool:
        """Swap the files named `a` and `b`; False when this file system cannot."""
        if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return True
        code = ctypes.get_errno()
        if code in _NO_EXCHANGE:
            return False
        raise OSError(code, os.strerror(code), str(b))

    return exchange


def _read(path: Path) -> bytes | None:
    with contextlib.suppress(FileNotFoundError):
        return read_raw(path, None)[0]
    return None
