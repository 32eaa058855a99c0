"""Undo for changes to the notes themselves (delete, rename, *Link it*, import): the status bar
offers the step an Operation recorded for ten seconds, and Edit ▸ Undo reaches the last ones
whenever no text field takes it."""

from __future__ import annotations

import functools

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ponder.ui.core_text import core_text
from ponder.ui.operations import Operation, Outcome, UndoStep
from ponder.ui.session import Session

OFFER_MS = 10_000
KEPT_STEPS = 20


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
        layout.addStretch(1)  # the button keeps its size beside the sentence
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OFFER_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()
        session.undoable.connect(self._on_session_undoable)

    @Slot(object)
    def _on_session_undoable(self, step: UndoStep) -> None:
        self.offer(step)

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
        self._session.run(Operation(step.undo, on_done=done, on_error=self._on_undo_error), self)
        return True

    def _on_undone(self, said: str, _result: Outcome) -> None:
        self.undone.emit(said)

    def _on_undo_error(self, error: BaseException) -> None:
        self.undo_failed.emit(self.tr("Could not undo: {error}").format(error=core_text(error)))
