"""The private channel between launches (issue 10.3): only this user's folder, socket and peer
are trusted; a squatter never receives a capture, and the capture is saved all the same."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from stand_in_window import StandInWindow

from ponder.core import handover
from ponder.core.handover import ChannelError, Outcome

SECRET = "capture text only my window may read 7f3a"
as_root = pytest.mark.skipif(os.getuid() != 0, reason="giving files to another user needs root")


@pytest.fixture
def runtime() -> Path:
    return Path(os.environ["XDG_RUNTIME_DIR"])  # private, short (tests/conftest.py)


def capture(vault: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ponder", "--vault", str(vault), "capture", "--text", SECRET],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **(env or {})},
    )


def assert_saved_directly(result: subprocess.CompletedProcess[str], vault: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert "Handed" not in result.stdout
    saved = Path(result.stdout.splitlines()[-1])
    assert saved.parent == vault / "inbox" and SECRET in saved.read_text("utf-8")


def test_the_socket_lives_in_a_private_folder_of_the_runtime_dir(runtime: Path) -> None:
    path = handover.socket_path("/home/me/.config/ponder")
    assert path.parent == runtime / "ponder"
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert path != handover.socket_path("/home/other/.config/ponder")


def test_without_a_runtime_dir_a_private_folder_is_made_in_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # what $TMPDIR would do
    folder = handover.channel_dir(env={})
    assert folder == tmp_path / f"ponder-{os.getuid()}"
    assert folder.stat().st_mode & 0o777 == 0o700
    folder.chmod(0o755)
    with pytest.raises(ChannelError, match="other users"):
        handover.channel_dir(env={})


@pytest.mark.parametrize("mode", [0o755, 0o770, 0o701])
def test_a_folder_others_can_enter_is_refused(runtime: Path, mode: int) -> None:
    folder = runtime / "ponder"
    folder.mkdir()
    folder.chmod(mode)
    with pytest.raises(ChannelError, match="other users"):
        handover.socket_path("scope")
    runtime.chmod(mode)  # the runtime dir itself is checked as well
    folder.chmod(0o700)
    try:
        with pytest.raises(ChannelError, match="other users"):
            handover.socket_path("scope")
    finally:
        runtime.chmod(0o700)


def test_a_link_in_place_of_the_folder_is_refused(runtime: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (runtime / "ponder").symlink_to(elsewhere)
    with pytest.raises(ChannelError, match="not a folder"):
        handover.socket_path("scope")


@as_root
def test_a_folder_or_socket_of_another_user_is_refused(runtime: Path) -> None:
    folder = runtime / "ponder"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    with pytest.raises(ChannelError, match="belongs to user id 65534"):
        handover.socket_path("scope")
    os.chown(folder, os.getuid(), os.getgid())
    path = handover.socket_path("scope")
    with StandInWindow(path) as squatter:
        os.chown(path, 65534, 65534)
        delivery = handover.send(path, {"command": "capture", "text": SECRET})
    assert delivery.outcome is Outcome.UNSAFE and "65534" in delivery.reason
    assert squatter.connections == 0


def test_peer_credentials_of_a_real_socket_pair() -> None:
    if not hasattr(socket, "SO_PEERCRED"):
        pytest.skip("this OS has no SO_PEERCRED")
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        assert handover.peer_uid(left.fileno()) == os.getuid()
        assert handover.peer_is_me(left.fileno())
        assert not handover.peer_is_me(left.fileno(), expected_uid=os.getuid() + 1)
        left.sendall(b"still usable\n")  # peer_uid works on a duplicate, never closes ours
        assert right.recv(64) == b"still usable\n"


def test_a_message_reaches_a_listener_and_comes_back_answered(runtime: Path) -> None:
    path = handover.socket_path("scope")
    assert handover.send(path, {"command": "raise"}).outcome is Outcome.NO_WINDOW
    message = {"command": "capture", "text": "ünïcode ✓", "tags": ["a"]}
    with StandInWindow(path) as window:
        assert handover.send(path, message).handed
    assert [handover.decode(line) for line in window.received] == [message]
    with StandInWindow(path, answer=b"no\n"):
        assert handover.send(path, message).outcome is Outcome.REFUSED
    huge = {"command": "capture", "text": "x" * handover.MAX_MESSAGE}
    assert handover.send(path, huge).outcome is Outcome.REFUSED  # too long: the CLI saves it
    assert handover.decode(b"[1, 2]\n") is None and handover.decode(b"\xff\n") is None


def test_a_squatter_at_the_old_tmp_name_never_receives_a_capture(tmp_path: Path) -> None:
    """Before this channel, the window listened at QDir::tempPath()/ponder-<hash of user and
    settings folder>: anyone could bind that name first."""
    config = str(Path(os.environ["XDG_CONFIG_HOME"]) / "ponder")
    key = hashlib.sha256(f"{getpass.getuser()}\0{config}".encode()).hexdigest()[:16]
    old = Path(tempfile.gettempdir()) / f"ponder-{key}"
    vault = tmp_path / "vault"
    vault.mkdir()
    with StandInWindow(old) as squatter:
        old.chmod(0o777)
        result = capture(vault)
    assert squatter.connections == 0 and squatter.received == []
    assert_saved_directly(result, vault)


def test_a_squatter_in_a_folder_with_the_wrong_mode_never_receives_a_capture(
    runtime: Path, tmp_path: Path
) -> None:
    path = handover.socket_path(str(Path(os.environ["XDG_CONFIG_HOME"]) / "ponder"))
    path.parent.chmod(0o777)  # as if another user had made it first
    vault = tmp_path / "vault"
    vault.mkdir()
    with StandInWindow(path) as squatter:
        result = capture(vault)
    assert squatter.connections == 0 and squatter.received == []
    assert_saved_directly(result, vault)
    assert "other users" in result.stderr and str(path.parent) in result.stderr


def test_a_capture_goes_to_a_listener_on_the_private_channel(runtime: Path, tmp_path: Path) -> None:
    """The control for the squatter tests: the same capture does reach a window that listens
    where it should."""
    path = handover.socket_path(str(Path(os.environ["XDG_CONFIG_HOME"]) / "ponder"))
    vault = tmp_path / "vault"
    vault.mkdir()
    with StandInWindow(path) as window:
        result = capture(vault)
    assert result.returncode == 0 and "Handed" in result.stdout, result.stderr
    [line] = window.received
    message = json.loads(line)
    assert message["text"] == SECRET and message["vault"] == str(vault.resolve())
