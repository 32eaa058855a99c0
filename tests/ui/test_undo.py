"""Deleting and renaming can be taken back: from the status bar's Undo or from Edit ▸ Undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponder.core.sense.backlinks import Reference
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.panels.backlinks import ReferenceRole

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


def test_rename_link_it_and_import_are_undone_from_edit_undo_byte_for_byte(
    window: Window, qtbot: QtBot, vault_root: Path, tmp_path: Path
) -> None:
    main, controller = window
    (vault_root / "Soil.md").write_text("Loam.\n", "utf-8")
    linking = {
        "Garden.md": b"Feed the [[Soil]].\r\n",
        "Beds.md": b"Raised beds need [[Soil|good soil]].\n",
        "Paths.md": b"See [the soil note](Soil.md).\n",
        "Mentions.md": b"Loam is a kind of soil.\n",
    }
    for name, data in linking.items():
        (vault_root / name).write_bytes(data)
    controller.session.library.reconcile()
    bar = controller.undo_bar

    def undo_from_the_menu() -> None:
        main.note_list.focus_list()  # no text field takes Ctrl+Z: it reaches the change
        controller.actions["edit.undo"].trigger()

    # a rename that rewrote three notes
    open_loaded(qtbot, main, controller, "Soil.md")
    controller.rename_note()
    main.note_panel.title_field.setText("Topsoil")
    qtbot.keyClick(main.note_panel.title_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Topsoil" in bar.label.text(), timeout=WAIT)
    assert bar.label.text() == "Renamed “Soil” to “Topsoil”. Updated links in 3 notes."
    undo_from_the_menu()
    qtbot.waitUntil(lambda: (vault_root / "Soil.md").exists(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: {n: (vault_root / n).read_bytes() for n in linking} == linking, timeout=WAIT
    )
    qtbot.waitUntil(lambda: main.note_panel.document.path == "Soil.md", timeout=WAIT)

    # Link it, from the backlinks panel
    panel = main.backlinks
    qtbot.waitUntil(lambda: panel.unlinked.rowCount() > 0, timeout=WAIT)
    model = panel.unlinked
    ref = model.index(0, 0, model.index(0, 0)).data(ReferenceRole)
    assert isinstance(ref, Reference) and ref.source == "Mentions.md"
    panel.link_mention(ref)
    qtbot.waitUntil(lambda: b"[[" in (vault_root / "Mentions.md").read_bytes(), timeout=WAIT)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert bar.label.text() == "Updated links in 1 note."
    undo_from_the_menu()
    qtbot.waitUntil(
        lambda: (vault_root / "Mentions.md").read_bytes() == linking["Mentions.md"], timeout=WAIT
    )

    # an import of twelve notes: Undo moves them to .trash/
    export = tmp_path / "export"
    export.mkdir()
    for number in range(12):
        (export / f"Imported {number}.md").write_text(f"Note {number}.\n", "utf-8")
    controller.seek.start_import(export, "markdown-folder")
    qtbot.waitUntil(lambda: bar.label.text() == "Imported 12 notes.", timeout=WAIT)
    assert len(list((vault_root / "export").glob("*.md"))) == 12
    undo_from_the_menu()
    qtbot.waitUntil(lambda: not list((vault_root / "export").glob("*.md")), timeout=WAIT)
    trashed = {entry.original for entry in controller.session.library.trash_entries()}
    assert len({p for p in trashed if p.startswith("export/")}) == 12
