"""Wires the panels of the main window to each other and to the action table."""

from __future__ import annotations

import functools
from datetime import date, datetime
from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication

from ponder import __version__
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.core.notes import new_note_text
from ponder.core.undo import Reversal
from ponder.ui.actions import ActionRegistry
from ponder.ui.appearance import Appearance
from ponder.ui.dialogs.command_palette import CommandPalette
from ponder.ui.dialogs.preferences import PreferencesDialog
from ponder.ui.dialogs.query_help import QueryHelp
from ponder.ui.dialogs.quick_switcher import QuickSwitcher
from ponder.ui.dialogs.shortcuts_sheet import ShortcutsSheet
from ponder.ui.edit_commands import EditCommands
from ponder.ui.editor import EditorPane
from ponder.ui.history import History
from ponder.ui.log_folder import LogFolder
from ponder.ui.main_window import MainWindow
from ponder.ui.models.note_list_model import number_locale
from ponder.ui.operations import Changed, Operation, UndoStep, only
from ponder.ui.panels.note_panel import Focus, ViewMode
from ponder.ui.prompter import Prompter
from ponder.ui.seek import SeekController
from ponder.ui.sense.controller import SenseController
from ponder.ui.session import Session
from ponder.ui.share.controller import ShareController
from ponder.ui.undo_bar import UndoBar
from ponder.ui.undo_jobs import restore_job, retitled_job, reverse_job


def journal_day_job(lib: Library, *, day: date) -> tuple[NotePath, str | None]:
    """The day's journal path, and the text a new one starts with when there is no file yet
    (stamped with the real time it is opened, so it sorts with today's notes)."""
    path = lib.journal.path(day)
    if lib.stamp(path) is not None:
        return path, None
    now = datetime.now().astimezone()
    return path, new_note_text(day.isoformat(), Kind.JOURNAL, now, body=lib.journal_body(day))


def _create_job(lib: Library, *, title: str, kind: Kind) -> Changed[NotePath]:
    return Changed.of(lib.create_note(title, kind=kind))


def _trash_job(lib: Library, *, path: NotePath) -> Changed[None]:
    return only(lib.trash(path))


class WindowController(QObject):
    """Owns the action handlers and the navigation history of one window."""

    def __init__(self, window: MainWindow, session: Session, prompter: Prompter) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self.history = History()
        self.log_folder = LogFolder()
        self._journal_day = date.today()
        self.seek = SeekController(window, session, prompter)
        self.share = ShareController(window, session, prompter)
        self.sense = SenseController(window, session, prompter, self.open_note)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = Appearance(app, window, session)
        self.undo_bar = UndoBar(session, window)
        window.statusBar().insertPermanentWidget(0, self.undo_bar, 1)
        self.edit = EditCommands(undo_change=self.undo_bar.undo_last)
        handlers = {
            **self._handlers(),
            **self.edit.handlers(),
            **self.seek.handlers(),
            **self.share.handlers(),
            **self.sense.handlers(),
        }
        self.actions = ActionRegistry(window, handlers)
        window.install_actions(self.actions)
        window.note_panel.empty_state.set_actions(
            [self.actions[a] for a in ("note.new", "journal.today", "nav.switcher", "file.import")]
        )
        self._connect()

    def _handlers(self) -> dict[str, Any]:
        w = self.window
        return {
            "note.new": self.new_note,
            "note.save": w.note_panel.save_now,
            "note.rename": self.rename_note,
            "note.delete": self.delete_note,
            "vault.open": self.open_vault,
            "app.preferences": self.preferences,
            "app.quit": w.quit,
            "edit.find": self.find_in_note,
            "edit.replace": self.replace_in_note,
            "search.focus": w.note_list.focus_search,
            "search.save": self.save_search,
            "journal.today": self.open_today,
            "journal.previous": self.journal_previous,
            "journal.next": self.journal_next,
            "nav.switcher": self.quick_switcher,
            "nav.palette": self.command_palette,
            "nav.back": self.back,
            "nav.forward": self.forward,
            "view.preview": w.note_panel.toggle_preview,
            "view.split": self.split_view,
            "view.sidebar": self.toggle_sidebar,
            "view.backlinks": self.toggle_backlinks,
            "view.theme": self.appearance.toggle,
            "view.zoom_in": functools.partial(self.appearance.zoom, +1),
            "view.zoom_out": functools.partial(self.appearance.zoom, -1),
            "view.zoom_reset": functools.partial(self.appearance.zoom, 0),
            "help.shortcuts": self.shortcuts_sheet,
            "help.query": self.query_help,
            "help.about": self.about,
            "help.log_folder": self.log_folder.open,
        }

    def _connect(self) -> None:
        w, s = self.window, self.session
        w.sidebar.query_chosen.connect(w.note_list.set_query)
        w.note_list.query_changed.connect(w.sidebar.show_query)
        w.note_list.note_activated.connect(self.open_note)
        w.backlinks.note_activated.connect(self.open_note)
        w.note_panel.editor.text_edited.connect(w.backlinks.postpone)
        w.note_panel.note_opened.connect(self._on_note_panel_note_opened)
        w.note_panel.escape_pressed.connect(w.note_list.focus_list)
        w.note_panel.title_edited.connect(self._on_note_panel_title_edited)
        w.note_panel.link_activated.connect(self.follow_link)
        w.note_panel.missing_link_activated.connect(self.create_linked_note)
        w.note_panel.tag_activated.connect(self._on_note_panel_tag_activated)
        w.note_panel.status_changed.connect(self._on_note_panel_status_changed)
        w.note_panel.status_message.connect(self._show_message)
        w.backlinks.status_message.connect(self._show_message)
        self.undo_bar.undo_failed.connect(self._show_message)
        w.calendar.day_chosen.connect(self.open_journal_day)
        s.changed.connect(self._on_session_changed)
        s.problem.connect(self._show_message)
        s.busy.connect(self._on_session_busy)
        s.idle.connect(self._on_session_idle)
        s.reconcile_progress.connect(self._on_session_reconcile_progress)
        s.reconcile_finished.connect(self._on_session_reconcile_finished)
        self._update_count()

    # -- opening notes -------------------------------------------------------------------------

    @Slot(str)
    def open_note(self, path: str, focus: Focus = Focus.BODY) -> None:
        """Open `path` as a person asked to: the caret goes into its body (docs/focus.md)."""
        if path:
            self.window.note_panel.open_note(path, focus)

    @Slot(str)
    def _on_note_panel_note_opened(self, path: str) -> None:
        self.window.note_list.reveal(path)
        self.history.visit(path)
        self.window.backlinks.show_note(path)
        self.actions["nav.back"].setEnabled(self.history.can_go_back())
        self.actions["nav.forward"].setEnabled(self.history.can_go_forward())

    def back(self) -> None:
        path = self.history.back()
        if path:
            self.window.note_panel.open_note(path, Focus.BODY)

    def forward(self) -> None:
        path = self.history.forward()
        if path:
            self.window.note_panel.open_note(path, Focus.BODY)

    @Slot(str)
    def follow_link(self, target: str) -> None:
        self.session.read(lambda lib: lib.resolve_link(target), self._on_link_resolved)

    def _on_link_resolved(self, path: NotePath | None) -> None:
        if path is not None:
            self.open_note(path)

    @Slot(str)
    def create_linked_note(self, target: str) -> None:
        question = self.tr("There is no note called “{target}” yet. Create it?").format(
            target=target
        )
        if self.prompter.confirm(self.tr("Create note"), question, yes=self.tr("Create")):
            self._create(target, Kind.NOTE)

    @Slot(str)
    def _on_note_panel_tag_activated(self, tag: str) -> None:
        self.window.note_list.set_query(f"tag:{tag}")

    # -- commands ------------------------------------------------------------------------------

    def new_note(self) -> None:
        """An "Untitled" note at once, its title selected to be typed over (no dialog first)."""
        self._create(self.tr("Untitled"), Kind.NOTE, Focus.TITLE)

    def _create(self, title: str, kind: Kind, focus: Focus = Focus.BODY) -> None:
        job = functools.partial(_create_job, title=title, kind=kind)
        done = functools.partial(self._on_created, focus)
        failure = self.tr("Could not create the note")
        self.session.run(Operation(job, failure=failure, on_done=done), self)

    def _on_created(self, focus: Focus, result: Changed[NotePath]) -> None:
        self.window.note_panel.open_note(result.value, focus)

    def rename_note(self) -> None:
        """F2: the title field, selected; Enter there renames (links follow)."""
        if self.window.note_panel.document.path:
            self.window.note_panel.title_field.edit_title()

    @Slot(str)
    def _on_note_panel_title_edited(self, title: str) -> None:
        path = self.window.note_panel.document.path
        if not path or title == PurePosixPath(path).stem:
            return
        # The new `title:` goes in through the buffer, so the save and the rename queued
        # after it on the writer never meet a file changed under the open note.
        self.window.note_panel.set_front_title(title)
        self.window.note_panel.save_now()
        job = functools.partial(retitled_job, path=NotePath(path), title=title)
        failure = self.tr("Could not rename the note")
        op = Operation(job, failure=failure, undo=self._rename_undo, on_done=self._on_retitled)
        self.session.run(op, self)

    def _on_retitled(self, result: Changed[tuple[NotePath, Reversal]]) -> None:
        self.window.note_panel.open_note(result.value[0])

    def _rename_undo(self, result: Changed[tuple[NotePath, Reversal]]) -> UndoStep | None:
        reversal = result.value[1]
        for old, new in result.changes.moved:
            said = self.tr("Renamed “{old}” to “{new}”.").format(
                old=PurePosixPath(old).stem, new=PurePosixPath(new).stem
            )
            if reversal.rewritten:
                said += " " + self.tr("Updated links in %n note(s).", "", reversal.rewritten)
            return UndoStep(said, functools.partial(reverse_job, reversal=reversal))
        return None

    def delete_note(self) -> None:
        path = self.window.note_panel.document.path
        if not path:
            return
        text = self.tr("Move “{path}” to the vault's trash? You can restore it from .trash/.")
        if self.prompter.confirm(
            self.tr("Move to trash"), text.format(path=path), yes=self.tr("Move")
        ):
            self.window.note_panel.close_note()
            job = functools.partial(_trash_job, path=NotePath(path))
            undo = functools.partial(self._trash_undo, path)
            failure = self.tr("Could not move the note to the trash")
            self.session.run(Operation(job, failure=failure, undo=undo), self)

    def _trash_undo(self, path: str, _result: Changed[None]) -> UndoStep:
        said = self.tr("Moved “{name}” to the trash.").format(name=PurePosixPath(path).stem)
        return UndoStep(said, functools.partial(restore_job, path=path))

    def open_today(self) -> None:
        self.open_journal_day(date.today())

    def journal_previous(self) -> None:
        self.open_journal_day(date.fromordinal(self._journal_day.toordinal() - 1))

    def journal_next(self) -> None:
        self.open_journal_day(date.fromordinal(self._journal_day.toordinal() + 1))

    @Slot(object)
    def open_journal_day(self, day: date) -> None:
        """The day's journal note; a day not written yet opens from the template and becomes a
        file only when you type (a look at the calendar writes nothing)."""
        self._journal_day = day
        self.session.read(functools.partial(journal_day_job, day=day), self._on_journal_day)

    def _on_journal_day(self, found: tuple[NotePath, str | None]) -> None:
        path, unwritten = found
        if unwritten is None:
            self.open_note(path)
        else:
            self.window.note_panel.open_unwritten(path, unwritten, Focus.BODY)

    def quick_switcher(self) -> None:
        switcher = QuickSwitcher(self.session, self.window)
        switcher.note_chosen.connect(self.open_note)
        switcher.create_requested.connect(self._create_titled)
        switcher.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        switcher.show()

    @Slot(str)
    def _create_titled(self, title: str) -> None:
        self._create(title, Kind.NOTE)

    def command_palette(self) -> None:
        palette = CommandPalette(self.actions.all(), self.window)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.show()

    def save_search(self) -> None:
        query = self.window.note_list.query()
        if query.strip():
            self.window.sidebar.save_search(query)

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.session.settings, self.window, prompter=self.prompter)
        dialog.accepted.connect(self._on_preferences_accepted)
        dialog.open()

    @Slot()
    def _on_preferences_accepted(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, PreferencesDialog):
            self.session.update_settings(dialog.result_settings())

    def open_vault(self) -> None:
        folder = self.prompter.choose_folder(self.tr("Open vault"), self.session.library.root)
        if folder is not None:
            self.window.vault_requested.emit(str(folder))

    def split_view(self) -> None:
        panel = self.window.note_panel
        panel.set_mode(ViewMode.EDIT if panel.mode is ViewMode.SPLIT else ViewMode.SPLIT)

    def toggle_sidebar(self) -> None:
        self.window.show_panel("sidebar", self.window.left.isHidden())

    def toggle_backlinks(self) -> None:
        self.window.show_panel("backlinks", self.window.side_tabs.isHidden())

    def find_in_note(self) -> None:
        self._editing_view().find_bar.show_find()

    def replace_in_note(self) -> None:
        self._editing_view().find_bar.show_replace()

    def _editing_view(self) -> EditorPane:
        panel = self.window.note_panel
        if panel.mode is ViewMode.PREVIEW:
            panel.set_mode(panel.editing_mode)
        return panel.editor_pane

    def shortcuts_sheet(self) -> None:
        sheet = ShortcutsSheet(self.window.menus, self.window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def query_help(self) -> None:
        page = QueryHelp(self.window)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.open()

    def about(self) -> None:
        dirs = self.session.dirs
        text = self.tr(
            "Ponder {version}\n\nSeek > Sense > Share.\n\nVault: {vault}\nIndex cache: {cache}\n"
            "Settings: {config}"
        ).format(
            version=__version__,
            vault=self.session.library.root,
            cache=dirs.cache,
            config=dirs.settings_file,
        )
        self.prompter.inform(self.tr("About Ponder"), text)

    # -- status --------------------------------------------------------------------------------

    @Slot(object, object)
    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        for old, new in changes.moved:
            self.history.moved(old, new)
        for path in changes.removed:
            self.history.removed(path)
        if changes.added or changes.removed:
            self._update_count()

    def _update_count(self) -> None:
        self.session.read(lambda lib: lib.note_count(), self._on_count, channel="note-count")

    def _on_count(self, count: int) -> None:
        text = self.tr("{n} note(s)", "", count)
        self.window.status.notes.setText(text.format(n=number_locale().toString(count)))

    @Slot(str, int)
    def _on_note_panel_status_changed(self, state: str, words: int) -> None:
        self.window.status.save_state.setText(state)
        text = self.tr("{n} word(s)", "", words)
        self.window.status.words.setText(text.format(n=number_locale().toString(words)))

    @Slot(int, int)
    def _on_session_reconcile_progress(self, done: int, total: int) -> None:
        status = self.window.status
        status.progress.setVisible(True)  # until the index answers for every note, not before
        status.progress.setRange(0, max(total, 1))
        status.progress.setValue(done)
        numbers = number_locale()
        status.indexing.setText(
            self.tr("Indexing {done} of {total}…").format(
                done=numbers.toString(done), total=numbers.toString(total)
            )
        )
        status.indexing.setVisible(True)
        status.notes.hide()  # the index's count is not the vault's yet

    @Slot(object)
    def _on_session_reconcile_finished(self, _report: object) -> None:
        self.window.status.progress.hide()
        self.window.status.indexing.hide()
        self.window.status.notes.show()
        self._update_count()

    @Slot(str)
    def _on_session_busy(self, progress: str) -> None:
        self.window.statusBar().showMessage(progress)  # until the operation ends

    @Slot(str)
    def _on_session_idle(self, progress: str) -> None:
        if self.window.statusBar().currentMessage() == progress:
            self.window.statusBar().clearMessage()

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
