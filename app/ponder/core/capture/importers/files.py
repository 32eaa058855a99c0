"""Binary files an import adds to the vault (attachments, copied images): never over another."""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path

from ponder.core.filenames import safe_filename
from ponder.core.model import NotePath
from ponder.core.paths import note_path
from ponder.core.vault import Vault
from ponder.core.vault_io import fsync_dir, move_to_free_name, temp_beside, write_new_file

ATTACHMENTS = "attachments"


def safe_name(name: str, fallback: str) -> str:
    """One safe file name from a name found in an export (no folders, `..` or drive letters)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem.strip(" ."):
        stem, extension = base, ""
    extension = "".join(ch for ch in extension if ch.isalnum())[:16]
    if not stem.strip(" ."):
        stem = fallback
    return safe_filename(stem, extension=f".{extension}" if extension else "")


def same_file(path: Path, data: bytes) -> bool:
    """Whether `path` is a regular file holding exactly `data`."""
    try:
        return path.is_file() and not path.is_symlink() and path.read_bytes() == data
    except OSError:
        return False


def create_file(vault: Vault, folder: str, name: str, data: bytes) -> tuple[NotePath, bool]:
    """Write `data` as `folder/name` (or `name 2.ext`…) and return (path, True).

    A file already there with the same bytes is reused: (its path, False). Raises
    OSError or UnsafePathError; nothing is ever written over.
    """
    base = vault.abspath(folder)
    wanted = base / name
    if same_file(wanted, data):
        return note_path(vault.root, wanted), False
    base.mkdir(parents=True, exist_ok=True)
    tmp = temp_beside(wanted)
    try:
        write_new_file(tmp, data, None)
        final = move_to_free_name(tmp, wanted, (f" {n}" for n in itertools.count(2)))
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(base)
    return note_path(vault.root, final), True
