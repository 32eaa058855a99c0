"""File ▸ Import in the window: a real export file, progress, a summary, no duplicates."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.seek import file_filters
from ponder.ui.session import Session
from shared_data import missing_shared_data

WAIT = 20_000
REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
POCKET = SHARED_DATA / "imports" / "pocket" / "wallabag__pocket.csv"


def test_import_a_pocket_export_twice(
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
    _main, controller = window
    before = session.library.note_count()
    prompter.answers += [export, None]
    controller.actions["file.import"].trigger()
    qtbot.waitUntil(lambda: len(prompter.informed) == 1, timeout=WAIT)
    first = prompter.informed[0]
    assert first.startswith("Imported ") and "pocket.csv" in first
    imported = session.library.note_count() - before
    assert imported > 0 and f"Imported {imported} note" in first

    prompter.answers += [export, None]
    controller.actions["file.import"].trigger()
    qtbot.waitUntil(lambda: len(prompter.informed) == 2, timeout=WAIT)
    assert session.library.note_count() - before == imported
    assert "Imported 0 notes" in prompter.informed[1] and "skipped" in prompter.informed[1]


def test_an_unknown_file_is_explained(
    window: tuple[MainWindow, WindowController], prompter: Any, tmp_path: Path
) -> None:
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x00\x01 not an export")
    _main, controller = window
    prompter.answers += [odd, None]
    controller.actions["file.import"].trigger()
    assert "cannot tell what kind of export" in prompter.informed[0]
    assert "Evernote" in prompter.informed[0]


def test_file_filters_list_every_file_format() -> None:
    filters = file_filters().split(";;")
    assert filters[0].startswith("Exports and bookmarks (") and "*.enex" in filters[0]
    assert filters[-1] == "All files (*)"
    assert any(f.startswith("Evernote export") for f in filters)
