"""`ponder` opens the window; a second launch reaches the first; SIGTERM closes it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ponder.core import handover, logfiles
from ponder.core.settings import Dirs

START_TIMEOUT = 30.0


@dataclass
class Running:
    vault: Path
    process: subprocess.Popen[bytes]
    env: dict[str, str]

    def launch(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ponder", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def terminate(self) -> str:
        self.process.send_signal(signal.SIGTERM)
        _, stderr = self.process.communicate(timeout=30)
        return stderr.decode("utf-8", "replace")


@pytest.fixture
def running(tmp_path: Path, qapp: QApplication) -> Iterator[Running]:
    """A real Ponder process on a fresh vault, listening for later launches."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    vault = tmp_path / "vault"
    process = subprocess.Popen(
        [sys.executable, "-m", "ponder", "--vault", str(vault)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    channel = handover.socket_path(str(Dirs.for_user().config))
    deadline = time.monotonic() + START_TIMEOUT
    while not handover.send(channel, {"command": "raise"}).handed:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "Ponder did not start listening"
        time.sleep(0.1)
    yield Running(vault, process, env)
    if process.poll() is None:
        process.kill()
        process.communicate()


def test_second_launch_hands_over_and_sigterm_saves_the_session(running: Running) -> None:
    welcome = running.vault / "Welcome to Ponder.md"
    assert "Seek" in welcome.read_text("utf-8")

    started = time.monotonic()
    opened = running.launch("--vault", str(running.vault), "open", str(welcome))
    assert opened.returncode == 0, opened.stderr
    assert time.monotonic() - started < 15  # handed over, not a second window
    assert running.launch("--quick-capture").returncode == 0
    assert running.process.poll() is None

    store = Dirs.for_user().config / "window.ini"
    assert not store.exists()
    stderr = running.terminate()
    assert running.process.returncode == 0, stderr
    saved = QSettings(str(store), QSettings.Format.IniFormat)
    assert saved.value("session/note") == "Welcome to Ponder.md"
    assert saved.value("window/geometry") is not None


def test_capture_goes_through_the_window_of_its_vault(running: Running, tmp_path: Path) -> None:
    vault = str(running.vault)
    handed = running.launch(
        "--vault", vault, "capture", "--text", "Said in standup", "--tag", "team"
    )
    assert handed.returncode == 0, handed.stderr
    assert "Handed to the running Ponder window" in handed.stdout
    inbox = running.vault / "inbox"
    deadline = time.monotonic() + 15
    while not (inbox.is_dir() and list(inbox.glob("*.md"))) and time.monotonic() < deadline:
        time.sleep(0.1)
    [note] = list(inbox.glob("*.md"))
    assert "Said in standup" in note.read_text("utf-8")

    other = tmp_path / "other"
    other.mkdir()
    direct = running.launch("--vault", str(other), "capture", "--text", "Elsewhere")
    assert direct.returncode == 0, direct.stderr  # not this window's vault: written directly
    assert "Handed" not in direct.stdout
    assert "Elsewhere" in Path(direct.stdout.splitlines()[-1]).read_text("utf-8")
    assert running.terminate() is not None and running.process.returncode == 0
    window_log = logfiles.log_dir() / "window.log"
    text = window_log.read_text("utf-8")
    assert "Ponder 0" in text and "Ponder stops" in text
    assert "Said in standup" not in text and "Elsewhere" not in text
    assert window_log.stat().st_mode & 0o777 == 0o600
