"""The clip server checks before it reads: refusals cost no memory, idle connections no threads,
and the bookmarklet's form is only served to a bookmarklet that carries Ponder's key."""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from clip_server_helpers import Running, serve

from ponder.core.capture.bookmarklet import bookmarklet_key
from ponder.core.capture.clip_http import MAX_BODY_BYTES, MAX_WAITING, MAX_WORKERS


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    with serve(tmp_path) as started:
        yield started


def send_head(port: int, head: str, body_bytes: int) -> int:
    """A request whose head promises `body_bytes`; sends 64 KiB of them; the answer's status."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head.format(length=body_bytes).encode())
        with contextlib.suppress(OSError):  # refused and closed while still sending
            sock.sendall(b"x" * min(body_bytes, 64 * 1024))
            sock.shutdown(socket.SHUT_WR)  # and no more: the server need not wait for it
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        assert b'"error"' in answer.read()
        return answer.status


def test_a_process_without_the_key_gets_no_form_to_post(running: Running) -> None:
    # Issue 10: any local process could GET the form, read its one-time token and post it
    # with a forged Origin, planting a clip and making Ponder fetch a URL of its choice.
    query = urlencode({"url": "https://example.com/planted", "title": "planted"})
    for key in ("", "k=guess&", f"k={bookmarklet_key('another token')}&"):
        reply = running.client.request("GET", f"/clip?{key}{query}")
        assert reply.status == 403, key
        assert "form_token" not in reply.text and "drag it again" in reply.json()["error"]
    key = bookmarklet_key(running.server.api_token)
    page = running.client.request("GET", f"/clip?k={key}&{query}")
    assert page.status == 200 and re.search(r'name="form_token"', page.text)


@pytest.mark.parametrize(
    "head",
    [
        "POST /notes?token=wrong HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n",
        "POST /notes HTTP/1.1\r\nHost: evil.example\r\n",
        "POST /notes HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: https://evil.example\r\n",
        "POST /clip HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: https://evil.example\r\n",
        "POST /auth HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n",  # open, but not 20 MiB open
    ],
)
def test_forty_refused_large_requests_allocate_nothing(running: Running, head: str) -> None:
    template = head.replace("{port}", str(running.port)) + "Content-Length: {length}\r\n\r\n"
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        peak_before = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        for _ in range(40):
            assert send_head(running.port, template, MAX_BODY_BYTES) in (403, 413)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak_before >= 0
    assert peak < 4 * 1024 * 1024, f"{peak / 2**20:.1f} MiB for 40 refused requests"


def test_half_open_connections_do_not_start_a_thread_each(running: Running) -> None:
    threads_before = threading.active_count()
    idle = []
    try:
        for _ in range(300):
            sock = socket.create_connection(("127.0.0.1", running.port), timeout=10)
            sock.sendall(b"POST /notes HTTP/1.1\r\n")  # and never the rest
            idle.append(sock)
        time.sleep(0.5)
        started = threading.active_count() - threads_before
        assert started <= MAX_WORKERS, f"{started} threads for 300 idle connections"
    finally:
        for sock in idle:
            sock.close()
    # Once they are gone the server answers again at once.
    deadline = time.monotonic() + 15
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", running.port, timeout=15)
            conn.request("GET", "/ping", headers={"Host": f"127.0.0.1:{running.port}"})
            assert conn.getresponse().status == 200
            conn.close()
            break
        except OSError:
            assert time.monotonic() < deadline
            time.sleep(0.1)
    assert MAX_WAITING < 300
