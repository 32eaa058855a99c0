"""The journal calendar: a month with the days that have a journal note marked."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken
from typing_extensions import override

from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.ui.session import Session

REFRESH_MS = 250
DAYS_CHANNEL = "journal.days"
JOURNAL_QUERY = "kind:journal"
MAX_JOURNALS = 10_000
_DAY = re.compile(r"(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})")


def day_of(path: str, title: str) -> date | None:
    """The day a journal note is about: from its file name (2024-03-01, Logseq's 2024_03_01),
    else from its title."""
    for text in (path.rsplit("/", 1)[-1], title):
        found = _DAY.search(text)
        if found is None:
            continue
        try:
            return date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            continue
    return None


def load_journal_days(library: Library) -> frozenset[date]:
    hits = library.search(JOURNAL_QUERY, limit=MAX_JOURNALS).hits
    days = (day_of(hit.path, hit.title) for hit in hits)
    return frozenset(day for day in days if day is not None)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MarkedCalendar(QCalendarWidget):
    """A calendar with the days in `marked` bold in the accent colour with a dot under them,
    and a ring around today. Emits only QCalendarWidget's own signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marked: frozenset[date] = frozenset()
        for name, text in (("qt_calendar_prevmonth", "‹"), ("qt_calendar_nextmonth", "›")):
            button = self.findChild(QToolButton, name)
            if button is not None:  # the theme's arrows are black icons, lost on dark
                button.setIcon(QIcon())
                button.setText(text)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.restyle()

    def set_marked(self, days: frozenset[date]) -> None:
        for day in self.marked - days:
            self.setDateTextFormat(to_qdate(day), QTextCharFormat())
        self.marked = days
        self.restyle()

    def restyle(self) -> None:
        """Formats from the current palette (again after a theme change)."""
        pal = self.palette()
        plain = QTextCharFormat()
        plain.setForeground(pal.color(QPalette.ColorRole.Text))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekend, plain)
        header = QTextCharFormat()
        header.setForeground(pal.color(QPalette.ColorRole.PlaceholderText))
        header.setFontPointSize(max(self.font().pointSizeF() * 0.85, 7.0))
        self.setHeaderTextFormat(header)
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setForeground(pal.color(QPalette.ColorRole.BrightText))
        for day in self.marked:
            self.setDateTextFormat(to_qdate(day), mark)
        self.update()

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()

    @override
    def paintCell(self, painter: QPainter, rect: QRect, day: QDate, /) -> None:
        super().paintCell(painter, rect, day)
        plain = to_date(day)
        selected = day == self.selectedDate()
        today = plain == date.today()
        if plain not in self.marked and not today:
            return
        pal = self.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if today and not selected:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.BrightText), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5), 5, 5)
        if plain in self.marked:
            role = QPalette.ColorRole.Base if selected else QPalette.ColorRole.BrightText
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(role))
            radius = max(rect.height() / 14, 1.8)
            centre = QPointF(rect.center().x() + 0.5, rect.bottom() - radius * 2.2)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()


class JournalCalendar(QWidget):
    """A month calendar with journal days in bold and dotted, and day/today buttons.

    Signals: `day_chosen(object)` (a datetime.date: a click or Enter on a day, Previous day,
    Today, Next day). The window opens that day's journal (`library.journal_note(day)`).
    """

    day_chosen = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCalendar")
        self._session = session
        self.calendar = self._build_calendar()
        self.previous_button = self._button("‹", self.tr("Previous day"), "Ctrl+Alt+Left")
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Today's journal (Ctrl+J)"))
        self.today_button.setAccessibleName(self.tr("Today"))
        self.next_button = self._button("›", self.tr("Next day"), "Ctrl+Alt+Right")
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.today_button.clicked.connect(self._on_today_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.reload)
        self._build_layout()
        session.changed.connect(self._on_session_changed)
        self.reload()

    def _build_calendar(self) -> MarkedCalendar:
        calendar = MarkedCalendar(self)
        calendar.setObjectName("journalMonth")
        calendar.setGridVisible(False)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        calendar.setAccessibleName(self.tr("Journal calendar"))
        calendar.setToolTip(self.tr("Days in bold have a journal note; click one to open it"))
        calendar.clicked.connect(self._on_calendar_chosen)
        calendar.activated.connect(self._on_calendar_chosen)
        return calendar

    def _button(self, text: str, tip: str, keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(f"{tip} ({keys})")
        button.setAccessibleName(tip)
        button.setObjectName("dayStep")
        return button

    def _build_layout(self) -> None:
        steps = QHBoxLayout()
        steps.setContentsMargins(6, 0, 6, 0)
        steps.addWidget(self.previous_button)
        steps.addStretch(1)
        steps.addWidget(self.today_button)
        steps.addStretch(1)
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.calendar)
        layout.addLayout(steps)

    # -- marks ---------------------------------------------------------------------------------

    def marked_days(self) -> frozenset[date]:
        return self.calendar.marked

    def reload(self) -> None:
        """Find the journal days again, in the pool."""
        self._session.read(load_journal_days, self._on_days_loaded, channel=DAYS_CHANNEL)

    def _on_days_loaded(self, days: frozenset[date]) -> None:
        if not Shiboken.isValid(self):
            return
        self.calendar.set_marked(days)

    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        self._refresh.start()

    # -- choosing ------------------------------------------------------------------------------

    def selected_day(self) -> date:
        return to_date(self.calendar.selectedDate())

    def set_day(self, day: date) -> None:
        """Show `day` as selected (the window calls this when a journal note opens)."""
        self.calendar.setSelectedDate(to_qdate(day))

    def _choose(self, day: date) -> None:
        self.set_day(day)
        self.day_chosen.emit(day)

    def _on_calendar_chosen(self, day: QDate) -> None:
        self.day_chosen.emit(to_date(day))

    def _on_previous_clicked(self) -> None:
        self._choose(self.selected_day() - timedelta(days=1))

    def _on_next_clicked(self) -> None:
        self._choose(self.selected_day() + timedelta(days=1))

    def _on_today_clicked(self) -> None:
        self._choose(date.today())
