"""`ponder clip`, `reextract` and `capture` end to end: a real server, a temp vault, the files."""

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
from ponder.core import frontmatter
from shared_data import missing_shared_data

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "bench"))  # the server is shared with bench_extract.py

from article_server import ARTICLES, ArticleServer  # noqa: E402

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def server() -> Iterator[ArticleServer]:
    if not (ARTICLES / "html" / f"{WSJ}.html.gz").exists():
        missing_shared_data(ARTICLES)
    with ArticleServer(ARTICLES / "html") as running:
        yield running


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    root.mkdir()
    return root


def test_clip_waits_and_prints_the_path_last(vault: Path, server: ArticleServer) -> None:
    url = server.url(f"/article/{WSJ}")
    code, out, err = run("--vault", str(vault), "clip", url, "--tag", "games", "--allow-local",
                         "--note", "why it matters")  # fmt: skip
    assert code == 0, err
    path = Path(out.splitlines()[-1])
    assert path.parent == vault / "clips" and path.name.startswith("Google Stadia")
    front, body = frontmatter.read(path.read_text("utf-8"))
    assert front["kind"] == "clip" and front["tags"] == ["games"]
    assert body.startswith("why it matters\n") and "Gaming used to be so simple." in body
    # The same URL again is reported, not clipped twice.
    code, out, err = run("--vault", str(vault), "clip", url, "--allow-local")
    assert code == 0 and "already clipped" in err and out.splitlines()[-1] == str(path)
    assert len(list(vault.rglob("*.md"))) == 1
    code, out, err = run("--vault", str(vault), "reextract", str(path.relative_to(vault)))
    assert code == 0 and out.splitlines()[-1] == str(path)


def test_refused_and_failed_fetches_keep_the_clip(vault: Path, server: ArticleServer) -> None:
    code, out, err = run("--vault", str(vault), "clip", server.url("/private"))
    assert code == 1 and "--allow-local" in err and server.requests == []
    saved = Path(out.splitlines()[-1])
    assert saved.exists() and "could not clip this page" in saved.read_text("utf-8")
    code, out, err = run("--vault", str(vault), "clip", server.url("/gone"), "--allow-local",
                         "--json")  # fmt: skip
    result = json.loads(out)
    assert code == 1 and result["outcome"] == "failed" and "404" in result["message"]


def test_no_wait_saves_only_the_link(vault: Path, server: ArticleServer) -> None:
    code, out, _ = run("--vault", str(vault), "clip", server.url("/later"), "--no-wait")
    assert code == 0 and server.requests == []
    path = Path(out.splitlines()[-1])
    assert path.parent == vault / "inbox"
    assert frontmatter.read(path.read_text("utf-8"))[0]["status"] == "unprocessed"


def test_bad_urls_are_usage_errors(vault: Path) -> None:
    for url in ("file:///etc/passwd", "not a url"):
        code, _, err = run("--vault", str(vault), "clip", url)
        assert code == 2 and "not a web address" in err
    assert not list(vault.rglob("*.md"))


def test_capture_text_and_url(vault: Path, server: ArticleServer) -> None:
    code, out, _ = run("--vault", str(vault), "capture", "--text", "An idea\nwith detail",
                       "--tag", "idea")  # fmt: skip
    note = Path(out.splitlines()[-1])
    assert code == 0 and note.parent == vault / "inbox" and "with detail" in note.read_text()
    code, out, _ = run("--vault", str(vault), "capture", "--text", "read this", "--url",
                       server.url(f"/article/{WSJ}"), "--allow-local")  # fmt: skip
    clip = Path(out.splitlines()[-1])
    assert code == 0 and "read this" in clip.read_text("utf-8")


def test_capture_clipboard_reads_a_clipboard_tool(vault: Path, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tool = bin_dir / "xsel"
    tool.write_text("#!/bin/sh\nprintf 'from the clipboard'\n")
    tool.chmod(0o755)
    env = {**os.environ, "PATH": str(bin_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "ponder", "--vault", str(vault), "capture", "--clipboard"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "from the clipboard" in Path(done.stdout.splitlines()[-1]).read_text("utf-8")
    env["PATH"] = str(tmp_path / "nothing")
    done = subprocess.run(
        [sys.executable, "-m", "ponder", "--vault", str(vault), "capture", "--clipboard"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1 and "xclip" in done.stderr


def test_clip_again_makes_a_new_version_linked_to_the_old(
    vault: Path, server: ArticleServer
) -> None:
    url = server.url(f"/article/{WSJ}")
    code, out, err = run("--vault", str(vault), "clip", url, "--allow-local")
    first = Path(out.splitlines()[-1])
    # written another way (host case, trailing slash, tracking parameters): the same page
    variant = url.replace("http://", "HTTP://") + "/?utm_source=mail&utm_medium=x"
    code, out, err = run("--vault", str(vault), "clip", variant, "--allow-local")
    assert code == 0 and "already clipped" in err and "--again" in err
    assert out.splitlines()[-1] == str(first)
    code, out, err = run("--vault", str(vault), "clip", url, "--allow-local", "--again")
    assert code == 0, err
    second = Path(out.splitlines()[-1])
    assert second != first and second.exists() and first.exists()
    front, body = frontmatter.read(second.read_text("utf-8"))
    old = first.relative_to(vault).with_suffix("").as_posix()
    assert front["source"]["previous"] == first.relative_to(vault).as_posix()
    assert f"[[{old}]]" in body and "Gaming used to be so simple." in body
    code, out, err = run("--vault", str(vault), "clip", url, "--allow-local", "--json")
    assert json.loads(out) == {"path": str(second), "duplicate": True, "outcome": "duplicate"}
