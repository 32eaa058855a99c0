"""Watch a vault folder: watchdog events turned into debounced, content-verified change batches."""

from __future__ import annotations

import errno
import logging
import os
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
    FileSystemMovedEvent,
)
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from ponder.core.model import NotePath, content_digest
from ponder.core.paths import is_hidden_part, is_note_path

if TYPE_CHECKING:
    from watchdog.observers.inotify_c import InotifyEvent, InotifyFD, WatchDescriptor

log = logging.getLogger("ponder.watch")

# Only what can change a note's bytes or its existence. Opened / closed-without-writing events
# are left out on purpose: reading a file to hash it would otherwise wake the watcher again.
_EVENT_TYPES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
_SETTLE_COMPLETE = 0.02
"""Seconds to wait after a close-after-write or a rename onto a note before reading it."""
_HEALTH_SECONDS = 0.5
"""How often the worker checks that watchdog's threads are still alive."""
_BATCH_WAIT_FACTOR = 8
"""A burst is delivered as one batch unless it keeps going for this many quiet periods."""
_JOIN_SECONDS = 0.8
_INOTIFY_LIMITS = ("max_user_watches", "max_user_instances")


@dataclass(frozen=True, slots=True)
class WatchBatch:
    """What settled on disk since the last batch, already checked against Ponder's digests."""

    changed: frozenset[NotePath] = frozenset()
    removed: frozenset[NotePath] = frozenset()
    suspected_mass_removal: frozenset[NotePath] = frozenset()
    rescan_reason: str | None = None

    def __bool__(self) -> bool:
        return bool(
            self.changed or self.removed or self.suspected_mass_removal or self.rescan_reason
        )


_STOP = object()
"""Queued by stop(); the worker drops whatever is still settling."""


def watch_limits() -> dict[str, int | None]:
    """The kernel's inotify limits (None where unreadable, as off Linux), for `ponder doctor`."""
    limits: dict[str, int | None] = {}
    for name in _INOTIFY_LIMITS:
        try:
            text = Path("/proc/sys/fs/inotify", name).read_text(encoding="ascii")
            limits[name] = int(text.strip())
        except (OSError, ValueError):
            limits[name] = None
    return limits


def _limit_warning(exc: OSError, poll_seconds: float) -> str | None:
    """A message a person can act on when inotify refused to start, or None for other errors."""
    if exc.errno == errno.ENOSPC:
        name, value = "max_user_watches", "524288"
        what = "the number of folders one user may watch"
    elif exc.errno == errno.EMFILE:
        name, value = "max_user_instances", "1024"
        what = "the number of file watchers one user may open (or the open-file limit)"
    else:
        return None
    current = watch_limits().get(name)
    shown = f" (now {current})" if current is not None else ""
    return (
        f"The system limit on {what}, fs.inotify.{name}{shown}, is reached, so Ponder looks "
        f"for outside changes every {poll_seconds:g} s instead of at once. To raise it: "
        f"`sudo sysctl fs.inotify.{name}={value}`, and add `fs.inotify.{name}={value}` to a "
        "file in /etc/sysctl.d/ to keep it after a restart."
    )


class _Forwarder(FileSystemEventHandler):
    """Hands every event to the worker's queue; watchdog's thread does nothing else."""

    def __init__(self, events: queue.SimpleQueue[object]) -> None:
        self._events = events

    def dispatch(self, event: FileSystemEvent) -> None:
        self._events.put(event)


class _OverflowSignal:
    """An extra inotify callback: watchdog only logs a queue overflow, this tells us too.

    It implements the whole `WatchCallback` protocol of watchdog 7.1 and 7.1.1 (which added
    `on_events_lost`): a missing method raises in watchdog's reader thread, which then stops.
    """

    def __init__(self, events: queue.SimpleQueue[object]) -> None:
        self._events = events

    def on_event(self, event: InotifyEvent) -> None:
        """Ordinary events reach us through the emitter; nothing to do here."""

    def on_watch_deleted(self, wd: WatchDescriptor) -> None:
        """The root went away; the emitter stops and the health check notices."""

    def on_queue_overflow(self) -> None:
        # A str on the queue is a rescan reason: events were lost.
        self._events.put("the kernel's inotify queue overflowed and changes were lost")

    def on_events_lost(self) -> None:
        """Called (7.1.1+) once every callback has seen the overflow; the rescan is queued."""


class _InotifyObserver(BaseObserver):
    """watchdog's InotifyObserver, plus a callback on the root that learns of queue overflows."""

    def __init__(self, root: Path, events: queue.SimpleQueue[object]) -> None:
        from watchdog.observers.inotify import InotifyEmitter
        from watchdog.observers.inotify_c import CallbackId, InotifyConstants, InotifyFD, Mask

        self._fd: InotifyFD = InotifyFD()
        self._fd.start()
        super().__init__(InotifyEmitter, inotify_fd=self._fd)
        signal = _OverflowSignal(events)
        # IN_MASK_ADD keeps the emitter's mask on the shared root watch whichever comes first.
        mask = Mask(
            InotifyConstants.IN_DELETE_SELF
            | InotifyConstants.IN_DONT_FOLLOW
            | InotifyConstants.IN_MASK_ADD
        )
        try:
            self._fd.add_callback(os.fsencode(root), mask, signal, CallbackId(id(signal)))
        except BaseException:
            self.stop()
            raise

    def readers_alive(self) -> bool:
        return self._fd.is_alive()

    def on_thread_stop(self) -> None:
        super().on_thread_stop()
        self._fd.stop()
        self._fd.join(_JOIN_SECONDS)


def _native_observer(root: Path, events: queue.SimpleQueue[object]) -> tuple[BaseObserver, str]:
    """The platform's event-driven observer (not yet started) and its mode name."""
    if sys.platform.startswith("linux"):
        return _InotifyObserver(root, events), "inotify"
    from watchdog.observers import Observer

    observer = Observer()
    return observer, type(observer).__name__.removesuffix("Observer").lower()


def _alive(observer: BaseObserver) -> bool:
    threads = [observer, *observer.emitters]
    # An emitter that saw its root go stops itself; it may not have exited yet.
    if not all(t.is_alive() and not t.stopped_event.is_set() for t in threads):
        return False
    return not isinstance(observer, _InotifyObserver) or observer.readers_alive()


def _shut(observer: BaseObserver) -> None:
    observer.stop()
    if observer.is_alive():
        observer.join(_JOIN_SECONDS)


class VaultWatcher:
    """Watches `root` recursively and calls `on_batch` with what settled and really changed.

    `on_batch` runs on the watcher's own worker thread, one batch at a time; so do the
    callbacks `known_digest`, `note_count` and `known_paths`, which must therefore be
    thread-safe. Ponder's own saves cost nothing as long as `known_digest` returns the new
    digest before the file is replaced. Changes still settling when `stop()` is called are
    dropped; the next reconcile finds them.
    """

    def __init__(
        self,
        root: Path,
        on_batch: Callable[[WatchBatch], None],
        *,
        known_digest: Callable[[NotePath], str | None],
        note_count: Callable[[], int],
        known_paths: Callable[[], Iterable[NotePath]],
        quiet_seconds: float = 0.25,
        mass_window_seconds: float = 3.0,
        mass_fraction: float = 0.5,
        mass_count: int = 200,
        mass_min_count: int = 10,
        force_polling: bool = False,
        poll_seconds: float = 2.0,
    ) -> None:
        self.root = Path(root).absolute()
        self.mode = "not started"
        self.warning: str | None = None
        self._root_prefix = str(self.root) + os.sep
        self._on_batch = on_batch
        self._known_digest = known_digest
        self._note_count = note_count
        self._known_paths = known_paths
        self._quiet = quiet_seconds
        self._mass = _MassRule(mass_window_seconds, mass_fraction, mass_count, mass_min_count)
        self._polling = force_polling
        self._poll_seconds = poll_seconds
        self._events: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._observer: BaseObserver | None = None
        self._worker: threading.Thread | None = None
        self._stopping = False
        self._down_reason: str | None = None
        self._next_health = 0.0
        self._pending: dict[NotePath, float] = {}
        self._burst_started: float | None = None
        self._rescan: str | None = None
        self._rescan_due = 0.0

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin watching; raises if the vault folder cannot be watched at all."""
        with self._lock:
            if self._worker is not None or self._stopping:
                raise RuntimeError("a VaultWatcher starts only once; make a new one")
            if not self.root.is_dir():
                raise FileNotFoundError(
                    errno.ENOENT, "The vault folder to watch does not exist", str(self.root)
                )
            self._observer = self._open_observer()
            self._worker = threading.Thread(target=self._run, name="ponder-watch", daemon=True)
            self._worker.start()

    def stop(self) -> None:
        """Stop watching and join the threads; safe to call twice or from `on_batch`.

        Returns within about a second; a batch being delivered at that moment still finishes.
        """
        with self._lock:
            if self._stopping:
                return
            self._stopping = True
            observer, self._observer = self._observer, None
            worker = self._worker
        self._events.put(_STOP)
        if observer is not None:
            _shut(observer)
        if worker is not None and worker is not threading.current_thread():
            worker.join(_JOIN_SECONDS)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _open_observer(self) -> BaseObserver:
        """Start the native observer, or polling when forced or when inotify hit a limit."""
        if not self._polling:
            try:
                observer, mode = _native_observer(self.root, self._events)
                self._schedule(observer)
            except OSError as exc:
                warning = _limit_warning(exc, self._poll_seconds)
                if warning is None:
                    raise
                log.warning("%s", warning)
                self.warning = warning
                self._polling = True
            else:
                self.mode = mode
                return observer
        observer = PollingObserver(timeout=self._poll_seconds)
        self._schedule(observer)
        self.mode = "polling"
        return observer

    def _schedule(self, observer: BaseObserver) -> None:
        try:
            observer.schedule(
                _Forwarder(self._events), str(self.root), recursive=True, event_filter=_EVENT_TYPES
            )
            observer.start()
        except BaseException:
            _shut(observer)
            raise

    # -- the worker -------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            items = self._next_items(self._wait_seconds(time.monotonic()))
            if items is None:
                return
            try:
                self._absorb(items)
                self._check_health()
                batch = self._settle(time.monotonic())
            except Exception:
                log.exception("the vault watcher failed while sorting events; rescanning")
                self._request_rescan("the watcher hit an internal error (see the log)")
                continue
            if batch:
                self._deliver(batch)

    def _next_items(self, timeout: float) -> list[object] | None:
        """Everything queued (waiting up to `timeout` for the first), or None when stopping."""
        items: list[object] = []
        try:
            items.append(self._events.get(timeout=timeout))
            while True:
                items.append(self._events.get_nowait())
        except queue.Empty:
            pass
        return None if _STOP in items else items

    def _deliver(self, batch: WatchBatch) -> None:
        try:
            self._on_batch(batch)
        except Exception:
            log.exception("on_batch raised; the watcher keeps going")

    def _deadlines(self) -> list[float]:
        deadlines = list(self._pending.values())
        if self._rescan is not None:
            deadlines.append(self._rescan_due)
        return deadlines

    def _wait_seconds(self, now: float) -> float:
        """How long the worker may sleep before something settles or health is due."""
        deadlines = self._deadlines()
        wake = now + _HEALTH_SECONDS
        if deadlines:
            wake = min(wake, self._batch_time(deadlines))
        return max(0.0, wake - now)

    def _batch_time(self, deadlines: list[float]) -> float:
        """When everything is quiet, or, for a burst that goes on, when the first path is."""
        latest = max(deadlines)
        if self._burst_started is None:
            return latest
        cap = self._burst_started + self._quiet * _BATCH_WAIT_FACTOR
        return latest if latest <= cap else max(cap, min(deadlines))

    # -- from events to pending paths -------------------------------------------------------------

    def _absorb(self, items: list[object]) -> None:
        now = time.monotonic()
        gone_dirs: list[str] = []
        for item in items:
            if isinstance(item, str):
                self._request_rescan(item)
            elif isinstance(item, FileSystemEvent):
                self._absorb_event(item, now, gone_dirs)
        if gone_dirs:
            prefixes = tuple(f"{d}/" for d in gone_dirs)
            for path in self._known_paths():
                if path.startswith(prefixes):
                    self._touch(path, now)

    def _absorb_event(self, event: FileSystemEvent, now: float, gone_dirs: list[str]) -> None:
        src = self._relative(event.src_path)
        dest = self._relative(event.dest_path) if isinstance(event, FileSystemMovedEvent) else None
        if not event.is_directory:
            # A file closed after writing, or renamed into place, is complete: look at it almost
            # at once. Deletions and bare modifications wait the whole quiet period (vim's save
            # deletes first; other editors write in several steps).
            complete = isinstance(event, FileClosedEvent)
            self._touch(src, now, _SETTLE_COMPLETE if complete else None)
            self._touch(dest, now, _SETTLE_COMPLETE)
        elif src == "" and isinstance(event, DirDeletedEvent):
            self._request_rescan(f"the vault folder {self.root} was deleted or unmounted")
            self._next_health = 0.0  # watchdog stops watching now; notice it in this batch
        else:
            if src and isinstance(event, DirDeletedEvent | DirMovedEvent):
                gone_dirs.append(src)
            for folder in (src if isinstance(event, DirCreatedEvent) else None, dest):
                if folder:
                    self._touch_tree(folder, now)

    def _relative(self, path: bytes | str) -> str | None:
        """The vault-relative posix path ("" for the root), or None outside the vault."""
        text = os.fsdecode(path)
        if text == str(self.root):
            return ""
        if not text.startswith(self._root_prefix):
            return None
        return text[len(self._root_prefix) :].replace(os.sep, "/")

    def _touch(self, relative: str | None, now: float, settle: float | None = None) -> None:
        if relative and is_note_path(relative):
            quiet = self._quiet if settle is None else min(settle, self._quiet)
            self._pending[NotePath(relative)] = now + quiet
            if self._burst_started is None:
                self._burst_started = now

    def _touch_tree(self, folder: str, now: float) -> None:
        """Every note below a folder that appeared (moved in, or created with content)."""
        if any(is_hidden_part(part) for part in folder.split("/")):
            return
        for dirpath, dirnames, filenames in os.walk(self.root / folder):
            dirnames[:] = [d for d in dirnames if not is_hidden_part(d)]
            base = self._relative(dirpath)
            for name in filenames:
                self._touch(f"{base}/{name}" if base else name, now)

    def _request_rescan(self, reason: str) -> None:
        log.warning("vault watcher: %s; asking for a full rescan", reason)
        if self._rescan is None:
            self._rescan = reason
        elif reason not in self._rescan.split("; "):
            self._rescan = f"{self._rescan}; {reason}"
        self._rescan_due = time.monotonic() + self._quiet
        if self._burst_started is None:
            self._burst_started = time.monotonic()

    # -- settling ---------------------------------------------------------------------------------

    def _settle(self, now: float) -> WatchBatch | None:
        """The batch for every path whose quiet period is over, once the burst allows it."""
        deadlines = self._deadlines()
        if not deadlines or now < self._batch_time(deadlines):
            return None
        due = sorted(p for p, deadline in self._pending.items() if deadline <= now)
        for path in due:
            del self._pending[path]
        reason = None
        if self._rescan is not None and self._rescan_due <= now:
            reason, self._rescan = self._rescan, None
        self._burst_started = now if self._pending or self._rescan else None
        changed, missing = self._examine(due)
        removed, suspected = self._mass.split(missing, now, self._note_count)
        return WatchBatch(changed, removed, suspected, reason)

    def _examine(self, paths: list[NotePath]) -> tuple[frozenset[NotePath], list[NotePath]]:
        """Read each settled path: changed if its digest is new, missing if we knew it."""
        changed: set[NotePath] = set()
        missing: list[NotePath] = []
        for path in paths:
            try:
                data = (self.root / path).read_bytes()
            except (FileNotFoundError, NotADirectoryError):
                if self._known_digest(path) is not None:
                    missing.append(path)
                continue
            except OSError as exc:
                # A folder named like a note, or a file we may not read: nothing to report.
                log.info("vault watcher: cannot read %s: %s", path, exc)
                continue
            if self._known_digest(path) != content_digest(data):
                changed.add(path)
        return frozenset(changed), missing

    # -- health -----------------------------------------------------------------------------------

    def _check_health(self) -> None:
        """Restart watchdog if its threads died (or the root vanished), and ask for a rescan."""
        now = time.monotonic()
        if now < self._next_health:
            return
        self._next_health = now + _HEALTH_SECONDS
        with self._lock:
            if self._stopping or (self._observer is not None and _alive(self._observer)):
                return
            reason = None
            if self._observer is not None:
                _shut(self._observer)
                self._observer = None
                missing = not self.root.is_dir()
                reason = (
                    f"the vault folder {self.root} is missing"
                    if missing
                    else "the file watcher stopped unexpectedly"
                )
                self._down_reason = reason
            try:
                self._observer = self._open_observer() if self.root.is_dir() else None
            except OSError as exc:
                log.info("vault watcher: cannot watch %s yet: %s", self.root, exc)
            if reason is not None:
                self._request_rescan(reason)
            elif self._observer is not None:
                self._request_rescan(f"watching resumed after {self._down_reason}")


class _MassRule:
    """Tells a mass disappearance (sync wipe, checkout, unmount) from ordinary deletions."""

    def __init__(self, window: float, fraction: float, count: int, min_count: int) -> None:
        self._window = window
        self._fraction = fraction
        self._count = count
        self._min_count = min_count
        self._times: deque[float] = deque()
        self._base = 0

    def split(
        self, missing: list[NotePath], now: float, note_count: Callable[[], int]
    ) -> tuple[frozenset[NotePath], frozenset[NotePath]]:
        """(removed, suspected): all of `missing` is suspected while the window counts a mass."""
        if not missing:
            return frozenset(), frozenset()
        while self._times and self._times[0] < now - self._window:
            self._times.popleft()
        if not self._times:
            # Measured when the window opens, before the receiver applies any of its removals.
            self._base = note_count()
        self._times.extend(now for _ in missing)
        gone = len(self._times)
        mass = gone > self._count or (
            gone >= self._min_count and gone > self._base * self._fraction
        )
        paths = frozenset(missing)
        return (frozenset(), paths) if mass else (paths, frozenset())
