"""The Questions view: every question filtered by status and age; ask a new one, ask the
network (a draft from the question template), link a note as its answer, or open it."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import questions
from ponder.ui.chevrons import ChevronComboBox
from ponder.ui.core_text import core_text
from ponder.ui.dialogs.note_picker import NotePicker
from ponder.ui.operations import Changed, Operation, only
from ponder.ui.session import Session

PathRole = Qt.ItemDataRole.UserRole + 1
_DAY = 86400


def _listing(library: Library) -> list[questions.Question]:
    questions.sync_asked(library)
    return questions.listing(library)


class QuestionsDialog(QDialog):
    """Signals: `note_requested(str)` to open a question or the draft made from it."""

    note_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questions")
        self.setWindowTitle(self.tr("Questions"))
        self.session = session
        self.all: list[questions.Question] = []
        self.status = ChevronComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        labels = {
            "": self.tr("All"),
            "open": self.tr("Open"),
            "asked": self.tr("Asked"),
            "answered": self.tr("Answered"),
        }
        for value, label in labels.items():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(1)
        self.status.currentIndexChanged.connect(self._fill)
        self.age = self._age_box()
        self.new = QLineEdit()
        self.new.setPlaceholderText(self.tr("A new question (Enter asks it)"))
        self.new.returnPressed.connect(self.ask)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.network = QPushButton(self.tr("Ask the &network"))
        self.network.clicked.connect(self.ask_network)
        self.link = QPushButton(self.tr("&Link an answer…"))
        self.link.setToolTip(self.tr("Choose the note that answers this question (Alt+L)"))
        self.link.clicked.connect(self.link_answer)
        self.picker: NotePicker | None = None
        self._answering = NotePath("")
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open_current)
        for button in (self.network, self.link, self.open_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status)
        top.addWidget(self.age)
        top.addWidget(self.new, 1)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.network)
        row.addWidget(self.link)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+L"), self, self.status.setFocus)
        self.resize(640, 440)

    def _age_box(self) -> QComboBox:
        box = ChevronComboBox()
        box.setAccessibleName(self.tr("Age"))
        ages = {
            0: self.tr("Any age"),
            7: self.tr("Older than a week"),
            30: self.tr("Older than a month"),
            90: self.tr("Older than three months"),
        }
        for days, label in ages.items():
            box.addItem(label, days)
        box.currentIndexChanged.connect(self._fill)
        return box

    def start(self) -> None:
        self.session.read(_listing, self.show_questions, channel="questions")

    def show_questions(self, found: list[questions.Question]) -> None:
        self.all = found
        self._fill()

    def _fill(self) -> None:
        wanted, older = self.status.currentData(), int(self.age.currentData())
        now = datetime.now().astimezone()
        status_names = {
            "open": self.tr("open"),
            "asked": self.tr("asked"),
            "answered": self.tr("answered"),
        }
        self.list.clear()
        for question in self.all:
            if wanted and question.status != wanted:
                continue
            days = int((now - question.created).total_seconds() // _DAY) if question.created else 0
            if days < older:
                continue
            text = self.tr("{title}   — {status}, {days} d").format(
                title=question.title, status=status_names[question.status], days=days
            )
            if question.answers:
                text += "  → " + ", ".join(question.answers)
            row = QListWidgetItem(text)
            row.setData(PathRole, question.path)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)

    def ask(self) -> None:
        text = self.new.text().strip()
        if not text:
            return
        now = datetime.now().astimezone()
        job = lambda lib: Changed.of(questions.ask(lib, text, now))  # noqa: E731
        self.session.run(Operation(job, on_done=self._on_asked, on_error=self._on_failed), self)
        self.new.clear()

    def _on_asked(self, _result: Changed[NotePath]) -> None:
        self.start()

    def ask_network(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        path, now = NotePath(str(row.data(PathRole))), datetime.now().astimezone()
        job = lambda lib: Changed.of(questions.ask_network(lib, path, now))  # noqa: E731
        self.session.run(Operation(job, on_done=self._on_drafted, on_error=self._on_failed), self)

    def link_answer(self) -> None:
        """Pick the note that answers the current question; the question is then answered."""
        row = self.list.currentItem()
        if row is None:
            return
        self._answering = NotePath(str(row.data(PathRole)))
        self.picker = answer_picker(self.session, self, self._answering)
        self.picker.note_chosen.connect(self._on_picker_note_chosen)
        self.picker.show()

    def _on_picker_note_chosen(self, answer: str) -> None:
        question, chosen = self._answering, NotePath(answer)
        job = partial(answer_job, question=question, answer=chosen)
        self.session.run(Operation(job, on_done=self._on_answered, on_error=self._on_failed), self)

    def _on_answered(self, _result: Changed[None]) -> None:
        self.start()

    def _on_drafted(self, result: Changed[NotePath]) -> None:
        self.note_requested.emit(result.value)

    def _on_failed(self, error: BaseException) -> None:
        self.session.problem.emit(core_text(error))

    def _open_current(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self._on_list_item_activated(row)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.note_requested.emit(str(item.data(PathRole)))


def answer_picker(session: Session, parent: QWidget | None, question: str) -> NotePicker:
    """The picker for the note that answers `question` (which it never offers); it deletes
    itself when closed."""
    placeholder = QCoreApplication.translate("QuestionsDialog", "Link the note that answers it…")
    picker = NotePicker(session, parent, placeholder, exclude=(question,))
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return picker


def answer_job(lib: Library, *, question: NotePath, answer: NotePath) -> Changed[None]:
    return only(questions.answer(lib, question, answer))
