"""A listening Unix socket that records what it is sent: a running Ponder window as a client
sees it (answering `ok`), or a squatter that hopes to receive another user's captures."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType


class StandInWindow:
    """`with StandInWindow(path) as window:` then `window.received` holds each line sent."""

    def __init__(
        self, path: Path, answer: bytes = b"ok\n", accepts: Callable[[bytes], bool] | None = None
    ) -> None:
        self.path = path
        self.answer = answer
        self.accepts = accepts  # when given, decides per message between `ok` and `no`
        self.received: list[bytes] = []
        self.connections = 0
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.bind(str(path))
        self._sock.listen(8)
        self._sock.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2)
                data = b""
                try:
                    while not data.endswith(b"\n"):
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    self.received.append(data)
                    taken = self.accepts(data) if self.accepts else self.answer == b"ok\n"
                    conn.sendall(b"ok\n" if taken else b"no\n")
                except OSError:
                    continue

    def __enter__(self) -> StandInWindow:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()
        self.path.unlink(missing_ok=True)
