"""Files that are not notes — images, PDFs, screenshots, dropped files — kept in the vault's
`attachments/` folder. Every writer of such files comes through here: a file is written to a
temporary name, synced and moved to a free name, never over another file; a file already
there with the same bytes is reused.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from ponder.core.filenames import safe_filename
from ponder.core.model import NotePath
from ponder.core.paths import note_path
from ponder.core.vault import Vault
from ponder.core.vault_io import fsync_dir, move_to_free_name, temp_beside, write_new_file

ATTACHMENTS = "attachments"
NOTE_EXTENSION = "md"
_COPY_CHUNK = 1 << 20


def safe_name(name: str, fallback: str) -> str:
    """One safe file name from a name found elsewhere (no folders, `..` or drive letters).

    An attachment is never a note: a `.md` name gets `.txt` after it (`notes.md.txt`),
    or it would be read, indexed and linked as one."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem.strip(" ."):
        stem, extension = base, ""
    extension = "".join(ch for ch in extension if ch.isalnum())[:16]
    if not stem.strip(" ."):
        stem = fallback
    if extension.lower() == NOTE_EXTENSION:
        stem, extension = f"{stem}.{extension}", "txt"
    return safe_filename(stem, extension=f".{extension}" if extension else "")


def same_file(path: Path, data: bytes) -> bool:
    """Whether `path` is a regular file holding exactly `data`."""
    try:
        return path.is_file() and not path.is_symlink() and path.read_bytes() == data
    except OSError:
        return False


def add_attachment(
    vault: Vault, name: str, data: bytes, *, folder: str = ATTACHMENTS
) -> tuple[NotePath, bool]:
    """Write `data` as `folder/name` (or `name 2.ext`…): (its vault path, True).

    A file already there with the same bytes is reused: (its path, False). `name` must be
    safe already (see `safe_name`). Raises OSError or UnsafePathError; never writes over.
    """
    if name.lower().endswith(f".{NOTE_EXTENSION}"):
        name += ".txt"  # whoever named it: an attachment is never read as a note
    base = vault.abspath(folder)
    wanted = base / name
    if same_file(wanted, data):
        return note_path(vault.root, wanted), False
    base.mkdir(parents=True, exist_ok=True)
    return _place(vault, wanted, lambda tmp: write_new_file(tmp, data, None)), True


def add_copy(vault: Vault, source: Path, *, folder: str = ATTACHMENTS) -> NotePath:
    """Copy the file at `source` into `folder` (streamed: it may be large). A file already
    inside the vault is not copied: its own path comes back."""
    resolved = source.resolve()
    if resolved.is_relative_to(vault.root):
        return note_path(vault.root, resolved)
    base = vault.abspath(folder)
    base.mkdir(parents=True, exist_ok=True)
    wanted = base / safe_name(source.name, "attachment")
    return _place(vault, wanted, lambda tmp: _copy_into(resolved, tmp))


def link_from(note: str, target: str) -> str:
    """The relative link from the note at `note` to the vault file `target`."""
    depth = len(PurePosixPath(note).parts) - 1
    return "../" * depth + target


def _place(vault: Vault, wanted: Path, fill: Callable[[Path], None]) -> NotePath:
    tmp = temp_beside(wanted)
    try:
        fill(tmp)
        final = move_to_free_name(tmp, wanted, (f" {n}" for n in itertools.count(2)))
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(wanted.parent)
    return note_path(vault.root, final)


def _copy_into(source: Path, tmp: Path) -> None:
    with source.open("rb") as src, tmp.open("xb") as dst:
        shutil.copyfileobj(src, dst, _COPY_CHUNK)
        dst.flush()
        os.fsync(dst.fileno())
