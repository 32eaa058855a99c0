"""A real headless Chromium: the bookmarklet clips a page, and another origin is refused."""

from __future__ import annotations

import http.client
import logging
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from chromium_driver import Browser, chromium, chromium_missing, wait_for
from clip_server_helpers import Running, serve

from ponder.core.capture.bookmarklet import bookmarklet_key

pytestmark = pytest.mark.skipif(chromium_missing() is not None, reason=str(chromium_missing()))

PAGES = {
    "/article": (
        '<!doctype html><html><head><title>Article &amp; "quotes"</title></head>'
        '<body><p id="chosen">Some <b>selected</b> text</p><p>Not this.</p></body></html>'
    ),
    "/hostile": "<!doctype html><html><head><title>Win a prize</title></head><body></body></html>",
}


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    with serve(tmp_path) as started:
        yield started


class _PageHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path, "not here").encode()
        self.send_response(200 if self.path in PAGES else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def other_origin() -> Iterator[str]:
    """A second web server on 127.0.0.1 with another port: another origin to the browser."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    with chromium(tmp_path / "profile") as driven:
        yield driven


def test_the_bookmarklet_clips_the_selection_through_the_ponder_page(
    running: Running, other_origin: str, browser: Browser
) -> None:
    article = f"{other_origin}/article"
    browser.get(article)
    browser.run(
        "const range = document.createRange();"
        "range.selectNodeContents(document.getElementById('chosen'));"
        "getSelection().removeAllRanges(); getSelection().addRange(range);"
    )
    first = browser.windows()[0]
    # Follow the javascript: URL as a bookmark does, percent-encoding and all.
    browser.run("location.href = arguments[0];", running.server.bookmarklet())
    popup = wait_for(lambda: [h for h in browser.windows() if h != first])[0]
    browser.switch_to(popup)
    wait_for(lambda: "Why does this matter to me?" in browser.text())
    assert browser.run("return window.opener") is None
    browser.type("#reflection", "It <b>matters</b> for the deploy")
    browser.type("#tags", "work, #reading")
    browser.click("button[type=submit]")
    wait_for(lambda: "Ponder saved the clip" in browser.text())
    assert running.sink.calls == [
        (
            article,
            'Article & "quotes"',
            "Some selected text",
            "It <b>matters</b> for the deploy",
            ["work", "reading"],
        )
    ]


FETCHES = """
const [base, done] = [arguments[0], arguments[arguments.length - 1]];
const out = {};
const attempt = async (name, url, init) => {
  try { const r = await fetch(url, init); out[name] = `${r.type} ${r.status}`; }
  catch (e) { out[name] = 'blocked'; }
};
(async () => {
  await attempt('auth', base + '/auth', {method: 'POST'});
  await attempt('form', base + '/clip?url=https%3A%2F%2Fa.example%2F', {});
  await attempt('ping', base + '/ping', {});
  const form = {method: 'POST', mode: 'no-cors', body: 'form_token=guess&title=t',
                headers: {'Content-Type': 'application/x-www-form-urlencoded'}};
  await attempt('clip', base + '/clip', form);
  await attempt('notes', base + '/notes?token=guess',
                {method: 'POST', mode: 'no-cors', body: '{"title": "x"}'});
  done(out);
})();
"""

FORM_POST = """
const form = document.createElement('form');
form.method = 'POST';
form.action = arguments[0] + '/clip';
const field = document.createElement('input');
field.name = 'form_token';
field.value = arguments[1];
form.appendChild(field);
document.body.appendChild(form);
form.submit();
"""


def test_a_page_on_another_origin_cannot_use_the_clip_server(
    running: Running,
    other_origin: str,
    browser: Browser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="ponder.capture.clip_server")
    base = f"http://127.0.0.1:{running.port}"
    browser.get(f"{other_origin}/hostile")
    outcomes = browser.run_async(FETCHES, base)
    assert outcomes["auth"] == outcomes["form"] == outcomes["ping"] == "blocked"
    assert outcomes["clip"] == outcomes["notes"] == "opaque 0"
    # Even a real, unused form token (say, guessed) is refused from a foreign page.
    conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=10)
    key = bookmarklet_key(running.server.api_token)
    conn.request("GET", f"/clip?k={key}&url=https%3A%2F%2Fa.example%2F")
    token = re.findall(r'name="form_token" value="([^"]+)"', conn.getresponse().read().decode())
    browser.run(FORM_POST, base, token[0])
    wait_for(lambda: "does not accept requests from this web page" in browser.text())
    assert running.sink.calls == [] and running.authorizer.prompts == []
    assert list(running.vault.rglob("*.md")) == []
    refused = [r.getMessage() for r in caplog.records if r.getMessage().endswith("-> 403")]
    assert {"POST /auth -> 403", "POST /clip -> 403", "POST /notes -> 403"} <= set(refused)
