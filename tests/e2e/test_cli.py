"""The `ponder` command end to end on a temporary vault: files on disk and the index agree."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ponder import cli
from ponder.core import frontmatter


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        saved = sys.stdin
        sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(list(argv), stdout=out, stderr=err)
    finally:
        if stdin is not None:
            sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    root.mkdir()
    return root


def test_new_search_show_list(vault: Path) -> None:
    code, out, _ = run(
        "--vault", str(vault), "new", "Build cache", "--tag", "eng", "--body", "keys and misses"
    )
    assert code == 0
    created = Path(out.strip().splitlines()[-1])
    assert created.parent == vault / "notes" and created.exists()

    code, out, _ = run(
        "--vault",
        str(vault),
        "new",
        "From stdin",
        "--kind",
        "question",
        "--body",
        "-",
        stdin="piped body\n",
    )
    assert code == 0
    front, body = frontmatter.read(Path(out.strip()).read_text("utf-8"))
    assert front["kind"] == "question" and body == "piped body\n"

    code, out, _ = run("--vault", str(vault), "search", "misses", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1
    hit = data["hits"][0]
    assert (
        hit["path"] == "notes/Build cache.md" and hit["tags"] == ["eng"] and "<b>" in hit["snippet"]
    )
    assert set(hit) == {"path", "title", "kind", "tags", "updated", "score", "snippet"}

    code, out, _ = run("--vault", str(vault), "show", "Build cache", "--json")
    assert code == 0 and json.loads(out)["body"].strip() == "keys and misses"
    code, out, _ = run("--vault", str(vault), "show", "notes/Build cache.md")
    assert code == 0 and out == created.read_text("utf-8")
    code, _, err = run("--vault", str(vault), "show", "nothing like it")
    assert code == cli.EXIT_NOT_FOUND and "No note matches" in err

    code, out, _ = run("--vault", str(vault), "list", "--kind", "question", "--json")
    assert [h["title"] for h in json.loads(out)] == ["From stdin"]
    code, out, _ = run("--vault", str(vault), "list")
    assert code == 0 and len(out.strip().splitlines()) == 2


def test_journal_appends(vault: Path) -> None:
    code, out, _ = run("--vault", str(vault), "journal", "first", "entry")
    assert code == 0
    path = Path(out.strip())
    assert path.parent.name == "journal" and path.stem.count("-") == 2
    run("--vault", str(vault), "journal", "second entry")
    text = path.read_text("utf-8")
    assert text.index("first entry") < text.index("second entry")
    code, _, err = run("--vault", str(vault), "journal", "   ")
    assert code == cli.EXIT_USAGE and "empty" in err


def test_doctor_lists_problem_files_and_exit_codes(vault: Path) -> None:
    (vault / "ok.md").write_text("fine\n", "utf-8")
    code, out, _ = run("--vault", str(vault), "doctor")
    assert "vault" in out and "index" in out and "keyring" in out and "watcher" in out
    (vault / "bad.md").write_bytes(b"\xff\xfe broken")
    (vault / "yaml.md").write_text("---\n: [\n---\nbody\n", "utf-8")
    before = (vault / "bad.md").read_bytes()
    code, out, _ = run("--vault", str(vault), "doctor", "--json")
    report = json.loads(out)
    assert code == cli.EXIT_UNHEALTHY and not report["healthy"]
    assert {p["path"] for p in report["problems"]} == {"bad.md", "yaml.md"}
    assert (vault / "bad.md").read_bytes() == before


def test_reindex_and_missing_vault(vault: Path, tmp_path: Path) -> None:
    for i in range(5):
        (vault / f"n{i}.md").write_text(f"note {i} reindexword\n", "utf-8")
    code, out, _ = run("--vault", str(vault), "reindex")
    assert code == 0 and "Indexed 5 notes" in out
    code, out, _ = run("--vault", str(vault), "search", "reindexword", "--json")
    assert json.loads(out)["total"] == 5
    code, _, err = run("--vault", str(tmp_path / "does-not-exist"), "list")
    assert code == cli.EXIT_NO_VAULT and "--vault" in err


def test_default_vault_is_created_with_a_welcome_note(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "PONDER_VAULT": ""}
    env.pop("PONDER_VAULT")
    result = subprocess.run(
        [sys.executable, "-m", "ponder", "search", "Seek", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "Ponder").is_dir()
    titles = [hit["title"] for hit in json.loads(result.stdout)["hits"]]
    assert titles == ["Welcome to Ponder"]


def test_version_and_usage_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ponder", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.startswith("ponder ")
    result = subprocess.run(
        [sys.executable, "-m", "ponder", "search"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == cli.EXIT_USAGE
