"""Screenshots of a clip's header at 900×600, light and dark (PONDER_SHOTS=1): a refused fetch
with Fetch again, a fetched clip with Extract again, and the offer after re-clipping a link."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
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
URL = "https://www.wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade-11574168400"
FAILED = f"""---
title: {URL}
kind: clip
status: unprocessed
source:
  url: {URL}
  captured: 2026-12-04T21:40:00+01:00
  status: failed
  error: Refused to fetch 127.0.0.1 (a local address); allow local addresses in Preferences.
---
> **Ponder:** could not clip this page: Refused to fetch 127.0.0.1 (a local address).
"""
FETCHED = f"""---
title: 'Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay'
kind: clip
source:
  url: {URL}
  captured: 2026-12-04T21:40:00+01:00
  site: www.wsj.com
  site_name: The Wall Street Journal
  author: Sarah E. Needleman
  published: '2019-11-19'
  status: ok
---
Cloud gaming, and what it costs.

## From the page

Gaming used to be so simple. ==We'd buy a game, sit down in front of a console or PC, grind
our way to the end, then repeat.==

Now we spend money over and over on virtual perks.
"""


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, theme.LIGHT)


def open_clip(
    window: tuple[MainWindow, WindowController], session: Session, qtbot: QtBot, name: str
) -> MainWindow:
    main, controller = window
    root = session.library.root
    (root / "inbox").mkdir(exist_ok=True)
    (root / "clips").mkdir(exist_ok=True)
    (root / "inbox" / "wsj.com-articles-google-stadia.md").write_text(FAILED, encoding="utf-8")
    (root / "clips" / "Google Stadia.md").write_text(FETCHED, encoding="utf-8")
    session.outside_changes(session.library.reconcile().changes)
    controller.appearance.apply(theme.LIGHT if name == "light" else theme.DARK)
    main.resize(900, 600)
    return main


def save(main: MainWindow, qtbot: QtBot, name: str) -> None:
    qtbot.wait(300)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert main.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_clip_header_screenshots(
    window: tuple[MainWindow, WindowController],
    session: Session,
    qtbot: QtBot,
    look: None,
    name: str,
) -> None:
    main = open_clip(window, session, qtbot, name)
    controller = window[1]
    header = main.note_panel.clip_header
    controller.open_note("inbox/wsj.com-articles-google-stadia.md")
    qtbot.waitUntil(lambda: header.fetch_button.isVisible(), timeout=WAIT)
    save(main, qtbot, f"clip-fetch-again-{name}")
    controller.open_note("clips/Google Stadia.md")
    qtbot.waitUntil(lambda: header.extract_button.isVisible(), timeout=WAIT)
    save(main, qtbot, f"clip-extract-again-{name}")
    controller.open_note("inbox/wsj.com-articles-google-stadia.md")
    controller.seek.show_existing_clip("clips/Google Stadia.md")
    qtbot.waitUntil(lambda: header.new_version_button.isVisible(), timeout=WAIT)
    save(main, qtbot, f"clip-again-offer-{name}")
