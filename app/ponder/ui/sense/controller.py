"""The window's Sense commands: Today, Process inbox, the daily review, Questions, linking an
answer to the open question, Highlight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.core.sense import digest, units
from ponder.ui.core_text import core_text
from ponder.ui.dialogs.note_picker import NotePicker
from ponder.ui.main_window import MainWindow
from ponder.ui.operations import Changed, Operation
from ponder.ui.prompter import Prompter
from ponder.ui.sense.process_inbox import ProcessInboxDialog
from ponder.ui.sense.questions_view import QuestionsDialog, answer_job, answer_picker
from ponder.ui.sense.review_card import ReviewCard
from ponder.ui.session import Session

DIGEST_CHECK_MS = 3_600_000
"""How often a running window checks whether the weekly digest is due (hourly)."""


def _journal_job(lib: Library, *, day: date) -> Changed[NotePath]:
    return Changed.of(lib.journal_note(day))


def _digest_now_job(lib: Library, *, now: datetime) -> Changed[NotePath]:
    return Changed.of(digest.write(lib, now.date(), now))


def _digest_job(lib: Library, *, now: datetime, weekday: str) -> Changed[NotePath | None]:
    """This week's digest, when today is the day for it and it is not written yet."""
    if not digest.due(lib, now.date(), weekday):
        return Changed(None, Changes())
    path, changes = digest.write(lib, now.date(), now)
    return Changed(path, changes)


class SenseController(QObject):
    """Owns the Sense dialogs; `open_note` opens a note in the window."""

    def __init__(
        self,
        window: MainWindow,
        session: Session,
        prompter: Prompter,
        open_note: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self._open_note = open_note
        self.inbox: ProcessInboxDialog | None = None
        self.review: ReviewCard | None = None
        self.questions: QuestionsDialog | None = None
        self.picker: NotePicker | None = None
        self._answering = NotePath("")
        today = window.today
        today.review_requested.connect(self.start_review)
        today.inbox_requested.connect(self.process_inbox)
        today.questions_requested.connect(self.show_questions)
        today.note_activated.connect(self.open_note)
        today.journal_requested.connect(self.open_journal)
        window.sidebar.today_chosen.connect(self._on_sidebar_today_chosen)
        window.note_list.note_activated.connect(self._show_note_page)
        window.related.note_activated.connect(self.open_note)
        window.note_panel.note_opened.connect(self._on_note_panel_note_opened)
        session.reconcile_finished.connect(self._on_session_reconcile_finished)
        # a window left open over the digest day still writes it that day
        self._digest_timer = QTimer(self)
        self._digest_timer.setInterval(DIGEST_CHECK_MS)
        self._digest_timer.timeout.connect(self._write_digest_if_due)
        self._digest_timer.start()

    def handlers(self) -> dict[str, Any]:
        return {
            "sense.today": self.show_today,
            "sense.inbox": self.process_inbox,
            "sense.review": self.start_review,
            "sense.questions": self.show_questions,
            "sense.answer": self.link_answer,
            "sense.digest": self.write_digest,
            "edit.highlight": self.highlight,
        }

    def open_note(self, path: str) -> None:
        self.window.note_stack.setCurrentWidget(self.window.note_panel)
        self._open_note(path)

    def _show_note_page(self) -> None:
        window = self.window
        if window.note_stack.currentWidget() is window.note_panel:
            return
        window.note_stack.setCurrentWidget(window.note_panel)
        if window.sidebar.today_selected():  # the sidebar follows: the list's search again
            window.sidebar.show_query(window.note_list.query())

    def _on_note_panel_note_opened(self, path: str) -> None:
        self._show_note_page()
        self.window.related.show_note(path)

    def open_journal(self) -> None:
        day = datetime.now().astimezone().date()
        job = partial(_journal_job, day=day)
        self.session.run(Operation(job, on_done=self._on_journal_ready), self)

    def _on_journal_ready(self, result: Changed[NotePath]) -> None:
        self.open_note(result.value)

    def _on_session_reconcile_finished(self, _report: object) -> None:
        self._write_digest_if_due()
        self.window.today.refresh()

    def _write_digest_if_due(self) -> None:
        weekday = self.session.settings.digest_weekday
        now = datetime.now().astimezone()
        job = partial(_digest_job, now=now, weekday=weekday)
        self.session.run(Operation(job, on_error=self._on_failed), self)

    def write_digest(self) -> None:
        """This week's digest, written (or brought up to date) now, then opened."""
        now = datetime.now().astimezone()
        job = partial(_digest_now_job, now=now)
        self.session.run(Operation(job, on_done=self._on_journal_ready), self)

    def show_today(self) -> None:
        self._show_today_page()
        self.window.today.setFocus()

    def _on_sidebar_today_chosen(self) -> None:
        self._show_today_page()  # the keyboard stays in the sidebar, as for a search

    def _show_today_page(self) -> None:
        self.window.note_stack.setCurrentWidget(self.window.today)
        self.window.sidebar.show_today()
        self.window.today.refresh()

    def process_inbox(self) -> None:
        if self.inbox is None:
            self.inbox = ProcessInboxDialog(self.session, self.window)
            self.inbox.note_created.connect(self.open_note)
        self.inbox.show()
        self.inbox.raise_()
        self.inbox.start()

    def start_review(self) -> None:
        if self.review is None:
            self.review = ReviewCard(self.session, self.window)
            self.review.note_requested.connect(self.open_note)
        self.review.show()
        self.review.raise_()
        self.review.start()

    def show_questions(self) -> None:
        if self.questions is None:
            self.questions = QuestionsDialog(self.session, self.window)
            self.questions.note_requested.connect(self.open_note)
        self.questions.show()
        self.questions.raise_()
        self.questions.start()

    def link_answer(self) -> None:
        """On an open question note: pick the note that answers it."""
        path = self.window.note_panel.document.path
        if path is None or self.window.note_stack.currentWidget() is not self.window.note_panel:
            self.window.statusBar().showMessage(self.tr("Open a question note first."))
            return
        self.window.note_panel.save_now()
        self.session.read(lambda lib: _kind_of(lib, path), self._on_kind_read)

    def _on_kind_read(self, found: tuple[NotePath, Kind]) -> None:
        path, kind = found
        if kind is not Kind.QUESTION:
            self.window.statusBar().showMessage(
                self.tr("This note is not a question: only a question takes an answer.")
            )
            return
        self._answering = path
        self.picker = answer_picker(self.session, self.window, path)
        self.picker.note_chosen.connect(self._on_picker_note_chosen)
        self.picker.show()

    def _on_picker_note_chosen(self, answer: str) -> None:
        question = self._answering
        job = partial(answer_job, question=question, answer=NotePath(answer))
        self.session.run(Operation(job, on_done=self._on_answered, on_error=self._on_failed), self)

    def _on_answered(self, _result: Changed[None]) -> None:
        self.window.statusBar().showMessage(self.tr("Answer linked; the question is answered."))

    def _on_failed(self, error: BaseException) -> None:
        self.session.problem.emit(core_text(error))

    def highlight(self) -> None:
        """Mark the editor's selection `==…==`, with an optional `%%comment%%` after it."""
        editor = self.window.note_panel.editor
        cursor = editor.textCursor()
        if editor.isReadOnly() or not cursor.hasSelection():
            self.window.statusBar().showMessage(self.tr("Select the text to highlight first."))
            return
        text = editor.toPlainText()
        try:
            start, end = units.highlight_span(text, cursor.selectionStart(), cursor.selectionEnd())
        except ValueError as exc:
            self.window.statusBar().showMessage(core_text(exc))
            return
        comment = self.prompter.ask_text(
            self.tr("Highlight"), self.tr("A comment on this highlight (optional):")
        )
        if comment is None:
            return
        cursor.beginEditBlock()
        cursor.setPosition(end)
        cursor.insertText("==" + units.comment_suffix(comment))
        cursor.setPosition(start)
        cursor.insertText("==")
        cursor.endEditBlock()
        cursor.setPosition(end + 4 + len(units.comment_suffix(comment)))
        editor.setTextCursor(cursor)


def _kind_of(library: Library, path: NotePath) -> tuple[NotePath, Kind]:
    return path, library.read(path).kind
