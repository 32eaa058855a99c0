"""Small line icons for the sidebar, painted at run time (no image files, any colour, any DPI)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 16


def _all(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4.5, 2.5, 9, 11), 1.5, 1.5)
    p.drawLine(QPointF(2.5, 5), QPointF(2.5, 13.5))
    p.drawLine(QPointF(2.5, 13.5), QPointF(10, 13.5))


def _inbox(p: QPainter) -> None:
    path = QPainterPath(QPointF(2, 9))
    for x, y in ((5.5, 9), (6.5, 11), (9.5, 11), (10.5, 9), (14, 9)):
        path.lineTo(x, y)
    p.drawPath(path)
    p.drawRoundedRect(QRectF(2, 3, 12, 10.5), 2, 2)


def _journal(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(2.5, 3.5, 11, 10), 1.5, 1.5)
    p.drawLine(QPointF(2.5, 6.5), QPointF(13.5, 6.5))
    p.drawLine(QPointF(5.5, 2), QPointF(5.5, 4.5))
    p.drawLine(QPointF(10.5, 2), QPointF(10.5, 4.5))
    for x, y in ((5.5, 9), (8, 9), (10.5, 9), (5.5, 11.3), (8, 11.3)):
        p.drawPoint(QPointF(x, y))


def _clip(p: QPainter) -> None:
    path = QPainterPath(QPointF(10.5, 5))
    path.lineTo(10.5, 11)
    path.arcTo(QRectF(6, 9, 4.5, 4.5), 0, -180)
    path.lineTo(6, 4)
    path.arcTo(QRectF(6, 1.75, 6.5, 4.5), 180, -180)
    path.lineTo(12.5, 11.5)
    p.drawPath(path)


def _note(p: QPainter) -> None:
    path = QPainterPath(QPointF(9.5, 2.5))
    for x, y in (
        (4, 2.5),
        (4, 13.5),
        (12.5, 13.5),
        (12.5, 5.5),
        (9.5, 2.5),
        (9.5, 5.5),
        (12.5, 5.5),
    ):
        path.lineTo(x, y)
    p.drawPath(path)
    p.drawLine(QPointF(6, 8.5), QPointF(10.5, 8.5))
    p.drawLine(QPointF(6, 11), QPointF(10.5, 11))


def _draft(p: QPainter) -> None:
    path = QPainterPath(QPointF(3, 13))
    for x, y in ((3.5, 10.5), (11, 3), (13, 5), (5.5, 12.5), (3, 13)):
        path.lineTo(x, y)
    p.drawPath(path)
    p.drawLine(QPointF(9.5, 4.5), QPointF(11.5, 6.5))


def _question(p: QPainter) -> None:
    p.drawEllipse(QRectF(2, 2, 12, 12))
    path = QPainterPath(QPointF(6.2, 6.4))
    path.arcTo(QRectF(6.2, 4.4, 3.8, 3.6), 180, -230)
    path.lineTo(8, 9.5)
    p.drawPath(path)
    p.drawPoint(QPointF(8, 11.5))


def _tag(p: QPainter) -> None:
    path = QPainterPath(QPointF(2.5, 2.5))
    for x, y in ((8, 2.5), (13.5, 8), (8, 13.5), (2.5, 8), (2.5, 2.5)):
        path.lineTo(x, y)
    p.drawPath(path)
    p.drawEllipse(QRectF(4.8, 4.8, 2, 2))


def _search(p: QPainter) -> None:
    p.drawEllipse(QRectF(2.5, 2.5, 8, 8))
    p.drawLine(QPointF(9.3, 9.3), QPointF(13.5, 13.5))


def _today(p: QPainter) -> None:
    """A sun: the day's start."""
    p.drawEllipse(QRectF(5, 5, 6, 6))
    for x1, y1, x2, y2 in (
        (8, 1.5, 8, 3),
        (8, 13, 8, 14.5),
        (1.5, 8, 3, 8),
        (13, 8, 14.5, 8),
        (3.4, 3.4, 4.5, 4.5),
        (11.5, 11.5, 12.6, 12.6),
        (3.4, 12.6, 4.5, 11.5),
        (11.5, 4.5, 12.6, 3.4),
    ):
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2))


SHAPES: dict[str, Callable[[QPainter], None]] = {
    "today": _today,
    "all": _all,
    "inbox": _inbox,
    "journal": _journal,
    "clips": _clip,
    "notes": _note,
    "drafts": _draft,
    "questions": _question,
    "tag": _tag,
    "saved": _search,
}


def icon(name: str, colour: QColor, scale: float = 2.0) -> QIcon:
    """The named line icon in `colour`; drawn at `scale` so it stays sharp on HiDPI screens."""
    pixmap = QPixmap(int(SIZE * scale), int(SIZE * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    SHAPES[name](painter)
    painter.end()
    return QIcon(pixmap)
