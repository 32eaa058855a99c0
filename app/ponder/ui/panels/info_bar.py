"""A slim bar above the editor that says what happened to the file and offers what to do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


@dataclass(frozen=True, slots=True)
class BarAction:
    """One button on the bar: a stable id, its label and a tooltip."""

    id: str
    label: str
    tip: str = ""
    primary: bool = False


class InfoBar(QFrame):
    """Signals: `action_triggered(str id)` when a button is pressed (the bar then hides);
    `dismissed()` when closed with ×."""

    action_triggered = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setAccessibleName(self.tr("Note status"))
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        self._layout.setSpacing(6)
        self._layout.addWidget(self._label, 1)
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setToolTip(self.tr("Hide this message"))
        self._close.setAccessibleName(self.tr("Hide message"))
        self._close.clicked.connect(self._on_close_clicked)
        self._layout.addWidget(self._close)
        self.hide()

    @property
    def message(self) -> str:
        return self._label.text()

    def button(self, action_id: str) -> QPushButton:
        """The button for `action_id` (for tests and keyboard focus)."""
        return self._buttons[action_id]

    def action_ids(self) -> list[str]:
        return list(self._buttons)

    def show_message(self, message: str, actions: Sequence[BarAction] = ()) -> None:
        """Show `message` with one button per action, replacing what was there."""
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        self._label.setText(message)
        for action in actions:
            button = QPushButton(action.label, self)
            button.setToolTip(action.tip)
            button.setAccessibleName(action.label)
            button.setProperty("actionId", action.id)
            if action.primary:
                button.setObjectName("primary")
            button.clicked.connect(self._on_button_clicked)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons[action.id] = button
        self.show()

    def clear(self) -> None:
        self.hide()
        self._label.clear()

    def _on_button_clicked(self) -> None:
        button = self.sender()
        action_id = button.property("actionId") if button is not None else None
        if isinstance(action_id, str):
            self.clear()
            self.action_triggered.emit(action_id)

    def _on_close_clicked(self) -> None:
        self.clear()
        self.dismissed.emit()
