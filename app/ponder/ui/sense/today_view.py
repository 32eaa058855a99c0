"""The Today page, the window's start: the day's review, the inbox, open questions, today's
journal with its prompts, and notes from this day in earlier months and years."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ponder.core.sense import today
from ponder.ui.dates import long_date
from ponder.ui.session import Session

PathRole = Qt.ItemDataRole.UserRole + 1
_AGE_DAYS = 86400


class TodayView(QWidget):
    """Signals: `review_requested()`, `inbox_requested()`, `questions_requested()`,
    `journal_requested()`, `note_activated(str)`."""

    review_requested = Signal()
    inbox_requested = Signal()
    questions_requested = Signal()
    journal_requested = Signal()
    note_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.session = session
        self.facts: today.Today | None = None
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.review = QPushButton()
        self.inbox = QPushButton()
        self.questions_button = QPushButton()
        self.journal = QPushButton(self.tr("Write today's journal"))
        self.review.clicked.connect(self.review_requested)
        self.inbox.clicked.connect(self.inbox_requested)
        self.questions_button.clicked.connect(self.questions_requested)
        self.journal.clicked.connect(self.journal_requested)
        self.due = self._list(self.tr("Due for review"))
        self.open_questions = self._list(self.tr("Open questions"))
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        self.memories = self._list(self.tr("On this day"))
        self._lay_out()
        self._show_counting()
        session.changed.connect(self._on_session_changed)

    def _show_counting(self) -> None:
        """Until the first summary arrives (it reads the whole vault, in the background): the
        day and the buttons, saying their counts are on the way, not empty frames."""
        self.heading.setText(self.tr("Today, {day}").format(day=long_date(date.today())))
        self.review.setText(self.tr("Start review (…)"))
        self.inbox.setText(self.tr("Process inbox (…)"))
        self.questions_button.setText(self.tr("Questions (…)"))
        for button in (self.review, self.inbox, self.questions_button):
            button.setEnabled(False)

    def _list(self, name: str) -> QListWidget:
        view = QListWidget()
        view.setAccessibleName(name)
        view.setMaximumHeight(150)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.itemActivated.connect(self._on_item_activated)
        return view

    def _lay_out(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(24, 20, 24, 20)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        for column, button in enumerate((self.review, self.inbox)):
            grid.addWidget(button, 1, column)
        grid.addWidget(self.questions_button, 2, 0)
        grid.addWidget(self.journal, 2, 1)
        grid.addWidget(self._title(self.tr("Due for review")), 3, 0)
        grid.addWidget(self._title(self.tr("Today's journal")), 3, 1)
        grid.addWidget(self.due, 4, 0)
        grid.addWidget(self.prompts, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._title(self.tr("Open questions")), 5, 0)
        grid.addWidget(self._title(self.tr("On this day")), 5, 1)
        grid.addWidget(self.open_questions, 6, 0)
        grid.addWidget(self.memories, 6, 1)
        grid.setRowStretch(7, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def refresh(self) -> None:
        per_day = self.session.settings.review_per_day
        now = datetime.now().astimezone()
        job = partial(today.summary, now=now, per_day=per_day)
        self.session.chore(job, self.show_facts, channel="today")

    def show_facts(self, facts: today.Today) -> None:
        self.facts = facts
        now = datetime.now().astimezone()
        self.heading.setText(self.tr("Today, {day}").format(day=long_date(now.date())))
        self.review.setText(self.tr("Start review ({count})").format(count=len(facts.due)))
        self.review.setEnabled(bool(facts.due))
        self.inbox.setText(self.tr("Process inbox ({count})").format(count=facts.inbox))
        self.inbox.setEnabled(facts.inbox > 0)
        self.questions_button.setText(
            self.tr("Questions ({count} open)").format(count=len(facts.questions))
        )
        self.due.clear()
        for item in facts.due:
            self._add(self.due, f"{item.unit.text} — {item.unit.title}", item.unit.path)
        self.open_questions.clear()
        for question in facts.questions:
            age = ""
            if question.created is not None:
                days = int((now - question.created).total_seconds() // _AGE_DAYS)
                age = self.tr("  ({days} d)").format(days=days)
            self._add(self.open_questions, question.title + age, question.path)
        self.memories.clear()
        for memory in facts.memories:
            title = memory.title if memory.title != memory.day.isoformat() else self.tr("Journal")
            self._add(self.memories, f"{memory.day.isoformat()}  {title}", memory.path)
        self.prompts.setText("\n".join(f"• {prompt}" for prompt in facts.prompts))

    def _add(self, view: QListWidget, text: str, path: str) -> None:
        row = QListWidgetItem(text)
        row.setToolTip(text)
        row.setData(PathRole, path)
        view.addItem(row)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.note_activated.emit(str(item.data(PathRole)))

    def _on_session_changed(self, _changes: object, _initiator: object) -> None:
        if self.isVisible():
            self.refresh()
