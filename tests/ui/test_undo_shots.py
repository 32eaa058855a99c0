"""Screenshots of the status bar offering Undo after a rename that rewrote three notes' links,
light and dark (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 15_000


@pytest.mark.parametrize("name", ["light", "dark"])
def test_undo_in_the_status_bar_screenshot(
    session: Session, vault_root: Path, qtbot: QtBot, tmp_path: Path, prompter: object, name: str
) -> None:
    (vault_root / "Soil.md").write_text("Dark and crumbly.\n", "utf-8")
    for other in ("Garden", "Beds", "Paths"):
        (vault_root / f"{other}.md").write_text(f"{other} need good [[Soil]].\n", "utf-8")
    session.library.reconcile()
    chosen = theme.LIGHT if name == "light" else theme.DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, chosen)
    window = MainWindow(session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    controller = WindowController(window, session, prompter)  # type: ignore[arg-type]
    controller.appearance.apply(chosen)
    window.resize(900, 600)
    window.show()
    controller.open_note("Soil.md")
    panel = window.note_panel
    qtbot.waitUntil(lambda: not panel.editor.isReadOnly(), timeout=WAIT)
    controller.rename_note()
    panel.title_field.setText("Topsoil")
    qtbot.keyClick(panel.title_field, Qt.Key.Key_Return)
    bar = controller.undo_bar
    qtbot.waitUntil(lambda: "Topsoil" in bar.label.text(), timeout=WAIT)
    assert bar.label.text().endswith("Updated links in 3 notes.")
    qtbot.wait(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"undo-links-{name}.png"))
    status = window.statusBar()
    assert status.grab().save(str(SHOTS / f"undo-links-status-{name}.png"))
    panel.document.close().result(timeout=10)
