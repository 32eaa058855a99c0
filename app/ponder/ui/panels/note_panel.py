"""The open note: editor, preview, and a bar for what happened to the file outside Ponder."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from enum import Enum, StrEnum, auto
from pathlib import Path, PurePosixPath

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import Changes
from ponder.core.settings import Settings
from ponder.ui import theme as themes
from ponder.ui.core_text import core_text
from ponder.ui.document import Document
from ponder.ui.editor import CursorState, EditorPalette, EditorPane
from ponder.ui.panels.clip_header import ClipHeader
from ponder.ui.panels.compare import CompareDialog
from ponder.ui.panels.empty_state import EmptyState
from ponder.ui.panels.info_bar import BarAction, InfoBar
from ponder.ui.panels.preview import PreviewPanel
from ponder.ui.panels.properties import PropertiesPanel
from ponder.ui.panels.title_field import TitleField
from ponder.ui.session import Session


class ViewMode(StrEnum):
    """How the note pane shows the open note."""

    EDIT = "edit"
    PREVIEW = "preview"
    SPLIT = "split"  # editor and preview side by side


class Focus(Enum):
    """Where the keyboard goes once an opened note is in (see docs/focus.md)."""

    KEEP = auto()  # wherever it is (the list being browsed, a dialog)
    BODY = auto()  # the caret in the body, after the front matter
    TITLE = auto()  # the title selected, to be typed over (a new note)


NAMES_DELAY_MS = 1000


def _attach_job(lib: Library, *, files: Sequence[Path]) -> list[str]:
    """Copy dropped files into attachments/ (files already in the vault are linked in place)."""
    return [lib.add_copy(source) for source in files]


def _names_job(lib: Library) -> tuple[list[str], list[str]]:
    """Titles and aliases to complete `[[`, tags to complete `#` (most used first)."""
    names: dict[str, None] = {}
    for _path, title, aliases in lib.note_names():
        for name in (title, *aliases):
            if name:
                names.setdefault(name, None)
    counts = lib.tag_counts()
    tags = [tag for tag, _count in sorted(counts.items(), key=lambda p: (-p[1], p[0]))]
    return sorted(names, key=str.casefold), tags


class NotePanel(QWidget):
    """Editor and preview of one note, as editor only, preview only or side by side.

    Signals:
    - `note_opened(str path)`: a note is loaded and shown.
    - `link_activated(str target)`: a `[[link]]` to an existing note was clicked in the preview.
    - `missing_link_activated(str target)`: a `[[link]]` to a note not written yet.
    - `tag_activated(str tag)`
    - `status_changed(str save_state, int words)`: for the status bar.
    - `status_message(str)`: a passing message (a refused link, a failed attachment…).
    - `mode_changed(ViewMode)`
    - `escape_pressed()`: Esc in the editor or the preview with nothing of theirs to close.
    - `title_edited(str title)`: the person renamed the note in its title field.
    """

    note_opened = Signal(str)
    link_activated = Signal(str)
    missing_link_activated = Signal(str)
    tag_activated = Signal(str)
    status_changed = Signal(str, int)
    status_message = Signal(str)
    mode_changed = Signal(object)
    escape_pressed = Signal()
    title_edited = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notePanel")
        self._session = session
        self._titles: list[str] = []
        self._tags: list[str] = []
        self._words = 0
        self._mode = ViewMode.SPLIT
        self._editing_mode = ViewMode.SPLIT
        self._split_when_wide = False
        self.compare_dialog: CompareDialog | None = None
        self.document = Document(session, self)
        self.info_bar = InfoBar(self)
        self.title_field = TitleField(self)
        self.clip_header = ClipHeader(self, opener=opener)
        self.properties = PropertiesPanel(self._complete_tags, self)
        self.properties.hide()
        self._head = ""  # the front matter, while the form shows it instead of the editor
        self.title_field.show_path(None)
        self._focus_on_load = Focus.KEEP
        self.editor_pane = EditorPane(
            self._complete_titles, self._complete_tags, parent=self, own_shortcuts=False
        )
        self.editor = self.editor_pane.editor
        self.editor.setObjectName("editor")
        self.editor.setReadOnly(True)
        self.preview = PreviewPanel(session, self, opener=opener)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.editor_pane)
        self.splitter.addWidget(self.preview)
        self.note_page = QWidget(self)
        page = QVBoxLayout(self.note_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.info_bar)
        page.addWidget(self.title_field)
        page.addWidget(self.clip_header)
        page.addWidget(self.properties)
        page.addWidget(self.splitter, 1)
        self.empty_state = EmptyState(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.note_page)
        self.pages.addWidget(self.empty_state)
        self.pages.setCurrentWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        self._names_timer = QTimer(self)
        self._names_timer.setSingleShot(True)
        self._names_timer.setInterval(NAMES_DELAY_MS)
        self._names_timer.timeout.connect(self._refresh_names)
        self._connect()
        self._default_family = self.editor.font().family()
        self._apply_settings(session.settings)
        self._refresh_names()
        self.set_mode(ViewMode.SPLIT)

    def _connect(self) -> None:
        doc, editor, preview = self.document, self.editor, self.preview
        doc.loaded.connect(self._on_document_loaded)
        doc.reloaded.connect(self._on_document_reloaded)
        doc.state_changed.connect(self._on_document_state_changed)
        doc.changed_outside.connect(self._on_document_changed_outside)
        doc.conflicted.connect(self._on_document_conflicted)
        doc.deleted_outside.connect(self._on_document_deleted_outside)
        doc.save_failed.connect(self._on_document_save_failed)
        doc.load_failed.connect(self._on_document_load_failed)
        doc.compared.connect(self._on_document_compared)
        doc.moved.connect(self._on_document_moved)
        editor.text_edited.connect(self._on_editor_text_edited)
        editor.word_count_changed.connect(self._on_editor_word_count_changed)
        editor.files_dropped.connect(self._on_editor_files_dropped)
        editor.escape_pressed.connect(self.escape_pressed)
        preview.escape_pressed.connect(self.escape_pressed)
        self.title_field.title_edited.connect(self.title_edited)
        self.properties.property_edited.connect(self._on_properties_property_edited)
        self.properties.source_toggled.connect(self._on_properties_source_toggled)
        self.title_field.done.connect(self.focus_body)
        preview.note_link_clicked.connect(self._on_preview_note_link_clicked)
        preview.missing_note_clicked.connect(self.missing_link_activated)
        preview.tag_clicked.connect(self.tag_activated)
        preview.status_message.connect(self.status_message)
        self.info_bar.action_triggered.connect(self._on_info_bar_action_triggered)
        self._session.changed.connect(self._on_session_changed)
        self._session.settings_changed.connect(self._apply_settings)

    # -- public slots --------------------------------------------------------------------------

    @property
    def mode(self) -> ViewMode:
        return self._mode

    @property
    def editing_mode(self) -> ViewMode:
        """The way of editing the preview toggle goes back to (EDIT or SPLIT)."""
        return self._editing_mode

    def open_note(self, path: str, focus: Focus = Focus.KEEP) -> None:
        """Save the note being edited, then load `path`; once it is in, the keyboard goes
        where `focus` says."""
        if path == self.document.path:
            self._take_focus(focus)
            return
        self._focus_on_load = focus
        self.info_bar.clear()
        self.editor.setReadOnly(True)
        self.document.open(path)

    def open_unwritten(self, path: str, text: str, focus: Focus = Focus.KEEP) -> None:
        """Show `text` as the note at `path`, which is written only once it is edited."""
        if path == self.document.path:
            self._take_focus(focus)
            return
        self._focus_on_load = focus
        self.info_bar.clear()
        self.document.open_unwritten(path, text)

    def save_now(self) -> None:
        """Save at once (Ctrl+S)."""
        self.document.save_now()

    def set_narrow(self, narrow: bool) -> None:
        """In a narrow window the editor alone keeps a readable line (≥ 60 characters): side
        by side becomes editing only, and comes back when the window is wide again."""
        if narrow and self._mode is ViewMode.SPLIT:
            self._split_when_wide = True
            self.set_mode(ViewMode.EDIT, focus=False)
        elif not narrow and self._split_when_wide:
            self._split_when_wide = False
            if self._mode is ViewMode.EDIT:
                self.set_mode(ViewMode.SPLIT, focus=False)

    def set_mode(self, mode: ViewMode | str, *, focus: bool = True) -> None:
        """Editing, reading (preview) or both side by side; a name ("split") works too."""
        if mode not in tuple(ViewMode):
            raise ValueError(f"unknown view mode {mode!r}")
        mode = ViewMode(mode)
        self._mode = mode
        if mode is not ViewMode.PREVIEW:
            self._editing_mode = mode
        self.editor_pane.setVisible(mode is not ViewMode.PREVIEW)
        self.preview.setVisible(mode is not ViewMode.EDIT)
        if mode is not ViewMode.EDIT and self.document.path is not None:
            self.preview.show_text(self.full_text())
        if mode is ViewMode.SPLIT:
            half = max(1, self.splitter.width() // 2)
            self.splitter.setSizes([half, half])
        if focus:
            (self.preview if mode is ViewMode.PREVIEW else self.editor).setFocus()
        self.mode_changed.emit(mode)

    def toggle_preview(self) -> None:
        """Switch between reading (preview only) and the last way of editing."""
        self.set_mode(self._editing_mode if self._mode is ViewMode.PREVIEW else ViewMode.PREVIEW)

    def set_theme(self, theme: themes.Theme) -> None:
        dark = theme.name == "dark"
        self.editor_pane.set_palette(EditorPalette.dark() if dark else EditorPalette.light())
        self.preview.set_theme(theme)

    def _apply_settings(self, settings: Settings) -> None:
        family = settings.editor_font or self._default_family
        self.editor.set_font(family, settings.editor_font_size)
        self.preview.set_font(family, settings.editor_font_size)

    # -- document ------------------------------------------------------------------------------

    def focus_body(self) -> None:
        """The keyboard to the note's text: the caret in the body, or the preview when reading."""
        if self._mode is ViewMode.PREVIEW:
            self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.editor.textCursor().position() < self.editor.body_start():
            self.editor.put_caret_in_body()

    def full_text(self) -> str:
        """The note's whole text: the properties' front matter (when the form shows it) and the
        editor's."""
        return self._head + self.editor.text()

    def set_front_title(self, title: str) -> None:
        """Write `title` into the note's `title:` key (when it has one), as an edit: saved with
        the note, the caret staying where it is in the body."""
        try:
            data, _body = frontmatter.read(self.full_text())
        except frontmatter.FrontMatterError:
            return  # a broken header is the person's to fix; the file name still changes
        if "title" in data and data["title"] != title:
            self._on_properties_property_edited("title", title)

    def _on_properties_property_edited(self, key: str, value: object) -> None:
        try:
            new_text = frontmatter.update(self.full_text(), {key: value})
        except (frontmatter.FrontMatterError, ValueError) as exc:
            self.status_message.emit(self.tr("Not changed: {0}").format(exc))
            return
        parts = frontmatter.split(new_text)
        head = parts.opening + (parts.front or "") + parts.closing
        if self._head:
            self._head = head
            self.document.edit(self.full_text())
            if self._mode is not ViewMode.EDIT:
                self.preview.show_text(self.full_text())
            return
        # The source is in the editor: change its head there, as one undoable edit.
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(0)
        cursor.setPosition(self.editor.body_start(), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(head)

    def _show_text(self, text: str) -> None:
        """Put a loaded text in: the front matter in the form, the body in the editor (or all
        of it in the editor when the source is wanted or the form cannot read it)."""
        parts = frontmatter.split(text)
        has_front = parts.front is not None
        self.properties.setVisible(has_front)
        readable = has_front and self.properties.show_front(text)
        if readable and not self.properties.source.isChecked():
            self._head = parts.opening + (parts.front or "") + parts.closing
            self.editor.set_text(parts.body)
        else:
            self._head = ""
            self.editor.set_text(text)

    def _on_properties_source_toggled(self, source: bool) -> None:
        if self.document.path is None:
            return
        state = self.editor.cursor_state()
        shift = len(self._head.encode("utf-16-le")) // 2
        self._show_text(self.full_text())
        moved = shift if source else -len(self._head.encode("utf-16-le")) // 2
        self.editor.restore_cursor_state(
            CursorState(max(0, state.position + moved), max(0, state.anchor + moved), state.scroll)
        )
        self.editor.setFocus()

    def _take_focus(self, focus: Focus) -> None:
        if focus is Focus.BODY:
            self.editor.put_caret_in_body()
            self.focus_body()
        elif focus is Focus.TITLE:
            self.title_field.edit_title()

    def close_note(self) -> None:
        """Stop showing a note (saving what is pending) and show what to do next instead."""
        self.document.close()
        self._head = ""
        self.editor.set_text("")
        self.editor.setReadOnly(True)
        self.title_field.show_path(None)
        self.clip_header.show_note(None, "")
        self.info_bar.clear()
        self.pages.setCurrentWidget(self.empty_state)

    def _on_document_loaded(self, path: str, text: str) -> None:
        self.pages.setCurrentWidget(self.note_page)
        self._show_text(text)
        self.editor.setReadOnly(False)
        self.title_field.show_path(path)
        self.clip_header.show_note(path, text)
        self.preview.set_note(path, text)
        focus, self._focus_on_load = self._focus_on_load, Focus.KEEP
        self._take_focus(focus)
        self.note_opened.emit(path)

    def _on_document_reloaded(self, text: str) -> None:
        state = self.editor.cursor_state()
        self._show_text(text)
        self.editor.restore_cursor_state(state)
        self.info_bar.clear()
        self.clip_header.show_note(self.document.path, text)
        self.preview.show_text(text)

    def _on_document_state_changed(self, _state: object) -> None:
        self.status_changed.emit(self.document.state_text(), self._words)

    def _on_editor_word_count_changed(self, words: int, _chars: int) -> None:
        self._words = words
        self.status_changed.emit(self.document.state_text(), words)

    def _on_editor_text_edited(self) -> None:
        text = self.full_text()
        self.document.edit(text)
        if self._mode is not ViewMode.EDIT:
            self.preview.show_text(text)

    def _on_document_moved(self, _old: str, new: str) -> None:
        if not self.title_field.hasFocus():
            self.title_field.show_path(new)
        self.clip_header.show_note(new, self.full_text())
        self.preview.set_note(new, self.full_text())

    def _on_document_load_failed(self, message: str) -> None:
        text = self.tr("Could not open the note: {0}").format(message)
        self.info_bar.show_message(text)
        if self.pages.currentWidget() is not self.note_page:
            self.status_message.emit(text)  # the info bar is on the note page, not shown now

    # -- outside changes -----------------------------------------------------------------------

    def _decide_actions(self) -> list[BarAction]:
        return [
            BarAction("reload", self.tr("Reload"), self.tr("Take the version on disk")),
            BarAction("keep", self.tr("Keep mine"), self.tr("Save your version over it")),
            BarAction(
                "compare", self.tr("Compare…"), self.tr("See what differs, then choose"), True
            ),
        ]

    def _on_document_changed_outside(self, _path: str) -> None:
        message = self.tr("Another program changed this note while you were editing it.")
        self.info_bar.show_message(message, self._decide_actions())

    def _on_document_conflicted(self, _ours: str, _theirs: str) -> None:
        message = self.tr("Not saved: the file on disk changed since Ponder read it.")
        self.info_bar.show_message(message, self._decide_actions())

    def _on_document_deleted_outside(self, _path: str) -> None:
        message = self.tr("This note was deleted outside Ponder. Your text is still here.")
        tip = self.tr("Write the note to its file again")
        again = BarAction("save_again", self.tr("Save again"), tip, True)
        self.info_bar.show_message(message, [again])

    def _on_document_save_failed(self, message: str) -> None:
        retry = BarAction("retry", self.tr("Try again"), self.tr("Save the note again now"), True)
        self.info_bar.show_message(self.tr("Not saved: {0}").format(message), [retry])

    def _on_info_bar_action_triggered(self, action_id: str) -> None:
        if action_id == "reload":
            self.document.reload()
        elif action_id == "keep":
            self.document.keep_mine()
        elif action_id == "compare":
            self.document.compare()
            self._on_document_changed_outside("")  # the choice is still open
        elif action_id == "save_again":
            self.document.save_again()
        elif action_id == "retry":
            self.document.save_now()

    def _on_document_compared(self, ours: str, theirs: str) -> None:
        dialog = CompareDialog(ours, theirs, self)
        dialog.kept_mine.connect(self.document.keep_mine)
        dialog.took_theirs.connect(self.document.reload)
        dialog.kept_mine.connect(self.info_bar.clear)
        dialog.took_theirs.connect(self.info_bar.clear)
        dialog.destroyed.connect(self._on_compare_dialog_destroyed)
        self.compare_dialog = dialog
        dialog.show()

    def _on_compare_dialog_destroyed(self) -> None:
        self.compare_dialog = None

    # -- links, attachments, completion --------------------------------------------------------

    def _on_preview_note_link_clicked(self, target: str, _heading: str) -> None:
        self.link_activated.emit(target)

    def _on_editor_files_dropped(self, files: list[Path], position: int) -> None:
        job = functools.partial(_attach_job, files=list(files))
        done = functools.partial(self._on_attached, position)
        self._session.write(job, done, self._on_attach_failed)

    def _on_attached(self, position: int, placed: list[str]) -> None:
        folder = PurePosixPath(self.document.path or "").parent
        targets = [os.path.relpath(p, folder).replace(os.sep, "/") for p in placed]
        self.editor.insert_links(targets, position)

    def _on_attach_failed(self, error: BaseException) -> None:
        self.status_message.emit(self.tr("Could not add the files: {0}").format(core_text(error)))

    def _complete_titles(self) -> Sequence[str]:
        return self._titles

    def _complete_tags(self) -> Sequence[str]:
        return self._tags

    def _refresh_names(self) -> None:
        self._session.read(
            _names_job, self._on_names_found, channel=f"names-{id(self)}", background=True
        )

    def _on_names_found(self, result: tuple[list[str], list[str]]) -> None:
        self._titles, self._tags = result

    def _on_session_changed(self, _changes: Changes, _initiator: object) -> None:
        self._names_timer.start()  # titles, aliases and tags may have changed with any save
