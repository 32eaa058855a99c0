"""The README's command-line examples, run as written so they cannot drift from Ponder.

Every fenced `sh` block of README.md that calls `ponder` runs in bash (`set -euo pipefail`) with
the installed `ponder` on PATH, a temporary HOME (so `ponder init` makes `~/Ponder`) and
temporary XDG folders. What the machine here cannot reach is provided, never skipped:
- `https://example.org` is rewritten to a real HTTP server on 127.0.0.1, and the settings
  allow local addresses (the one change to the text: the sandbox has no outside network);
- `$SLACK_WEBHOOK` is a recording server on 127.0.0.1 that stands in for Slack;
- `~/Downloads/pocket.csv` is a small Pocket export;
- `ponder open` needs the window: a stand-in listens on the window's private channel (the
  socket core/handover.py names) and must receive the resolved note path, which is exactly
  what the CLI does when a window runs. A window itself cannot start without a display.
Secrets go to the real GNOME Keyring under tests/peers/keyring_session.sh, else to a scratch
keyring file (tests/peers/scratch_keyring.py), since `accounts add` and `share` are two runs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ponder.core import frontmatter, handover
from ponder.core.settings import Dirs

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
sys.path.insert(0, str(TESTS / "bench"))
sys.path.insert(0, str(TESTS / "peers"))
sys.path.insert(0, str(TESTS / "core"))

from article_server import ArticleServer  # noqa: E402
from recording_server import RecordingServer  # noqa: E402
from stand_in_window import StandInWindow  # noqa: E402

ESSAY = """<html><head><title>An essay on build caches</title></head><body><article>
<h1>An essay on build caches</h1>
<p>Deterministic cache keys make every build reuse what the last one made, and a cache that
misses on CI almost always hashes something that differs between machines.</p>
<p>Hash the inputs, not the paths, and the misses go away.</p></article></body></html>"""
TALK = ESSAY.replace("An essay on build caches", "A talk on flaky tests").replace(
    "Deterministic", "Retried"
)
POCKET = (
    "title,url,time_added,tags,status\n"
    "You Might Not Need jQuery,http://youmightnotneedjquery.com/,1600322788,,unread\n"
    "Reproducible builds,https://reproducible-builds.org/,1600172739,builds,archive\n"
)


def readme_blocks() -> list[str]:
    text = (REPO / "README.md").read_text("utf-8")
    blocks = re.findall(r"^```sh\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    return [b for b in blocks if re.search(r"(^|[|;&(]\s*|\$\()ponder ", b, re.MULTILINE)]


@pytest.fixture
def sandbox(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Downloads" / "pocket.csv").write_text(POCKET, "utf-8")
    config = Dirs.for_user().config
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text("allow_local_addresses = true\n", "utf-8")
    env = {**os.environ, "HOME": str(home)}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    if not os.environ.get("PONDER_TEST_KEYRING"):
        env["PYTHON_KEYRING_BACKEND"] = "scratch_keyring.ScratchKeyring"
        env["PONDER_SCRATCH_KEYRING"] = str(tmp_path / "keyring.json")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS / "peers"),
                                                          env.get("PYTHONPATH")]))  # fmt: skip
    return env


def test_the_readme_has_command_line_examples() -> None:
    blocks = readme_blocks()
    assert len(blocks) == 1
    commands = {m.group(1) for m in re.finditer(r"ponder (?:--vault \S+ )?([a-z]+)", blocks[0])}
    assert {"init", "new", "show", "open", "clip", "reextract", "capture", "share"} <= commands


@pytest.mark.slow
@pytest.mark.timeout(600)  # ~25 `ponder` processes: 40 s here, more on a busy machine
def test_the_readme_examples_run_as_written(sandbox: dict[str, str], tmp_path: Path) -> None:
    home = Path(sandbox["HOME"])
    with ArticleServer() as web, StandInWindow(_channel(), accepts=_opens_only) as window:
        recorder = RecordingServer()
        try:
            web.add("/essay", ESSAY)
            web.add("/talk", TALK)
            sandbox["SLACK_WEBHOOK"] = f"{recorder.url}/services/T1/B1/readme"
            for block in readme_blocks():
                script = block.replace("https://example.org", web.url(""))
                result = _bash(script, sandbox, home)
                assert result.returncode == 0, result.stdout + result.stderr
        finally:
            recorder.close()

    vault = home / "Ponder"
    note = vault / "notes" / "Build cache.md"
    assert note.is_file() and "Why it misses on CI" in note.read_text("utf-8")
    [opened] = [json.loads(line) for line in window.received if b'"open"' in line]
    assert opened == {"command": "open", "path": str(note)}
    clips = {p.name: p.read_text("utf-8") for p in (vault / "clips").glob("*.md")}
    assert "Hash the inputs" in clips["An essay on build caches.md"]
    talk = vault / "inbox" / "A talk on flaky tests.md"  # no note on why: it waits in the Inbox
    assert "Retried cache keys" in talk.read_text("utf-8")  # reextract fetched it
    everything = "\n".join(p.read_text("utf-8") for p in vault.rglob("*.md"))
    assert "idea for the retro" in everything and "send this to the team" in everything
    assert "title: Reproducible builds" in everything  # imported from the Pocket export
    draft = vault / "drafts" / "Roundup.md"
    shared = frontmatter.read(draft.read_text("utf-8"))[0]["shared"]
    assert {entry["account"] for entry in shared} == {"team", "out"}
    assert [r.path for r in recorder.requests] == ["/services/T1/B1/readme"]
    assert list((home / "shared-posts").iterdir())
    assert (home / "work-notes" / "Welcome to Ponder.md").is_file()


def _channel() -> Path:
    return handover.socket_path(str(Dirs.for_user().config))


def _opens_only(line: bytes) -> bool:
    """The stand-in window takes `open` requests; captures are refused, so the CLI saves them
    itself and the test can read them in the vault."""
    message = handover.decode(line)
    return message is not None and message.get("command") == "open"


def _bash(script: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    prelude = "set -euo pipefail\ntrap 'echo \"README line failed: $BASH_COMMAND\" >&2' ERR\n"
    return subprocess.run(
        ["bash", "-c", prelude + script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        stdin=subprocess.DEVNULL,
    )
