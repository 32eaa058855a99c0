"""Peers for the share pipeline tests outside tests/core/share/channels: mastodon_mock, Synapse."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import synapse_peer

MASTODON_TOKEN = "mock_token"  # the seeded account of mastodon_mock


@contextlib.contextmanager
def mastodon_mock(folder: Path) -> Iterator[str]:
    """`mastodon_mock serve --in-memory` on 127.0.0.1 (500 characters); yields its base URL."""
    port = synapse_peer.free_port()
    log = (folder / "mastodon.log").open("wb")
    command = [
        sys.executable, "-m", "mastodon_mock", "serve", "--in-memory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    base = f"http://127.0.0.1:{port}"
    try:
        synapse_peer.wait_for(base + "/api/v2/instance", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


@contextlib.contextmanager
def synapse(folder: Path) -> Iterator[synapse_peer.Synapse]:
    """A real Synapse on 127.0.0.1 (its venv is made on first use)."""
    server = synapse_peer.start(folder)
    try:
        yield server
    finally:
        server.stop()
