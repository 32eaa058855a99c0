"""A throwaway Matrix homeserver (Synapse) on 127.0.0.1 for tests.

Synapse lives in its own venv (it pins many packages), created on first use in
$PONDER_SYNAPSE_VENV or ~/.cache/ponder-test-peers/synapse-venv (about 35 s with PyPI at
hand). Config: SQLite, one client listener on 127.0.0.1, open registration, no federation
key servers, presence and URL previews off, generous rate limits.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SERVER_NAME = "localhost"
_GENEROUS = {"per_second": 1000, "burst_count": 1000}


def venv_path() -> Path:
    default = Path.home() / ".cache" / "ponder-test-peers" / "synapse-venv"
    return Path(os.environ.get("PONDER_SYNAPSE_VENV", default))


def ensure_venv() -> Path:
    """The venv's python, creating the venv and installing matrix-synapse when missing."""
    venv = venv_path()
    python = venv / "bin" / "python"
    probe = [str(python), "-c", "import synapse.app.homeserver"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "-q", "matrix-synapse"]
    subprocess.run(pip, check=True, capture_output=True)
    return python


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _configure(python: Path, folder: Path, port: int) -> Path:
    config = folder / "homeserver.yaml"
    generate = [
        str(python), "-m", "synapse.app.homeserver", "--server-name", SERVER_NAME,
        "--config-path", str(config), "--data-directory", str(folder),
        "--generate-config", "--report-stats=no",
    ]  # fmt: skip
    subprocess.run(generate, check=True, capture_output=True, cwd=folder)
    data: dict[str, Any] = yaml.safe_load(config.read_text("utf-8"))
    listener = {"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False}
    listener["resources"] = [{"names": ["client"], "compress": False}]
    data |= {
        "listeners": [listener],
        "database": {"name": "sqlite3", "args": {"database": str(folder / "homeserver.db")}},
        "enable_registration": True,
        "enable_registration_without_verification": True,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "rc_message": _GENEROUS,
        "rc_registration": _GENEROUS,
        "rc_login": {"address": _GENEROUS, "account": _GENEROUS, "failed_attempts": _GENEROUS},
    }
    config.write_text(yaml.safe_dump(data), "utf-8")
    return config


@dataclass
class Synapse:
    """A running homeserver: its base URL and the process to stop."""

    base: str
    process: subprocess.Popen[bytes]

    def call(self, method: str, path: str, body: object = None, token: str = "") -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            with exc:
                return {"status": exc.code, **json.loads(exc.read() or b"{}")}

    def register(self, username: str, password: str) -> str:
        """An access token for a new user: the dummy-auth two-step registration."""
        first = self.call("POST", "/_matrix/client/v3/register", {"username": username})
        auth = {"type": "m.login.dummy", "session": first.get("session")}
        body = {"username": username, "password": password, "auth": auth}
        token: str = self.call("POST", "/_matrix/client/v3/register", body)["access_token"]
        return token

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start(folder: Path) -> Synapse:
    python = ensure_venv()
    port = free_port()
    config = _configure(python, folder, port)
    log = (folder / "stdout.log").open("wb")
    command = [str(python), "-m", "synapse.app.homeserver", "--config-path", str(config)]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    log.close()
    server = Synapse(f"http://127.0.0.1:{port}", process)
    try:
        wait_for(server.base + "/_matrix/client/versions", process)
    except RuntimeError:
        server.stop()
        raise
    return server


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float = 60.0) -> None:
    """Return once `url` answers; raise if the process dies or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")
