"""The open note: its text as last read or saved, autosave, and outside edits (ghostwriter's
DocumentManager idea, without widgets)."""

from __future__ import annotations

import concurrent.futures
import functools
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ponder.core.library import Library
from ponder.core.model import Changes, FileStamp, NotePath
from ponder.core.settings import Settings
from ponder.core.vault import ChangedOnDiskError
from ponder.ui.core_text import core_text
from ponder.ui.operations import Operation
from ponder.ui.session import Session


class _Expected:
    """The stamp the next save must find on disk. Saves run in order on the one writer thread,
    so each save reads what the previous one left here."""

    __slots__ = ("stamp",)

    def __init__(self, stamp: FileStamp | None) -> None:
        self.stamp = stamp


@dataclass(frozen=True, slots=True)
class _Saved:
    path: NotePath
    text: str
    stamp: FileStamp
    changes: Changes


class SaveMode(StrEnum):
    """How a save treats the file on disk."""

    NORMAL = "normal"  # only over the version the buffer was read from
    OVER = "over"  # over whatever is on disk now (the person chose to keep theirs)
    AGAIN = "again"  # re-create a file deleted outside


class SaveState(Enum):
    """Where the open note stands with its file. Shown as words only by
    `Document.state_text` (translated there); the error of FAILED is `Document.save_error`."""

    NONE = "none"  # no note open yet
    UNWRITTEN = "unwritten"  # a journal day shown before its file exists
    EDITING = "editing"  # edits the autosave has not written yet
    SAVING = "saving"
    SAVED = "saved"
    CHANGED_ON_DISK = "changed on disk"  # not saved: another version is on disk
    DELETED_ON_DISK = "deleted on disk"  # not saved: the file went away
    FAILED = "failed"  # not saved: see Document.save_error


def _save_job(lib: Library, path: NotePath, text: str, box: _Expected, mode: SaveMode) -> _Saved:
    """Runs on the writer."""
    if mode is SaveMode.OVER:
        box.stamp = lib.stamp(path)
    elif mode is SaveMode.AGAIN:
        box.stamp = None
    stamp, changes = lib.save(path, text, expected=box.stamp)
    box.stamp = stamp
    return _Saved(path, text, stamp, changes)


def _rescue_job(lib: Library, path: NotePath, text: str) -> _Saved:
    """Keep a buffer that cannot go to its own file as a new note beside it."""
    pure = PurePosixPath(path)
    for number in range(1, 1000):
        suffix = " (unsaved)" if number == 1 else f" (unsaved {number})"
        candidate = NotePath(str(pure.with_name(pure.stem + suffix + pure.suffix)))
        if lib.stamp(candidate) is None:
            stamp, changes = lib.save(candidate, text, expected=None)
            return _Saved(candidate, text, stamp, changes)
    raise RuntimeError(f"no free name beside {path}")


def _into_future(future: Future[Any], job: Callable[[Library], Any], lib: Library) -> Any:
    """Run `job` and mirror its outcome into `future`, so shutdown can wait without the UI loop."""
    try:
        result = job(lib)
    except BaseException as exc:
        future.set_exception(exc)
        raise
    future.set_result(result)
    return result


def _done_future() -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(None)
    return future


class Document(QObject):
    """One open note and its way to disk; every save goes through the session's writer.

    Signals:
    - `loaded(str path, str text)`, `load_failed(str message)`
    - `saved(str path)`, `save_failed(str message)`
    - `conflicted(str ours, str theirs)`: a save found another version on disk.
    - `changed_outside(str path)`: the file changed while the buffer had unsaved edits.
    - `deleted_outside(str path)`: the file went away; the buffer is kept, marked modified.
    - `reloaded(str text)`: the buffer now holds the file's new text.
    - `moved(str old, str new)`: the note was renamed; the document follows it.
    - `compared(str ours, str theirs)`: both versions, for a diff.
    - `state_changed(object)`: the new SaveState (`state_text()` says it in words).
    """

    loaded = Signal(str, str)
    load_failed = Signal(str)
    saved = Signal(str)
    save_failed = Signal(str)
    conflicted = Signal(str, str)
    changed_outside = Signal(str)
    deleted_outside = Signal(str)
    reloaded = Signal(str)
    moved = Signal(str, str)
    compared = Signal(str, str)
    state_changed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._path: NotePath | None = None
        self._text = ""
        self._on_disk: str | None = None  # the text the file holds, as last read or saved
        self._box = _Expected(None)
        self._modified = False
        self._blocked = False  # waiting for the person to decide about an outside change
        self._pending: Future[Any] = _done_future()
        self._channel = f"document-{id(self)}"
        self._state = SaveState.NONE
        self._save_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._apply_settings(session.settings)
        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._apply_settings)

    # -- state ---------------------------------------------------------------------------------

    @property
    def path(self) -> NotePath | None:
        return self._path

    @property
    def text(self) -> str:
        return self._text

    @property
    def stamp(self) -> FileStamp | None:
        """The version on disk the buffer was read from or last saved as."""
        return self._box.stamp

    @property
    def modified(self) -> bool:
        return self._modified

    @property
    def awaiting_decision(self) -> bool:
        """Whether autosave is held until the person picks Reload, Keep mine or Save again."""
        return self._blocked

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def save_error(self) -> str:
        """Why the last save failed (a sentence), while the state is FAILED; else ""."""
        return self._save_error

    def _set_state(self, state: SaveState, error: str = "") -> None:
        if (state, error) != (self._state, self._save_error):
            self._state, self._save_error = state, error
            self.state_changed.emit(state)

    def state_text(self) -> str:
        """The state in the person's language, for the status bar."""
        texts = {
            SaveState.NONE: "",
            SaveState.UNWRITTEN: self.tr("Not written yet"),
            SaveState.EDITING: self.tr("Editing…"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.SAVED: self.tr("Saved"),
            SaveState.CHANGED_ON_DISK: self.tr("Not saved: changed on disk"),
            SaveState.DELETED_ON_DISK: self.tr("Not saved: deleted on disk"),
        }
        if self._state is SaveState.FAILED:
            return self.tr("Not saved: {0}").format(self._save_error)
        return texts[self._state]

    def _apply_settings(self, settings: Settings) -> None:
        self._timer.setInterval(max(50, round(settings.autosave_seconds * 1000)))

    # -- opening and editing -------------------------------------------------------------------

    def open(self, path: str) -> None:
        """Save what is pending, then load `path` in the background (`loaded` when it is in)."""
        self.close()
        self._path = NotePath(path)
        self._text, self._box, self._modified, self._blocked = "", _Expected(None), False, False
        pending = self._pending
        self._session.read(
            functools.partial(_load_job, pending=pending, path=self._path),
            self._on_load_done,
            self._on_load_error,
            channel=self._channel,
        )

    def open_unwritten(self, path: str, text: str) -> None:
        """Show a note that is not on disk yet (a journal day) with `text`: nothing is written
        until the person edits it; the first save creates the file."""
        self.close()
        self._path = NotePath(path)
        self._text, self._box, self._modified, self._blocked = text, _Expected(None), False, False
        self._on_disk = None
        self._set_state(SaveState.UNWRITTEN)
        self.loaded.emit(path, text)

    def _on_load_done(self, result: tuple[NotePath, str, FileStamp]) -> None:
        path, text, stamp = result
        if path != self._path:
            return
        self._text, self._box.stamp, self._modified = text, stamp, False
        self._on_disk = text
        self._set_state(SaveState.SAVED)
        self.loaded.emit(path, text)

    def _on_load_error(self, error: BaseException) -> None:
        self.load_failed.emit(core_text(error))

    def edit(self, text: str) -> None:
        """The buffer changed: remember it and (re)start the autosave delay. An edit back to
        the file's own text (undo) writes nothing, so the file keeps its time."""
        if self._path is None or text == self._text:
            return
        if text == self._on_disk and not self._blocked and self._pending.done():
            self._timer.stop()
            self._text, self._modified = text, False
            self._set_state(SaveState.SAVED)
            return
        self._text, self._modified = text, True
        self._set_state(SaveState.EDITING)
        if not self._blocked:
            self._timer.start()

    def close(self) -> Future[Any]:
        """Stop editing this note without losing a keystroke; the Future ends when it is safe."""
        self._timer.stop()
        if self._path is None or not self._modified:
            future = self._pending
        elif self._blocked:
            future = self._submit(functools.partial(_rescue_job, path=self._path, text=self._text))
        else:
            future = self.save_now()
        self._path, self._modified, self._blocked = None, False, False
        return future

    # -- saving --------------------------------------------------------------------------------

    def save_now(self) -> Future[Any]:
        """Save at once (Ctrl+S); the Future can be waited on at shutdown."""
        self._timer.stop()
        if self._path is None or not self._modified or self._blocked:
            return self._pending
        return self._save(SaveMode.NORMAL)

    def keep_mine(self) -> Future[Any]:
        """Save the buffer over the version that appeared on disk."""
        return self._save(SaveMode.OVER)

    def save_again(self) -> Future[Any]:
        """Re-create a file that was deleted outside, from the buffer."""
        return self._save(SaveMode.AGAIN)

    def _save(self, mode: SaveMode) -> Future[Any]:
        if self._path is None:
            return self._pending
        self._blocked = False
        self._set_state(SaveState.SAVING)
        job = functools.partial(
            _save_job, path=self._path, text=self._text, box=self._box, mode=mode
        )
        return self._submit(job)

    def _submit(self, job: Callable[[Library], _Saved]) -> Future[Any]:
        future: Future[Any] = Future()
        self._pending = future
        mirrored = functools.partial(_into_future, future, job)
        op = Operation(mirrored, on_done=self._on_save_done, on_error=self._on_save_error)
        self._session.run(op, self)
        return future

    def _on_timer_timeout(self) -> None:
        self.save_now()

    def _on_save_done(self, saved: _Saved) -> None:
        current = saved.path == self._path
        if current:
            self._on_disk = saved.text
        if current and saved.text == self._text:
            self._modified = False
            self._set_state(SaveState.SAVED)
        if current:
            self.saved.emit(saved.path)

    def _on_save_error(self, error: BaseException) -> None:
        ours = getattr(error, "ours", None)
        path = getattr(error, "path", None)
        if path is not None and path != self._path:
            if isinstance(ours, str):
                # The person has moved on to another note: keep their words in a copy.
                rescue = functools.partial(_rescue_job, path=NotePath(path), text=ours)
                op = Operation(rescue, on_done=self._on_rescued, on_error=self._on_rescue_error)
                self._session.run(op, self)
            else:
                self.save_failed.emit(core_text(error))
            return
        if isinstance(error, ChangedOnDiskError) and error.ours is not None:
            self._blocked, self._modified = True, True
            self._set_state(SaveState.CHANGED_ON_DISK)
            if error.theirs is None:
                self.deleted_outside.emit(error.path)
            else:
                self.conflicted.emit(error.ours, error.theirs)
            return
        self._set_state(SaveState.FAILED, core_text(error))
        self.save_failed.emit(core_text(error))

    def _on_rescued(self, saved: _Saved) -> None:
        message = self.tr("Your unsaved text was kept in {0}").format(saved.path)
        self._session.problem.emit(message)

    def _on_rescue_error(self, error: BaseException) -> None:
        self.save_failed.emit(core_text(error))

    # -- outside changes -----------------------------------------------------------------------

    def reload(self) -> None:
        """Take the version on disk, dropping the buffer's edits."""
        if self._path is None:
            return
        self._session.read(
            functools.partial(_load_job, pending=self._pending, path=self._path),
            self._on_reload_done,
            self._on_load_error,
            channel=self._channel,
        )

    def _on_reload_done(self, result: tuple[NotePath, str, FileStamp]) -> None:
        path, text, stamp = result
        if path != self._path:
            return
        self._text, self._box.stamp, self._modified, self._blocked = text, stamp, False, False
        self._on_disk = text
        self._set_state(SaveState.SAVED)
        self.reloaded.emit(text)

    def compare(self) -> None:
        """Read the version on disk and emit `compared(ours, theirs)`."""
        if self._path is not None:
            self._session.read(
                functools.partial(_load_job, pending=self._pending, path=self._path),
                self._on_compare_done,
                self._on_load_error,
                channel=self._channel,
            )

    def _on_compare_done(self, result: tuple[NotePath, str, FileStamp]) -> None:
        if result[0] == self._path:
            self.compared.emit(self._text, result[1])

    def _on_session_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self._path is None:
            return
        # A change may write a note and then move it (a clip filled in, then named after its
        # page): what was written under the old path is this note's too.
        written = {self._path} & (changes.updated | changes.added)
        for old, new in changes.moved:
            if old == self._path:
                self._path = new
                self.moved.emit(old, new)
        path = self._path
        if path in changes.removed:
            self._timer.stop()
            self._blocked, self._modified = True, True
            self._set_state(SaveState.DELETED_ON_DISK)
            self.deleted_outside.emit(path)
        elif written or path in changes.updated or path in changes.added:
            self._on_updated_outside(path)

    def _on_updated_outside(self, path: NotePath) -> None:
        known = self._session.library.indexed_stamp(path)
        mine = self._box.stamp
        if known is not None and mine is not None and known.digest == mine.digest:
            return  # the echo of our own save
        if not self._modified:
            self.reload()
            return
        self._timer.stop()
        self._blocked = True
        self._set_state(SaveState.CHANGED_ON_DISK)
        self.changed_outside.emit(path)


def _load_job(
    lib: Library, *, pending: Future[Any], path: NotePath
) -> tuple[NotePath, str, FileStamp]:
    """Runs in the pool: wait for our own queued save of the note, then read it."""
    if not pending.done():
        # The save reports its own failure; here it only has to be over.
        concurrent.futures.wait([pending], timeout=30)
    text, stamp = lib.read_text(path)
    return path, text, stamp
