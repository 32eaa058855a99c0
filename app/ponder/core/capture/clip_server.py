"""The local clip server: the Joplin Web Clipper API and a bookmarklet page, on 127.0.0.1 only.

The app starts it when the person turns it on. Safety (see ARCHITECTURE.md): it binds the
loopback address only, answers only requests whose Host names 127.0.0.1 or localhost with
its port (against DNS rebinding), refuses any Origin but browser extensions and its own
page, needs the API token on every route but ping and auth, limits bodies, and answers every
failure with `{"error": ...}` and never a stack trace.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Iterable

from ponder.core.capture.bookmarklet import BookmarkletPage, ClipSink, bookmarklet_source
from ponder.core.capture.clip_auth import (
    AuthAnswer,
    AuthGate,
    Authorizer,
    AuthRequest,
    MemoryTokenStore,
    TokenStore,
)
from ponder.core.capture.clip_http import ClipHTTPServer, ClipRequest, ClipResponse
from ponder.core.capture.clip_notes import OnChanges
from ponder.core.capture.clip_routes import JoplinApi
from ponder.core.library import Library
from ponder.core.messages import Message
from ponder.core.model import Changes

__all__ = [
    "DEFAULT_PORTS",
    "AuthAnswer",
    "AuthRequest",
    "Authorizer",
    "ClipServer",
    "ClipServerError",
    "ClipSink",
    "MemoryTokenStore",
    "TokenStore",
    "bookmarklet_source",
]

log = logging.getLogger("ponder.capture.clip_server")

DEFAULT_PORTS = range(41184, 41195)
"""Where the Joplin Web Clipper looks for a server (it pings 41184 upwards)."""
_STOP_TIMEOUT_SECONDS = 5.0


class ClipServerError(Exception):
    """The server could not start; str() says what a person can do."""


def _ignore(_changes: Changes) -> None:
    return None


class ClipServer:
    """Serves clips from browsers into the Library until stop(); start() returns the port.

    `sink`, `authorizer` and `on_changes` are called on server threads: the app hops to
    its UI thread itself (a queued signal) and never blocks them on the person.
    """

    def __init__(
        self,
        library: Library,
        *,
        sink: ClipSink,
        authorizer: Authorizer,
        token_store: TokenStore,
        ports: Iterable[int] = DEFAULT_PORTS,
        on_changes: OnChanges = _ignore,
    ) -> None:
        self._gate = AuthGate(token_store, authorizer)
        self._api = JoplinApi(library, self._gate, on_changes)
        self._page = BookmarkletPage(sink, self._gate)
        self._ports = tuple(ports)
        self._server: ClipHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int | None:
        return self._server.port if self._server else None

    @property
    def api_token(self) -> str:
        """The token other programs pass as `?token=` (Joplin shows it in its clipper options)."""
        return self._gate.token

    def start(self) -> int:
        """Listen on the first free port and serve in a background thread; returns the port."""
        if self._server is not None:
            return self._server.port
        self._gate.load_token()
        server = self._bind()
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"ponder-clip-server-{server.port}",
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        log.info("clip server listening on 127.0.0.1:%d", server.port)
        return server.port

    def stop(self) -> None:
        """Stop listening and wait (briefly) for the serving thread; safe to call twice."""
        server, thread = self._server, self._thread
        self._server, self._thread = None, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(_STOP_TIMEOUT_SECONDS)
        log.info("clip server stopped")

    def bookmarklet(self) -> str:
        """The bookmarklet for this server: it carries a key only the token's holder can make."""
        port = self.port
        if port is None:
            raise ClipServerError(Message("The clip server is not running."))
        return bookmarklet_source(port, self._gate.token)

    def admit(self, request: ClipRequest) -> int:
        if request.parts[:1] == ("clip",):
            return self._page.admit(request)
        return self._api.admit(request)

    def dispatch(self, request: ClipRequest) -> ClipResponse:
        if request.parts[:1] == ("clip",):
            return self._page.dispatch(request)
        return self._api.dispatch(request)

    def _bind(self) -> ClipHTTPServer:
        for port in self._ports:
            try:
                return ClipHTTPServer(port, self)
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                    raise ClipServerError(
                        Message("The clip server could not start: {error}.", error=exc)
                    ) from exc
        listed = ", ".join(str(p) for p in self._ports)
        raise ClipServerError(
            Message(
                "Every port the clip server may use is taken ({listed}); "
                "close the program using them (another Ponder or Joplin?) and try again.",
                listed=listed,
            )
        )
