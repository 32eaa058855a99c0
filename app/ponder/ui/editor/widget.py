"""The Markdown editor widget: a QPlainTextEdit with highlighting, lists, completion and links."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget
from typing_extensions import override

from ponder.core import frontmatter
from ponder.ui.editor import links, wordcount
from ponder.ui.editor.completion import Completion
from ponder.ui.editor.highlighter import MarkdownHighlighter, is_code_block
from ponder.ui.editor.keys import EditKeys
from ponder.ui.editor.palette import EditorPalette
from ponder.ui.fonts import with_emoji

READABLE_COLUMNS = 82
MIN_SIDE_MARGIN = 24
WORD_COUNT_DELAY_MS = 200


@dataclass(frozen=True, slots=True)
class CursorState:
    """Where the cursor, selection and scroll position were, to come back to later."""

    position: int
    anchor: int
    scroll: int


def _no_suggestions() -> Sequence[str]:
    return ()


class MarkdownEditor(QPlainTextEdit):
    """Plain-text Markdown editing with the comforts people expect.

    Signals:
        text_edited(): the text changed by editing (typing, paste, undo, insert_link…),
            never by `set_text`.
        word_count_changed(int, int): words and characters, ~200 ms after edits settle.
        files_dropped(list, int): local files (list of Path) dropped at a document position.
        escape_pressed(): Esc with nothing of the editor's own to close (the window moves on).
    """

    text_edited = Signal()
    escape_pressed = Signal()
    word_count_changed = Signal(int, int)
    files_dropped = Signal(list, int)

    def __init__(
        self,
        titles: Callable[[], Sequence[str]] = _no_suggestions,
        tags: Callable[[], Sequence[str]] = _no_suggestions,
        palette: EditorPalette | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._palette = palette or EditorPalette.light()
        self._loading = False
        self.setAccessibleName(self.tr("Note editor"))
        self.setAccessibleDescription(self.tr("Markdown text of the note"))
        self.setPlaceholderText(self.tr("Write in Markdown…  [[ links a note, # adds a tag"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCursorWidth(2)
        self.setAutoFillBackground(True)
        self.document().setDocumentMargin(16)
        self._highlighter = MarkdownHighlighter(
            self.document(), self._palette, self.font().pointSizeF()
        )
        self._completion = Completion(self, titles, tags)
        self._keys = EditKeys(self, self._completion)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(WORD_COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._on_count_timer_timeout)
        self.document().contentsChange.connect(self._on_document_contents_change)
        self._apply_palette()
        self.set_font(self.font().family(), max(11, round(self.font().pointSizeF())))

    @property
    def completion(self) -> Completion:
        """The `[[`/`#` completion controller (for its popup and tests)."""
        return self._completion

    @property
    def highlighter(self) -> MarkdownHighlighter:
        """The syntax highlighter attached to the document."""
        return self._highlighter

    @property
    def is_modified(self) -> bool:
        """Whether the text changed since `set_text` or `mark_saved`."""
        return self.document().isModified()

    @property
    def palette_name(self) -> str:
        """Name of the palette in use ("light" or "dark")."""
        return self._palette.name

    def text(self) -> str:
        """The whole Markdown text."""
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Load `text` as a fresh document: no undo history, not modified, no `text_edited`."""
        self._loading = True
        try:
            self.setPlainText(text)  # also clears the undo stack, so undo never empties the note
        finally:
            self._loading = False
        self.document().setModified(False)
        start = self.body_start()
        if start:  # typing (after a Tab into the editor, say) must never land in the YAML
            cursor = self.textCursor()
            cursor.setPosition(start)
            self.setTextCursor(cursor)
        self._count_timer.start()

    def body_start(self) -> int:
        """The document position where the body begins, after any front matter."""
        parts = frontmatter.split(self.toPlainText())
        head = parts.opening + (parts.front or "") + parts.closing
        return len(head.encode("utf-16-le")) // 2  # Qt counts UTF-16 code units

    def put_caret_in_body(self) -> None:
        """The caret at the body's start, or at its end when the body is only its heading or
        blank (a new note), and the view scrolled to it."""
        body = frontmatter.split(self.toPlainText()).body
        cursor = self.textCursor()
        lines = [line for line in body.splitlines() if line.strip()]
        if len(lines) <= 1 and (not lines or lines[0].lstrip().startswith("#")):
            cursor.movePosition(QTextCursor.MoveOperation.End)
        else:
            cursor.setPosition(self.body_start())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def mark_saved(self) -> None:
        """Record that the current text is what is on disk."""
        self.document().setModified(False)

    def word_count(self) -> tuple[int, int]:
        """(words, characters) of the current text, computed now."""
        return wordcount.count(self.toPlainText())

    def set_palette(self, palette: EditorPalette) -> None:
        """Switch colours at runtime (e.g. light ↔ dark)."""
        self._palette = palette
        self._apply_palette()
        self._highlighter.set_palette(palette)

    def set_font(self, family: str, size: int) -> None:
        """Use `family` at `size` points for the text; headings and code scale from it."""
        font = QFont(family, size)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(with_emoji(font))
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self._highlighter.set_point_size(float(size))
        self.resizeEvent(QResizeEvent(self.size(), self.size()))

    def cursor_state(self) -> CursorState:
        """The cursor, selection and scroll position, to restore after reloading."""
        cursor = self.textCursor()
        return CursorState(cursor.position(), cursor.anchor(), self.verticalScrollBar().value())

    def restore_cursor_state(self, state: CursorState) -> None:
        """Put the cursor, selection and scroll back (clamped to the current text)."""
        end = max(0, self.document().characterCount() - 1)
        cursor = self.textCursor()
        cursor.setPosition(min(state.anchor, end))
        cursor.setPosition(min(state.position, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(state.scroll)

    def insert_link(
        self, target: str, label: str, image: bool, position: int | None = None
    ) -> None:
        """Insert `[label](target)` (or `![label](target)` for an image) at `position`.

        Without a position the link goes at the cursor, replacing any selection.
        """
        self._insert_at(links.link(target, label, image), position)

    def insert_links(self, targets: Sequence[str], position: int | None = None) -> None:
        """Insert one link per target (images embedded), one per line, as one undo step."""
        text = "\n".join(links.link(t, links.label_for(t), links.is_image(t)) for t in targets)
        if text:
            self._insert_at(text, position)

    @override
    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape and not self._completion.is_visible():
            self.escape_pressed.emit()
            return
        if not self._keys.handle(e):
            super().keyPressEvent(e)
            self._completion.refresh(typed=e.text().isprintable() and bool(e.text()))

    @override
    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        url = links.as_url(source.text())
        if url is not None:
            selection = cursor.selectedText().replace("\u2029", "\n")
            cursor.insertText(links.url_paste(url, selection))
        else:
            # Rich HTML from a browser or word processor pastes as its plain text.
            cursor.insertText(source.text())
        self.setTextCursor(cursor)

    @override
    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if _local_files(e.mimeData()):
            e.acceptProposedAction()
        else:
            super().dragEnterEvent(e)

    @override
    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        if _local_files(e.mimeData()):
            e.acceptProposedAction()
        else:
            super().dragMoveEvent(e)

    @override
    def dropEvent(self, e: QDropEvent) -> None:
        files = _local_files(e.mimeData())
        if not files:
            super().dropEvent(e)
            return
        position = self.cursorForPosition(e.position().toPoint()).position()
        e.acceptProposedAction()
        self.files_dropped.emit(files, position)

    @override
    def paintEvent(self, e: QPaintEvent) -> None:
        self._paint_code_blocks()
        super().paintEvent(e)

    @override
    def resizeEvent(self, e: QResizeEvent) -> None:
        # Margins first: the base class lays the text out for the viewport's new width.
        self._update_margins()
        super().resizeEvent(e)

    def _insert_at(self, text: str, position: int | None) -> None:
        cursor = self.textCursor()
        if position is not None:
            end = max(0, self.document().characterCount() - 1)
            cursor.setPosition(max(0, min(position, end)))
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def _paint_code_blocks(self) -> None:
        """Give fenced code one calm panel across the text column, behind the text."""
        painter = QPainter(self.viewport())
        colour = QColor(self._palette.code_background)
        offset = self.contentOffset()
        bottom = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > bottom:
                break
            if is_code_block(block):
                margin = self.document().documentMargin() / 2
                rect.setLeft(margin)
                rect.setRight(self.viewport().width() - margin)
                painter.fillRect(rect, colour)
            block = block.next()
        painter.end()

    def _apply_palette(self) -> None:
        p = self._palette
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Base, p.background),
            (QPalette.ColorRole.Window, p.background),
            (QPalette.ColorRole.Text, p.text),
            (QPalette.ColorRole.Highlight, p.selection),
            (QPalette.ColorRole.HighlightedText, p.selection_text),
            (QPalette.ColorRole.PlaceholderText, p.placeholder),
        ):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.viewport().setPalette(palette)

    def _update_margins(self) -> None:
        # Long lines are hard to read: keep the text column to a comfortable measure.
        measure = self.fontMetrics().averageCharWidth() * READABLE_COLUMNS
        side = max(MIN_SIDE_MARGIN, (self.width() - measure) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def _on_document_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._count_timer.start()
            if not self._loading:
                self.text_edited.emit()

    def _on_count_timer_timeout(self) -> None:
        words, chars = self.word_count()
        self.word_count_changed.emit(words, chars)


def _local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
