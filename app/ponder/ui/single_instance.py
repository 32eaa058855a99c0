"""One Ponder per user: a second launch hands its request to the first over a local socket."""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("ponder.instance")

_TIMEOUT_MS = 1500
_MAX_MESSAGE = 64 * 1024


def server_name(scope: str = "") -> str:
    """A per-user socket name (`scope` lets tests run side by side)."""
    key = hashlib.sha256(f"{getpass.getuser()}\0{scope}".encode()).hexdigest()[:16]
    return f"ponder-{key}"


def send_to_running(name: str, message: dict[str, object]) -> bool:
    """Deliver `message` to a running Ponder; False when none answers or it refuses."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(_TIMEOUT_MS):
            return False
    # wait for the acknowledgement so the message is handled before this process exits
    acknowledged = socket.waitForReadyRead(_TIMEOUT_MS) and socket.readAll().data() == b"ok\n"
    socket.disconnectFromServer()
    return acknowledged


def _take_all(_message: dict[str, object]) -> bool:
    return True


class InstanceServer(QObject):
    """Listens for later launches. Signals: `message_received(dict)`.

    `accepts(message)` decides whether this Ponder takes a message (the sender is told, and
    does the work itself when refused — e.g. a capture for a vault this window hasn't open).
    """

    message_received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.accepts: Callable[[dict[str, object]], bool] = _take_all
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed Ponder is removed first."""
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    @Slot()
    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        line = bytes(socket.readLine(_MAX_MESSAGE).data())
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("ignored a malformed message from another Ponder")
            socket.disconnectFromServer()
            return
        taken = isinstance(message, dict) and self.accepts(message)
        socket.write(b"ok\n" if taken else b"no\n")
        socket.flush()
        if taken:
            self.message_received.emit(message)
