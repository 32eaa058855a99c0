"""The clip server's HTTP edge: Host, Origin and token checks before the body is read, body
limits, a bounded pool of request threads, CORS, JSON errors, no traces."""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from ponder.core import unicode_text

log = logging.getLogger("ponder.capture.clip_server")

MAX_BODY_BYTES = 20 * 1024 * 1024
"""For requests that carry the API token (a clip with its page and screenshot)."""
MAX_OPEN_BODY_BYTES = 256 * 1024
"""For requests without the token (ping, auth, the bookmarklet form's post)."""
REQUEST_TIMEOUT_SECONDS = 10.0
"""For each read from a client: a connection that sends nothing frees its thread by then."""
MAX_WORKERS = 8
MAX_WAITING = 32
"""Connections beyond workers + waiting are closed at once instead of queued."""
_DRAIN_BYTES = 1024 * 1024
"""A refused body is read and dropped up to this much, so the refusal reaches the client."""
_DRAIN_CHUNK = 64 * 1024
_DRAIN_SECONDS = 0.5
_EXTENSION_ORIGIN = re.compile(r"(chrome|moz|safari-web)-extension://[A-Za-z0-9-]+")
_ALLOW_METHODS = "GET, POST, OPTIONS"
_ALLOW_HEADERS = "X-Requested-With,content-type,authorization"


class ClipError(Exception):
    """A refusal with the HTTP status and the sentence the caller gets as `{"error": ...}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class ClipRequest:
    """One request that passed the Host, Origin and size checks."""

    method: str
    parts: tuple[str, ...]
    query: Mapping[str, str]
    body: bytes = b""
    origin: str | None = None
    own_origin: bool = False
    user_agent: str = ""
    bearer: str | None = None

    @property
    def route(self) -> str:
        return "/".join(self.parts)

    def json_object(self) -> dict[str, object]:
        try:
            value = json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ClipError(400, "The request body is not valid JSON.") from None
        if not isinstance(value, dict):
            raise ClipError(400, "The request body must be a JSON object.")
        unicode_text.clean_data(value)  # `"\ud800"` is valid JSON but no text a file can hold
        return value

    def form(self) -> dict[str, str]:
        """An `application/x-www-form-urlencoded` body, first value of each field."""
        try:
            text = self.body.decode("utf-8")
            fields = parse_qs(text, keep_blank_values=True, max_num_fields=50)
        except (UnicodeDecodeError, ValueError):
            raise ClipError(400, "The form could not be read.") from None
        return {key: values[0] for key, values in fields.items()}


@dataclass(frozen=True, slots=True)
class ClipResponse:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = field(default=())


def json_response(value: object, status: int = 200) -> ClipResponse:
    # Compact separators: the extension compares '{"error":"Duplicate Nounce"}' as text.
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return ClipResponse(status, body, "application/json; charset=utf-8")


def error_response(status: int, message: str) -> ClipResponse:
    return json_response({"error": message}, status)


def text_response(text: str, status: int = 200) -> ClipResponse:
    return ClipResponse(status, text.encode("utf-8"), "text/plain; charset=utf-8")


class Dispatcher(Protocol):
    def admit(self, request: ClipRequest) -> int:
        """The body size the request may send, from its head alone; ClipError to refuse it."""
        ...

    def dispatch(self, request: ClipRequest) -> ClipResponse: ...


def own_origins(port: int) -> frozenset[str]:
    return frozenset({f"http://127.0.0.1:{port}", f"http://localhost:{port}"})


def origin_allowed(origin: str | None, port: int) -> bool:
    """No Origin (extension background, curl), a browser extension, or Ponder's own page."""
    if origin is None:
        return True
    return bool(_EXTENSION_ORIGIN.fullmatch(origin)) or origin in own_origins(port)


class ClipHTTPServer(HTTPServer):
    """Listens on 127.0.0.1 only; connections are served by a small, bounded pool of threads,
    so a flood of idle or slow connections cannot start a thread each."""

    # On Windows SO_REUSEADDR would let a second program bind the same port.
    allow_reuse_address = os.name != "nt"
    # Connections the kernel holds until accepted: beyond it connects stall for a second.
    request_queue_size = 128

    def __init__(self, port: int, dispatcher: Dispatcher) -> None:
        # Before binding: a failed bind calls server_close(), which shuts the pool down.
        self._pool = ThreadPoolExecutor(MAX_WORKERS, thread_name_prefix="ponder-clip")
        self._slots = threading.BoundedSemaphore(MAX_WORKERS + MAX_WAITING)
        super().__init__(("127.0.0.1", port), ClipRequestHandler)
        self.dispatcher = dispatcher
        self.port = port

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            log.debug("the clip server is busy; a connection was closed unanswered")
            self.shutdown_request(request)
            return
        try:
            self._pool.submit(self._serve_one, request, client_address)
        except RuntimeError:  # the pool is shutting down
            self._slots.release()
            self.shutdown_request(request)

    def _serve_one(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:  # one connection's failure (the client left): the server goes on
            log.debug("a clip server connection failed", exc_info=True)
        finally:
            self.shutdown_request(request)
            self._slots.release()

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)


class ClipRequestHandler(BaseHTTPRequestHandler):
    """Checks every request before the dispatcher sees it; every failure becomes JSON."""

    server: ClipHTTPServer
    timeout = REQUEST_TIMEOUT_SECONDS
    server_version = "Ponder"
    sys_version = ""
    _cors_origin: str | None = None
    _body_read = False

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_OPTIONS(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        self._body_read = False
        try:
            request = self._request()
            if request.method == "OPTIONS":
                response = ClipResponse(200, b"", "text/plain; charset=utf-8")
            else:
                limit = self.server.dispatcher.admit(request)
                request = replace(request, body=self._body(limit))
                response = self.server.dispatcher.dispatch(request)
        except ClipError as exc:
            response = error_response(exc.status, exc.message)
        except Exception:
            log.exception("the clip server failed on %s /%s", self.command, self._route())
            response = error_response(500, "Ponder could not handle this request; see its log.")
        self._write(response)
        if not self._body_read:
            self._drain()

    def _drain(self) -> None:
        """Read and drop a refused body (never kept: a fixed buffer), then close. Closing a
        socket with unread data resets it, and the client would lose the answer."""
        self.close_connection = True
        try:
            left = min(int(self.headers.get("Content-Length") or "0"), _DRAIN_BYTES)
        except ValueError:
            return
        buffer = bytearray(_DRAIN_CHUNK)
        try:
            self.connection.settimeout(_DRAIN_SECONDS)
            while left > 0:
                got = self.rfile.readinto(memoryview(buffer)[: min(left, _DRAIN_CHUNK)])
                if not got:
                    return
                left -= got
        except OSError:
            return

    def _request(self) -> ClipRequest:
        """The request's head, checked: Host and Origin here, the token by `admit`."""
        port = self.server.port
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in {f"127.0.0.1:{port}", f"localhost:{port}"}:
            raise ClipError(403, "Ponder answers only requests addressed to 127.0.0.1.")
        origins = self.headers.get_all("Origin") or []
        origin = origins[0] if origins else None
        if len(origins) > 1 or not origin_allowed(origin, port):
            raise ClipError(403, "Ponder does not accept requests from this web page.")
        self._cors_origin = origin
        split = urlsplit(self.path)
        if split.scheme or split.netloc or not split.path.startswith("/"):
            raise ClipError(400, "The request target must be a path.")
        try:
            query = parse_qs(split.query, keep_blank_values=True, max_num_fields=50)
        except ValueError:
            raise ClipError(400, "The query string could not be read.") from None
        auth = self.headers.get("Authorization") or ""
        bearer = auth[7:].strip() if auth[:7].lower() == "bearer " else None
        return ClipRequest(
            method=self.command,
            parts=tuple(unquote(p) for p in split.path.split("/") if p),
            query={key: values[0] for key, values in query.items()},
            origin=origin,
            own_origin=origin in own_origins(port),
            user_agent=self.headers.get("User-Agent") or "",
            bearer=bearer,
        )

    def _body(self, limit: int) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise ClipError(411, "Send the body with a Content-Length.")
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            raise ClipError(400, "The Content-Length is not a number.") from None
        if length < 0:
            raise ClipError(400, "The Content-Length is not a number.")
        if length > limit:
            shown = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit} bytes"
            raise ClipError(413, f"The request is larger than Ponder accepts here ({shown}).")
        self._body_read = True
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            raise ClipError(408, "The request body arrived too slowly.") from None
        if len(body) < length:
            raise ClipError(400, "The request body ended early.")
        return body

    def _write(self, response: ClipResponse) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in response.headers:
                self.send_header(name, value)
            if self._cors_origin is not None:
                self.send_header("Access-Control-Allow-Origin", self._cors_origin)
                self.send_header("Access-Control-Allow-Methods", _ALLOW_METHODS)
                self.send_header("Access-Control-Allow-Headers", _ALLOW_HEADERS)
                self.send_header("Vary", "Origin")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
        except OSError as exc:
            log.debug("the client went away before the answer was sent: %s", exc)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol errors found by http.server (bad request line, unknown method) as JSON."""
        self.close_connection = True
        self._write(error_response(code, message or HTTPStatus(code).phrase))

    def _route(self) -> str:
        return urlsplit(getattr(self, "path", "")).path.strip("/")

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Never the query string: it carries the API token.
        log.debug("%s /%s -> %s", self.command, self._route(), code)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("clip server: " + format, *args)
