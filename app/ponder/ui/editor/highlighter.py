"""Markdown syntax highlighting for the editor, driven by the pure scanner in `syntax`."""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from typing_extensions import override

from ponder.ui.editor.palette import EditorPalette
from ponder.ui.editor.syntax import NORMAL, Kind, is_code_state, scan
from ponder.ui.editor.textpos import utf16_mapper

_HEADING_SCALE = {1: 1.45, 2: 1.28, 3: 1.14}


def is_code_block(block: QTextBlock) -> bool:
    """Whether `block` is a line of a fenced code block, its fences included."""
    if is_code_state(block.userState()):
        return True
    previous = block.previous()
    return previous.isValid() and is_code_state(previous.userState())


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours a QTextDocument's Markdown; multi-line constructs use block states."""

    def __init__(self, document: QTextDocument, palette: EditorPalette, point_size: float) -> None:
        super().__init__(document)
        self._palette = palette
        self._point_size = point_size
        self._formats = self._build_formats()
        self._headings = self._build_heading_formats()

    def set_palette(self, palette: EditorPalette) -> None:
        """Switch colours and recolour the whole document."""
        self._palette = palette
        self._restyle()

    def set_point_size(self, point_size: float) -> None:
        """Follow the editor's base font size (headings scale from it)."""
        self._point_size = point_size
        self._restyle()

    def format_for(self, kind: Kind) -> QTextCharFormat:
        """The character format used for `kind` (a copy), for callers and tests."""
        return QTextCharFormat(self._formats[kind])

    @override
    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        first = self.currentBlock().blockNumber() == 0
        spans, state = scan(text, NORMAL if previous < 0 else previous, first)
        self.setCurrentBlockState(state)
        to_utf16 = utf16_mapper(text)
        for span in spans:
            start = to_utf16(span.start)
            length = to_utf16(span.start + span.length) - start
            if span.kind is Kind.HEADING:
                fmt = QTextCharFormat(self._headings[min(span.level, 4)])
            else:
                fmt = self.format(start)
                fmt.merge(self._formats[span.kind])
            self.setFormat(start, length, fmt)

    def _restyle(self) -> None:
        self._formats = self._build_formats()
        self._headings = self._build_heading_formats()
        self.rehighlight()

    def _build_formats(self) -> dict[Kind, QTextCharFormat]:
        p = self._palette
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        formats = {kind: QTextCharFormat() for kind in Kind}
        colours = {
            Kind.MARKUP: p.muted,
            Kind.EMPHASIS: p.emphasis,
            Kind.STRONG: p.emphasis,
            Kind.STRIKE: p.muted,
            Kind.CODE: p.code,
            Kind.CODE_BLOCK: p.code,
            Kind.FENCE: p.muted,
            Kind.LINK_TEXT: p.link,
            Kind.LINK_URL: p.muted,
            Kind.URL: p.link,
            Kind.WIKILINK: p.wikilink,
            Kind.TAG: p.tag,
            Kind.QUOTE: p.quote,
            Kind.LIST_MARKER: p.list_marker,
            Kind.TASK_BOX: p.list_marker,
            Kind.TASK_DONE: p.muted,
            Kind.RULE: p.muted,
            Kind.FRONT_MATTER: p.front_matter,
            Kind.FRONT_MATTER_KEY: p.front_matter_key,
        }
        for kind, colour in colours.items():
            formats[kind].setForeground(QColor(colour))
        for kind in (Kind.CODE, Kind.CODE_BLOCK, Kind.FENCE, Kind.FRONT_MATTER):
            formats[kind].setFontFamilies([mono])
            formats[kind].setFontPointSize(self._point_size * 0.92)
        # Fenced blocks get a full-width panel from the editor; inline code a tint.
        formats[Kind.CODE].setBackground(QColor(p.code_background))
        formats[Kind.TAG].setBackground(QColor(p.tag_background))
        formats[Kind.EMPHASIS].setFontItalic(True)
        formats[Kind.QUOTE].setFontItalic(True)
        formats[Kind.STRONG].setFontWeight(QFont.Weight.Bold)
        formats[Kind.TASK_BOX].setFontWeight(QFont.Weight.Bold)
        formats[Kind.STRIKE].setFontStrikeOut(True)
        formats[Kind.TASK_DONE].setFontStrikeOut(True)
        formats[Kind.WIKILINK].setFontUnderline(False)
        formats[Kind.URL].setFontUnderline(True)
        formats[Kind.URL].setUnderlineColor(QColor(p.muted))
        return formats

    def _build_heading_formats(self) -> dict[int, QTextCharFormat]:
        headings: dict[int, QTextCharFormat] = {}
        for level in (1, 2, 3, 4):
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(self._palette.heading))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(self._point_size * _HEADING_SCALE.get(level, 1.0))
            headings[level] = fmt
        return headings
