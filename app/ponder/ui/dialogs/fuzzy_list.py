"""The list the quick switcher and the command palette share: rows with highlighted matches."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

AnyIndex = QModelIndex | QPersistentModelIndex
PAD_X = 12.0
PAD_Y = 7.0


class RowRole(enum.IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    POSITIONS = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3
    CREATE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True, slots=True)
class FuzzyRow:
    """One row: `text` is shown with the characters at `positions` highlighted; `detail` is a
    muted note on the right (a folder, a shortcut); `key` is what choosing the row means."""

    key: str
    text: str
    positions: tuple[int, ...] = ()
    detail: str = ""
    enabled: bool = True
    create: bool = False


class FuzzyListModel(QAbstractListModel):
    """The rows on screen, replaced as a whole on every keystroke. Emits no signals of its own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FuzzyRow] = []

    def set_rows(self, rows: Sequence[FuzzyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FuzzyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[FuzzyRow]:
        return list(self._rows)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if not row.enabled:
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.text} — {row.detail}" if row.detail else row.text
        values: dict[int, object] = {
            RowRole.KEY: row.key,
            RowRole.POSITIONS: list(row.positions),
            RowRole.DETAIL: row.detail,
            RowRole.CREATE: row.create,
        }
        return values.get(role)


class FuzzyDelegate(QStyledItemDelegate):
    """One line per row: the text with its matched characters bold in the accent colour, the
    detail muted on the right. Emits no signals."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = QFontMetricsF(option.font).height() + 2 * PAD_Y
        return QSize(200, int(height + 0.5))

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        pal: QPalette = option.palette
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 6, 6)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        font = QFont(option.font)
        detail = str(index.data(RowRole.DETAIL) or "")
        detail_width = self._paint_detail(painter, rect, font, pal, detail)
        text_rect = rect.adjusted(PAD_X, 0, -PAD_X - detail_width, 0)
        self._paint_text(painter, text_rect, font, pal, index, enabled)
        painter.restore()

    def _paint_detail(
        self, painter: QPainter, rect: QRectF, font: QFont, pal: QPalette, detail: str
    ) -> float:
        if not detail:
            return 0.0
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        metrics = QFontMetricsF(small)
        room = rect.width() * 0.45
        shown = metrics.elidedText(detail, Qt.TextElideMode.ElideMiddle, room)
        width = metrics.horizontalAdvance(shown)
        painter.setFont(small)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        box = QRectF(rect.right() - PAD_X - width, rect.top(), width, rect.height())
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), shown
        )
        return width + PAD_X

    def _paint_text(
        self,
        painter: QPainter,
        rect: QRectF,
        font: QFont,
        pal: QPalette,
        index: AnyIndex,
        enabled: bool,
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        create = bool(index.data(RowRole.CREATE))
        if create:
            font.setItalic(True)
        layout = QTextLayout(shown, font)
        visible = len(shown) if shown == text else len(shown) - 1
        layout.setFormats(_highlights(index.data(RowRole.POSITIONS) or [], visible, pal))
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        role = QPalette.ColorRole.Text if enabled else QPalette.ColorRole.PlaceholderText
        painter.setPen(pal.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))


def _highlights(
    positions: Sequence[int], visible: int, pal: QPalette
) -> list[QTextLayout.FormatRange]:
    """Bold accent-coloured runs over the matched characters that are on screen."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(pal.color(QPalette.ColorRole.BrightText))
    ranges: list[QTextLayout.FormatRange] = []
    for pos in positions:
        if pos >= visible:
            break
        if ranges and ranges[-1].start + ranges[-1].length == pos:
            ranges[-1].length += 1
            continue
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = pos, 1, fmt
        ranges.append(rng)
    return ranges
