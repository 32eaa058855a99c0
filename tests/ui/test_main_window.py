"""The whole window end to end on a temporary vault: write, search, link, rename, journal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.model import NotePath
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.models.note_list_model import NoteRole
from ponder.ui.session import Session

WAIT = 10_000


def wait_loaded(qtbot: QtBot, main: MainWindow, path: str) -> None:
    """The note is open and its text is in the editor (read-only until then)."""
    panel = main.note_panel
    qtbot.waitUntil(
        lambda: panel.document.path == path and not panel.editor.isReadOnly(), timeout=WAIT
    )


def type_title(qtbot: QtBot, main: MainWindow, title: str) -> None:
    """Type over the note's title field and press Enter, as a person renames in place."""
    field = main.note_panel.title_field
    field.setText(title)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def new_titled(qtbot: QtBot, main: MainWindow, controller: WindowController, title: str) -> None:
    """Ctrl+N, then the title typed over "Untitled"."""
    controller.new_note()
    wait_loaded(qtbot, main, "notes/Untitled.md")
    type_title(qtbot, main, title)
    wait_loaded(qtbot, main, f"notes/{title}.md")


def listed_paths(main: MainWindow) -> list[str]:
    model = main.note_list.model
    return [model.index(row, 0).data(NoteRole.PATH) for row in range(model.rowCount())]


def test_every_action_has_a_handler_and_a_menu(window: tuple[MainWindow, WindowController]) -> None:
    main, controller = window
    menus = [action.text().replace("&", "") for action in main.menuBar().actions()]
    assert menus == ["File", "Edit", "Journal", "Go", "View", "Share", "Help"]
    assert controller.actions["nav.switcher"].shortcut().toString() == "Ctrl+P"
    unbound = [a.objectName() for a in controller.actions.all() if a.shortcut().isEmpty()]
    assert unbound == [
        "capture.browsers",
        "view.feeds",
        "capture.clip_open",
        "file.import_folder",
        "search.save",
        "sense.digest",
        "share.from_results",
        "share.accounts",
        "share.shared",
        "share.scheduled",
        "share.insights",
        "share.variant",
        "share.variants",
        "help.query",
        "help.about",
        "help.log_folder",
    ]
    assert controller.actions["edit.find"].shortcut().toString() == "Ctrl+F"
    assert controller.actions["edit.replace"].shortcut().toString() == "Ctrl+H"
    assert all(action.toolTip() for action in controller.actions.all())


def test_typed_note_becomes_searchable_and_links_show_backlinks(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    vault_root: Path,
    qtbot: QtBot,
) -> None:
    main, controller = window
    new_titled(qtbot, main, controller, "Compost")
    editor = main.note_panel.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Brown leaves and greens rot into humus.")
    main.note_panel.save_now()
    qtbot.waitUntil(
        lambda: "humus" in (vault_root / "notes/Compost.md").read_text("utf-8"), timeout=WAIT
    )

    main.note_list.set_query("humus")
    qtbot.waitUntil(lambda: listed_paths(main) == ["notes/Compost.md"], timeout=WAIT)

    new_titled(qtbot, main, controller, "Garden")
    garden = main.note_panel.editor
    garden.moveCursor(garden.textCursor().MoveOperation.End)
    qtbot.keyClicks(garden, "Feed it with [[Compost]] every spring.")
    main.note_panel.save_now()
    qtbot.waitUntil(
        lambda: "[[Compost]]" in (vault_root / "notes/Garden.md").read_text("utf-8"), timeout=WAIT
    )
    qtbot.waitUntil(
        lambda: (
            [r.source for r in session.library.backlinks(NotePath("notes/Compost.md"))]
            == ["notes/Garden.md"]
        ),
        timeout=WAIT,
    )
    controller.open_note("notes/Compost.md")
    qtbot.waitUntil(lambda: main.backlinks.path == "notes/Compost.md", timeout=WAIT)
    qtbot.waitUntil(lambda: main.backlinks.linked.rowCount() == 1, timeout=WAIT)
    source = main.backlinks.linked.index(0, 0)
    assert "Garden" in source.data()

    controller.rename_note()
    type_title(qtbot, main, "Hot compost")
    qtbot.waitUntil(lambda: main.note_panel.document.path == "notes/Hot compost.md", timeout=WAIT)
    qtbot.waitUntil(
        lambda: "[[Hot compost]]" in (vault_root / "notes/Garden.md").read_text("utf-8"),
        timeout=WAIT,
    )
    assert not (vault_root / "notes/Compost.md").exists()
    controller.back()
    wait_loaded(qtbot, main, "notes/Garden.md")


def test_journal_today_creates_the_day_from_the_template(
    window: tuple[MainWindow, WindowController], vault_root: Path, qtbot: QtBot
) -> None:
    main, controller = window
    controller.actions["journal.today"].trigger()
    today = date.today().isoformat()
    editor = main.note_panel.editor
    qtbot.waitUntil(lambda: "What did I learn today?" in editor.text(), timeout=WAIT)
    assert main.note_panel.document.path == f"journal/{today}.md"
    day_file = vault_root / "journal" / f"{today}.md"
    assert not day_file.exists()  # looking writes nothing
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Sowed beans.")
    main.note_panel.save_now()
    qtbot.waitUntil(day_file.exists, timeout=WAIT)
    text = day_file.read_text("utf-8")
    assert "What did I learn today?" in text and text.endswith("Sowed beans.")
    created = datetime.fromisoformat(str(frontmatter.read(text)[0]["created"]))
    assert abs(created.timestamp() - datetime.now().timestamp()) < 600  # the real time
    controller.actions["journal.previous"].trigger()
    qtbot.waitUntil(lambda: main.note_panel.document.path != f"journal/{today}.md", timeout=WAIT)


def test_layout_is_remembered(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    first = MainWindow(session, store)
    qtbot.addWidget(first)
    first.main.setSizes([111, 333, 555])
    first.save_layout()
    # offscreen's screen is 800 px wide: the restored geometry would make a narrow window,
    # whose panels are its own (tests/ui/test_layout.py)
    store.remove("window/geometry")
    second = MainWindow(session, store)
    qtbot.addWidget(second)
    second.restore_layout()
    assert second.main.sizes()[0] == first.main.sizes()[0]
    QApplication.processEvents()
