"""The focus rules of docs/focus.md: the keyboard follows the action, typing is never lost and
never lands in the front matter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.command_palette import CommandPalette
from ponder.ui.dialogs.quick_switcher import QuickSwitcher
from ponder.ui.main_window import MainWindow

WAIT = 10_000
Window = tuple[MainWindow, WindowController]
FRONT = "---\ntitle: Compost\ntags: [garden]\n---\n"


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def active(qtbot: QtBot, main: MainWindow) -> None:
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT)


def wait_loaded(qtbot: QtBot, main: MainWindow, path: str) -> None:
    panel = main.note_panel
    qtbot.waitUntil(
        lambda: panel.document.path == path and not panel.editor.isReadOnly(), timeout=WAIT
    )


def saved_text(qtbot: QtBot, main: MainWindow, file: Path, needle: str) -> str:
    main.note_panel.save_now()
    qtbot.waitUntil(lambda: needle in file.read_text("utf-8"), timeout=WAIT)
    return file.read_text("utf-8")


def listed(qtbot: QtBot, main: MainWindow, count: int) -> None:
    qtbot.waitUntil(lambda: main.note_list.model.rowCount() == count, timeout=WAIT)


def test_new_note_types_its_title_then_its_body(
    window: Window, qtbot: QtBot, vault_root: Path, prompter: Any
) -> None:
    main, controller = window
    active(qtbot, main)
    controller.actions["note.new"].trigger()
    title = main.note_panel.title_field
    qtbot.waitUntil(lambda: focused() is title, timeout=WAIT)
    assert title.selectedText() == "Untitled" and not prompter.asked  # no dialog first
    qtbot.keyClicks(title, "Compost")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    editor = main.note_panel.editor
    assert focused() is editor
    qtbot.waitUntil(lambda: main.note_panel.document.path == "notes/Compost.md", timeout=WAIT)
    qtbot.keyClicks(editor, "Brown leaves")
    text = saved_text(qtbot, main, vault_root / "notes/Compost.md", "Brown leaves")
    parts = frontmatter.split(text)
    assert frontmatter.read(text)[0]["title"] == "Compost"
    assert parts.body.strip() == "Brown leaves"
    assert not (vault_root / "notes/Untitled.md").exists()


def test_enter_on_a_listed_note_types_into_its_body_and_esc_goes_back(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    (vault_root / "Compost.md").write_text(FRONT + "Greens and browns.\n", "utf-8")
    (vault_root / "Soil.md").write_text("Loam.\n", "utf-8")
    controller.session.reconcile()
    listed(qtbot, main, 2)
    active(qtbot, main)
    main.note_list.focus_list()
    view = main.note_list.view
    row = main.note_list.model.row_of("Compost.md")
    view.setCurrentIndex(main.note_list.model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_loaded(qtbot, main, "Compost.md")
    editor = main.note_panel.editor
    qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT)
    qtbot.keyClicks(editor, "Shred first. ")
    text = saved_text(qtbot, main, vault_root / "Compost.md", "Shred")
    assert text == FRONT + "Shred first. Greens and browns.\n"

    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert focused() is view
    assert main.note_list.current_path() == "Compost.md"
    qtbot.keyClick(view, Qt.Key.Key_Down if row == 0 else Qt.Key.Key_Up)
    assert main.note_panel.document.path == "Compost.md"  # browsing the list opens nothing


def test_tab_into_the_editor_never_starts_in_the_front_matter(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, _controller = window
    (vault_root / "Compost.md").write_text(FRONT + "Greens.\n", "utf-8")
    main.note_panel.properties.source.setChecked(True)  # the YAML in the editor, as source
    main.note_panel.open_note("Compost.md")  # focus stays put
    wait_loaded(qtbot, main, "Compost.md")
    editor = main.note_panel.editor
    assert editor.textCursor().position() == len(FRONT)
    active(qtbot, main)
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(editor, "Wet. ")
    assert editor.text() == FRONT + "Wet. Greens.\n"


def test_journal_and_switcher_put_the_caret_in_the_body(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    (vault_root / "Soil.md").write_text("Loam.\n", "utf-8")
    controller.session.reconcile()
    qtbot.waitUntil(lambda: not controller.session.reconciling, timeout=WAIT)
    active(qtbot, main)
    main.note_list.focus_search()
    controller.actions["journal.today"].trigger()
    editor = main.note_panel.editor
    qtbot.waitUntil(lambda: focused() is editor and not editor.isReadOnly(), timeout=WAIT)
    assert editor.textCursor().position() >= editor.body_start()

    switcher = QuickSwitcher(controller.session, main)
    switcher.note_chosen.connect(controller.open_note)
    switcher.show()
    qtbot.waitUntil(lambda: focused() is switcher.field, timeout=WAIT)
    qtbot.keyClicks(switcher.field, "Soil")
    qtbot.waitUntil(
        lambda: (row := switcher.current_row()) is not None and row.key == "Soil.md", timeout=WAIT
    )
    qtbot.keyClick(switcher.field, Qt.Key.Key_Return)
    wait_loaded(qtbot, main, "Soil.md")
    qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT)
    assert main.note_list.current_path() in (None, "Soil.md")


def test_switcher_and_palette_give_the_keyboard_back(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    (vault_root / "Soil.md").write_text("Loam.\n", "utf-8")
    controller.open_note("Soil.md")
    wait_loaded(qtbot, main, "Soil.md")
    editor = main.note_panel.editor
    active(qtbot, main)
    qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT)
    for make in (
        lambda: QuickSwitcher(controller.session, main),
        lambda: CommandPalette(controller.actions.all(), main),
    ):
        popup: QDialog = make()
        popup.show()
        qtbot.waitUntil(lambda p=popup: focused() is p.field, timeout=WAIT)  # type: ignore[attr-defined]
        qtbot.keyClick(popup.field, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT)
    palette = CommandPalette(controller.actions.all(), main)
    palette.show()
    qtbot.keyClicks(palette.field, "Save")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)  # a command that moves nothing
    qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT)
    qtbot.keyClicks(editor, "Sandy ")
    assert editor.text().count("Sandy") == 1
