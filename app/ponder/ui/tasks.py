"""Run work off the UI thread: one writer for the vault and index, a small pool for what a
person waits for (searches, opening a note), and one background lane for housekeeping that
reads the whole vault (Today's summary, which waits there for its own process, see
Session.chore), so that never queues ahead of a search.

Results come back to the UI thread through a queued signal; a newer request on the same
channel makes older results stale, and stale results are dropped instead of delivered.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ponder.ui.core_text import core_text

log = logging.getLogger("ponder.tasks")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass(frozen=True, slots=True)
class _Delivery:
    channel: str | None
    generation: int
    future: Future[Any]
    on_done: Done | None
    on_error: Failed | None


class TaskRunner(QObject):
    """Signals: `_delivered(object)` (internal, queued to the UI thread); `failed(str)` for
    errors that had no handler of their own."""

    _delivered = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, pool_size: int = 2) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ponder-writer")
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="ponder-pool")
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ponder-chores")
        self._generations: dict[str, int] = {}
        self._closed = False
        self._delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)

    def write(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> Future[Any]:
        """Run `work` on the single writer thread, in submission order."""
        return self._submit(self._writer, work, on_done, on_error, None)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        channel: str | None = None,
        background: bool = False,
    ) -> Future[Any]:
        """Run `work` in the pool (with `background`, in the housekeeping lane). With a
        channel, only the newest request's result is delivered."""
        executor = self._background if background else self._pool
        return self._submit(executor, work, on_done, on_error, channel)

    def _submit(
        self,
        executor: ThreadPoolExecutor,
        work: Callable[[], Any],
        on_done: Done | None,
        on_error: Failed | None,
        channel: str | None,
    ) -> Future[Any]:
        if self._closed:  # a view's timer after the vault closed: nothing will be delivered
            cancelled: Future[Any] = Future()
            cancelled.cancel()
            return cancelled
        generation = 0
        if channel is not None:
            generation = self._generations.get(channel, 0) + 1
            self._generations[channel] = generation
        if executor is self._background and channel is not None:
            # A chore reads the whole vault: one asked for again while it waited is not run
            # (its result would be dropped as stale anyway).
            work = functools.partial(self._unless_superseded, work, channel, generation)
        future: Future[Any] = executor.submit(work)
        delivery = _Delivery(channel, generation, future, on_done, on_error)
        future.add_done_callback(lambda _f: self._emit(delivery))
        return future

    def _unless_superseded(self, work: Callable[[], Any], channel: str, generation: int) -> Any:
        return work() if self.is_current(channel, generation) else None

    def _emit(self, delivery: _Delivery) -> None:
        if not self._closed:
            self._delivered.emit(delivery)

    def is_current(self, channel: str, generation: int) -> bool:
        return self._generations.get(channel, 0) == generation

    @Slot(object)
    def _on_delivered(self, delivery: _Delivery) -> None:
        if self._closed:
            return
        if delivery.channel is not None and not self.is_current(
            delivery.channel, delivery.generation
        ):
            return
        error = delivery.future.exception()
        if error is None:
            if delivery.on_done is not None:
                delivery.on_done(delivery.future.result())
        elif delivery.on_error is not None:
            delivery.on_error(error)
        else:
            log.error("background task failed", exc_info=error)
            self.failed.emit(core_text(error))

    def shutdown(self) -> None:
        """Finish queued writes (never drop a save), cancel pending reads, stop delivering."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._background.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)
