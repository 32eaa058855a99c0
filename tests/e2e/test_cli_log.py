"""The CLI's log: written to the platform's log folder, private, and free of secrets and note
text (each planted below and searched for)."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import keyring.backends.fail

from ponder import cli
from ponder.core import logfiles
from ponder.core.share.credentials import CredentialStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "peers"))

from recording_server import RecordingServer

BODY = "BODY-9d1e-only-in-the-note"
JOURNAL = "JOURNAL-52aa-only-in-the-note"
CAPTURED = "CAPTURE-77c3-only-in-the-note"
QUERY = "QUERY-1b0f-typed-search"
SECRET = "SECRET-e4d2-webhook-token"
URL_TOKEN = "URLTOKEN-0c9a"


def test_the_log_holds_what_happened_and_none_of_the_text(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    credentials = CredentialStore(keyring.backends.fail.Keyring())

    def ponder(*argv: str, stdin: str = "") -> int:
        saved, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            return cli.main(["--vault", str(vault), *argv], stdout=io.StringIO(),
                            stderr=io.StringIO(), credentials=credentials)  # fmt: skip
        finally:
            sys.stdin = saved

    server = RecordingServer()
    try:
        assert ponder("new", "Log title", "--body", BODY) == 0
        assert ponder("journal", JOURNAL) == 0
        assert ponder("capture", "--text", CAPTURED) == 0
        assert ponder("search", QUERY) == 0
        assert ponder("show", f"{BODY} is no title") == cli.EXIT_NOT_FOUND
        page = f"{server.url}/page?token={URL_TOKEN}"
        ponder("clip", page, "--allow-local")
        hook = f"{server.url}/services/T1/B1/{SECRET}"
        assert ponder("accounts", "add", "team", "--channel", "slack", stdin=hook + "\n") == 0
        assert ponder("draft", "Log title", "--title", "Shared title") == 0
        assert ponder("share", "drafts/Shared title.md", "--to", "team", "--yes") == 0
    finally:
        server.close()
    assert any(SECRET in r.path for r in server.requests)  # the secret was really used

    folder = logfiles.log_dir()
    assert folder == Path(os.environ["XDG_STATE_HOME"]) / "ponder" / "log"
    text = (folder / "cli.log").read_text("utf-8")
    for command in ("new", "journal", "capture", "search", "show", "clip", "share"):
        assert f"ponder {command}: done" in text
    assert "exit 4 (NoteRefError)" in text
    for planted in (BODY, JOURNAL, CAPTURED, QUERY, SECRET, URL_TOKEN):
        assert planted not in text, planted
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "cli.log").stat().st_mode) == 0o600
