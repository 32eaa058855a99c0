"""Every refusal the clip server owes: Host, Origin, token, size, bad JSON, hostile HTML, errors."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from clip_server_helpers import Client, RecordingAuthorizer, Running, free_port, open_library, serve

from ponder.core.capture.bookmarklet import bookmarklet_key
from ponder.core.capture.clip_http import MAX_BODY_BYTES
from ponder.core.capture.clip_server import (
    AuthAnswer,
    AuthRequest,
    ClipServer,
    ClipServerError,
    MemoryTokenStore,
)
from ponder.core.library import Library
from ponder.core.model import NotePath

EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    with serve(tmp_path) as started:
        yield started


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with open_library(tmp_path) as opened:
        yield opened


def assert_json_error(status: int, reply_status: int, body: bytes) -> None:
    assert reply_status == status
    text = body.decode("utf-8")
    assert text.startswith('{"error":') and "Traceback" not in text and 'File "' not in text


def notes_in(running: Running) -> list[str]:
    return sorted(p.name for p in running.vault.rglob("*.md"))


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1", "127.0.0.1:1", "[::1]:{port}", ""]
)
def test_a_host_that_is_not_this_server_is_refused(running: Running, host: str) -> None:
    reply = running.client.request("GET", "/ping", headers={"Host": host.format(port=running.port)})
    assert_json_error(403, reply.status, reply.body)


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "LOCALHOST:{port}"])
def test_loopback_hosts_with_the_port_are_served(running: Running, host: str) -> None:
    reply = running.client.request("GET", "/ping", headers={"Host": host.format(port=running.port)})
    assert reply.status == 200


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "null",
        "http://127.0.0.1:1",
        "http://127.0.0.1",
        "chrome-extension://",
        "chrome-extension://abc.evil.example",
        "file://",
    ],
)
def test_a_foreign_origin_is_refused_without_cors_headers(running: Running, origin: str) -> None:
    running.authorize()
    routes = (("GET", "ping"), ("POST", "auth"), ("GET", "folders"), ("OPTIONS", "notes"))
    for method, path in routes:
        reply = running.client.api(method, path, origin=origin)
        assert_json_error(403, reply.status, reply.body)
        assert reply.headers.get("Access-Control-Allow-Origin") is None
    assert len(running.authorizer.prompts) == 1  # only the one authorize() made


@pytest.mark.parametrize(
    "origin",
    [
        EXTENSION,
        "moz-extension://2b7c5c3e-3a5e-4a3e-9c1e-0a7e3f5c9d11",
        "safari-web-extension://2B7C5C3E-3A5E-4A3E-9C1E-0A7E3F5C9D11",
        "own",
        None,
    ],
)
def test_extensions_and_the_own_page_are_served_with_cors(
    running: Running, origin: str | None
) -> None:
    running.authorize()
    origin = f"http://127.0.0.1:{running.port}" if origin == "own" else origin
    reply = running.client.api("GET", "folders", origin=origin)
    assert reply.status == 200
    assert reply.headers.get("Access-Control-Allow-Origin") == origin
    preflight = running.client.api("OPTIONS", "notes", origin=origin)
    assert preflight.status == 200
    if origin is not None:
        assert "content-type" in preflight.headers["Access-Control-Allow-Headers"]
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_every_route_but_ping_and_auth_needs_the_token(running: Running) -> None:
    token = running.authorize()
    for path in ("folders", "tags", "notes/whatever"):
        running.client.token = None
        missing = running.client.request("GET", f"/{path}")
        assert_json_error(403, missing.status, missing.body)
        assert missing.json() == {"error": 'Missing "token" parameter'}
        running.client.token = token[:-1] + ("0" if token[-1] != "0" else "1")
        wrong = running.client.api("GET", path)
        assert wrong.json() == {"error": 'Invalid "token" parameter'}
    running.client.token = None
    posted = running.client.api("POST", "notes", body={"title": "sneaky"})
    assert posted.status == 403 and notes_in(running) == []
    bearer = running.client.request("GET", "/tags", headers={"Authorization": f"Bearer {token}"})
    assert bearer.status == 200


def test_an_oversized_body_is_refused_before_it_is_read(running: Running) -> None:
    running.authorize()
    conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=10)
    conn.putrequest("POST", f"/notes?token={running.client.token}")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(MAX_BODY_BYTES + 1))
    conn.endheaders()
    reply = conn.getresponse()
    assert_json_error(413, reply.status, reply.read())
    conn.close()
    chunked = running.client.request(
        "POST", f"/notes?token={running.client.token}", headers={"Transfer-Encoding": "chunked"}
    )
    assert chunked.status == 411


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b""],
)
def test_a_malformed_body_is_a_json_400(running: Running, body: bytes) -> None:
    running.authorize()
    reply = running.client.request(
        "POST", f"/notes?token={running.client.token}", body, {"Origin": EXTENSION}
    )
    assert_json_error(400, reply.status, reply.body)
    assert notes_in(running) == []


@pytest.mark.parametrize(
    "content",
    [
        {"title": 5},
        {"tags": ["a", "b"]},
        {"image_data_url": "data:image/svg+xml;base64,PHN2Zy8+"},
        {"image_data_url": "data:image/png;base64,/9j/4AAQSkZJRg=="},  # JPEG bytes, PNG label
        {"image_data_url": "data:image/png;base64,iVBOR***"},
        {"image_data_url": "https://example.com/a.png"},
    ],
)
def test_bad_fields_and_images_make_no_note(running: Running, content: dict[str, object]) -> None:
    running.authorize()
    reply = running.client.api("POST", "notes", body={"title": "x", **content})
    assert_json_error(400, reply.status, reply.body)
    assert notes_in(running) == []
    assert not (running.vault / "attachments").exists() or not any(
        (running.vault / "attachments").iterdir()
    )


def test_hostile_html_does_not_survive_into_the_note(running: Running) -> None:
    running.authorize()
    html = (
        "<p onclick='steal()'>Hello<script>alert('x')</script></p>"
        "<img src='x.png' onerror='alert(1)'>"
        "<a href='javascript:alert(1)'>click</a> <a href='JaVaScRiPt:alert(2)'>two</a>"
        "<iframe src='https://evil.example'></iframe><style>body{}</style>"
        "<a href='data:text/html,<script>alert(3)</script>'>data</a>"
        "<svg><script>alert(4)</script></svg><form action='https://evil.example'><input></form>"
    )
    reply = running.client.api(
        "POST",
        "notes",
        body={"title": "Hostile", "body_html": html, "base_url": "https://ok.example/"},
    )
    assert reply.status == 200
    text = (running.vault / "clips/Hostile.md").read_text("utf-8").lower()
    for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe", "<style", "data:text"):
        assert bad not in text
    assert "hello" in text


def test_routes_methods_and_protocol_errors_answer_in_json(running: Running) -> None:
    unknown = running.client.request("GET", "/nothing/here")
    assert_json_error(404, unknown.status, unknown.body)
    wrong_method = running.client.request("POST", "/ping")
    assert_json_error(405, wrong_method.status, wrong_method.body)
    patch = running.client.request("PATCH", "/notes/1")
    assert_json_error(501, patch.status, patch.body)
    absolute = running.client.request("GET", f"http://127.0.0.1:{running.port}/ping")
    assert_json_error(400, absolute.status, absolute.body)
    with socket.create_connection(("127.0.0.1", running.port), timeout=10) as raw:
        raw.sendall(b"GARBAGE\r\n\r\n")
        answer = raw.recv(4096)
    assert b'{"error":' in answer and b"Traceback" not in answer


def test_an_internal_failure_is_logged_not_shown(
    library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_sink(
        url: str, title: str, selection: str, reflection: str, tags: Sequence[str]
    ) -> NotePath:
        raise RuntimeError("secret detail /home/someone")

    server = ClipServer(
        library,
        sink=broken_sink,
        authorizer=RecordingAuthorizer(),
        token_store=MemoryTokenStore(),
        ports=[free_port()],
    )
    port = server.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        key = bookmarklet_key(server.api_token)
        conn.request("GET", f"/clip?k={key}&url=https://example.com/")
        page = conn.getresponse().read().decode()
        token = page.split('name="form_token" value="')[1].split('"')[0]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/clip", f"form_token={token}", {"Origin": f"http://127.0.0.1:{port}"})
        reply = conn.getresponse()
        body = reply.read()
    finally:
        server.stop()
    assert_json_error(500, reply.status, body)
    assert b"secret" not in body
    assert "secret detail" in caplog.text


def test_authorisation_requests_are_bounded_and_a_failing_prompt_refuses(
    library: Library,
) -> None:
    calls: list[AuthRequest] = []

    def failing(request: AuthRequest, answer: AuthAnswer) -> None:
        calls.append(request)
        if len(calls) == 1:
            raise RuntimeError("no window")

    server = ClipServer(
        library,
        sink=lambda *a: NotePath("x.md"),
        authorizer=failing,
        token_store=MemoryTokenStore(),
        ports=[free_port()],
    )
    port = server.start()
    try:
        client = Client(port)
        first = client.api("POST", "auth").json()["auth_token"]
        assert client.api("GET", "auth/check", {"auth_token": first}).json()["status"] == (
            "rejected"
        )
        statuses = [client.api("POST", "auth").status for _ in range(4)]
    finally:
        server.stop()
    assert statuses == [200, 200, 200, 429]


def test_ports_start_and_stop(library: Library) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    busy = taken.getsockname()[1]
    spare = free_port()
    kwargs = {
        "sink": lambda *a: NotePath("x.md"),
        "authorizer": RecordingAuthorizer(),
        "token_store": MemoryTokenStore(),
    }
    try:
        server = ClipServer(library, ports=[busy, spare], **kwargs)  # type: ignore[arg-type]
        assert server.start() == spare and server.start() == spare
        before = threading.active_count()
        server.stop()
        server.stop()
        assert threading.active_count() == before - 1 and server.port is None
        with socket.socket() as again:
            again.bind(("127.0.0.1", spare))  # the port is free once stopped
        with pytest.raises(ClipServerError, match="taken"):
            ClipServer(library, ports=[busy], **kwargs).start()  # type: ignore[arg-type]
    finally:
        taken.close()


def test_a_lone_surrogate_in_posted_json_makes_a_clean_note_not_a_500(running: Running) -> None:
    # Issue 10: `"\ud800"` is valid JSON; it once answered 500 and left a broken note behind.
    running.authorize()
    body = '{"title": "bad \\ud800 title", "body": "text \\udfff", "tags": "t\\ud800"}'
    reply = running.client.request(
        "POST", f"/notes?token={running.client.token}", body, {"Origin": EXTENSION}
    )
    assert reply.status == 200, reply.body
    [note] = running.vault.rglob("*.md")
    assert note.name == "bad \ufffd title.md"
    assert "text \ufffd" in note.read_text("utf-8")
    assert running.library.reconcile().changes.problems == ()
    assert [h.path for h in running.library.search("text").hits] == ["clips/bad \ufffd title.md"]


def test_a_clip_with_html_nested_hundreds_deep_is_saved_not_a_500(running: Running) -> None:
    # Issue 10: such a clip was lost with a 500 (RecursionError in the HTML conversion).
    running.authorize()
    html = "<ul><li>" * 248 + "deep words" + "</li></ul>" * 248
    reply = running.client.api("POST", "notes", body={"title": "Deep", "body_html": html})
    assert reply.status == 200, reply.body
    assert "deep words" in (running.vault / "clips/Deep.md").read_text("utf-8")
