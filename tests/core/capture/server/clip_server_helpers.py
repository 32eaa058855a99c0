"""Helpers for the clip server tests: a running server on a real Library, a client, recorders.

Kept out of a conftest.py on purpose: sibling tests import `conftest` by name, and a second
conftest module here would take that name.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from ponder.core.capture.clip_server import (
    AuthAnswer,
    AuthRequest,
    ClipServer,
    MemoryTokenStore,
)
from ponder.core.library import Library
from ponder.core.model import Changes, NotePath


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RecordingAuthorizer:
    """Stands in for the window: keeps each prompt and its answer callable."""

    def __init__(self) -> None:
        self.prompts: list[tuple[AuthRequest, AuthAnswer]] = []

    def __call__(self, request: AuthRequest, answer: AuthAnswer) -> None:
        self.prompts.append((request, answer))


@dataclass
class RecordingSink:
    calls: list[tuple[str, str, str, str, list[str]]] = field(default_factory=list)

    def __call__(
        self, url: str, title: str, selection: str, reflection: str, tags: Sequence[str]
    ) -> NotePath:
        self.calls.append((url, title, selection, reflection, list(tags)))
        return NotePath(f"clips/clip {len(self.calls)}.md")


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class Client:
    """Raw HTTP to the server; `api` adds `?token=` as the extension's clipperApiExec does."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.token: str | None = None

    def request(
        self,
        method: str,
        target: str,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, target, body=body, headers=headers or {})
            response = conn.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            conn.close()

    def api(
        self,
        method: str,
        path: str,
        query: dict[str, object] | None = None,
        body: object = None,
        origin: str | None = "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
    ) -> Reply:
        params = {**(query or {}), "token": self.token if self.token is not None else "null"}
        headers = {"Content-Type": "application/json"}
        if origin is not None:
            headers["Origin"] = origin
        data = None if body is None else json.dumps(body)
        return self.request(method, f"/{path}?{urlencode(params)}", data, headers)


@dataclass
class Running:
    server: ClipServer
    port: int
    library: Library
    vault: Path
    authorizer: RecordingAuthorizer
    sink: RecordingSink
    store: MemoryTokenStore
    changes: list[Changes]
    client: Client

    def authorize(self) -> str:
        """Go through the extension's auth flow, accept in the 'window', keep the token."""
        auth_token = self.client.api("POST", "auth").json()["auth_token"]
        self.authorizer.prompts[-1][1](True)
        reply = self.client.api("GET", "auth/check", {"auth_token": auth_token}).json()
        self.client.token = reply["token"]
        return str(reply["token"])


@contextmanager
def open_library(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "vault", tmp_path / "cache", create=True)
    try:
        yield library
    finally:
        library.close()


@contextmanager
def serve(tmp_path: Path) -> Iterator[Running]:
    """A started clip server on a fresh vault, with recorders in place of the window."""
    authorizer, sink, store = RecordingAuthorizer(), RecordingSink(), MemoryTokenStore()
    changes: list[Changes] = []
    with open_library(tmp_path) as library:
        server = ClipServer(
            library,
            sink=sink,
            authorizer=authorizer,
            token_store=store,
            ports=[free_port()],
            on_changes=changes.append,
        )
        port = server.start()
        try:
            yield Running(
                server,
                port,
                library,
                library.vault.root,
                authorizer,
                sink,
                store,
                changes,
                Client(port),
            )
        finally:
            server.stop()
