"""The window's Sense commands: Today, Process inbox, the daily review, Questions, Highlight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.core.sense import digest, units
from ponder.ui.main_window import MainWindow
from ponder.ui.operations import Changed, Operation
from ponder.ui.prompter import Prompter
from ponder.ui.sense.process_inbox import ProcessInboxDialog
from ponder.ui.sense.questions_view import QuestionsDialog
from ponder.ui.sense.review_card import ReviewCard
from ponder.ui.session import Session


def _journal_job(lib: Library, *, day: date) -> Changed[NotePath]:
    return Changed.of(lib.journal_note(day))


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
        today = window.today
        today.review_requested.connect(self.start_review)
        today.inbox_requested.connect(self.process_inbox)
        today.questions_requested.connect(self.show_questions)
        today.note_activated.connect(self.open_note)
        today.journal_requested.connect(self.open_journal)
        window.note_list.note_activated.connect(self._show_note_page)
        window.related.note_activated.connect(self.open_note)
        window.note_panel.note_opened.connect(self._on_note_panel_note_opened)
        session.reconcile_finished.connect(self._on_session_reconcile_finished)

    def handlers(self) -> dict[str, Any]:
        return {
            "sense.today": self.show_today,
            "sense.inbox": self.process_inbox,
            "sense.review": self.start_review,
            "sense.questions": self.show_questions,
            "edit.highlight": self.highlight,
        }

    def open_note(self, path: str) -> None:
        self.window.note_stack.setCurrentWidget(self.window.note_panel)
        self._open_note(path)

    def _show_note_page(self) -> None:
        self.window.note_stack.setCurrentWidget(self.window.note_panel)

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
        weekday = self.session.settings.digest_weekday
        now = datetime.now().astimezone()
        self.session.run(Operation(partial(_digest_job, now=now, weekday=weekday)), self)
        self.window.today.refresh()

    def show_today(self) -> None:
        self.window.note_stack.setCurrentWidget(self.window.today)
        self.window.today.refresh()
        self.window.today.setFocus()

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
            self.window.statusBar().showMessage(str(exc))
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
