"""Undo for changes to the notes themselves (a delete, a rename): the status bar offers it for
ten seconds, and Edit ▸ Undo reaches the last ones whenever no text field takes it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.ui.core_text import core_text
from ponder.ui.session import Session

OFFER_MS = 10_000
KEPT_STEPS = 20


@dataclass(frozen=True, slots=True)
class UndoStep:
    """What was done, in a sentence, and the writer job that takes it back (returning the
    Changes it made, or a (value, Changes) pair)."""

    said: str
    undo: Callable[[Library], Any]


class UndoBar(QWidget):
    """A sentence and an Undo button in the status bar. Signals: `undone(str said)` after a step
    was taken back; `undo_failed(str)` with the reason when it could not be."""

    undone = Signal(str)
    undo_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self._session = session
        self.steps: list[UndoStep] = []
        self.label = QLabel(self)
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setAccessibleName(self.tr("Undo"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.undo_last)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OFFER_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, step: UndoStep) -> None:
        """Show `step` with its Undo for ten seconds; it stays undoable from Edit ▸ Undo."""
        self.steps = [*self.steps[-(KEPT_STEPS - 1) :], step]
        self.label.setText(step.said)
        self.button.setToolTip(self.tr("Take back: {said}").format(said=step.said))
        self.show()
        self._timer.start()

    def undo_last(self) -> bool:
        """Take back the newest step; False when there is none."""
        if not self.steps:
            return False
        step = self.steps.pop()
        self.hide()
        done = functools.partial(self._on_undone, step.said)
        self._session.write(step.undo, done, self._on_undo_error)
        return True

    def _on_undone(self, said: str, result: Any) -> None:
        changes = result[1] if isinstance(result, tuple) else result
        if isinstance(changes, Changes):
            self._session.publish(changes, self)
        self.undone.emit(said)

    def _on_undo_error(self, error: BaseException) -> None:
        self.undo_failed.emit(self.tr("Could not undo: {error}").format(error=core_text(error)))


def restore_job(lib: Library, *, path: str) -> tuple[str, Changes]:
    """Put the note last trashed from `path` back (from `.trash/`) and index it."""
    entry = next((e for e in lib.trash_entries() if e.original == path), None)
    if entry is None:
        raise LookupError(f"{path} is no longer in the trash")
    restored = lib.restore(entry)
    return restored, lib.reconcile().changes


def retitle_job(lib: Library, *, path: str, title: str) -> tuple[str, Changes]:
    """Give the note at `path` its old title back (its file name and links follow again)."""
    return lib.retitle(NotePath(path), title)
