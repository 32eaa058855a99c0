"""Key handling for the editor: completion keys, list continuation and list indentation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ponder.ui.editor import lists
from ponder.ui.editor.completion import Completion
from ponder.ui.editor.syntax import NORMAL
from ponder.ui.editor.textpos import python_index, utf16_mapper

TAB_SPACES = "    "
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class EditKeys:
    """Handles the keys that do more than insert text; the editor asks it first."""

    def __init__(self, editor: QPlainTextEdit, completion: Completion) -> None:
        self._editor = editor
        self._completion = completion

    def handle(self, event: QKeyEvent) -> bool:
        """Act on `event` and return True, or return False to let the editor have it."""
        key = event.key()
        plain = not (event.modifiers() & _BLOCKING_MODIFIERS)
        if self._completion.is_visible():
            if key in (*_ENTER, Qt.Key.Key_Tab):
                self._completion.accept()
                return True
            if key == Qt.Key.Key_Escape:
                self._completion.dismiss()
                return True
        if key in _ENTER and plain:
            return self._continue_list()
        if key == Qt.Key.Key_Tab and plain:
            if not self._shift_lines(outdent=False):
                self._editor.textCursor().insertText(TAB_SPACES)
            return True
        if key == Qt.Key.Key_Backtab:
            self._shift_lines(outdent=True)
            return True
        return False

    def _continue_list(self) -> bool:
        cursor = self._editor.textCursor()
        block = cursor.block()
        if cursor.hasSelection() or not _is_prose(block):
            return False
        text = block.text()
        result = lists.continue_item(text, python_index(text, cursor.positionInBlock()))
        if result is None:
            return False
        lines = [result.line] if result.next_line is None else [result.line, result.next_line]
        cursor.beginEditBlock()
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\n".join(lines))
        cursor.endEditBlock()
        last = cursor.block()
        cursor.setPosition(last.position() + utf16_mapper(lines[-1])(result.cursor))
        self._editor.setTextCursor(cursor)
        return True

    def _shift_lines(self, outdent: bool) -> bool:
        """Indent or outdent the selected lines, or the current list item.

        Returns False (and changes nothing) for Tab on an ordinary line without a
        selection, where Tab just inserts spaces.
        """
        cursor = self._editor.textCursor()
        document = self._editor.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
            last = last.previous()
        item = lists.parse_item(first.text())
        if not cursor.hasSelection() and not outdent and (item is None or not item.is_list):
            return False
        edit = QTextCursor(document)
        edit.beginEditBlock()
        block = first
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            _shift_block(edit, block, outdent)
            block = block.next()
        edit.endEditBlock()
        return True


def _shift_block(edit: QTextCursor, block: QTextBlock, outdent: bool) -> None:
    """Add or remove leading indentation only, so cursors in the line keep their place."""
    text = block.text()
    edit.setPosition(block.position())
    if not outdent:
        edit.insertText(lists.INDENT)
        return
    removed = len(text) - len(lists.outdent(text))
    if removed:
        edit.setPosition(block.position() + removed, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()


def _is_prose(block: QTextBlock) -> bool:
    """False inside fenced code and front matter, where Enter must stay a plain newline."""
    previous = block.previous()
    return not previous.isValid() or previous.userState() <= NORMAL
