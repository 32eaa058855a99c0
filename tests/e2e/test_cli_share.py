"""`ponder draft`, `accounts` and `share` end to end: real peers on 127.0.0.1, a temp vault."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import keyring.backends.fail
import pytest

from ponder import cli
from ponder.core import frontmatter
from ponder.core.share.credentials import CredentialStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "peers"))

import share_peers
from recording_server import RecordingServer

PLANTED = "PLANTED-5ec7e7-share"
CLIP = """---
title: Build caches
kind: clip
source:
  url: https://example.com/cache
---
Our CI misses the cache because keys include the timestamp.
"""
SENTENCE = "Deterministic cache keys make every build reuse what the last one made. "


class Ponder:
    """`ponder` run in this process on one vault, sharing one credential store between runs."""

    def __init__(self, vault: Path, credentials: CredentialStore | None) -> None:
        self.vault = vault
        self.credentials = credentials
        self.printed: list[str] = []

    def __call__(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        saved = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            code = cli.main(["--vault", str(self.vault), *argv], stdout=out, stderr=err,
                            credentials=self.credentials)  # fmt: skip
        finally:
            sys.stdin = saved
        self.printed += [out.getvalue(), err.getvalue()]
        return code, out.getvalue(), err.getvalue()

    def draft(self, extra: str = "") -> Path:
        code, out, err = self("draft", "Build caches", "--title", "On caches")
        assert code == 0, err
        path = Path(out.splitlines()[-1])
        written = path.read_text("utf-8").replace(": …", ": Stable keys.")  # the person's words
        path.write_text(written + ("\n" + extra + "\n" if extra else ""), "utf-8")
        return path


@pytest.fixture
def ponder(tmp_path: Path) -> Ponder:
    vault = tmp_path / "vault"
    (vault / "clips").mkdir(parents=True)
    (vault / "clips" / "Build caches.md").write_text(CLIP, "utf-8")
    return Ponder(vault, no_keyring())


def no_keyring() -> CredentialStore:
    """A store without a secure keyring, as on a desktop without one (even inside a session)."""
    return CredentialStore(keyring.backends.fail.Keyring())


@pytest.fixture
def recorder() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.close()


def shared(path: Path) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = frontmatter.read(path.read_text("utf-8"))[0].get("shared", [])
    return entries


def config_text() -> str:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    return "\n".join(p.read_text("utf-8", "replace") for p in config.rglob("*") if p.is_file())


def test_slack_and_a_file_from_dry_run_to_post(
    ponder: Ponder, recorder: RecordingServer, tmp_path: Path
) -> None:
    hook = f"{recorder.url}/services/T1/B1/{PLANTED}"
    assert ponder("accounts", "add", "team", "--channel", "slack", stdin=hook + "\n")[0] == 0
    exports = tmp_path / "exports"
    assert ponder("accounts", "add", "out", "--channel", "file", "--folder", str(exports))[0] == 0
    draft = ponder.draft("Call me on +44 20 7946 0958.")
    code, out, _ = ponder("share", str(draft), "--to", "team", "--to", "out", "--dry-run")
    assert code == 0 and "=== team (slack, internal audience) ===" in out
    assert "part 1/1:" in out and "/3000 characters per section, fits" in out
    assert "phone '+44 20 7946 0958'" in out and "Dry run: nothing was sent." in out
    assert recorder.requests == [] and not exports.exists()
    code, _, err = ponder("share", str(draft), "--to", "team", "--to", "out")
    assert code == 1 and "run again with --yes" in err
    assert recorder.requests == [] and not exports.exists() and shared(draft) == []
    code, out, err = ponder("share", str(draft), "--to", "team", "--to", "out", "--yes")
    assert code == 0, err
    assert "team: posted (the network gives no link)" in out
    assert recorder.requests[0].path == f"/services/T1/B1/{PLANTED}"
    assert "Call me on" in recorder.requests[0].json()["text"]
    exported = next(exports.iterdir())
    assert f"out: {exported}" in out and "Our CI misses the cache" in exported.read_text("utf-8")
    source = ponder.vault / "clips" / "Build caches.md"
    for path in (draft, source):
        assert [(e["channel"], e["account"]) for e in shared(path)] == [
            ("slack", "team"),
            ("file", "out"),
        ]
    assert frontmatter.read(draft.read_text("utf-8"))[0]["status"] == "posted"
    assert PLANTED not in "".join(ponder.printed) and PLANTED not in config_text()


def test_a_mastodon_thread(ponder: Ponder, tmp_path: Path) -> None:
    draft = ponder.draft("\n\n".join([SENTENCE * 3] * 5))
    with share_peers.mastodon_mock(tmp_path) as base:
        token = share_peers.MASTODON_TOKEN + "\n"
        add = ("accounts", "add", "social", "--channel", "mastodon", "--server", base)
        assert ponder(*add, stdin=token)[0] == 0
        code, out, _ = ponder("share", str(draft), "--to", "social", "--dry-run", "--json")
        parts = json.loads(out)["targets"][0]["parts"]
        assert code == 0 and len(parts) > 2 and all(p["ok"] and p["limit"] == 500 for p in parts)
        assert parts[0]["text"].endswith(f" 1/{len(parts)}")
        code, out, err = ponder("share", str(draft), "--to", "social", "--json")
        assert code == 0, err
        result = json.loads(out)["targets"][0]
        assert result["posted"] and result["error"] is None and "/@" in result["url"]
        first = statuses(base, result["url"].rsplit("/", 1)[1])
    assert f"1/{len(parts)}" in first["content"]
    assert shared(draft)[0]["url"] == result["url"]


def statuses(base: str, status_id: str) -> dict[str, Any]:
    import urllib.request

    with urllib.request.urlopen(f"{base}/api/v1/statuses/{status_id}", timeout=10) as reply:
        found: dict[str, Any] = json.loads(reply.read())
    return found


@pytest.mark.slow
def test_a_matrix_room(ponder: Ponder, tmp_path: Path) -> None:
    draft = ponder.draft()
    with share_peers.synapse(tmp_path) as synapse:
        token = synapse.register("sharer", "a-password-for-tests")
        room = synapse.call("POST", "/_matrix/client/v3/createRoom", {}, token)["room_id"]
        add = ("accounts", "add", "room", "--channel", "matrix", "--homeserver", synapse.base,
               "--room", room)  # fmt: skip
        assert ponder(*add, stdin=token + "\n")[0] == 0
        code, out, err = ponder("share", str(draft), "--to", "room")
        assert code == 0, err
        event_id = out.strip().rsplit("/", 1)[1]
        path = f"/_matrix/client/v3/rooms/{quote(room)}/event/{quote(event_id)}"
        event = synapse.call("GET", path, token=token)
    assert "Our CI misses the cache" in event["content"]["body"]
    assert "<blockquote>" in event["content"]["formatted_body"]
    assert shared(draft)[0]["url"] == out.strip().split(": ", 1)[1]
    assert token not in "".join(ponder.printed) and token not in config_text()


def test_a_secret_from_an_earlier_run_without_a_keyring(
    ponder: Ponder, recorder: RecordingServer
) -> None:
    code, _, err = ponder("accounts", "add", "team", "--channel", "slack",
                          stdin=f"{recorder.url}/hook\n")  # fmt: skip
    assert code == 0 and "later run will not find it" in err
    later = Ponder(ponder.vault, no_keyring())  # a new process: a new credential store
    code, out, _ = later("accounts", "list", "--json")
    listed = json.loads(out)
    assert listed["persistent"] is False and listed["accounts"][0]["secret"] == "missing"
    code, _, err = later("share", str(ponder.draft()), "--to", "team", "--yes")
    assert code == 1 and "no secure keyring" in err and "add the account again" in err
    assert recorder.requests == []


@pytest.mark.skipif(
    os.environ.get("PONDER_TEST_KEYRING") != "gnome-keyring",
    reason="needs an unlocked GNOME Keyring: run under tests/peers/keyring_session.sh",
)
def test_a_real_keyring_keeps_the_secret_between_runs(
    ponder: Ponder, recorder: RecordingServer
) -> None:
    first = Ponder(ponder.vault, None)
    code, _, err = first("accounts", "add", "kr-team", "--channel", "slack",
                           stdin=f"{recorder.url}/hook/{PLANTED}\n")  # fmt: skip
    assert code == 0 and "warning" not in err, err
    try:
        later = Ponder(ponder.vault, None)
        code, _, err = later("share", str(ponder.draft()), "--to", "kr-team")
        assert code == 0, err
        assert recorder.requests[0].path == f"/hook/{PLANTED}"
    finally:
        assert Ponder(ponder.vault, None)("accounts", "remove", "kr-team")[0] == 0
    assert PLANTED not in config_text()


def test_account_usage_errors_say_what_the_kind_needs(ponder: Ponder) -> None:
    code, _, err = ponder("accounts", "add", "m", "--channel", "matrix", "--room", "!r:x")
    assert code == 2 and "needs --homeserver" in err and "never takes it as an argument" in err
    code, _, err = ponder("accounts", "add", "s", "--channel", "slack", "--url", "https://x")
    assert code == 2 and "does not take --url" in err
    code, _, err = ponder("accounts", "add", "s", "--channel", "slack", stdin="\n")
    assert code == 2 and "No webhook url was given" in err
    code, _, err = ponder("share", str(ponder.draft()), "--to", "nobody")
    assert code == 2 and "There is no account called 'nobody'" in err
    code, _, err = ponder("accounts", "remove", "nobody")
    assert code == 2


def test_draft_templates_and_lookup(ponder: Ponder) -> None:
    code, out, _ = ponder("draft", "clips/Build caches.md", "--template", "question")
    path = Path(out.splitlines()[-1])
    assert code == 0 and path.parent == ponder.vault / "drafts"
    assert frontmatter.read(path.read_text("utf-8"))[0]["kind"] == "draft"
    assert ponder("draft", "--template", "weekly")[0] == 0
    code, _, err = ponder("draft")
    assert code == 2 and "Name at least one NOTE" in err
    code, _, err = ponder("draft", "No such note")
    assert code == 4
    code, _, err = ponder("share", "clips/Build caches.md", "--to", "x")
    assert code == 1 and "is not a draft" in err


def test_a_partly_failed_post_is_partial_until_the_rest_is_sent(
    ponder: Ponder, recorder: RecordingServer, tmp_path: Path
) -> None:
    hook = f"{recorder.url}/services/T1/B1/{PLANTED}"
    assert ponder("accounts", "add", "team", "--channel", "slack", stdin=hook + "\n")[0] == 0
    exports = tmp_path / "exports"
    assert ponder("accounts", "add", "out", "--channel", "file", "--folder", str(exports))[0] == 0
    draft = ponder.draft()
    recorder.reply(404, b"no_service")  # the webhook was removed in Slack
    code, out, err = ponder("share", str(draft), "--to", "out", "--to", "team", "--yes")
    assert code == 1 and "team:" in err and f"out: {next(exports.iterdir())}" in out
    assert "partly posted (status: partial)" in err and "--to team" in err
    front = frontmatter.read(draft.read_text("utf-8"))[0]
    assert front["status"] == "partial"
    assert front["delivery"]["out"]["state"] == "sent"
    assert front["delivery"]["team"]["state"] == "failed"
    assert front["delivery"]["team"]["reason"]
    code, out, err = ponder("share", str(draft), "--to", "team", "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "posted"
    front = frontmatter.read(draft.read_text("utf-8"))[0]
    assert front["status"] == "posted" and front["delivery"]["team"]["state"] == "sent"
    assert "reason" not in front["delivery"]["team"]
