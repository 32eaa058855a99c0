"""A bar chart of average responses per post, painted with QPainter in the palette's colours.

QPainter rather than QtCharts or pyqtgraph: a few labelled bars need no new dependency
(QtCharts is a separate PySide6 add-on, pyqtgraph brings numpy), it draws the same offscreen
as on screen, and it takes its colours from the QPalette, so it follows the theme exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

MARGIN = 10
BAR_GAP = 0.3
"""The share of each slot left empty between bars."""


class ResponseChart(QWidget):
    """Bars for `{group: (average, posts)}`; an empty chart says so. Emits no signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseChart")
        self.groups: dict[str, tuple[float, int]] = {}
        self.empty_text = ""
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Responses per post"))

    def set_groups(self, groups: dict[str, tuple[float, int]], empty_text: str) -> None:
        self.groups = dict(groups)
        self.empty_text = empty_text
        described = "; ".join(f"{k}: {v:.1f}" for k, (v, _n) in groups.items())
        self.setAccessibleDescription(described or empty_text)
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(480, 190)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        if not self.groups:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + line, -MARGIN, -MARGIN - 2 * line)
        top = max(value for value, _n in self.groups.values()) or 1.0
        slot = area.width() / len(self.groups)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, (name, (value, posts)) in enumerate(self.groups.items()):
            left = area.left() + index * slot + slot * BAR_GAP / 2
            width = slot * (1 - BAR_GAP)
            height = area.height() * value / top
            bar = QRectF(left, area.bottom() - height, width, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Link))  # the accent colour
            painter.setPen(text)
            above = QRectF(left - slot * BAR_GAP / 2, bar.top() - line, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, f"{value:.1f}")
            below = QRectF(above.left(), area.bottom() + 2, slot, 2 * line)
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(slot) - 4)
            count = self.tr("posts: {n}").format(n=posts)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(below, flags, f"{label}\n{count}")
        painter.end()
