"""`ponder feeds` end to end: a real server on 127.0.0.1, a temp vault, the files."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ponder import cli

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "core" / "capture" / "feeds"))

from feed_server import Answer, FeedServer, feed_file  # noqa: E402


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def test_add_refresh_list_remove(tmp_path: Path, server: FeedServer) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    v = ("--vault", str(vault))
    url = server.put("/rss.xml", Answer(feed_file("own/rss20.xml"), etag='"1"'))
    code, _out, err = run(*v, "feeds", "add", url)
    assert code == 1 and "private network" in err and "--allow-local" in err
    code, out, err = run(*v, "feeds", "add", url, "--allow-local", "--json")
    assert code == 0, err
    assert json.loads(out)["added"] is True
    code, out, err = run(*v, "feeds", "refresh", "--allow-local", "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert result["outcome"] == "new" and len(result["added"]) == 3
    assert len(list((vault / "inbox").glob("*.md"))) == 3
    code, out, err = run(*v, "feeds", "refresh", "1", "--allow-local", "--json")
    assert json.loads(out)[0]["outcome"] == "unchanged"  # a 304: nothing added twice
    code, out, err = run(*v, "feeds", "list", "--json")
    [listed] = json.loads(out)
    assert listed["title"] == "Field Reports" and listed["unread"] == 3 and listed["error"] is None
    code, out, err = run(*v, "feeds", "mark-read", "Field Reports")
    assert code == 0 and "Marked 3 items" in out
    code, out, err = run(*v, "feeds", "list")
    assert "Field Reports — 0 unread" in out
    code, out, err = run(*v, "feeds", "remove", "nothing-like-it")
    assert code == 4 and "No feed matches" in err
    code, out, err = run(*v, "feeds", "remove", url, "--json")
    assert code == 0 and json.loads(out)["removed"]["url"] == url
    assert run(*v, "feeds", "list", "--json")[1].strip() == "[]"


def test_opml_lists_then_follows_the_chosen_feeds(tmp_path: Path) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>'
        '<outline text="Tech"><outline text="One" xmlUrl="https://one.example/feed"/>'
        '<outline text="Two" xmlUrl="https://two.example/rss"/></outline>'
        '<outline text="Three" xmlUrl="https://three.example/atom"/></body></opml>',
        "utf-8",
    )
    vault = tmp_path / "vault"
    vault.mkdir()
    v = ("--vault", str(vault))
    code, out, err = run(*v, "feeds", "add", str(opml))
    assert code == 0 and "--pick" in err and "  2  Two  https://two.example/rss" in out
    assert not (vault / "feeds.yaml").exists()
    code, out, err = run(*v, "feeds", "add", str(opml), "--pick", "1,3", "--json")
    assert code == 0, err
    assert [f["url"] for f in json.loads(out)["followed"]] == [
        "https://one.example/feed",
        "https://three.example/atom",
    ]
    code, out, err = run(*v, "feeds", "add", str(opml), "--pick", "7")
    assert code == 2 and "from 1 to 3" in err


def test_clipping_a_feed_item_fills_it_instead_of_a_second_note(
    tmp_path: Path, server: FeedServer
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    v = ("--vault", str(vault))
    paragraph = "<p>A habit is a small thing done often, and often enough it is who you are.</p>"
    page = server.put(
        "/habit.html",
        Answer(
            f"<html><body><article>{paragraph * 12}</article></body></html>".encode(), "text/html"
        ),
    )
    feed = f"""<rss version="2.0"><channel><title>F</title><item><title>Habit</title>
        <link>{page}</link><description>Short.</description></item></channel></rss>"""
    url = server.put("/rss.xml", Answer(feed.encode()))
    assert run(*v, "feeds", "add", url, "--allow-local")[0] == 0
    assert run(*v, "feeds", "refresh", "--allow-local")[0] == 0
    [item] = list((vault / "inbox").glob("*.md"))
    code, out, err = run(*v, "clip", page, "--allow-local", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["outcome"] == "ok" and result["path"] == str(item)
    assert "who you are" in item.read_text("utf-8") and "Short." in item.read_text("utf-8")
    assert list((vault / "inbox").glob("*.md")) == [item]
    code, out, err = run(*v, "clip", page, "--allow-local")
    assert "already clipped" in err  # filled once; a second clip is a duplicate again
