"""Who may use the clip server: the persistent API token and the browser authorisation flow."""

from __future__ import annotations

import hmac
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger("ponder.capture.clip_server")

AUTH_TTL_SECONDS = 10 * 60.0
"""How long an authorisation request stays answerable (the extension reuses one for 5 minutes)."""
MAX_WAITING = 3
"""Unanswered requests allowed at once; more would only pile up prompts in the window."""


class TokenStore(Protocol):
    """Where the API token lives between runs.

    The app's implementation keeps it in the OS keyring (never in a file). When no
    secure keyring exists it keeps the token for the session only and tells the
    person so; `save` therefore never raises.
    """

    def load(self) -> str | None: ...

    def save(self, token: str) -> None: ...


class MemoryTokenStore:
    """A TokenStore that forgets the token when the process ends (tests, no-keyring sessions)."""

    def __init__(self, token: str | None = None) -> None:
        self._token = token

    def load(self) -> str | None:
        return self._token

    def save(self, token: str) -> None:
        self._token = token


@dataclass(frozen=True, slots=True)
class AuthRequest:
    """What the window shows when a browser asks for access: who asks, and when."""

    origin: str | None
    user_agent: str
    asked_at: float


AuthAnswer = Callable[[bool], None]
"""Grants (True) or refuses (False) one request; any thread may call it; the first call counts."""


class Authorizer(Protocol):
    """Asks the person whether a browser may clip into Ponder.

    Called on a server thread; it must return at once (e.g. post a queued signal to
    the UI thread) and call `answer` later, from any thread. The browser polls
    `/auth/check` meanwhile, so nothing waits for the person.
    """

    def __call__(self, request: AuthRequest, answer: AuthAnswer) -> None: ...


@dataclass(slots=True)
class _Pending:
    request: AuthRequest
    status: str = "waiting"


class AuthGate:
    """The API token and the authorisation requests waiting for, or given, an answer."""

    def __init__(
        self,
        store: TokenStore,
        authorizer: Authorizer,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._authorizer = authorizer
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, _Pending] = {}
        self._token = ""

    def load_token(self) -> str:
        """The stored API token, made and stored on first use."""
        token = self._store.load()
        if not token or len(token) < 32:
            token = secrets.token_hex(32)
            self._store.save(token)
        self._token = token
        return token

    @property
    def token(self) -> str:
        return self._token

    def valid(self, token: str | None) -> bool:
        if not token or not self._token:
            return False
        return hmac.compare_digest(token.encode(), self._token.encode())

    def ask(self, origin: str | None, user_agent: str) -> str | None:
        """Start a request and prompt the person; the auth token to poll, None if too many wait."""
        request = AuthRequest(origin, user_agent[:200], self._clock())
        auth_token = secrets.token_urlsafe(24)
        with self._lock:
            self._expire()
            waiting = sum(p.status == "waiting" for p in self._pending.values())
            if waiting >= MAX_WAITING:
                return None
            self._pending[auth_token] = _Pending(request)
        try:
            self._authorizer(request, _Answer(self, auth_token))
        except Exception:
            log.exception("the authorizer failed; the request is refused")
            self.settle(auth_token, accepted=False)
        return auth_token

    def check(self, auth_token: str) -> dict[str, str] | None:
        """The state of a request as `/auth/check` reports it; None for an unknown token."""
        with self._lock:
            self._expire()
            pending = self._pending.get(auth_token)
            if pending is None:
                return None
            status = pending.status
        if status == "accepted":
            return {"status": status, "token": self._token}
        return {"status": status}

    def settle(self, auth_token: str, *, accepted: bool) -> None:
        """Record the person's answer; a request answered or expired before stays as it is."""
        with self._lock:
            pending = self._pending.get(auth_token)
            if pending is not None and pending.status == "waiting":
                pending.status = "accepted" if accepted else "rejected"

    def _expire(self) -> None:
        cutoff = self._clock() - AUTH_TTL_SECONDS
        for key in [k for k, p in self._pending.items() if p.request.asked_at < cutoff]:
            del self._pending[key]


class _Answer:
    """The callable handed to the Authorizer; it knows its request but not the secret token."""

    def __init__(self, gate: AuthGate, auth_token: str) -> None:
        self._gate = gate
        self._auth_token = auth_token

    def __call__(self, accepted: bool) -> None:
        self._gate.settle(self._auth_token, accepted=accepted)
