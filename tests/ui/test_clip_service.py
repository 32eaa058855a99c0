"""Browser clipping from the window: the server follows the setting, a browser extension is
let in only when the person allows it, and a bookmarklet clip is saved and then fetched."""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from pytestqt.qtbot import QtBot

from ponder.core.capture.bookmarklet import bookmarklet_key
from ponder.ui.clip_service import KEYRING_ACCOUNT
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.browser_clipping import BrowserClippingDialog
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session

WAIT = 20_000
Window = tuple[MainWindow, WindowController]


def request(
    port: int, method: str, path: str, body: bytes | None = None, **headers: str
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, body, {"Host": f"127.0.0.1:{port}", **headers})
        reply = connection.getresponse()
        return reply.status, reply.read()
    finally:
        connection.close()


@pytest.fixture
def serving(window: Window, session: Session, qtbot: QtBot) -> Iterator[tuple[Window, int]]:
    _main, controller = window
    service = controller.seek.browsers
    with qtbot.waitSignal(service.state_changed, timeout=WAIT) as started:
        session.update_settings(replace(session.settings, clip_server=True))
    port = started.args[0] if started.args else 0
    assert 41184 <= port <= 41194
    yield window, port
    service.stop()  # as the window does when it closes
    assert service.server is None


def test_an_extension_gets_a_token_only_when_allowed(
    serving: tuple[Window, int], prompter: Any, qtbot: QtBot
) -> None:
    _window, port = serving
    assert request(port, "GET", "/ping") == (200, b"JoplinClipperServer")
    prompter.answers += [True]
    origin = {"Origin": "chrome-extension://abcdefghijklmnop"}
    status, body = request(port, "POST", "/auth", b"", **origin)
    auth_token = json.loads(body)["auth_token"]
    check = f"/auth/check?{urlencode({'auth_token': auth_token})}"
    qtbot.waitUntil(lambda: prompter.asked == ["Browser clipping"], timeout=WAIT)
    status, body = request(port, "GET", check, **origin)
    answer = json.loads(body)
    assert status == 200 and answer["status"] == "accepted" and answer["token"]

    prompter.answers += [False]
    status, body = request(port, "POST", "/auth", b"", **origin)
    refused = json.loads(body)["auth_token"]
    qtbot.waitUntil(lambda: len(prompter.asked) == 2, timeout=WAIT)
    check = f"/auth/check?{urlencode({'auth_token': refused})}"
    assert json.loads(request(port, "GET", check, **origin)[1])["status"] == "rejected"


def test_a_bookmarklet_clip_is_saved_and_its_page_fetched(
    serving: tuple[Window, int], vault_root: Path, qtbot: QtBot
) -> None:
    window, port = serving
    token = window[1].seek.browsers.api_token or ""
    key = bookmarklet_key(token)
    query = urlencode({"k": key, "url": "https://example.invalid/essay", "title": "An essay"})
    status, page = request(port, "GET", f"/clip?{query}")
    assert status == 200
    form = page.decode("utf-8")
    fields = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form))
    fields["reflection"] = "Worth a team read"
    status, _ = request(
        port,
        "POST",
        "/clip",
        urlencode(fields).encode(),
        Origin=f"http://127.0.0.1:{port}",
        **{"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status in (200, 303)
    qtbot.waitUntil(lambda: bool(list((vault_root / "clips").glob("*.md"))), timeout=WAIT)
    note = next((vault_root / "clips").glob("*.md")).read_text("utf-8")
    assert "Worth a team read" in note and "https://example.invalid/essay" in note
    # the fetch of a name that cannot resolve is written into the note, not lost
    qtbot.waitUntil(
        lambda: "**Ponder:**" in next((vault_root / "clips").glob("*.md")).read_text("utf-8"),
        timeout=WAIT,
    )


def test_the_dialog_shows_the_bookmarklet_and_token(
    serving: tuple[Window, int], session: Session, qtbot: QtBot
) -> None:
    (main, controller), port = serving
    dialog = BrowserClippingDialog(controller.seek.browsers, main)
    qtbot.addWidget(dialog)
    assert dialog.enabled.isChecked()
    assert dialog.bookmarklet.text().startswith("javascript:")
    assert str(port) in dialog.bookmarklet.text()
    assert len(dialog.token.text()) >= 32
    # one store of secrets per window: the share accounts see the same one
    assert session.credentials().get(KEYRING_ACCOUNT) == dialog.token.text()
    assert f"127.0.0.1:{port}" in dialog.state.text()
    with qtbot.waitSignal(controller.seek.browsers.state_changed, timeout=WAIT) as stopped:
        dialog.enabled.setChecked(False)
    assert stopped.args == [0] and controller.seek.browsers.server is None
    assert dialog.state.text().startswith("Off") and not dialog.bookmarklet.text()
    assert request_fails(port)


def request_fails(port: int) -> bool:
    try:
        request(port, "GET", "/ping")
    except OSError:
        return True
    return False
