"""The vault's errors: each says, in a sentence a person can act on, what happened and what was
kept; the sentences are Messages, so the window shows them in the person's language."""

from __future__ import annotations

import errno

from ponder.core.messages import Message
from ponder.core.model import FileStamp

_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)
NO_SUCH_NOTE = Message("there is no such note (it may have been moved or deleted)")


class VaultError(Exception):
    """Any vault failure; str() is a sentence a person can act on."""


class UnsafePathError(VaultError):
    """A path that is not a plain relative path inside the vault."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            Message("Ponder refused the path {path!r}: {reason}.", path=path, reason=reason)
        )
        self.path = path
        self.reason = reason


class NoteReadError(VaultError):
    """A file Ponder will not read as a note; `reason` says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            Message("Ponder could not read {path}: {reason}.", path=path, reason=reason)
        )
        self.path = path
        self.reason = reason


class NoteExistsError(VaultError):
    """The target of a rename is taken."""

    def __init__(self, path: str) -> None:
        super().__init__(
            Message(
                "{path} already exists; Ponder never overwrites a note. Choose another name.",
                path=path,
            )
        )
        self.path = path


class VaultWriteError(VaultError):
    """The disk refused a write; the previous version of the file is untouched."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


class ChangedOnDiskError(VaultError):
    """The file is not the version Ponder read; carries both versions so nothing is lost.

    `ours` is the text Ponder was about to write (None when nothing was to be
    written, as for trash); `theirs` is the text now on disk, None if it is gone.
    """

    def __init__(
        self,
        path: str,
        expected: FileStamp | None,
        actual: FileStamp | None,
        ours: str | None,
        theirs: str | None,
    ) -> None:
        saved = ours is not None
        kept = Message("your version was not saved") if saved else Message("Ponder left it alone")
        if actual is None:
            message = Message(
                "{path} was deleted or moved by another program; {kept}", path=path, kept=kept
            )
        elif expected is None:
            message = Message(
                "{path} already exists on disk; {kept} so the file there is not overwritten",
                path=path,
                kept=kept,
            )
        else:
            message = Message(
                "{path} was changed by another program after Ponder read it; {kept}",
                path=path,
                kept=kept,
            )
        compare = Message("{message}. Compare both versions, then try again.", message=message)
        super().__init__(compare)
        self.path = path
        self.expected = expected
        self.actual = actual
        self.ours = ours
        self.theirs = theirs


def read_reason(exc: OSError) -> Message:
    """Why a file could not be read as a note, for NoteReadError."""
    if isinstance(exc, FileNotFoundError):
        return Message("the file does not exist (it may have been moved or deleted)")
    if isinstance(exc, IsADirectoryError):
        return Message("it is a folder, not a note")
    if isinstance(exc, PermissionError):
        return Message("Ponder is not allowed to read it; check the file's permissions")
    return Message("the system reported: {error}", error=exc.strerror or exc)


def write_error(path: str, exc: OSError, outcome: Message) -> VaultWriteError:
    """A VaultWriteError saying why `path` `outcome` ("was not saved; ...")."""
    if exc.errno in (errno.ENOSPC, _EDQUOT):
        message = Message(
            "The disk is full: {path} {outcome}. Free some space and try again.",
            path=path,
            outcome=outcome,
        )
    elif exc.errno == errno.EROFS:
        message = Message("The disk is read-only: {path} {outcome}.", path=path, outcome=outcome)
    elif isinstance(exc, PermissionError):
        message = Message(
            "Ponder is not allowed to write there: {path} {outcome}. "
            "Check the folder's permissions.",
            path=path,
            outcome=outcome,
        )
    else:
        error = exc.strerror or exc
        message = Message("{path} {outcome} ({error}).", path=path, outcome=outcome, error=error)
    return VaultWriteError(path, message)
