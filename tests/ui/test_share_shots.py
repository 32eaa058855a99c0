"""Screenshots of the composer with two targets and a privacy warning (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.core.share.drafts import new_draft
from ponder.ui import theme
from ponder.ui.session import Session
from ponder.ui.share.composer import ComposerDialog
from ponder.ui.share.service import ShareService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "peers"))
from recording_server import RecordingServer

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 10_000


@pytest.fixture
def foam(corpus_session: Callable[..., Session]) -> Session:
    return corpus_session("foam")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    recorder = RecordingServer()
    yield recorder
    recorder.close()


def add(
    qtbot: QtBot, service: ShareService, name: str, kind: str, values: dict[str, str], secret: str
) -> None:
    done: list[object] = []
    service.add(name, kind, values, secret, done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_composer_screenshot(
    foam: Session, server: RecordingServer, prompter: Any, qtbot: QtBot, name: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)
    source = foam.library.search("backlinks", limit=1).hits[0].path
    draft, _changes = new_draft(foam.library, [source], template="insight")
    service = ShareService(foam)
    service.load()
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    add(qtbot, service, "fosstodon", "mastodon", {"server": server.url}, "token")
    add(qtbot, service, "team-notes", "slack", {}, server.url + "/services/T/B/X")
    qtbot.waitUntil(lambda: len(service.accounts()) == 2, timeout=WAIT)
    composer = ComposerDialog(foam, service, prompter, draft)
    qtbot.addWidget(composer)
    composer.reopen()
    qtbot.waitUntil(lambda: not composer.editor.isReadOnly(), timeout=WAIT)
    composer.picker.set_checked(["fosstodon", "team-notes"])
    editor = composer.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Questions? Write to ana@example.org.")
    qtbot.waitUntil(lambda: "E-mail address" in composer.findings.kinds(), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(composer.previews["fosstodon"].meter_texts()), timeout=WAIT)
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert composer.grab().save(str(SHOTS / f"composer-{name}.png"))
    composer.close()
