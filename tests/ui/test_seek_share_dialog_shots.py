"""Screenshots of the New draft dialog and the Import dialog's result at 900×600, light and
dark (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from shared_data import missing_shared_data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_share_composer import add_account, make_notes, select_all_rows

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
REPO = Path(__file__).resolve().parents[2]
POCKET = (
    Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
    / "imports"
    / "pocket"
    / "wallabag__pocket.csv"
)
WAIT = 15_000


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, theme.LIGHT)


def save(widget: Any, qtbot: QtBot, name: str) -> None:
    qtbot.wait(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_new_draft_and_import_screenshots(
    window: tuple[MainWindow, WindowController],
    session: Session,
    prompter: Any,
    tmp_path: Path,
    qtbot: QtBot,
    look: None,
    name: str,
) -> None:
    if not POCKET.exists():
        missing_shared_data(POCKET)
    main, controller = window
    controller.appearance.apply(theme.LIGHT if name == "light" else theme.DARK)
    main.resize(900, 600)
    service = controller.share.service
    add_account(qtbot, service, "team-slack", "file", {"folder": str(tmp_path / "t")}, "")
    make_notes(session, qtbot, main)
    select_all_rows(main)
    controller.actions["share.new_draft"].trigger()
    dialog = controller.share.new_draft_dialog
    assert dialog is not None
    dialog.resize(900, 600)
    dialog.templates.setCurrentRow(2)
    dialog.targets.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.title_edit, "What the garden taught me")
    qtbot.waitUntil(lambda: "straw" in dialog.preview.toPlainText(), timeout=WAIT)
    save(dialog, qtbot, f"new-draft-{name}")
    dialog.reject()

    export = tmp_path / "pocket.csv"
    shutil.copy(POCKET, export)
    importer = controller.seek.import_file()
    importer.resize(900, 600)
    prompter.answers.append(export)
    qtbot.mouseClick(importer.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.show_button.isVisible(), timeout=WAIT)
    save(importer, qtbot, f"import-result-{name}")
    importer.reject()
