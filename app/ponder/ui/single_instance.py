"""One Ponder per user: the window listens for later launches on the private channel that
core/handover.py defines (and verifies) and that every client uses."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ponder.core import handover

log = logging.getLogger("ponder.instance")


def _take_all(_message: dict[str, object]) -> bool:
    return True


class InstanceServer(QObject):
    """Listens for later launches. Signals: `message_received(dict)`.

    `accepts(message)` decides whether this Ponder takes a message (the sender is told, and
    does the work itself when refused — e.g. a capture for a vault this window hasn't open).
    A connection from another user's process (SO_PEERCRED) is closed unread. `path` is None
    when the channel failed its checks: the window then runs without listening.
    """

    message_received = Signal(dict)

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.accepts: Callable[[dict[str, object]], bool] = _take_all
        self.peer_check: Callable[[int], bool] = handover.peer_is_me
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening in the verified private folder; a socket left there by a crashed
        Ponder (nothing answered the launch's hand-over) is removed first. False without a
        path (the channel was found unsafe) or when the folder fails its check."""
        if self.path is None:
            return False
        try:
            handover.verify_private_dir(self.path.parent)
        except handover.ChannelError as exc:
            log.warning("not listening for later launches: %s", exc)
            return False
        name = os.fspath(self.path)
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.disconnected.connect(socket.deleteLater)
            if not self.peer_check(int(socket.socketDescriptor())):
                log.warning("refused a connection from another user's process")
                socket.abort()
                continue
            socket.readyRead.connect(self._on_socket_ready_read)

    @Slot()
    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            if isinstance(socket, QLocalSocket) and socket.bytesAvailable() > handover.MAX_MESSAGE:
                socket.abort()
            return
        message = handover.decode(bytes(socket.readLine(handover.MAX_MESSAGE).data()))
        if message is None:
            log.warning("ignored a malformed message from another Ponder")
            socket.disconnectFromServer()
            return
        taken = self.accepts(message)
        socket.write(handover.ACCEPTED if taken else handover.REFUSED_LINE)
        socket.flush()
        if taken:
            self.message_received.emit(message)
