"""The Edit menu's standard commands, sent to whichever text field has the keyboard focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def _nothing() -> bool:
    return False


class EditCommands:
    """Undo, Redo, Cut, Copy, Paste and Select all for the focused text widget. A text widget
    takes its own keys first (Qt lets editable text fields override these shortcuts), so the
    menu's shortcut only runs here when the focus is elsewhere — then Undo and Redo go to
    `undo_change` / `redo_change` (the last change to the notes: a delete, a rename…)."""

    def __init__(
        self,
        undo_change: Callable[[], bool] = _nothing,
        redo_change: Callable[[], bool] = _nothing,
    ) -> None:
        self.undo_change = undo_change
        self.redo_change = redo_change

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "edit.undo": self.undo,
            "edit.redo": self.redo,
            "edit.cut": self.cut,
            "edit.copy": self.copy,
            "edit.paste": self.paste,
            "edit.select_all": self.select_all,
        }

    def undo(self) -> None:
        widget = _focused_text()
        if widget is not None and _editable(widget) and _can_undo(widget):
            widget.undo()
        else:
            self.undo_change()

    def redo(self) -> None:
        widget = _focused_text()
        if widget is not None and _editable(widget) and _can_redo(widget):
            widget.redo()
        else:
            self.redo_change()

    def cut(self) -> None:
        widget = _focused_text()
        if widget is not None and _editable(widget):
            widget.cut()

    def copy(self) -> None:
        widget = _focused_text()
        if widget is not None:
            widget.copy()

    def paste(self) -> None:
        widget = _focused_text()
        if widget is not None and _editable(widget):
            widget.paste()

    def select_all(self) -> None:
        widget = _focused_text()
        if widget is not None:
            widget.selectAll()


def _focused_text() -> TextWidget | None:
    widget: QWidget | None = QApplication.focusWidget()
    return widget if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else None


def _editable(widget: TextWidget) -> bool:
    return not widget.isReadOnly()


def _can_undo(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    return widget.document().isUndoAvailable()


def _can_redo(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable()
    return widget.document().isRedoAvailable()
