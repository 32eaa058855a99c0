"""Low-level file operations the vault is built on: exclusive creation, no-replace moves, fsync."""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ponder.core.filenames import variant_name
from ponder.core.paths import TEMP_PREFIX, TEMP_SUFFIX

_MAX_VARIANTS = 10_000


class TooLargeError(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, "file too large")
        self.size = size


def walk_files(
    root: Path, enter: Callable[[str, str], bool]
) -> Iterator[tuple[os.DirEntry[str], str]]:
    """Regular files below `root` with their vault-relative paths; no symbolic link is followed."""
    pending = [""]
    base = str(root)
    while pending:
        prefix = pending.pop()
        try:
            with os.scandir(f"{base}/{prefix}" if prefix else base) as listing:
                entries = list(listing)
        except OSError:
            continue  # an unreadable or vanished folder is skipped, not fatal
        for entry in entries:
            rel = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if enter(rel, entry.name):
                        pending.append(rel + "/")
                elif entry.is_file(follow_symlinks=False):
                    yield entry, rel
            except OSError:
                continue


def read_raw(full: Path, limit: int | None) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file and its stat taken before reading (so a later edit shows)."""
    # O_NONBLOCK: opening a FIFO named like a note must not hang the reader.
    fd = os.open(full, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(full))
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(full))
        if limit is not None and info.st_size > limit:
            raise TooLargeError(info.st_size)
        data = file.read() if limit is None else file.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise TooLargeError(len(data))
    return data, info


def temp_beside(target: Path) -> Path:
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}")


def write_new_file(dest: Path, data: bytes, mode: int | None) -> None:
    """Create `dest` (it must not exist), write `data` and fsync it; on failure remove it again."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    # Created with the target's mode from the first byte: a private note's new text is
    # never readable by others while it is written (the umask can only narrow it further).
    fd = os.open(dest, flags, 0o666 if mode is None else mode)
    try:
        try:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)  # exactly the target's mode, whatever the umask
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if mode is not None and not hasattr(os, "fchmod"):
            dest.chmod(mode)
    except BaseException:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable, where the system allows it.

    Windows cannot open a folder like this, and some network and FUSE file
    systems refuse to sync one; the rename has happened by then, so a failure
    here must not be reported as a failed save.
    """
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def move_no_replace(src: Path, dst: Path) -> None:
    """Move `src` to `dst`; FileExistsError instead of replacing whatever is at `dst`."""
    try:
        # Link a symlinked note itself, not its target, where the system lets us choose.
        os.link(src, dst, follow_symlinks=os.link not in os.supports_follow_symlinks)
    except (FileExistsError, FileNotFoundError):
        raise
    except OSError:
        # No hard links here (FAT, exFAT, some network shares, protected_hardlinks):
        # claim the name exclusively, then move onto the empty file we own.
        os.close(os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        try:
            src.replace(dst)
        except OSError:
            dst.unlink(missing_ok=True)
            raise
        return
    src.unlink()


def move_to_free_name(src: Path, wanted: Path, labels: Iterable[str]) -> Path:
    """Move `src` to `wanted`, or else to the first free name among its labelled variants."""
    variants = (variant_name(wanted.name, label) for label in labels)
    names = itertools.chain([wanted.name], itertools.islice(variants, _MAX_VARIANTS))
    for name in names:
        try:
            move_no_replace(src, wanted.with_name(name))
        except FileExistsError:
            continue
        return wanted.with_name(name)
    raise FileExistsError(errno.EEXIST, "every variant of the name is taken", str(wanted))


def rename_case_only(src: Path, dst: Path) -> None:
    """Change only the case of a name, which a case-insensitive disk sees as the same file."""
    hop = src.with_name(f"{TEMP_PREFIX}rename-{secrets.token_hex(8)}.md")
    src.rename(hop)
    try:
        move_no_replace(hop, dst)
    except OSError:
        hop.rename(src)
        raise
