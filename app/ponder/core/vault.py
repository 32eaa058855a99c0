"""The vault: a folder of Markdown notes, read and written without ever losing a version."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import secrets
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from ponder.core.filenames import ConflictCopy, conflict_of, safe_filename
from ponder.core.messages import Message
from ponder.core.model import FileStamp, NotePath, content_digest
from ponder.core.paths import (
    TRASH_DIR,
    is_hidden_part,
    is_note_path,
    is_partial_file,
    note_path,
)
from ponder.core.vault_errors import NO_SUCH_NOTE, read_reason, write_error

# The errors live in vault_errors.py; "X as X" re-exports them where every face imports them.
from ponder.core.vault_errors import ChangedOnDiskError as ChangedOnDiskError
from ponder.core.vault_errors import NoteExistsError as NoteExistsError
from ponder.core.vault_errors import NoteReadError as NoteReadError
from ponder.core.vault_errors import UnsafePathError as UnsafePathError
from ponder.core.vault_errors import VaultError as VaultError
from ponder.core.vault_errors import VaultWriteError as VaultWriteError
from ponder.core.vault_io import (
    TooLargeError,
    fsync_dir,
    move_no_replace,
    move_to_free_name,
    read_raw,
    rename_case_only,
    temp_beside,
    walk_files,
    write_new_file,
)
from ponder.core.vault_scan import FolderScan
from ponder.core.vault_swap import SwapConflict, save_verified

MAX_NOTE_BYTES = 2 * 1024 * 1024
_BINARY_PROBE = 8192
_TRASH_RECORD = ".ponder-trash.json"


@dataclass(frozen=True, slots=True)
class ScanEntry:
    """One note found by Vault.scan(), with the stats the index compares."""

    path: NotePath
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class TrashEntry:
    """A note in the vault's `.trash/`: where it lived, when it went, and where it is now."""

    id: str
    original: NotePath
    deleted_at: datetime
    location: Path


class Vault:
    """One vault folder. Build it with Vault.open(); every path argument is vault-relative."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def open(cls, root: Path, *, create: bool = False) -> Vault:
        """Check the folder (its crashed saves' temp files go at the index's next reconcile)."""
        root = Path(root).expanduser()
        if not root.exists():
            if not create:
                raise VaultError(
                    Message(
                        "The vault folder {root} does not exist; choose another folder.", root=root
                    )
                )
            try:
                root.mkdir(parents=True)
            except OSError as exc:
                raise VaultError(
                    Message(
                        "Ponder could not create the vault folder {root}: {exc}.",
                        root=root,
                        exc=exc,
                    )
                ) from exc
        if not root.is_dir():
            raise VaultError(
                Message(
                    "{root} is a file, not a folder; choose the folder holding your notes.",
                    root=root,
                )
            )
        if not os.access(root, os.W_OK | os.X_OK):
            raise VaultError(
                Message(
                    "Ponder may not write to the vault folder {root}; "
                    "check its permissions and whether the disk is read-only.",
                    root=root,
                )
            )
        return cls(root.resolve())

    def abspath(self, path: str) -> Path:
        """The absolute path of a vault-relative path, refusing anything that leads outside."""
        if not path or "\0" in path:
            raise UnsafePathError(path, Message("it is empty or contains a NUL character"))
        if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
            raise UnsafePathError(path, Message("it must be relative to the vault folder"))
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if ".." in parts:
            raise UnsafePathError(path, Message("it may not go up out of the vault with '..'"))
        if not parts:
            raise UnsafePathError(path, Message("it names the vault folder itself, not a file"))
        full = self.root.joinpath(*parts)
        try:
            resolved = full.resolve()
        except (OSError, RuntimeError) as exc:
            raise UnsafePathError(path, Message("it cannot be resolved ({exc})", exc=exc)) from exc
        if not resolved.is_relative_to(self.root):
            raise UnsafePathError(
                path, Message("it leads outside the vault through a symbolic link")
            )
        return full

    def scan(self) -> Iterator[ScanEntry]:
        """Every note in the vault. Symbolic links are not followed; hidden folders are skipped."""
        for path, size, mtime_ns in self.scan_stats():
            yield ScanEntry(NotePath(path), size, mtime_ns)

    def scan_stats(self) -> FolderScan:
        """(path, size, mtime_ns) of every note, as `scan` finds them, without an object per
        note: opening a vault of 400k notes compares these with the index's stamps. The
        index writer then removes the temp files of crashed saves the walk passed."""
        return FolderScan(self.root)

    def attachments(self) -> Iterator[str]:
        """Every file that is not a note (images, PDFs...), vault-relative, as `scan` walks."""
        for entry, rel in walk_files(self.root, _enter_for_scan):
            name = entry.name
            if not (name.lower().endswith(".md") or is_hidden_part(name) or is_partial_file(name)):
                yield rel

    def conflicts(self) -> list[ConflictCopy]:
        """The sync tools' conflict copies in the vault, for a person to resolve."""
        return [c for e in self.scan() if (c := conflict_of(e.path)) is not None]

    def read(self, path: NotePath) -> tuple[str, FileStamp]:
        """The text of a note and the stamp to pass back to save(). Never changes the file."""
        data, info = self._read(path, MAX_NOTE_BYTES)
        return _decode_note(path, data), _stamp(data, info)

    def read_bytes(self, path: NotePath) -> bytes:
        return self._read(path, None)[0]

    def stamp(self, path: NotePath) -> FileStamp | None:
        """The file's current stamp, or None if there is no file."""
        try:
            return _stamp(*read_raw(self.abspath(path), None))
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise NoteReadError(path, read_reason(exc)) from exc

    def save(self, path: NotePath, text: str, *, expected: FileStamp | None) -> FileStamp:
        """Replace the note atomically, unless it is no longer the version `expected`.

        `expected` is the stamp from read() (None: the file must not exist yet).
        The digest decides: size and mtime alone can miss a same-size edit made
        within the file system's timestamp granularity.
        """
        target = self.abspath(path).resolve()  # a symlinked note keeps its link
        data = _encode(path, text)
        try:
            current = read_raw(target, None)
        except FileNotFoundError:
            current = None
        except OSError as exc:
            raise write_error(
                path, exc, Message("was not saved; the file on disk is untouched")
            ) from exc
        actual = None if current is None else _stamp(*current)
        if not _same_version(expected, actual):
            theirs = None if current is None else current[0].decode("utf-8", errors="replace")
            raise ChangedOnDiskError(path, expected, actual, text, theirs)
        mode = self._new_note_mode() if current is None else stat.S_IMODE(current[1].st_mode)
        outcome = (
            Message("was not saved; nothing was written")
            if current is None
            else Message("was not saved; the previous version is untouched")
        )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            save_verified(target, data, mode, None if expected is None else expected.digest)
        except SwapConflict as conflict:
            raise _conflict_error(path, expected, text, conflict.theirs) from None
        except OSError as exc:
            raise write_error(path, exc, outcome) from exc
        return _verify(path, target, data)

    def _new_note_mode(self) -> int | None:
        """0600 for a new note in a vault only its owner may enter; else the umask decides."""
        try:
            private = stat.S_IMODE(self.root.stat().st_mode) & 0o077 == 0
        except OSError:
            return None
        return 0o600 if private and os.name != "nt" else None

    def create(self, folder: str, title: str, text: str) -> tuple[NotePath, FileStamp]:
        """A new note in `folder` named after `title` ("Title 2.md" if taken); never overwrites."""
        base = self._note_folder(folder)
        name = safe_filename(title)
        wanted = base / name
        data = _encode(name, text)
        tmp = temp_beside(wanted)
        try:
            base.mkdir(parents=True, exist_ok=True)
            write_new_file(tmp, data, self._new_note_mode())
            try:
                final = move_to_free_name(tmp, wanted, (f" {n}" for n in itertools.count(2)))
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            fsync_dir(base)
        except OSError as exc:
            raise write_error(name, exc, Message("was not created; nothing was written")) from exc
        rel = note_path(self.root, final)
        return rel, _verify(rel, final, data)

    def rename(self, path: NotePath, new_path: NotePath) -> FileStamp:
        """Move a note to `new_path`, making folders; NoteExistsError rather than overwrite."""
        src, dst = self.abspath(path), self.abspath(new_path)
        if not is_note_path(new_path):
            raise VaultError(
                Message(
                    "{new_path} is not a note name; it must end in .md, outside hidden folders.",
                    new_path=new_path,
                )
            )
        if not src.is_file():
            raise NoteReadError(path, NO_SUCH_NOTE)
        try:
            dst.parent.mkdir(parents=True, exist_ok=True)
            if path.casefold() == new_path.casefold() and dst.exists() and src.samefile(dst):
                rename_case_only(src, dst)  # also right for a no-op rename to the same path
            else:
                move_no_replace(src, dst)
            fsync_dir(src.parent)
            fsync_dir(dst.parent)
            return _stamp(*read_raw(dst, None))
        except FileExistsError as exc:
            raise NoteExistsError(new_path) from exc
        except OSError as exc:
            raise write_error(
                path, exc, Message("was not renamed; it is still where it was")
            ) from exc

    def trash(self, path: NotePath, *, expected: FileStamp | None = None) -> TrashEntry:
        """Move a note to `.trash/<time>-<random>/<path>`, with a record for restore()."""
        full = self.abspath(path)
        rel = note_path(self.root, full)
        if expected is not None:
            actual = self.stamp(rel)
            if not _same_version(expected, actual):
                theirs = None if actual is None else self.read_bytes(rel).decode(errors="replace")
                raise ChangedOnDiskError(rel, expected, actual, None, theirs)
        if not full.is_file():
            raise NoteReadError(rel, NO_SUCH_NOTE)
        deleted_at = datetime.now(UTC)
        entry_id = f"{deleted_at:%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}"
        entry_dir = self.root / TRASH_DIR / entry_id
        location = entry_dir.joinpath(*PurePosixPath(rel).parts)
        record = {"original": rel, "deleted_at": deleted_at.isoformat()}
        try:
            location.parent.mkdir(parents=True)
            write_new_file(entry_dir / _TRASH_RECORD, json.dumps(record).encode(), None)
            full.rename(location)  # into a folder made just now: nothing there to replace
        except OSError as exc:
            _remove_trash_folder(entry_dir)
            raise write_error(
                rel, exc, Message("was not moved to the trash; it is still in place")
            ) from exc
        fsync_dir(full.parent)
        fsync_dir(location.parent)
        return TrashEntry(entry_id, rel, deleted_at, location)

    def trash_entries(self) -> list[TrashEntry]:
        """The notes in the trash that can still be restored, most recently deleted first."""
        try:
            folders = [Path(e.path) for e in os.scandir(self.root / TRASH_DIR) if e.is_dir()]
        except OSError:
            return []
        entries = [e for f in folders if (e := _load_trash_entry(f)) is not None]
        return sorted(entries, key=lambda e: e.deleted_at, reverse=True)

    def restore(self, entry: TrashEntry) -> NotePath:
        """Put a trashed note back; as "Name (restored).md" if its old name is taken now."""
        target = self.abspath(entry.original)
        entry_dir = self.root / TRASH_DIR / entry.id
        if not entry.location.resolve().is_relative_to(entry_dir.resolve()):
            raise UnsafePathError(
                str(entry.location), Message("it is not inside that entry of the trash")
            )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            labels = (" (restored)" if n == 1 else f" (restored {n})" for n in itertools.count(1))
            final = move_to_free_name(entry.location, target, labels)
            fsync_dir(final.parent)
        except OSError as exc:
            raise write_error(
                entry.original, exc, Message("was not restored; it is still in the trash")
            ) from exc
        _remove_trash_folder(entry_dir)
        return note_path(self.root, final)

    def _read(self, path: NotePath, limit: int | None) -> tuple[bytes, os.stat_result]:
        try:
            return read_raw(self.abspath(path), limit)
        except TooLargeError as exc:
            raise NoteReadError(
                path,
                Message(
                    "{size:.1f} MB is larger than the {limit} MB "
                    "Ponder reads as a note; the file is left as it is",
                    size=exc.size / 2**20,
                    limit=MAX_NOTE_BYTES // 2**20,
                ),
            ) from exc
        except OSError as exc:
            raise NoteReadError(path, read_reason(exc)) from exc

    def _note_folder(self, folder: str) -> Path:
        """The absolute folder for new notes; "" or "." is the vault root."""
        if folder.strip("/") in ("", "."):
            return self.root
        full = self.abspath(folder)
        if not is_note_path(f"{note_path(self.root, full)}/note.md"):
            raise VaultError(
                Message(
                    "Notes in the folder {folder} would be hidden; choose a visible folder.",
                    folder=folder,
                )
            )
        return full


def _enter_for_scan(_rel: str, name: str) -> bool:
    return not is_hidden_part(name) and name != "node_modules"


def _stamp(data: bytes, info: os.stat_result) -> FileStamp:
    return FileStamp(len(data), info.st_mtime_ns, content_digest(data))


def _same_version(expected: FileStamp | None, actual: FileStamp | None) -> bool:
    """Whether the file is (still) the version expected; None means no file."""
    if expected is None or actual is None:
        return expected is actual
    return expected.digest == actual.digest


def _decode_note(path: NotePath, data: bytes) -> str:
    """The note's text; a UTF-8 BOM stays in it so that saving writes it back."""
    head = data[:_BINARY_PROBE]
    binary = Message("it looks like a binary file, not Markdown text; the file is left as it is")
    if b"\0" in head:
        raise NoteReadError(path, binary)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_binary(head):
            raise NoteReadError(path, binary) from exc
        raise NoteReadError(
            path,
            Message(
                "it is not UTF-8 text (the first bad byte is at offset {offset}); "
                "save it as UTF-8 in another editor to open it here. The file is left as it is",
                offset=exc.start,
            ),
        ) from exc
    if _looks_binary(head):
        raise NoteReadError(path, binary)
    return text


def _looks_binary(head: bytes) -> bool:
    """One in twenty characters of the sample is a control, or two in five are not UTF-8.

    Text in a legacy encoding (Latin-1, Windows-1252) has some invalid bytes but
    few controls; it gets the "not UTF-8" message instead, which says what to do.
    """
    sample = head.decode("utf-8", errors="replace")
    invalid = sample.count("\ufffd")
    controls = sum(1 for ch in sample if ch == "\x7f" or (ch < " " and ch not in "\t\n\r\f\x1b"))
    return controls * 20 > len(sample) or invalid * 5 > len(sample) * 2


def _encode(path: str, text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise VaultWriteError(
            path,
            Message(
                "{path} was not saved: the text has a character that cannot be stored as UTF-8 "
                "at position {position}; nothing was written.",
                path=path,
                position=exc.start,
            ),
        ) from exc


def _verify(path: str, target: Path, data: bytes) -> FileStamp:
    """Read back what was written: the field notes found writes worth checking."""
    try:
        written, info = read_raw(target, None)
    except OSError as exc:
        raise VaultWriteError(
            path,
            Message("{path} was written but could not be read back ({exc}).", path=path, exc=exc),
        ) from exc
    if written != data:
        raise VaultWriteError(
            path,
            Message(
                "{path} reads back differently from what Ponder wrote; another program may have "
                "changed it at the same moment. Check the note before editing it further.",
                path=path,
            ),
        )
    return _stamp(written, info)


def _conflict_error(
    path: str, expected: FileStamp | None, ours: str, theirs: bytes | None
) -> ChangedOnDiskError:
    """The typed conflict for a version found during the save itself (both are kept)."""
    if theirs is None:
        return ChangedOnDiskError(path, expected, None, ours, None)
    now = FileStamp(len(theirs), 0, content_digest(theirs))
    return ChangedOnDiskError(path, expected, now, ours, theirs.decode("utf-8", errors="replace"))


def _load_trash_entry(folder: Path) -> TrashEntry | None:
    """The entry a trash folder holds, or None if its record is unusable or its note is gone."""
    try:
        record = json.loads((folder / _TRASH_RECORD).read_bytes())
        original = PurePosixPath(record["original"])
        deleted_at = datetime.fromisoformat(record["deleted_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if original.is_absolute() or ".." in original.parts or not original.parts:
        return None
    location = folder.joinpath(*original.parts)
    if not location.is_file():
        return None
    return TrashEntry(folder.name, NotePath(original.as_posix()), deleted_at, location)


def _remove_trash_folder(entry_dir: Path) -> None:
    """Remove a trash entry's record and empty folders; anything else found there stays."""
    with contextlib.suppress(OSError):
        (entry_dir / _TRASH_RECORD).unlink()
    for folder, _dirs, _files in os.walk(entry_dir, topdown=False):
        with contextlib.suppress(OSError):
            Path(folder).rmdir()
