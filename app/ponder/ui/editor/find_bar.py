"""The find and replace bar shown under the editor (Ctrl+F, Ctrl+H)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_HIGHLIGHTS = 2000


class FindBar(QWidget):
    """Find and replace in one QPlainTextEdit.

    Signals: `closed()` when the bar hides itself (Esc or its close button).
    """

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._match_colour = QColor("#f7e3a3")
        self._match_text: QColor | None = None
        self.setAccessibleName(self.tr("Find and replace"))
        self.find_field = _field(
            self, self.tr("Find"), self.tr("Text to find; Enter finds the next match")
        )
        self.replace_field = _field(
            self, self.tr("Replace with"), self.tr("Replacement; Enter replaces this match")
        )
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.count_label.setToolTip(self.tr("Current match and number of matches"))
        self.count_label.setMinimumWidth(70)
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.case_box.setAccessibleName(self.tr("Match case"))
        self.case_box.setToolTip(self.tr("Only find text with the same upper and lower case"))
        self._build_layout()
        self._connect()
        self.hide()

    def set_match_colour(self, colour: QColor, text: QColor | None = None) -> None:
        """Background (and text colour) of the highlighted matches (follows the palette)."""
        self._match_colour = colour
        self._match_text = text
        self._update_matches()

    def show_find(self) -> None:
        """Show the bar with the find field focused, seeded from a one-line selection."""
        self._show(replace=False)

    def show_replace(self) -> None:
        """Show the bar with the replace row too."""
        self._show(replace=True)

    def close_bar(self) -> None:
        """Hide the bar, clear match highlights and give the editor its focus back."""
        self.hide()
        self._editor.setExtraSelections([])
        self._editor.setFocus()
        self.closed.emit()

    def find_next(self) -> bool:
        """Select the next match (wrapping around); False when there is none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match (wrapping around); False when there is none."""
        return self._find(backward=True)

    def replace(self) -> bool:
        """Replace the selected match, then select the next one; False when none left."""
        cursor = self._editor.textCursor()
        if cursor.hasSelection() and self._is_match(cursor.selectedText()):
            cursor.insertText(self.replace_field.text())
            self._editor.setTextCursor(cursor)
        found = self.find_next()
        self._update_matches()
        return found

    def replace_all(self) -> int:
        """Replace every match as a single undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self._editor.document()
        replacement = self.replace_field.text()
        editing = QTextCursor(document)
        editing.beginEditBlock()
        count = 0
        found = document.find(needle, 0, self._flags())
        while not found.isNull():
            found.insertText(replacement)
            count += 1
            # Searching on from the end of the replacement never re-finds it.
            found = document.find(needle, found.position(), self._flags())
        editing.endEditBlock()
        self._update_matches()
        return count

    def match_count(self) -> int:
        """How many times the find text occurs in the document (case as chosen)."""
        return len(self._matches(limit=None))

    def _build_layout(self) -> None:
        previous = _button(
            self, "↑", self.tr("Previous match"), self.tr("Find previous (Shift+F3)")
        )
        following = _button(self, "↓", self.tr("Next match"), self.tr("Find next (F3 or Enter)"))
        close = _button(self, "✕", self.tr("Close find bar"), self.tr("Close (Esc)"))
        replace_one = _button(
            self,
            self.tr("Replace"),
            self.tr("Replace"),
            self.tr("Replace this match and find the next"),
        )
        replace_every = _button(
            self,
            self.tr("All"),
            self.tr("Replace all"),
            self.tr("Replace every match (one undo step)"),
        )
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        replace_one.clicked.connect(self.replace)
        replace_every.clicked.connect(self.replace_all)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(6)
        for column, widget in enumerate(
            (self.find_field, self.count_label, previous, following, self.case_box, close)
        ):
            layout.addWidget(widget, 0, column)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(replace_one, 1, 2, 1, 2)
        layout.addWidget(replace_every, 1, 4)
        layout.setColumnStretch(0, 1)
        self._replace_row = [self.replace_field, replace_one, replace_every]

    def _connect(self) -> None:
        self.find_field.textChanged.connect(self._on_find_text_changed)
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace)
        self.case_box.toggled.connect(self._on_case_toggled)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.close_bar),
            (QKeySequence(QKeySequence.StandardKey.FindNext), self.find_next),
            (QKeySequence(QKeySequence.StandardKey.FindPrevious), self.find_previous),
        ):
            QShortcut(sequence, self, slot).setContext(context)

    def _show(self, replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_row:
            widget.setVisible(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._update_matches()

    def _on_find_text_changed(self, _text: str) -> None:
        # Search as you type, starting from where the current selection begins.
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._editor.setTextCursor(cursor)
        if self.find_field.text():
            self.find_next()
        self._update_matches()

    def _on_case_toggled(self, _checked: bool) -> None:
        self._update_matches()

    def _find(self, backward: bool) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        flags = self._flags()
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        document = self._editor.document()
        found = document.find(needle, self._editor.textCursor(), flags)
        if found.isNull():
            wrap = QTextCursor(document)
            wrap.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = document.find(needle, wrap, flags)
        if found.isNull():
            self._update_count()
            return False
        self._editor.setTextCursor(found)
        self._update_count()
        return True

    def _flags(self) -> QTextDocument.FindFlag:
        if self.case_box.isChecked():
            return QTextDocument.FindFlag.FindCaseSensitively
        return QTextDocument.FindFlag(0)

    def _is_match(self, text: str) -> bool:
        needle = self.find_field.text()
        if self.case_box.isChecked():
            return text == needle
        return text.casefold() == needle.casefold()

    def _matches(self, limit: int | None) -> list[QTextCursor]:
        needle = self.find_field.text()
        matches: list[QTextCursor] = []
        if not needle:
            return matches
        document = self._editor.document()
        found = document.find(needle, 0, self._flags())
        while not found.isNull() and (limit is None or len(matches) < limit):
            matches.append(found)
            found = document.find(needle, found, self._flags())
        return matches

    def _update_matches(self) -> None:
        selections = []
        if self.isVisible():
            for match in self._matches(limit=MAX_HIGHLIGHTS):
                selection = QTextEdit.ExtraSelection()
                selection.cursor = match
                selection.format.setBackground(self._match_colour)
                if self._match_text is not None:
                    selection.format.setForeground(self._match_text)
                selections.append(selection)
        self._editor.setExtraSelections(selections)
        self._update_count()

    def _update_count(self) -> None:
        if not self.find_field.text():
            self.count_label.setText("")
            return
        matches = self._matches(limit=None)
        if not matches:
            self.count_label.setText(self.tr("No matches"))
            return
        start = self._editor.textCursor().selectionStart()
        current = sum(1 for m in matches if m.selectionStart() <= start)
        self.count_label.setText(
            self.tr("{current} of {total}").format(current=max(current, 1), total=len(matches))
        )


def _field(parent: QWidget, name: str, tip: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setPlaceholderText(name)
    field.setAccessibleName(name)
    field.setToolTip(tip)
    field.setClearButtonEnabled(True)
    return field


def _button(parent: QWidget, text: str, name: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button
