"""Screenshots of the whole window on the real Foam workspace, light and dark (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
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
NOTE = "docs/user/features/backlinking.md"
WAIT = 15_000


@pytest.fixture
def foam(corpus_session: Callable[..., Session]) -> Session:
    return corpus_session("foam")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, QLocale("de_DE"))
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # the calendar's day and month names
    yield
    QLocale.setDefault(default)
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_main_window_screenshot(
    foam: Session, qtbot: QtBot, tmp_path: Path, prompter: object, name: str
) -> None:
    shoot(foam, qtbot, tmp_path, prompter, name, f"main-{name}")


def test_main_window_in_german_screenshot(
    german: None, foam: Session, qtbot: QtBot, tmp_path: Path, prompter: object
) -> None:
    shoot(foam, qtbot, tmp_path, prompter, "light", "main-de-light")


def shoot(
    foam: Session, qtbot: QtBot, tmp_path: Path, prompter: object, name: str, file: str
) -> None:
    chosen = theme.LIGHT if name == "light" else theme.DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, chosen)
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(foam, store)
    qtbot.addWidget(window)
    controller = WindowController(window, foam, prompter)  # type: ignore[arg-type]
    controller.appearance.apply(chosen)
    window.resize(1440, 900)
    window.show()
    window.note_list.set_query("backlinks")
    window.note_panel.open_note(NOTE)
    window.note_panel.set_mode("split")
    qtbot.waitUntil(lambda: window.note_list.model.rowCount() > 3, timeout=WAIT)
    qtbot.waitUntil(lambda: window.note_panel.document.path == NOTE, timeout=WAIT)
    qtbot.waitUntil(lambda: window.backlinks.linked.rowCount() > 0, timeout=WAIT)
    qtbot.wait(400)  # the preview render and the snippet delegate settle
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"{file}.png"))
    window.note_panel.document.close().result(timeout=10)
