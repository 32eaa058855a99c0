"""Combo and spin boxes that draw their own arrows.

The theme's rounded style sheet makes Fusion draw broken arrow buttons, and styling the
sub-controls removes the arrows altogether (there are no arrow images to point at), so these
widgets mark themselves with the `chevron` property (their buttons become borderless, see
theme.py) and paint thin chevrons over them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFontComboBox, QSpinBox, QWidget
from typing_extensions import override

ARROW_WIDTH = 22


def _pen(widget: QWidget) -> QPen:
    role = QPalette.ColorRole.Text if widget.isEnabled() else QPalette.ColorRole.PlaceholderText
    colour = widget.palette().color(role)
    colour.setAlphaF(0.65)
    pen = QPen(colour, 1.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_chevrons(widget: QWidget, *, up: bool, down: bool) -> None:
    """Draw a down chevron (combo) or an up and a down chevron (spin box) at the right edge."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_pen(widget))
    rect = widget.rect()
    x = rect.right() - ARROW_WIDTH / 2
    y = rect.center().y() + 0.5
    size = 3.5
    if up and down:
        painter.drawPolyline(
            [QPointF(x - size, y - 2), QPointF(x, y - 5.5), QPointF(x + size, y - 2)]
        )
        painter.drawPolyline(
            [QPointF(x - size, y + 2), QPointF(x, y + 5.5), QPointF(x + size, y + 2)]
        )
    elif down:
        painter.drawPolyline(
            [QPointF(x - size, y - 1.75), QPointF(x, y + 1.75), QPointF(x + size, y - 1.75)]
        )
    painter.end()


def _mark(widget: QWidget) -> None:
    widget.setProperty("chevron", True)


class ChevronComboBox(QComboBox):
    """A QComboBox with a drawn chevron. Emits QComboBox's signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _mark(self)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_chevrons(self, up=False, down=True)


class ChevronFontComboBox(QFontComboBox):
    """A QFontComboBox with a drawn chevron. Emits QFontComboBox's signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _mark(self)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_chevrons(self, up=False, down=True)


class ChevronSpinBox(QSpinBox):
    """A QSpinBox with drawn up/down chevrons. Emits QSpinBox's signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _mark(self)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_chevrons(self, up=True, down=True)


class ChevronDoubleSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox with drawn up/down chevrons. Emits QDoubleSpinBox's signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _mark(self)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_chevrons(self, up=True, down=True)
