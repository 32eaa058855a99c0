"""File ▸ Import in the window: a real export file, progress, a summary, no duplicates."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.seek import file_filters, imported_query
from ponder.ui.session import Session
from shared_data import missing_shared_data

WAIT = 20_000
REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
POCKET = SHARED_DATA / "imports" / "pocket" / "wallabag__pocket.csv"


def test_import_a_pocket_export_twice_and_show_what_came_in(
    window: tuple[MainWindow, WindowController],
    prompter: Any,
    session: Session,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    if not POCKET.exists():
        missing_shared_data(POCKET)
    export = tmp_path / "pocket.csv"
    shutil.copy(POCKET, export)
    main, controller = window
    before = session.library.note_count()
    controller.actions["file.import"].trigger()
    dialog = controller.seek.import_dialog
    assert dialog is not None and dialog.isVisible()
    listed = [dialog.formats.item(r).text() for r in range(dialog.formats.count())]
    assert any(text.startswith("Evernote export") for text in listed)
    assert any("Obsidian" in text for text in listed) and len(listed) == 11
    prompter.answers.append(export)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.show_button.isVisible(), timeout=WAIT)
    first = dialog.result_label.text()
    assert first.startswith("Imported ") and "pocket.csv" in first
    imported = session.library.note_count() - before
    assert imported > 0 and f"Imported {imported} note" in first
    assert prompter.informed == []  # said in the dialog, not in a message box

    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    notes = main.note_list
    qtbot.waitUntil(lambda: notes.model.rowCount() == imported, timeout=WAIT)
    assert notes.query().startswith('path:"')

    controller.actions["file.import"].trigger()
    prompter.answers.append(export)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "skipped" in dialog.result_label.text(), timeout=WAIT)
    assert session.library.note_count() - before == imported
    assert "Imported 0 notes" in dialog.result_label.text()
    assert not dialog.show_button.isVisible()  # nothing new to show
    dialog.reject()


def test_an_unknown_file_is_explained(
    window: tuple[MainWindow, WindowController], prompter: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x00\x01 not an export")
    _main, controller = window
    dialog = controller.seek.import_file()
    prompter.answers.append(odd)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert "cannot tell what kind of export" in dialog.result_label.text()
    assert "Evernote" in dialog.result_label.text()
    dialog.reject()


def test_imported_notes_are_listed_by_path_or_by_their_folder() -> None:
    assert (
        imported_query(["clips/A b.md", "clips/C.md"]) == 'path:"clips/A b.md" OR path:"clips/C.md"'
    )
    many = [f"notes/garden/{n}.md" for n in range(150)] + [f"notes/soil/{n}.md" for n in range(60)]
    assert imported_query(many) == 'path:"notes/"'


def test_file_filters_list_every_file_format() -> None:
    filters = file_filters().split(";;")
    assert filters[0].startswith("Exports and bookmarks (") and "*.enex" in filters[0]
    assert filters[-1] == "All files (*)"
    assert any(f.startswith("Evernote export") for f in filters)
