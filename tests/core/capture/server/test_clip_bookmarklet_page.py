"""The bookmarklet's page over HTTP: escaping, a strict CSP, and one-time, own-origin posts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlencode

import pytest
from clip_server_helpers import Reply, Running, serve

from ponder.core.capture.bookmarklet import bookmarklet_key
from ponder.core.capture.clip_server import bookmarklet_source

HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    with serve(tmp_path) as started:
        yield started


def open_form(running: Running, **params: str) -> Reply:
    """The page as the bookmarklet opens it, with the key it carries."""
    key = bookmarklet_key(running.server.api_token)
    return running.client.request("GET", f"/clip?{urlencode({'k': key, **params})}")


def form_token(page: Reply) -> str:
    match = re.search(r'name="form_token" value="([^"]+)"', page.text)
    assert match is not None
    return match[1]


def post_form(running: Running, fields: dict[str, str], origin: str | None = "own") -> Reply:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if origin is not None:
        headers["Origin"] = f"http://127.0.0.1:{running.port}" if origin == "own" else origin
    return running.client.request("POST", "/clip", urlencode(fields), headers)


def test_the_page_escapes_what_it_echoes_and_locks_itself_down(running: Running) -> None:
    page = open_form(
        running, url=f"https://example.com/?q={HOSTILE}", title=HOSTILE, selection=HOSTILE
    )
    assert page.status == 200
    assert "<script" not in page.text and "<img" not in page.text
    assert page.text.count("&lt;script&gt;") == 3
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "form-action 'self'" in policy and "script-src" not in policy
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert page.headers["Referrer-Policy"] == "same-origin"
    assert page.headers["Access-Control-Allow-Origin"] is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "", "example.com"])
def test_only_web_pages_can_be_clipped(running: Running, url: str) -> None:
    assert open_form(running, url=url).status == 400


def test_a_form_saves_once_and_only_from_its_own_page(running: Running) -> None:
    page = open_form(
        running, url="https://example.com/a", title="Example  page", selection="quoted words"
    )
    fields = {
        "form_token": form_token(page),
        "title": "My title",
        "reflection": "It changes how we deploy.",
        "tags": "work, #reading, ,",
    }
    assert post_form(running, fields, origin=None).status == 403
    assert post_form(running, fields, origin="https://example.com").status == 403
    assert post_form(running, fields, origin="chrome-extension://abcdef").status == 403
    assert post_form(running, {**fields, "form_token": "guess"}).status == 403
    saved = post_form(running, fields)
    assert saved.status == 200 and "clips/clip 1.md" in saved.text
    assert running.sink.calls == [
        (
            "https://example.com/a",
            "My title",
            "quoted words",
            "It changes how we deploy.",
            ["work", "reading"],
        )
    ]
    replay = post_form(running, fields)
    assert replay.status == 403 and len(running.sink.calls) == 1


def test_an_empty_title_falls_back_to_the_page_title(running: Running) -> None:
    page = open_form(running, url="https://example.com/b", title="Page title")
    post_form(running, {"form_token": form_token(page), "title": "  "})
    assert running.sink.calls[0][1:4] == ("Page title", "", "")


def test_the_bookmarklet_opens_the_clip_page_of_this_port(running: Running) -> None:
    source = running.server.bookmarklet()
    assert source == bookmarklet_source(running.port, running.server.api_token)
    assert source.startswith("javascript:") and " " not in source
    code = unquote(source.removeprefix("javascript:"))
    key = bookmarklet_key(running.server.api_token)
    assert f"'http://127.0.0.1:{running.port}/clip?k={key}&url='" in code
    assert "noopener" in code and "token" not in code
