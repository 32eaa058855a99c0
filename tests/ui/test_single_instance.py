"""The window's side of the private channel: it listens only in a private folder and closes,
unread, a connection from another user's process (SO_PEERCRED)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ponder.core import handover
from ponder.ui.single_instance import InstanceServer


def test_no_listening_in_a_folder_others_can_enter(qtbot: QtBot) -> None:
    path = handover.socket_path("open-folder")
    path.parent.chmod(0o755)
    server = InstanceServer(path)
    try:
        assert not server.listen() and not path.exists()
    finally:
        server.close()
        path.parent.chmod(0o700)
    assert not InstanceServer(None).listen()  # the channel was found unsafe at launch


def test_a_stale_socket_from_a_crash_is_replaced(qtbot: QtBot) -> None:
    path = handover.socket_path("stale")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: what a killed Ponder leaves
    assert handover.send(path, {"command": "raise"}).outcome is handover.Outcome.NO_WINDOW
    server = InstanceServer(path)
    received: list[dict[str, object]] = []
    server.message_received.connect(received.append)
    try:
        assert server.listen()
        proc = _client(path, {"command": "raise"})
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        assert proc.returncode == 0 and received == [{"command": "raise"}]
    finally:
        server.close()


def test_a_peer_that_fails_the_check_is_closed_unread(qtbot: QtBot) -> None:
    path = handover.socket_path("peer-check")
    server = InstanceServer(path)
    checked: list[int] = []

    def foreign(fd: int) -> bool:
        uid = handover.peer_uid(fd)
        checked.append(-1 if uid is None else uid)
        return False

    server.peer_check = foreign
    received: list[dict[str, object]] = []
    server.message_received.connect(received.append)
    try:
        assert server.listen()
        proc = _client(path, {"command": "capture", "text": "for my window only"}, want=False)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        assert proc.returncode == 0
        assert checked == [os.getuid()] and received == []
    finally:
        server.close()


@pytest.mark.skipif(
    os.getuid() != 0 or not hasattr(socket, "SO_PEERCRED"),
    reason="a process of another user needs root to start, and SO_PEERCRED Linux",
)
def test_a_process_of_another_user_is_refused(qtbot: QtBot) -> None:
    path = handover.socket_path("foreign-user")
    server = InstanceServer(path)
    received: list[dict[str, object]] = []
    server.message_received.connect(received.append)
    try:
        assert server.listen()
        # open the way in, as a mistaken chmod would: the peer check must still hold
        path.parent.parent.chmod(0o711)
        path.parent.chmod(0o711)
        path.chmod(0o777)
        proc = _client(path, {"command": "capture", "text": "planted"}, want=False, user=65534)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        assert proc.returncode == 0, "the other user's process should reach the socket"
        assert received == []
        mine = _client(path, {"command": "raise"})
        qtbot.waitUntil(lambda: mine.poll() is not None, timeout=15000)
        assert mine.returncode == 0 and received == [{"command": "raise"}]
    finally:
        server.close()
        path.parent.chmod(0o700)
        path.parent.parent.chmod(0o700)


def _client(
    path: Path, message: dict[str, object], *, want: bool = True, user: int | None = None
) -> subprocess.Popen[bytes]:
    """A plain socket client in another process (the server's event loop runs in this one):
    exit 0 when the answer is `ok` (want) or when the connection ends without one (not want)."""
    code = (
        "import json, socket, sys\n"
        "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
        "s.settimeout(5)\n"
        f"s.connect({str(path)!r})\n"
        "try:\n"
        f"    s.sendall(json.dumps({message!r}).encode() + b'\\n')\n"
        "    answer = s.recv(16)\n"
        "except OSError:\n"
        "    answer = b''\n"
        f"sys.exit(0 if (answer == b'ok\\n') == {want!r} else 3)\n"
    )
    # the system Python for another user: it may not be allowed to read this venv
    python = "/usr/bin/python3" if user is not None else sys.executable
    return subprocess.Popen([python, "-c", code], user=user)
