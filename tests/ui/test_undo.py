"""Deleting and renaming can be taken back: from the status bar's Undo or from Edit ▸ Undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow

WAIT = 10_000
Window = tuple[MainWindow, WindowController]


def open_loaded(qtbot: QtBot, main: MainWindow, controller: WindowController, path: str) -> None:
    controller.open_note(path)
    qtbot.waitUntil(
        lambda: main.note_panel.document.path == path and not main.note_panel.editor.isReadOnly(),
        timeout=WAIT,
    )


def test_a_deleted_note_comes_back_from_the_trash(
    window: Window, qtbot: QtBot, vault_root: Path, prompter: Any
) -> None:
    main, controller = window
    (vault_root / "Soil.md").write_text("Loam.\n", "utf-8")
    open_loaded(qtbot, main, controller, "Soil.md")
    prompter.answers.append(True)
    controller.delete_note()
    bar = controller.undo_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert not (vault_root / "Soil.md").exists()
    assert "Soil" in bar.label.text() and "trash" in bar.label.text()
    main.note_list.focus_list()  # no text field takes Ctrl+Z: it reaches the delete
    controller.actions["edit.undo"].trigger()
    qtbot.waitUntil(lambda: (vault_root / "Soil.md").exists(), timeout=WAIT)
    assert (vault_root / "Soil.md").read_text("utf-8") == "Loam.\n"
    assert bar.isHidden()
    main.note_list.set_query("loam")
    qtbot.waitUntil(lambda: main.note_list.model.row_of("Soil.md") == 0, timeout=WAIT)


def test_a_rename_says_which_links_it_changed_and_undo_puts_them_back(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    (vault_root / "Soil.md").write_text("Loam.\n", "utf-8")
    (vault_root / "Garden.md").write_text("Feed the [[Soil]].\n", "utf-8")
    controller.session.library.reconcile()
    open_loaded(qtbot, main, controller, "Soil.md")
    controller.rename_note()
    title = main.note_panel.title_field
    title.setText("Topsoil")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    bar = controller.undo_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert bar.label.text() == "Renamed “Soil” to “Topsoil”. Updated links in 1 note."
    assert "[[Topsoil]]" in (vault_root / "Garden.md").read_text("utf-8")
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (vault_root / "Soil.md").exists(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: "[[Soil]]" in (vault_root / "Garden.md").read_text("utf-8"), timeout=WAIT
    )
    assert not (vault_root / "Topsoil.md").exists()
    qtbot.waitUntil(lambda: main.note_panel.document.path == "Soil.md", timeout=WAIT)


def test_an_undo_back_to_the_saved_text_writes_nothing(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    file = vault_root / "Soil.md"
    file.write_text("Loam.\n", "utf-8")
    open_loaded(qtbot, main, controller, "Soil.md")
    before = file.stat().st_mtime_ns
    editor = main.note_panel.editor
    qtbot.keyClicks(editor, "x")
    assert main.note_panel.document.modified
    editor.undo()
    assert not main.note_panel.document.modified
    qtbot.wait(1500)  # past the autosave delay
    assert file.stat().st_mtime_ns == before and file.read_text("utf-8") == "Loam.\n"


def test_the_palette_says_when_no_command_matches_and_finds_the_theme(
    window: Window, qtbot: QtBot
) -> None:
    from ponder.ui.dialogs.command_palette import CommandPalette

    main, controller = window
    palette = CommandPalette(controller.actions.all(), main)
    qtbot.addWidget(palette)
    palette.field.setText("dark")
    assert palette.current_row() is not None and palette.current_row().text == "Dark theme"  # type: ignore[union-attr]
    palette.field.setText("qqqzzz")
    row = palette.model.row_at(0)
    assert row is not None and not row.enabled and row.text.startswith("No matching command")
