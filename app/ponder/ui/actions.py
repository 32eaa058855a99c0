"""Every command of the window as data: a stable id, a label, a shortcut, a menu. Menus, the
command palette, and tests all go through these ids."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    label: str
    menu: str
    shortcut: str | Key | None = None
    tip: str = ""
    fallback: str | None = None  # when the platform binds no key to a standard shortcut


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("note.new", "New note", "File", Key.New, "Create a note in Notes"),
    ActionSpec(
        "capture.quick",
        "Quick capture…",
        "File",
        "Ctrl+Shift+N",
        "Jot a thought or a link into the Inbox",
    ),
    ActionSpec(
        "capture.clip",
        "Clip a web page…",
        "File",
        "Ctrl+Shift+C",
        "Save a link now (the one on the clipboard) and fetch the article into it",
    ),
    ActionSpec(
        "capture.browsers",
        "Browser clipping…",
        "File",
        None,
        "The bookmarklet and the Joplin Web Clipper: clip from your browser into Ponder",
    ),
    ActionSpec("note.save", "Save", "File", Key.Save, "Save the open note now"),
    ActionSpec("note.rename", "Rename note…", "File", "F2", "Rename the note; links to it follow"),
    ActionSpec(
        "note.delete",
        "Move note to trash",
        "File",
        "Ctrl+Shift+Delete",
        "Move the note to the vault's .trash",
    ),
    ActionSpec(
        "file.import",
        "Import…",
        "File",
        "Ctrl+Shift+I",
        "Evernote, Pocket, Instapaper, Pinboard, bookmarks, OPML feed lists",
    ),
    ActionSpec(
        "file.import_folder",
        "Import Markdown folder…",
        "File",
        None,
        "Copy an Obsidian, Logseq, Dendron or Foam folder into this vault",
    ),
    ActionSpec(
        "vault.open", "Open vault…", "File", Key.Open, "Open or create another vault folder"
    ),
    ActionSpec(
        "app.preferences",
        "Preferences…",
        "File",
        Key.Preferences,
        "Theme, font, autosave, vault",
        fallback="Ctrl+,",
    ),
    ActionSpec("app.quit", "Quit", "File", Key.Quit, "Save everything and quit", "Ctrl+Q"),
    # Ctrl+F / Ctrl+H belong to the editor pane (a second owner would make them ambiguous).
    ActionSpec("edit.find", "Find and replace…", "Edit", None, "Find in the open note (Ctrl+F)"),
    ActionSpec("search.focus", "Search notes", "Edit", "Ctrl+K", "Search every note as you type"),
    ActionSpec(
        "search.save", "Save this search", "Edit", None, "Keep the current query in the sidebar"
    ),
    ActionSpec(
        "journal.today", "Today's journal", "Journal", "Ctrl+J", "Open today's journal note"
    ),
    ActionSpec(
        "journal.previous",
        "Previous day",
        "Journal",
        "Ctrl+Alt+Left",
        "The journal note of the day before",
    ),
    ActionSpec(
        "journal.next", "Next day", "Journal", "Ctrl+Alt+Right", "The journal note of the day after"
    ),
    ActionSpec(
        "nav.switcher", "Quick switcher…", "Go", "Ctrl+P", "Jump to a note by title or alias"
    ),
    ActionSpec("nav.palette", "Command palette…", "Go", "Ctrl+Shift+P", "Run any command by name"),
    ActionSpec("nav.back", "Back", "Go", Key.Back, "The note you were on before"),
    ActionSpec("nav.forward", "Forward", "Go", Key.Forward, "Undo Back"),
    ActionSpec(
        "view.preview", "Toggle preview", "View", "Ctrl+E", "Switch between editing and reading"
    ),
    ActionSpec(
        "view.split", "Editor and preview side by side", "View", "Ctrl+Shift+E", "Show both at once"
    ),
    ActionSpec("view.sidebar", "Show sidebar", "View", "Ctrl+Shift+B", "Show or hide the sidebar"),
    ActionSpec(
        "view.backlinks",
        "Show backlinks",
        "View",
        "Ctrl+Shift+L",
        "Show or hide the backlinks panel",
    ),
    ActionSpec("help.about", "About Ponder", "Help", None, "Version and where your data lives"),
)


def _key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The platform's keys for a standard shortcut, else the spec's fallback."""
    if isinstance(spec.shortcut, Key):
        bound = QKeySequence.keyBindings(spec.shortcut)
        if bound:
            return bound
        return [QKeySequence(spec.fallback)] if spec.fallback else []
    return [QKeySequence(spec.shortcut)] if spec.shortcut else []


class ActionRegistry:
    """QActions built from ACTIONS, each wired to the handler given for its id."""

    def __init__(self, parent: QObject, handlers: Mapping[str, Callable[[], object]]) -> None:
        missing = {spec.id for spec in ACTIONS} - set(handlers)
        if missing:
            raise ValueError(f"no handler for actions: {', '.join(sorted(missing))}")
        self._actions: dict[str, QAction] = {}
        self.specs = {spec.id: spec for spec in ACTIONS}
        for spec in ACTIONS:
            action = QAction(_tr(spec.label), parent)
            action.setObjectName(spec.id)
            action.setShortcuts(_key_sequences(spec))
            tip = _tr(spec.tip)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
            action.triggered.connect(handlers[spec.id])
            self._actions[spec.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def in_menu(self, menu: str) -> list[QAction]:
        return [self._actions[s.id] for s in ACTIONS if s.menu == menu]

    def menus(self) -> list[str]:
        return list(dict.fromkeys(spec.menu for spec in ACTIONS))
