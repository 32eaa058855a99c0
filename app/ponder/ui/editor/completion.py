"""Completion of `[[` note titles and `#` tags in the editor, from injected sources."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QListView, QPlainTextEdit

from ponder.ui.editor.syntax import CODE_SPAN_RE, NORMAL, Kind, scan
from ponder.ui.editor.textpos import python_index, utf16_mapper

MAX_SUGGESTIONS = 50

_WIKILINK_CONTEXT_RE = re.compile(r"\[\[([^\[\]|#]*)$")
_TAG_CONTEXT_RE = re.compile(r"(?:^|(?<=[\s(,;]))#([\w][\w/-]*)$")
_NO_COMPLETION = frozenset({Kind.CODE, Kind.CODE_BLOCK, Kind.FENCE, Kind.URL, Kind.LINK_URL})


@dataclass(frozen=True, slots=True)
class Context:
    """What is being completed: `query` typed so far, `start` its column in the line."""

    mode: str
    """"title" after `[[`, "tag" after `#`."""
    query: str
    start: int


def rank(candidates: Sequence[str], query: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Candidates containing `query` (any case): prefix matches first, then by name."""
    needle = query.casefold()
    prefix: list[str] = []
    inner: list[str] = []
    for candidate in dict.fromkeys(candidates):
        folded = candidate.casefold()
        if folded.startswith(needle):
            prefix.append(candidate)
        elif needle in folded:
            inner.append(candidate)
    prefix.sort(key=str.casefold)
    inner.sort(key=str.casefold)
    return (prefix + inner)[:limit]


def find_context(line: str, column: int, state: int, first_line: bool) -> Context | None:
    """The completion context at `column` of `line`, or None where none applies.

    `state` and `first_line` are the highlighter's block state before this line, so
    nothing is offered inside code, URLs or front matter.
    """
    spans, _ = scan(line, state, first_line)
    if state != NORMAL or any(
        s.kind in _NO_COMPLETION and s.start < column <= s.start + s.length for s in spans
    ):
        return None
    before = line[:column]
    if "`" in CODE_SPAN_RE.sub("", before):
        return None  # typing inside a code span that is not closed yet
    match = _WIKILINK_CONTEXT_RE.search(before)
    if match:
        return Context("title", match.group(1), match.start(1))
    match = _TAG_CONTEXT_RE.search(before)
    if match and not match.group(1).isdigit():
        return Context("tag", match.group(1), match.start(1))
    return None


class Completion(QObject):
    """Drives a QCompleter popup for one editor; the editor forwards its key presses."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        titles: Callable[[], Sequence[str]],
        tags: Callable[[], Sequence[str]],
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._sources = {"title": titles, "tag": tags}
        self._context: Context | None = None
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(editor)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._popup = QListView()
        self._popup.setAccessibleName(self.tr("Suggestions"))
        self._popup.setToolTip(self.tr("Enter or Tab inserts the suggestion, Esc closes the list"))
        self._completer.setPopup(self._popup)  # the completer takes ownership
        # The default overload is activated(QString): the chosen text.
        self._completer.activated.connect(self._on_completer_activated)

    @property
    def popup(self) -> QListView:
        """The suggestion list."""
        return self._popup

    def is_visible(self) -> bool:
        """Whether the suggestion list is showing."""
        return self._popup.isVisible()

    def refresh(self, typed: bool) -> None:
        """Show, update or hide suggestions for the text before the cursor.

        `typed` says the last key inserted text; other keys only update or close a list
        that is already open, so moving the cursor never opens one.
        """
        context = self._current_context()
        if context is None or not (typed or self.is_visible()):
            self.dismiss()
            return
        suggestions = rank(self._sources[context.mode](), context.query)
        if not suggestions:
            self.dismiss()
            return
        self._context = context
        self._model.setStringList(suggestions)
        popup = self._popup
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
        rect = self._editor.cursorRect()
        rect.setWidth(max(260, popup.sizeHintForColumn(0) + 24))
        self._completer.complete(rect)

    def accept(self) -> None:
        """Insert the highlighted suggestion (or the first one) and close the list."""
        index = self._popup.currentIndex()
        row = index.row() if index.isValid() else 0
        values = self._model.stringList()
        if 0 <= row < len(values):
            self._insert(values[row])
        self.dismiss()

    def dismiss(self) -> None:
        """Close the list without inserting anything."""
        self._context = None
        self._popup.hide()

    def _on_completer_activated(self, value: str) -> None:
        # A click (or the completer's own Enter handling) chose a suggestion.
        self._insert(value)
        self._context = None

    def _current_context(self) -> Context | None:
        cursor = self._editor.textCursor()
        if cursor.hasSelection():
            return None
        block = cursor.block()
        previous = block.previous()
        state = previous.userState() if previous.isValid() else NORMAL
        text = block.text()
        column = python_index(text, cursor.positionInBlock())
        return find_context(text, column, max(state, NORMAL), block.blockNumber() == 0)

    def _insert(self, value: str) -> None:
        context = self._context
        if context is None:
            return
        cursor = self._editor.textCursor()
        line = cursor.block().text()
        after = line[python_index(line, cursor.positionInBlock()) :]
        start = cursor.block().position() + utf16_mapper(line)(context.start)
        cursor.setPosition(start, cursor.MoveMode.KeepAnchor)
        text = value
        if context.mode == "title" and not after.startswith("]]"):
            text += "]]"
        cursor.insertText(text)
        if context.mode == "title" and after.startswith("]]"):
            cursor.movePosition(cursor.MoveOperation.Right, cursor.MoveMode.MoveAnchor, 2)
        self._editor.setTextCursor(cursor)
