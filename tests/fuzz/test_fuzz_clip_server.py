"""The clip server's request parsing over hostile requests: every answer is a status with a
JSON error or a result, never a trace, and the server keeps answering."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fuzz_corpus import CASES, HTML, JSON_TITLES, fuzz
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.capture.bookmarklet import bookmarklet_key
from ponder.core.capture.clip_server import AuthAnswer, AuthRequest, ClipServer, MemoryTokenStore
from ponder.core.library import Library
from ponder.core.model import NotePath

TOKEN = "f" * 64


def no_prompt(request: AuthRequest, answer: AuthAnswer) -> None:
    answer(False)


def sink(url: str, title: str, selection: str, reflection: str, tags: Sequence[str]) -> NotePath:
    return NotePath("clips/x.md")


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    root = tmp_path_factory.mktemp("fuzz-clip-vault")
    with Library.open(root, tmp_path_factory.mktemp("fuzz-clip-cache")) as library:
        server = ClipServer(
            library,
            sink=sink,
            authorizer=no_prompt,
            token_store=MemoryTokenStore(TOKEN),
            ports=range(42100, 42200),
        )
        started = server.start()
        try:
            yield started
        finally:
            server.stop()


METHODS = st.sampled_from(["GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "BREW", "G\x00T"])
PATHS = st.one_of(
    st.sampled_from(["/ping", "/notes", "/notes/x", "/folders", "/tags", "/auth", "/auth/check",
                     "/clip", "/", "//evil.example/", "http://evil/", "/%00", "/../..", "*"]),
    st.text(max_size=20).map(lambda t: "/" + t),
)  # fmt: skip
QUERIES = st.sampled_from(
    ["", f"token={TOKEN}", "token=wrong", "page=-1&limit=9999", "as_tree=1", "auth_token=x",
     f"k={bookmarklet_key(TOKEN)}&url=https://a.example/", "url=javascript:x", "nounce=1&token="]
)  # fmt: skip
FIELD = st.one_of(
    st.text(max_size=20), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3),
    st.sampled_from(HTML),
    # Loopback and nonsense only: the fetcher refuses them without touching any network.
    st.sampled_from(["data:image/png;base64,AAAA", "http://127.0.0.1:9/x", "not a url"]),
)  # fmt: skip
BODIES = st.one_of(
    st.binary(max_size=200),
    st.dictionaries(
        st.sampled_from(
            [
                "title",
                "body",
                "body_html",
                "url",
                "tags",
                "parent_id",
                "image_data_url",
                "base_url",
                "source_url",
            ]
        ),
        FIELD,
        max_size=6,
    ).map(lambda d: json.dumps(d).encode()),
    st.sampled_from(JSON_TITLES).map(lambda t: b'{"title": ' + t.encode() + b"}"),
)
HEADERS = st.lists(
    st.sampled_from(["Host: 127.0.0.1:{port}", "Host: evil.example", "Origin: https://evil.example",
                     "Origin: chrome-extension://abc", "Origin: http://127.0.0.1:{port}",
                     "Content-Type: application/json", "Transfer-Encoding: chunked",
                     "Content-Length: -1", "Content-Length: x", "Content-Length: 999999999",
                     f"Authorization: Bearer {TOKEN}", "Origin: a", "Origin: b"]),
    max_size=5,
)  # fmt: skip


def exchange(port: int, raw: bytes) -> bytes:
    chunks = []
    with socket.create_connection(("127.0.0.1", port), timeout=15) as sock:
        with contextlib.suppress(OSError):  # the server may answer and close before the end
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                chunks.append(chunk)
    return b"".join(chunks)


@fuzz(300)
@given(METHODS, PATHS, QUERIES, HEADERS, BODIES, st.booleans())
def test_any_request_gets_a_clean_answer(
    port: int,
    method: str,
    path: str,
    query: str,
    headers: list[str],
    body: bytes,
    with_length: bool,
) -> None:
    CASES["clip server requests"] += 1
    lines = [f"{method} {path}{'?' + query if query else ''} HTTP/1.1"]
    lines += [h.replace("{port}", str(port)) for h in headers]
    if with_length:
        lines.append(f"Content-Length: {len(body)}")
    head = "\r\n".join(lines).encode("utf-8", "surrogatepass") + b"\r\n\r\n"
    answer = exchange(port, head + body)
    assert b"Traceback" not in answer and b'File "' not in answer
    if answer.startswith(b"HTTP/"):
        status = answer.split(b" ", 2)[1]
        assert status.isdigit() and status != b"500", answer[:300]
    elif answer:  # a request line with a break in it reads as HTTP/0.9: a bare body answers
        assert answer.startswith(b'{"error":'), answer[:300]
    ping = exchange(port, f"GET /ping HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    assert b"JoplinClipperServer" in ping


def test_the_server_still_serves_at_the_end(port: int, tmp_path: Path) -> None:
    answer = exchange(
        port, f"GET /tags?token={TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    )
    assert answer.startswith(b"HTTP/1.0 200")
