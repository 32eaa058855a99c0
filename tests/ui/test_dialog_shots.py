"""Screenshots of the switcher, journal calendar, preferences and quick capture (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ponder.core.settings import Settings
from ponder.ui import theme
from ponder.ui.clip_service import ClipService
from ponder.ui.dialogs.browser_clipping import BrowserClippingDialog
from ponder.ui.dialogs.first_run import FirstRunDialog
from ponder.ui.dialogs.preferences import PreferencesDialog
from ponder.ui.dialogs.quick_capture import QuickCaptureDialog
from ponder.ui.dialogs.quick_switcher import QuickSwitcher
from ponder.ui.panels.journal_calendar import JournalCalendar
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
THEMES = ["light", "dark"]


@pytest.fixture
def foam_session(corpus_session: Callable[..., Session]) -> Session:
    return corpus_session("foam")


def use_theme(name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)


def save(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("name", THEMES)
def test_switcher_screenshot(foam_session: Session, qtbot: QtBot, name: str) -> None:
    use_theme(name)
    switcher = QuickSwitcher(foam_session)
    qtbot.addWidget(switcher)
    switcher.show()
    qtbot.waitUntil(lambda: switcher.table is not None, timeout=10_000)
    qtbot.keyClicks(switcher.field, "lnk")
    qtbot.wait(50)
    save(switcher, f"switcher-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_journal_screenshot(session: Session, qtbot: QtBot, name: str) -> None:
    use_theme(name)
    today = date.today()
    for back in (0, 1, 2, 4, 7, 8, 12, 15, 21):
        session.library.journal_note(today - timedelta(days=back))
    panel = JournalCalendar(session)
    qtbot.addWidget(panel)
    panel.resize(300, 280)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.marked_days()) > 0, timeout=5000)
    panel.set_day(today - timedelta(days=2))
    qtbot.wait(50)
    save(panel, f"journal-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_preferences_screenshot(qtbot: QtBot, name: str, tmp_path: Path) -> None:
    use_theme(name)
    settings = Settings(
        vault="~/Ponder",
        download_clip_images=True,
        saved_searches=("tag:research", "kind:question"),
    )
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    save(dialog, f"preferences-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_capture_screenshot(
    foam_session: Session, qtbot: QtBot, name: str, prompter: Prompter
) -> None:
    use_theme(name)
    dialog = QuickCaptureDialog(foam_session, prompter=prompter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, "https://www.example.org/essays/attention-is-a-resource/")
    qtbot.keyClicks(dialog.why_edit, "Why our team's focus time keeps shrinking")
    qtbot.keyClicks(dialog.tags_edit, "reading, attention")
    dialog._completer.popup().hide()  # type: ignore[union-attr]
    qtbot.wait(50)
    save(dialog, f"capture-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_first_run_screenshot(qtbot: QtBot, name: str, prompter: Prompter) -> None:
    use_theme(name)
    dialog = FirstRunDialog(prompter, Path("~/Ponder"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    save(dialog, f"first-run-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_browser_clipping_screenshot(
    foam_session: Session, qtbot: QtBot, name: str, prompter: Prompter
) -> None:
    use_theme(name)
    service = ClipService(foam_session, prompter)
    with qtbot.waitSignal(service.state_changed, timeout=10_000):
        foam_session.update_settings(replace(foam_session.settings, clip_server=True))
    dialog = BrowserClippingDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    save(dialog, f"browser-clipping-{name}")
    service.stop()
