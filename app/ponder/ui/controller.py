"""Wires the panels of the main window to each other and to the action table."""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication

from ponder import __version__
from ponder.core.model import Changes, Kind, NotePath
from ponder.ui import theme
from ponder.ui.actions import ActionRegistry
from ponder.ui.dialogs.command_palette import CommandPalette
from ponder.ui.dialogs.preferences import PreferencesDialog
from ponder.ui.dialogs.quick_switcher import QuickSwitcher
from ponder.ui.history import History
from ponder.ui.main_window import MainWindow
from ponder.ui.models.note_list_model import number_locale
from ponder.ui.prompter import Prompter
from ponder.ui.seek import SeekController
from ponder.ui.session import Session
from ponder.ui.share.controller import ShareController


class WindowController(QObject):
    """Owns the action handlers and the navigation history of one window."""

    def __init__(self, window: MainWindow, session: Session, prompter: Prompter) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.prompter = prompter
        self.history = History()
        self._journal_day = date.today()
        self.seek = SeekController(window, session, prompter)
        self.share = ShareController(window, session, prompter)
        handlers = {**self._handlers(), **self.seek.handlers(), **self.share.handlers()}
        self.actions = ActionRegistry(window, handlers)
        window.install_actions(self.actions)
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
            "app.quit": w.close,
            "edit.find": w.note_panel.editor_pane.find_bar.show_replace,
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
            "help.about": self.about,
        }

    def _connect(self) -> None:
        w, s = self.window, self.session
        w.sidebar.query_chosen.connect(w.note_list.set_query)
        w.note_list.query_changed.connect(w.sidebar.show_query)
        w.note_list.note_activated.connect(self.open_note)
        w.backlinks.note_activated.connect(self.open_note)
        w.note_panel.editor.text_edited.connect(w.backlinks.postpone)
        w.note_panel.note_opened.connect(self._on_note_panel_note_opened)
        w.note_panel.link_activated.connect(self.follow_link)
        w.note_panel.missing_link_activated.connect(self.create_linked_note)
        w.note_panel.tag_activated.connect(self._on_note_panel_tag_activated)
        w.note_panel.status_changed.connect(self._on_note_panel_status_changed)
        w.note_panel.status_message.connect(self._show_message)
        w.backlinks.status_message.connect(self._show_message)
        w.calendar.day_chosen.connect(self.open_journal_day)
        s.changed.connect(self._on_session_changed)
        s.problem.connect(self._show_message)
        s.reconcile_progress.connect(self._on_session_reconcile_progress)
        s.reconcile_finished.connect(self._on_session_reconcile_finished)
        s.settings_changed.connect(self._on_session_settings_changed)
        self._update_count()

    # -- opening notes -------------------------------------------------------------------------

    @Slot(str)
    def open_note(self, path: str) -> None:
        if path and path != self.window.note_panel.document.path:
            self.window.note_panel.open_note(path)

    @Slot(str)
    def _on_note_panel_note_opened(self, path: str) -> None:
        self.history.visit(path)
        self.window.backlinks.show_note(path)
        self.actions["nav.back"].setEnabled(self.history.can_go_back())
        self.actions["nav.forward"].setEnabled(self.history.can_go_forward())

    def back(self) -> None:
        path = self.history.back()
        if path:
            self.window.note_panel.open_note(path)

    def forward(self) -> None:
        path = self.history.forward()
        if path:
            self.window.note_panel.open_note(path)

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
        title = self.prompter.ask_text(self.tr("New note"), self.tr("Title:"))
        if title and title.strip():
            self._create(title.strip(), Kind.NOTE)

    def _create(self, title: str, kind: Kind) -> None:
        self.session.write(lambda lib: lib.create_note(title, kind=kind), self._on_created)

    def _on_created(self, result: tuple[NotePath, Changes]) -> None:
        path, changes = result
        self.session.publish(changes, self)
        self.window.note_panel.open_note(path)

    def rename_note(self) -> None:
        path = self.window.note_panel.document.path
        if not path:
            return
        current = PurePosixPath(path).stem
        title = self.prompter.ask_text(self.tr("Rename note"), self.tr("New title:"), current)
        if title and title.strip() and title.strip() != current:
            self.window.note_panel.save_now()
            new_title = title.strip()
            self.session.write(
                lambda lib: lib.retitle(NotePath(path), new_title), self._on_retitled
            )

    def _on_retitled(self, result: tuple[NotePath, Changes]) -> None:
        path, changes = result
        self.session.publish(changes, self)
        self.window.note_panel.open_note(path)

    def delete_note(self) -> None:
        path = self.window.note_panel.document.path
        if not path:
            return
        text = self.tr("Move “{path}” to the vault's trash? You can restore it from .trash/.")
        if self.prompter.confirm(
            self.tr("Move to trash"), text.format(path=path), yes=self.tr("Move")
        ):
            self.window.note_panel.document.close()
            self.session.write(lambda lib: lib.trash(NotePath(path)), self._publish)

    def _publish(self, changes: Changes) -> None:
        self.session.publish(changes, self)

    def open_today(self) -> None:
        self.open_journal_day(date.today())

    def journal_previous(self) -> None:
        self.open_journal_day(date.fromordinal(self._journal_day.toordinal() - 1))

    def journal_next(self) -> None:
        self.open_journal_day(date.fromordinal(self._journal_day.toordinal() + 1))

    @Slot(object)
    def open_journal_day(self, day: date) -> None:
        self._journal_day = day
        self.session.write(lambda lib: lib.journal_note(day), self._on_created)

    def quick_switcher(self) -> None:
        switcher = QuickSwitcher(self.session, self.window)
        switcher.note_chosen.connect(self.open_note)
        switcher.create_requested.connect(self._create_titled)
        switcher.show()

    @Slot(str)
    def _create_titled(self, title: str) -> None:
        self._create(title, Kind.NOTE)

    def command_palette(self) -> None:
        CommandPalette(self.actions.all(), self.window).show()

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
        panel.set_mode("edit" if panel.mode == "split" else "split")

    def toggle_sidebar(self) -> None:
        self.window.left.setVisible(not self.window.left.isVisible())

    def toggle_backlinks(self) -> None:
        self.window.backlinks.setVisible(not self.window.backlinks.isVisible())

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
        text = self.tr("1 note") if count == 1 else self.tr("{n} notes")
        self.window.status.notes.setText(text.format(n=number_locale().toString(count)))

    @Slot(str, int)
    def _on_note_panel_status_changed(self, state: str, words: int) -> None:
        self.window.status.save_state.setText(state)
        text = self.tr("1 word") if words == 1 else self.tr("{n} words")
        self.window.status.words.setText(text.format(n=number_locale().toString(words)))

    @Slot(int, int)
    def _on_session_reconcile_progress(self, done: int, total: int) -> None:
        bar = self.window.status.progress
        bar.setVisible(done < total)
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    @Slot(object)
    def _on_session_reconcile_finished(self, _report: object) -> None:
        self.window.status.progress.hide()
        self._update_count()

    @Slot(object)
    def _on_session_settings_changed(self, settings: object) -> None:
        chosen = theme.resolve(self.session.settings.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, chosen)
        self.window.note_panel.set_theme(chosen)

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
