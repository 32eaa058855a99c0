"""SIGTERM and SIGINT close the window the way the person would: the open note is saved first.

Python runs signal handlers only between bytecodes, which never happens while Qt's event loop
waits in C++. The handler's wake-up byte on a socket pair wakes a QSocketNotifier instead.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitSignals(QObject):
    """Signals: `received(int)` with the signal number, on the UI thread."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _ignore) for number in _SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def close(self) -> None:
        """Give the signals back to Python's defaults."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            self.received.emit(number)


def _ignore(_number: int, _frame: FrameType | None) -> None:
    """The wake-up byte does the work; the handler only replaces Python's default."""
