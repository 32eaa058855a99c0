"""Back/forward history, and the single-instance socket between two launches."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from ponder.core import handover
from ponder.ui.history import History
from ponder.ui.single_instance import InstanceServer


def test_history_behaves_like_a_browser() -> None:
    history = History()
    for path in ("a", "b", "c"):
        history.visit(path)
    assert history.back() == "b" and history.back() == "a" and history.back() is None
    assert history.forward() == "b"
    history.visit("d")
    assert not history.can_go_forward()
    assert history.back() == "b"
    history.moved("b", "B")
    assert history.current == "B"
    history.removed("B")
    assert history.current == "a"


@given(st.lists(st.sampled_from(["a", "b", "c", "back", "fwd"]), max_size=40))
def test_history_cursor_always_points_at_an_item(steps: list[str]) -> None:
    history = History(limit=5)
    for step in steps:
        if step == "back":
            history.back()
        elif step == "fwd":
            history.forward()
        else:
            history.visit(step)
            assert history.current == step
    assert history.current is None or history.current in {"a", "b", "c"}


def test_second_launch_reaches_the_first(qtbot: QtBot) -> None:
    path = handover.socket_path(f"test-{os.getpid()}")
    server = InstanceServer(path)
    assert server.listen()
    try:
        received: list[dict[str, object]] = []
        server.message_received.connect(received.append)
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from ponder.core import handover\n"
            f"sent = handover.send(Path({str(path)!r}), {{'command': 'quick-capture'}})\n"
            "sys.exit(0 if sent.handed and 'PySide6' not in sys.modules else 3)\n"
        )
        proc = subprocess.Popen([sys.executable, "-c", code])
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        assert proc.returncode == 0
        assert received == [{"command": "quick-capture"}]
    finally:
        server.close()
    assert handover.send(path, {"command": "open"}).outcome is handover.Outcome.NO_WINDOW


def test_a_refused_message_is_answered_no(qtbot: QtBot) -> None:
    path = handover.socket_path(f"test-refuse-{os.getpid()}")
    server = InstanceServer(path)
    assert server.listen()
    received: list[dict[str, object]] = []
    server.message_received.connect(received.append)
    server.accepts = lambda message: message.get("vault") == "/mine"
    try:
        code = (
            "import sys\n"
            "from pathlib import Path\n"
            "from ponder.core.handover import Outcome, send\n"
            f"other = send(Path({str(path)!r}), {{'command': 'capture', 'vault': '/other'}})\n"
            f"mine = send(Path({str(path)!r}), {{'command': 'capture', 'vault': '/mine'}})\n"
            "sys.exit(0 if (other.outcome is Outcome.REFUSED and mine.handed) else 3)\n"
        )
        proc = subprocess.Popen([sys.executable, "-c", code])
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        assert proc.returncode == 0
        assert received == [{"command": "capture", "vault": "/mine"}]
    finally:
        server.close()
