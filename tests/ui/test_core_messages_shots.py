"""Screenshots of the German window showing a core error and plurals, light and dark
(PONDER_SHOTS=1)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.translations import install_translators

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 10_000
NOTES = {
    "Bodenleben.md": "# Bodenleben\n\nRegenwürmer lockern den Boden. #boden\n",
    "Kompost.md": "# Kompost\n\nKompost nährt das [[Bodenleben]]. #boden\n",
    "Mulch.md": "# Mulch\n\nMulch schützt den Boden vor dem Austrocknen. #boden\n",
}


@pytest.fixture
def vault_root(tmp_path: Path) -> Path:
    root = tmp_path / "Garten"
    root.mkdir()
    for name, text in NOTES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "Skizze.md").write_bytes(bytes(range(32)) * 64)  # a drawing saved as .md
    return root


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, QLocale("de_DE"))
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(default)
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_german_core_error_and_plurals_screenshot(
    german: None, session: Session, prompter: object, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    chosen = theme.LIGHT if name == "light" else theme.DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, chosen)
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, store)
    qtbot.addWidget(window)
    controller = WindowController(window, session, prompter)  # type: ignore[arg-type]
    controller.appearance.apply(chosen)
    window.resize(900, 600)
    window.show()
    window.note_list.set_query("boden")
    qtbot.waitUntil(lambda: window.note_list.count_label.text() == "3 Notizen", timeout=WAIT)
    qtbot.waitUntil(lambda: window.status.notes.text() == "3 Notizen", timeout=WAIT)
    window.today.refresh()  # the start page's date, in the locale's long format
    qtbot.waitUntil(lambda: window.today.heading.text().startswith("Heute, "), timeout=WAIT)
    window.note_panel.open_note("Skizze.md")
    qtbot.waitUntil(lambda: "Binärdatei" in window.statusBar().currentMessage(), timeout=WAIT)
    qtbot.wait(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"core-error-de-{name}.png"))
    window.note_panel.document.close().result(timeout=10)
