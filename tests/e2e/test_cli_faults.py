"""The command-line faults of issue 9, each as a reproducer: pipes, doctor's grades, note
references, `ponder init`, and the help of `--allow-local`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ponder import cli
from ponder.core import frontmatter, settings

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "bench"))

from article_server import ArticleServer  # noqa: E402

PAGE = """<html><head><title>Cache keys explained</title></head><body><article>
<h1>Cache keys explained</h1>
<p>A build cache hashes every input of a step into a key, and a miss on CI usually means one
input differs between machines: an absolute path, a timestamp, an environment variable.</p>
<p>Write the inputs down, hash them the same way everywhere, and the cache starts hitting.</p>
</article></body></html>"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def ponder(*argv: str, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ponder", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **options,  # type: ignore[call-overload]
    )


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    root.mkdir()
    return root


@pytest.fixture
def server() -> Iterator[ArticleServer]:
    with ArticleServer() as running:
        running.add("/cache-keys", PAGE)
        yield running


def test_a_closed_pipe_ends_quietly_with_exit_0(vault: Path) -> None:
    for i in range(1500):  # more than a pipe buffer of `list` lines
        (vault / f"note {i:04}.md").write_text(f"# Note {i}\n\nshared word pipeword\n", "utf-8")
    for argv, take in ((["list"], "line"), (["search", "pipeword", "--json"], 100)):
        proc = subprocess.Popen(
            [sys.executable, "-m", "ponder", "--vault", str(vault), *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline() if take == "line" else proc.stdout.read(100)
        proc.stdout.close()  # what `head -1` / `head -c 100` do after reading
        stderr = proc.stderr.read().decode()
        proc.stderr.close()
        assert proc.wait(timeout=120) == 0, stderr
        assert first and "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_doctor_warnings_exit_0_problems_exit_5(vault: Path) -> None:
    (vault / "ok.md").write_text("fine\n", "utf-8")
    code, out, _ = run("--vault", str(vault), "doctor")
    assert code == cli.EXIT_OK, out
    # a sync conflict copy is a warning, not a problem (and so is "no keyring" outside
    # tests/peers/keyring_session.sh)
    (vault / "ok.sync-conflict-20261201-120000-ABCDEFG.md").write_text("other\n", "utf-8")
    code, out, _ = run("--vault", str(vault), "doctor")
    assert code == cli.EXIT_OK, out
    assert "! sync conflicts:" in out and "✓ log:" in out and "Ponder works" in out
    assert str(Path(os.environ["XDG_STATE_HOME"]) / "ponder" / "log") in out
    code, out, _ = run("--vault", str(vault), "doctor", "--json")
    report = json.loads(out)
    assert code == 0 and report["healthy"] and report["warnings"] >= 1
    (vault / "bad.md").write_bytes(b"\xff\xfe broken")
    code, out, _ = run("--vault", str(vault), "doctor")
    assert code == cli.EXIT_UNHEALTHY and "bad.md" in out
    help_text = ponder("doctor", "--help").stdout
    assert "exit 0" in help_text and "exit 5" in help_text and "Warnings" in help_text


def test_every_note_command_takes_every_kind_of_reference(vault: Path) -> None:
    code, out, _ = run("--vault", str(vault), "new", "Build cache", "--body", "keys")
    absolute = out.strip()
    note_id = frontmatter.read(Path(absolute).read_text("utf-8"))[0]["id"]
    for ref in (
        absolute,
        "notes/Build cache.md",
        "notes/Build cache",
        "./notes/Build cache.md",
        str(note_id),
        "build CACHE",
        "Build cache.md",
    ):
        code, out, err = run("--vault", str(vault), "show", ref, "--json")
        assert code == 0, (ref, err)
        assert json.loads(out)["path"] == "notes/Build cache.md"
    # what the README's old example said: not found, and the real note is offered
    code, _, err = run("--vault", str(vault), "show", "notes/build-cache.md")
    assert code == cli.EXIT_NOT_FOUND and "notes/Build cache.md" in err, err
    code, _, err = run("--vault", str(vault), "show", str(vault.parent / "elsewhere.md"))
    assert code == cli.EXIT_NOT_FOUND and "outside the vault" in err
    run("--vault", str(vault), "new", "Build cache", "--kind", "question")
    code, _, err = run("--vault", str(vault), "show", "Build cache")
    assert code == cli.EXIT_NOT_FOUND and "names 2 notes" in err
    assert "\n  notes/Build cache.md\n" in err and "\n  notes/Build cache 2.md\n" in err, err
    code, out, err = run("--vault", str(vault), "draft", absolute)
    assert code == 0, err


def test_reextract_takes_the_path_clip_prints(vault: Path, server: ArticleServer) -> None:
    url = server.url("/cache-keys")
    code, out, err = run("--vault", str(vault), "clip", url, "--no-wait")
    assert code == 0, err
    printed = out.splitlines()[-1]
    assert Path(printed).is_absolute()
    code, out, err = run("--vault", str(vault), "reextract", printed, "--allow-local")
    assert code == 0, err
    assert "hashes every input" in Path(out.splitlines()[-1]).read_text("utf-8")


def test_init_creates_a_vault_and_a_missing_vault_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "work notes"
    code, _, err = run("--vault", str(missing), "list")
    assert code == cli.EXIT_NO_VAULT and f"ponder init {missing}" in err
    assert not missing.exists()
    code, out, err = run("init", str(missing))
    assert code == 0, err
    assert out.strip() == str(missing) and (missing / "Welcome to Ponder.md").is_file()
    loaded = settings.load(settings.Dirs.for_user().settings_file).settings
    assert loaded.vault == str(missing)  # the first vault becomes the default
    code, out, _ = run("list", "--json")
    assert [hit["title"] for hit in json.loads(out)] == ["Welcome to Ponder"]
    before = sorted(p.name for p in missing.iterdir())
    code, out, err = run("init", str(missing))
    assert code == 0 and "already holds 1 notes" in err
    assert sorted(p.name for p in missing.iterdir()) == before
    afile = tmp_path / "a-file"
    afile.write_text("x", "utf-8")
    code, _, err = run("init", str(afile))
    assert code == cli.EXIT_NO_VAULT and "is a file" in err


def test_allow_local_is_in_the_help_of_every_fetching_command() -> None:
    for command in ("clip", "capture", "reextract"):
        result = ponder(command, "--help")
        assert result.returncode == 0 and "--allow-local" in result.stdout, command
