"""The note's title above its text (the file's name, as Obsidian's inline title): editing it and
pressing Enter renames the note; Enter and Esc move on into the body."""

from __future__ import annotations

from pathlib import PurePosixPath

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget
from typing_extensions import override


class TitleField(QLineEdit):
    """Signals: `title_edited(str)` when the person changed the title and confirmed it (Enter,
    or leaving the field); `done()` when Enter or Esc asks to go on into the note's body."""

    title_edited = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteTitle")
        self.setAccessibleName(self.tr("Note title"))
        self.setToolTip(self.tr("The note's name; change it and press Enter to rename the note"))
        self.setPlaceholderText(self.tr("Untitled"))
        self.setFrame(False)
        self._shown = ""

    def show_path(self, path: str | None) -> None:
        """Show the name of the note at `path` (its file name without `.md`)."""
        self._shown = PurePosixPath(path).stem if path else ""
        self.setText(self._shown)
        self.setEnabled(path is not None)

    def edit_title(self) -> None:
        """Focus the field with the whole title selected, so typing replaces it."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._confirm()
            self.done.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.setText(self._shown)
            self.done.emit()
            return
        super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._confirm()

    def _confirm(self) -> None:
        title = self.text().strip()
        if not title:
            self.setText(self._shown)
        elif title != self._shown:
            self._shown = title
            self.title_edited.emit(title)
