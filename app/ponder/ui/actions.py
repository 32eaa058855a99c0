"""Every command of the window as data: a stable id, a label, a shortcut, a menu. Menus, the
command palette, and tests all go through these ids."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ponder.ui.translations import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    label: str
    menu: str
    shortcut: str | Key | None = None
    tip: str = ""
    fallback: str | None = None  # when the platform binds no key to a standard shortcut


FILE = QT_TRANSLATE_NOOP("actions", "File")
EDIT = QT_TRANSLATE_NOOP("actions", "Edit")
JOURNAL = QT_TRANSLATE_NOOP("actions", "Journal")
GO = QT_TRANSLATE_NOOP("actions", "Go")
VIEW = QT_TRANSLATE_NOOP("actions", "View")
SHARE = QT_TRANSLATE_NOOP("actions", "Share")
HELP = QT_TRANSLATE_NOOP("actions", "Help")


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "note.new",
        QT_TRANSLATE_NOOP("actions", "New note"),
        FILE,
        Key.New,
        QT_TRANSLATE_NOOP("actions", "Create a note in Notes"),
    ),
    ActionSpec(
        "capture.quick",
        QT_TRANSLATE_NOOP("actions", "Quick capture…"),
        FILE,
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("actions", "Jot a thought or a link into the Inbox"),
    ),
    ActionSpec(
        "capture.clip",
        QT_TRANSLATE_NOOP("actions", "Clip a web page…"),
        FILE,
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP(
            "actions", "Save a link now (the one on the clipboard) and fetch the article into it"
        ),
    ),
    ActionSpec(
        "capture.browsers",
        QT_TRANSLATE_NOOP("actions", "Browser clipping…"),
        FILE,
        None,
        QT_TRANSLATE_NOOP(
            "actions",
            "The bookmarklet and the Joplin Web Clipper: clip from your browser into Ponder",
        ),
    ),
    ActionSpec(
        "note.save",
        QT_TRANSLATE_NOOP("actions", "Save"),
        FILE,
        Key.Save,
        QT_TRANSLATE_NOOP("actions", "Save the open note now"),
    ),
    ActionSpec(
        "note.rename",
        QT_TRANSLATE_NOOP("actions", "Rename note…"),
        FILE,
        "F2",
        QT_TRANSLATE_NOOP("actions", "Rename the note; links to it follow"),
    ),
    ActionSpec(
        "note.delete",
        QT_TRANSLATE_NOOP("actions", "Move note to trash"),
        FILE,
        "Ctrl+Shift+Delete",
        QT_TRANSLATE_NOOP("actions", "Move the note to the vault's .trash"),
    ),
    ActionSpec(
        "view.feeds",
        QT_TRANSLATE_NOOP("actions", "Feeds…"),
        FILE,
        None,
        QT_TRANSLATE_NOOP(
            "actions", "Follow RSS, Atom and JSON feeds into the Inbox; unread counts and errors"
        ),
    ),
    ActionSpec(
        "capture.clip_open",
        QT_TRANSLATE_NOOP("actions", "Clip the open item"),
        FILE,
        None,
        QT_TRANSLATE_NOOP(
            "actions", "Fetch the whole article of the open feed item or clip into the note"
        ),
    ),
    ActionSpec(
        "file.import",
        QT_TRANSLATE_NOOP("actions", "Import…"),
        FILE,
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP(
            "actions", "Evernote, Pocket, Instapaper, Pinboard, bookmarks, OPML feed lists"
        ),
    ),
    ActionSpec(
        "file.import_folder",
        QT_TRANSLATE_NOOP("actions", "Import Markdown folder…"),
        FILE,
        None,
        QT_TRANSLATE_NOOP(
            "actions", "Copy an Obsidian, Logseq, Dendron or Foam folder into this vault"
        ),
    ),
    ActionSpec(
        "vault.open",
        QT_TRANSLATE_NOOP("actions", "Open vault…"),
        FILE,
        Key.Open,
        QT_TRANSLATE_NOOP("actions", "Open or create another vault folder"),
    ),
    ActionSpec(
        "app.preferences",
        QT_TRANSLATE_NOOP("actions", "Preferences…"),
        FILE,
        Key.Preferences,
        QT_TRANSLATE_NOOP("actions", "Theme, font, autosave, vault"),
        fallback="Ctrl+,",
    ),
    ActionSpec(
        "app.quit",
        QT_TRANSLATE_NOOP("actions", "Quit"),
        FILE,
        Key.Quit,
        QT_TRANSLATE_NOOP("actions", "Save everything and quit"),
        "Ctrl+Q",
    ),
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("actions", "Undo"),
        EDIT,
        Key.Undo,
        QT_TRANSLATE_NOOP("actions", "Undo the last edit, or the last change to your notes"),
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("actions", "Redo"),
        EDIT,
        Key.Redo,
        QT_TRANSLATE_NOOP("actions", "Do again what Undo took back"),
    ),
    ActionSpec(
        "edit.cut",
        QT_TRANSLATE_NOOP("actions", "Cut"),
        EDIT,
        Key.Cut,
        QT_TRANSLATE_NOOP("actions", "Move the selected text to the clipboard"),
    ),
    ActionSpec(
        "edit.copy",
        QT_TRANSLATE_NOOP("actions", "Copy"),
        EDIT,
        Key.Copy,
        QT_TRANSLATE_NOOP("actions", "Copy the selected text"),
    ),
    ActionSpec(
        "edit.paste",
        QT_TRANSLATE_NOOP("actions", "Paste"),
        EDIT,
        Key.Paste,
        QT_TRANSLATE_NOOP("actions", "Insert the clipboard (a link pastes as a link)"),
    ),
    ActionSpec(
        "edit.select_all",
        QT_TRANSLATE_NOOP("actions", "Select all"),
        EDIT,
        Key.SelectAll,
        QT_TRANSLATE_NOOP("actions", "Select all the text where you are typing"),
    ),
    ActionSpec(
        "edit.find",
        QT_TRANSLATE_NOOP("actions", "Find…"),
        EDIT,
        Key.Find,
        QT_TRANSLATE_NOOP("actions", "Find in the open note"),
        fallback="Ctrl+F",
    ),
    ActionSpec(
        "edit.replace",
        QT_TRANSLATE_NOOP("actions", "Find and replace…"),
        EDIT,
        "Ctrl+H",
        QT_TRANSLATE_NOOP("actions", "Find and replace in the open note"),
    ),
    ActionSpec(
        "search.focus",
        QT_TRANSLATE_NOOP("actions", "Search notes"),
        EDIT,
        "Ctrl+K",
        QT_TRANSLATE_NOOP("actions", "Search every note as you type"),
    ),
    ActionSpec(
        "search.save",
        QT_TRANSLATE_NOOP("actions", "Save this search"),
        EDIT,
        None,
        QT_TRANSLATE_NOOP("actions", "Keep the current query in the sidebar"),
    ),
    ActionSpec(
        "journal.today",
        QT_TRANSLATE_NOOP("actions", "Today's journal"),
        JOURNAL,
        "Ctrl+J",
        QT_TRANSLATE_NOOP("actions", "Open today's journal note"),
    ),
    ActionSpec(
        "journal.previous",
        QT_TRANSLATE_NOOP("actions", "Previous day"),
        JOURNAL,
        "Ctrl+Alt+Left",
        QT_TRANSLATE_NOOP("actions", "The journal note of the day before"),
    ),
    ActionSpec(
        "journal.next",
        QT_TRANSLATE_NOOP("actions", "Next day"),
        JOURNAL,
        "Ctrl+Alt+Right",
        QT_TRANSLATE_NOOP("actions", "The journal note of the day after"),
    ),
    ActionSpec(
        "sense.today",
        QT_TRANSLATE_NOOP("actions", "Today"),
        JOURNAL,
        "Ctrl+T",
        QT_TRANSLATE_NOOP("actions", "Due reviews, the inbox, open questions, today's journal"),
    ),
    ActionSpec(
        "sense.inbox",
        QT_TRANSLATE_NOOP("actions", "Process inbox…"),
        JOURNAL,
        "Ctrl+Alt+I",
        QT_TRANSLATE_NOOP("actions", "Reflect on each capture, then keep, archive or share it"),
    ),
    ActionSpec(
        "sense.review",
        QT_TRANSLATE_NOOP("actions", "Daily review…"),
        JOURNAL,
        "Ctrl+Alt+R",
        QT_TRANSLATE_NOOP("actions", "Resurface today's highlights, reflections and questions"),
    ),
    ActionSpec(
        "sense.questions",
        QT_TRANSLATE_NOOP("actions", "Questions…"),
        JOURNAL,
        "Ctrl+Alt+Q",
        QT_TRANSLATE_NOOP("actions", "Your open, asked and answered questions"),
    ),
    ActionSpec(
        "sense.digest",
        QT_TRANSLATE_NOOP("actions", "Weekly digest"),
        JOURNAL,
        None,
        QT_TRANSLATE_NOOP("actions", "Write this week's digest note now, and open it"),
    ),
    ActionSpec(
        "sense.answer",
        QT_TRANSLATE_NOOP("actions", "Link an answer…"),
        JOURNAL,
        "Ctrl+Alt+A",
        QT_TRANSLATE_NOOP("actions", "Link a note as the answer to the open question"),
    ),
    ActionSpec(
        "edit.highlight",
        QT_TRANSLATE_NOOP("actions", "Highlight"),
        EDIT,
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("actions", "Mark the selection ==like this== for the daily review"),
    ),
    ActionSpec(
        "nav.switcher",
        QT_TRANSLATE_NOOP("actions", "Quick switcher…"),
        GO,
        "Ctrl+P",
        QT_TRANSLATE_NOOP("actions", "Jump to a note by title or alias"),
    ),
    ActionSpec(
        "nav.palette",
        QT_TRANSLATE_NOOP("actions", "Command palette…"),
        GO,
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("actions", "Run any command by name"),
    ),
    ActionSpec(
        "nav.back",
        QT_TRANSLATE_NOOP("actions", "Back"),
        GO,
        Key.Back,
        QT_TRANSLATE_NOOP("actions", "The note you were on before"),
    ),
    ActionSpec(
        "nav.forward",
        QT_TRANSLATE_NOOP("actions", "Forward"),
        GO,
        Key.Forward,
        QT_TRANSLATE_NOOP("actions", "Undo Back"),
    ),
    ActionSpec(
        "view.preview",
        QT_TRANSLATE_NOOP("actions", "Toggle preview"),
        VIEW,
        "Ctrl+E",
        QT_TRANSLATE_NOOP("actions", "Switch between editing and reading"),
    ),
    ActionSpec(
        "view.split",
        QT_TRANSLATE_NOOP("actions", "Editor and preview side by side"),
        VIEW,
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("actions", "Show both at once"),
    ),
    ActionSpec(
        "view.sidebar",
        QT_TRANSLATE_NOOP("actions", "Show sidebar"),
        VIEW,
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("actions", "Show or hide the sidebar"),
    ),
    ActionSpec(
        "view.backlinks",
        QT_TRANSLATE_NOOP("actions", "Show backlinks"),
        VIEW,
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("actions", "Show or hide the backlinks panel"),
    ),
    ActionSpec(
        "share.new_draft",
        QT_TRANSLATE_NOOP("actions", "New draft from selection…"),
        SHARE,
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP(
            "actions", "A draft from the notes selected in the list, or from the open note"
        ),
    ),
    ActionSpec(
        "share.from_results",
        QT_TRANSLATE_NOOP("actions", "New draft from search results…"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "A draft quoting every note the search found"),
    ),
    ActionSpec(
        "share.compose",
        QT_TRANSLATE_NOOP("actions", "Compose and post…"),
        SHARE,
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("actions", "The open draft with a preview for each network"),
    ),
    ActionSpec(
        "share.accounts",
        QT_TRANSLATE_NOOP("actions", "Share accounts…"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "Add or remove the accounts you post to"),
    ),
    ActionSpec(
        "share.shared",
        QT_TRANSLATE_NOOP("actions", "Shared posts…"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "What you shared, where and when, with links to the posts"),
    ),
    ActionSpec(
        "share.scheduled",
        QT_TRANSLATE_NOOP("actions", "Scheduled posts…"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "Posts waiting for their time; post now or cancel"),
    ),
    ActionSpec(
        "share.insights",
        QT_TRANSLATE_NOOP("actions", "Insights…"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "What came back from your posts, and what works"),
    ),
    ActionSpec(
        "share.variant",
        QT_TRANSLATE_NOOP("actions", "New variant of this draft"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "A second framing of the open draft, to compare"),
    ),
    ActionSpec(
        "share.variants",
        QT_TRANSLATE_NOOP("actions", "Compare variants…"),
        SHARE,
        None,
        QT_TRANSLATE_NOOP("actions", "The open draft's framings side by side, with their targets"),
    ),
    ActionSpec(
        "view.theme",
        QT_TRANSLATE_NOOP("actions", "Dark theme"),
        VIEW,
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("actions", "Switch between the light and the dark theme"),
    ),
    ActionSpec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("actions", "Zoom in"),
        VIEW,
        Key.ZoomIn,
        QT_TRANSLATE_NOOP("actions", "Larger text in the note"),
        fallback="Ctrl++",
    ),
    ActionSpec(
        "view.zoom_out",
        QT_TRANSLATE_NOOP("actions", "Zoom out"),
        VIEW,
        Key.ZoomOut,
        QT_TRANSLATE_NOOP("actions", "Smaller text in the note"),
        fallback="Ctrl+-",
    ),
    ActionSpec(
        "view.zoom_reset",
        QT_TRANSLATE_NOOP("actions", "Actual size"),
        VIEW,
        "Ctrl+0",
        QT_TRANSLATE_NOOP("actions", "The note's text at the size set in Preferences"),
    ),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("actions", "Keyboard shortcuts"),
        HELP,
        "Ctrl+/",
        QT_TRANSLATE_NOOP("actions", "Every command and its keys, searchable"),
    ),
    ActionSpec(
        "help.query",
        QT_TRANSLATE_NOOP("actions", "Search query language"),
        HELP,
        None,
        QT_TRANSLATE_NOOP("actions", "Words, phrases, tags, fields and dates in a search"),
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("actions", "About Ponder"),
        HELP,
        None,
        QT_TRANSLATE_NOOP("actions", "Version and where your data lives"),
    ),
    ActionSpec(
        "help.log_folder",
        QT_TRANSLATE_NOOP("actions", "Open log folder"),
        HELP,
        None,
        QT_TRANSLATE_NOOP("actions", "The folder of Ponder's log files, to send with a report"),
    ),
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

    def menu_title(self, menu: str) -> str:
        """The translated title of a menu named in the table ("File" → "Datei")."""
        return _tr(menu)


def with_mnemonics(labels: Sequence[str]) -> list[str]:
    """The labels with an `&` before a letter no earlier label took (the first letter of a
    word when free, else any letter), so Alt+letter reaches each. Works in every language,
    so translators need not pick them; a label left without a free letter stays as it is."""
    taken: set[str] = set()
    marked: list[str] = []
    for label in labels:
        text = label.replace("&", "&&")
        starts = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or text[i - 1] == " ")]
        others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
        chosen = next((i for i in starts + others if text[i].casefold() not in taken), None)
        if chosen is None:
            marked.append(text)
            continue
        taken.add(text[chosen].casefold())
        marked.append(text[:chosen] + "&" + text[chosen:])
    return marked
