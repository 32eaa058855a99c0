"""Folders for what Ponder keeps outside the vault (index, caches): only their owner enters."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path, *, below: Path) -> Path:
    """Make `path` and the folders between it and `below` (0700 each), and narrow `path` and
    those folders to 0700 if they already exist; `below` itself (e.g. ~/.cache) is left as
    it is. The index and caches hold note text, so other users may not read them."""
    below.mkdir(parents=True, exist_ok=True)  # e.g. ~/.cache: made as any program would
    folders = [path, *(p for p in path.parents if p.is_relative_to(below) and p != below)]
    for folder in reversed(folders):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        if os.name != "nt" and not _shared(folder):
            with contextlib.suppress(OSError):  # not ours to change (a shared cache root)
                folder.chmod(PRIVATE_DIR_MODE)
    return path


def _shared(folder: Path) -> bool:
    """A folder everyone shares by design (/tmp and its like carry the sticky bit) is never
    narrowed, however shallow the path a caller passed."""
    try:
        return bool(folder.stat().st_mode & stat.S_ISVTX)
    except OSError:
        return True


def write_private_file(path: Path, data: bytes) -> None:
    """Write `path` through a temp file created 0600, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
