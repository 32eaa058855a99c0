"""Paints one search hit: the title, a muted line of kind, folder and date, two snippet lines."""

from __future__ import annotations

import html
import re
from datetime import date, datetime

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from ponder.ui import theme
from ponder.ui.dates import short_date, short_day, short_time
from ponder.ui.models.note_list_model import NoteRole

PAD_X = 14.0
PAD_Y = 9.0
GAP = 3.0
SNIPPET_LINES = 2
_MARKS = re.compile(r"(</?b>)")

AnyIndex = QModelIndex | QPersistentModelIndex


def parse_snippet(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and the (start, length) of each <b>…</b> match in it."""
    text, ranges, start, bold = "", [], 0, False
    for piece in _MARKS.split(snippet):
        if piece in ("<b>", "</b>"):
            if bold and piece == "</b>" and len(text) > start:
                ranges.append((start, len(text) - start))
            bold, start = piece == "<b>", len(text)
        else:
            text += html.unescape(piece)
    return text, ranges


def without_title(
    text: str, ranges: list[tuple[int, int]], title: str
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet minus a leading copy of the title (a note's body often opens with its
    `# Title` heading, which the row already shows)."""
    head = title.strip()
    if not head or not text.casefold().startswith(head.casefold()):
        return text, ranges
    rest = text[len(head) :]
    if rest and not rest[0].isspace():
        return text, ranges
    cut = len(text) - len(rest.lstrip())
    if cut >= len(text):
        return text, ranges
    kept = [(start - cut, length) for start, length in ranges if start >= cut]
    return text[cut:], kept


def theme_for(palette: QPalette) -> theme.Theme:
    """The theme whose colours the palette shows (dark when the window colour is dark)."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return theme.DARK if dark else theme.LIGHT


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


class SnippetDelegate(QStyledItemDelegate):
    """Rows of a calm result list; every row has the same height. Emits no signals."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parsed: dict[str, tuple[str, list[tuple[int, int]]]] = {}

    def kind_label(self, kind: str) -> str:
        labels = {
            "note": self.tr("Note"),
            "clip": self.tr("Clip"),
            "reflection": self.tr("Reflection"),
            "journal": self.tr("Journal"),
            "question": self.tr("Question"),
            "draft": self.tr("Draft"),
        }
        return labels.get(kind, kind.title())

    def meta_line(self, index: AnyIndex) -> str:
        """ "Journal · journal · 3 Mar" — the kind, the folder, and when it last changed."""
        path = str(index.data(NoteRole.PATH) or "")
        parts = [self.kind_label(str(index.data(NoteRole.KIND) or "note"))]
        folder = path.rpartition("/")[0]
        parts.append(folder or self.tr("vault"))
        updated = index.data(NoteRole.UPDATED)
        if isinstance(updated, datetime):
            parts.append(_short_date(updated))
        return "  ·  ".join(parts)

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        title.setPointSizeF(base.pointSizeF() + 0.5)
        meta = QFont(base)
        meta.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
        return title, meta, base

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        title, meta, body = (QFontMetricsF(f) for f in self._fonts(option))
        height = PAD_Y * 2 + title.height() + GAP + meta.height() + GAP * 2
        height += SNIPPET_LINES * body.lineSpacing()
        return QSize(240, int(height + 0.5))

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme_for(option.palette)
        rect = QRectF(option.rect)
        self._paint_background(painter, option, rect, colours)
        title_font, meta_font, body_font = self._fonts(option)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        text = QColor(colours.text)
        muted = QColor(colours.muted)
        y = inner.top()
        y = self._draw_line(painter, title_font, text, inner, y, str(index.data() or ""))
        y = self._draw_line(painter, meta_font, muted, inner, y + GAP, self.meta_line(index))
        snippet = str(index.data(NoteRole.SNIPPET) or "")
        if snippet:
            plain, ranges = without_title(*self._parse(snippet), str(index.data() or ""))
            self._draw_snippet_text(painter, body_font, colours, inner, y + GAP * 2, plain, ranges)
        painter.restore()

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, c: theme.Theme
    ) -> None:
        state = option.state
        painter.setPen(Qt.PenStyle.NoPen)
        if state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor(c.selection))
            painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 6, 6)
            return
        if state & QStyle.StateFlag.State_MouseOver:
            hover = _blend(QColor(c.surface), QColor(c.selection), 0.35)
            painter.setBrush(hover)
            painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 6, 6)
        painter.setPen(QColor(c.border))
        bottom = rect.bottom() - 0.5
        painter.drawLine(
            QPointF(rect.left() + PAD_X, bottom), QPointF(rect.right() - PAD_X, bottom)
        )

    @staticmethod
    def _draw_line(
        painter: QPainter, font: QFont, colour: QColor, inner: QRectF, y: float, text: str
    ) -> float:
        metrics = QFontMetricsF(font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(inner.left(), y + metrics.ascent()), elided)
        return y + metrics.height()

    def _draw_snippet_text(
        self,
        painter: QPainter,
        font: QFont,
        c: theme.Theme,
        inner: QRectF,
        y: float,
        text: str,
        ranges: list[tuple[int, int]],
    ) -> None:
        layout = QTextLayout(text, font)
        layout.setFormats(_highlights(ranges, c))
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        metrics = QFontMetricsF(font)
        ellipsis = "…"
        layout.beginLayout()
        lines = []
        for number in range(SNIPPET_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            last = number == SNIPPET_LINES - 1
            line.setLineWidth(inner.width() - (metrics.horizontalAdvance(ellipsis) if last else 0))
            line.setPosition(QPointF(0, number * metrics.lineSpacing()))
            lines.append(line)
        layout.endLayout()
        painter.setPen(_blend(QColor(c.text), QColor(c.muted), 0.35))
        layout.draw(painter, QPointF(inner.left(), y))
        if lines and lines[-1].textStart() + lines[-1].textLength() < len(text.rstrip()):
            tail = lines[-1]
            x = inner.left() + tail.naturalTextWidth()
            painter.setFont(font)
            painter.drawText(QPointF(x, y + tail.y() + tail.ascent()), ellipsis)

    def _parse(self, snippet: str) -> tuple[str, list[tuple[int, int]]]:
        parsed = self._parsed.get(snippet)
        if parsed is None:
            if len(self._parsed) > 2000:
                self._parsed.clear()
            parsed = self._parsed[snippet] = parse_snippet(snippet)
        return parsed


def _highlights(ranges: list[tuple[int, int]], c: theme.Theme) -> list[QTextLayout.FormatRange]:
    formats = []
    for start, length in ranges:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(c.hit))
        fmt.setForeground(QColor(c.hit_text))
        fmt.setFontWeight(QFont.Weight.DemiBold)
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = start, length, fmt
        formats.append(span)
    return formats


def _short_date(when: datetime) -> str:
    """ "14:05" today, "04.12" this year, "04.12.21" before: the locale's short formats."""
    today = date.today()
    if when.date() == today:
        return short_time(when)
    if when.year == today.year:
        return short_day(when.date())
    return short_date(when.date())
