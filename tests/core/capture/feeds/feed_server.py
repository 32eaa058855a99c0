"""A real threaded HTTP server on 127.0.0.x for the feed tests: files with ETag and
Last-Modified (answering 304 to a matching conditional request), scripted statuses, redirects.

Every request is logged with its headers, so a test can show what was (not) asked.
"""

from __future__ import annotations

import ipaddress
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

from ponder.core.capture.address_policy import AddressPolicy

DATA = Path(__file__).parent / "data"
LOOPBACK_ONLY = AddressPolicy(allowed=(ipaddress.ip_network("127.0.0.1/32"),))


def feed_file(name: str) -> bytes:
    return (DATA / name).read_bytes()


class Clock:
    """A clock the test moves by hand (the schedule and backoff depend on it)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Answer:
    body: bytes = b""
    content_type: str = "application/rss+xml"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    modified: str | None = None


@dataclass
class Request:
    path: str
    headers: dict[str, str]


class FeedServer:
    """`with FeedServer() as server:`; `server.put(path, answer)` or a list of answers served in
    turn (the last one repeats)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, list[Answer]] = {}
        self.requests: list[Request] = []
        self._httpd = ThreadingHTTPServer((host, 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.host = host
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def put(self, path: str, *answers: Answer) -> str:
        self.routes[path] = list(answers)
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def _handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            server.requests.append(Request(self.path, headers))
            answers = server.routes.get(self.path)
            if not answers:
                self._send(Answer(b"not found", "text/plain", 404))
                return
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            fresh = answer.etag is not None and headers.get("if-none-match") == answer.etag
            fresh = fresh or (
                answer.modified is not None and headers.get("if-modified-since") == answer.modified
            )
            self._send(Answer(status=304, etag=answer.etag) if fresh else answer)

        def _send(self, answer: Answer) -> None:
            self.send_response(answer.status)
            if answer.status != 304:
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
            if answer.etag:
                self.send_header("ETag", answer.etag)
            if answer.modified:
                self.send_header("Last-Modified", answer.modified)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if answer.status != 304:
                self.wfile.write(answer.body)

    return Handler
