"""A real threaded HTTP server on 127.0.0.x serving the benchmark articles and awkward answers.

Shared by the capture tests, the CLI end-to-end tests and bench_extract.py. Routes:

- `/article/<id>`: a page of ../shared/data/articles/html, sent gzip-encoded as saved
- `/redirect?to=<url>` (302), `/loop` (redirects to itself), `/hang` (never answers),
  `/drip` (one byte a second), `/huge` (declares 50 MiB), `/endless` (streams without end)
- anything added with `ArticleServer.add(...)` (status, type, headers, body)

Every request is logged in `requests` so a test can show a refused fetch never arrived.
"""

from __future__ import annotations

import gzip
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
ARTICLES = SHARED_DATA / "articles"


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class ArticleServer:
    """Start with `with ArticleServer(html_dir) as server:`; `server.url(path)` builds URLs."""

    def __init__(self, html_dir: Path | None = None, host: str = "127.0.0.1") -> None:
        self.html_dir = html_dir
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer((host, 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.host = host
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        self._httpd.serve_forever(poll_interval=0.05)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str, **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def __enter__(self) -> ArticleServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def _handler_for(server: ArticleServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            server.requests.append(self.path)
            parts = urlsplit(self.path)
            route = server.routes.get(self.path) or server.routes.get(parts.path)
            if route is not None:
                self._send(route)
                return
            special = {
                "/redirect": self._redirect,
                "/loop": self._loop,
                "/hang": self._hang,
                "/drip": self._drip,
                "/huge": self._huge,
                "/endless": self._endless,
            }.get(parts.path)
            if special is not None:
                special(parse_qs(parts.query))
            elif parts.path.startswith("/article/"):
                self._article(parts.path.removeprefix("/article/"))
            else:
                self._send(Route(b"<h1>Not found</h1>", status=404))

        def _send(self, route: Route) -> None:
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(route.body)

        def _article(self, page_id: str) -> None:
            path = server.html_dir / f"{page_id}.html.gz" if server.html_dir else None
            if path is None or not page_id.isalnum() or not path.exists():
                self._send(Route(b"<h1>Not found</h1>", status=404))
                return
            gz = {"Content-Encoding": "gzip"}
            self._send(Route(path.read_bytes(), content_type="text/html", headers=gz))

        def _redirect(self, query: dict[str, list[str]]) -> None:
            self._send(Route(b"", status=302, headers={"Location": query["to"][0]}))

        def _loop(self, _query: dict[str, list[str]]) -> None:
            self._send(Route(b"", status=302, headers={"Location": "/loop"}))

        def _hang(self, _query: dict[str, list[str]]) -> None:
            server.stopping.wait(30)

        def _drip(self, _query: dict[str, list[str]]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                if server.stopping.wait(0.5):
                    return
                self.wfile.write(b"x")
                self.wfile.flush()

        def _huge(self, _query: dict[str, list[str]]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 1024)

        def _endless(self, _query: dict[str, list[str]]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            deadline = time.monotonic() + 20
            try:
                while time.monotonic() < deadline and not server.stopping.is_set():
                    self.wfile.write(chunk)
            except OSError:
                return

    return Handler


def gzip_bomb(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed into a few kilobytes."""
    return gzip.compress(b"\0" * size, compresslevel=9)
