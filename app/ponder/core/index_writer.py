"""The index writer: its own process, started and supervised by the library.

Index builds, merges and commits never run in the interpreter that draws the window, and
there is exactly one writer by construction: only this process opens the index writable,
and every other thread (the window's, the watcher's, the clip server's) sends it requests
(index_protocol). If the process dies it is started again, the index is reconciled with the
files (which are the truth, so nothing is lost) and the request is sent again; the caller
hears of it only when it keeps failing.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from ponder.core import heap
from ponder.core.index_api import IndexLocked, IndexRefused
from ponder.core.index_keeper import IndexKeeper, Progress
from ponder.core.index_protocol import (
    Done,
    Failed,
    Outcome,
    Ready,
    Reconcile,
    Refused,
    Request,
    Stop,
)
from ponder.core.index_protocol import Progress as ProgressMessage

log = logging.getLogger("ponder.index")

START_SECONDS = 120.0  # opening a damaged index may mean wiping a large folder first
STOP_SECONDS = 30.0
CRASHES_TOLERATED = 3  # restarts in a row before the caller is told
FROZEN_FLAG = "--ponder-index-writer"
"""How a frozen bundle (no `python -c`) is told to be the writer: see packaging's entry point."""


class IndexWriteError(Exception):
    """A request failed in the writer (e.g. the disk is full); the writer itself lives on."""


class IndexWriterFailed(IndexWriteError):
    """The writer process keeps dying; the notes are safe on disk but search may lag behind."""


class IndexWriter(Protocol):
    """Where the library sends its index requests: the writer process or an inline keeper."""

    def request(self, request: Request, progress: Progress | None = None) -> Outcome: ...

    def close(self) -> None: ...


class InlineWriter:
    """The keeper in this process, for a library built by hand around a writable index."""

    def __init__(self, keeper: IndexKeeper) -> None:
        self._keeper = keeper
        self._lock = threading.Lock()

    def request(self, request: Request, progress: Progress | None = None) -> Outcome:
        with self._lock:
            return self._keeper.handle(request, progress)

    def close(self) -> None:
        """The index belongs to the library, which closes it."""


def main(argv: list[str] | None = None) -> None:
    """The writer process's entry: `<fd> <vault root> <index folder>`."""
    fd, vault_root, index_dir = (argv if argv is not None else sys.argv[1:])[-3:]
    logging.basicConfig(level=logging.WARNING, format="ponder-index-writer: %(message)s")
    serve(Connection(int(fd)), vault_root, index_dir)


def serve(conn: Connection, vault_root: str, index_dir: str) -> None:
    """Open the index writable, then answer requests until Stop or the library goes away."""
    from ponder.core.vault import Vault
    from ponder.core.whoosh_index import WhooshIndex

    try:
        index = WhooshIndex.open(Path(index_dir), vault_root=Path(vault_root))
    except IndexLocked as exc:
        conn.send(Refused("locked", str(exc)))
        return
    except IndexRefused as exc:
        conn.send(Refused("foreign", str(exc)))
        return
    try:
        conn.send(Ready(index.rebuilt_reason))
        _answer(conn, IndexKeeper(Vault(Path(vault_root)), index, parts=Path(index_dir)))
    finally:
        index.close()


def _answer(conn: Connection, keeper: IndexKeeper) -> None:
    give_back_memory = heap.trimmer()

    def progress(done: int, total: int) -> None:
        conn.send(ProgressMessage(done, total))

    while True:
        try:
            if keeper.index.untidy and not conn.poll(TIDY_AFTER_SECONDS):
                _tidy(keeper)  # idle: merge what quick commits left
                continue
            request = conn.recv()
        except (EOFError, OSError):
            return  # the library is gone
        if isinstance(request, Stop):
            return
        try:
            reply: Done | Failed = Done(keeper.handle(request, progress))
        except Exception as exc:
            log.exception("index request %r failed", request)
            reply = Failed(type(exc).__name__, str(exc))
        conn.send(reply)
        if isinstance(reply, Failed) or reply.outcome.reindexed >= _TRIM_AFTER:
            give_back_memory()  # the writer may stay idle for long, holding freed memory


def _tidy(keeper: IndexKeeper) -> None:
    try:
        keeper.index.tidy()
    except Exception:  # the index stays as it is, only less merged; the next commit retries
        log.exception("merging the index's small segments failed")


TIDY_AFTER_SECONDS = 1.0
"""How long the writer waits without a request before it merges small segments."""

_TRIM_AFTER = 1_000
"""A request that indexed this many notes freed a posting pool and a batch of parsed notes;
the writer then stays idle for a long time holding that memory unless it is given back."""


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    # Not multiprocessing's spawn: it imports the parent's main module again (a script, a
    # benchmark, the test runner), which is slow at best and fails in an unguarded script.
    return [sys.executable, "-c", "from ponder.core.index_writer import main; main()"]


class _Crashed(Exception):
    """The connection broke: the writer process died."""


class WriterProcess:
    """Starts the writer process and sends it one request at a time (callers are serialised)."""

    def __init__(self, vault_root: Path, index_dir: Path) -> None:
        self.vault_root = vault_root
        self.index_dir = index_dir
        self.rebuilt_reason: str | None = None
        self.restarts = 0
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._ready = False

    @classmethod
    def start(cls, vault_root: Path, index_dir: Path) -> WriterProcess:
        """A starting writer: it opens the index while this process goes on. The first
        request (or `wait_ready`) raises IndexLocked or IndexRefused as WhooshIndex.open does."""
        writer = cls(vault_root, index_dir)
        writer._spawn()
        return writer

    def wait_ready(self) -> None:
        with self._lock:
            if not self._ready:
                self._await_ready()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _launch(self) -> None:
        self._spawn()
        self._await_ready()

    def _spawn(self) -> None:
        self._ready = False
        ours, theirs = socket.socketpair()
        with theirs:
            fd = theirs.fileno()
            command = [*_command(), str(fd), str(self.vault_root), str(self.index_dir)]
            self._process = subprocess.Popen(
                command, pass_fds=(fd,), stdin=subprocess.DEVNULL, close_fds=True
            )
        self._conn = Connection(ours.detach())

    def _await_ready(self) -> None:
        conn = self._conn
        assert conn is not None
        if not conn.poll(START_SECONDS):
            self._kill()
            raise IndexWriterFailed(f"the index writer did not start within {START_SECONDS:.0f} s")
        try:
            first = conn.recv()
        except (EOFError, OSError) as exc:
            code = self._reap()
            raise IndexWriterFailed(f"the index writer stopped while starting ({code})") from exc
        if isinstance(first, Refused):
            self._reap()
            raise (IndexLocked if first.why == "locked" else IndexRefused)(first.message)
        assert isinstance(first, Ready)
        self.rebuilt_reason = first.rebuilt_reason
        self._ready = True

    def request(self, request: Request, progress: Progress | None = None) -> Outcome:
        """Send `request` and wait for its outcome; a dead writer is restarted and the index
        reconciled before the request is sent again."""
        with self._lock:
            crashes = 0
            while True:
                try:
                    if self._conn is None:
                        self._restart()
                    elif not self._ready:
                        self._await_ready()
                    return self._exchange(request, progress)
                except _Crashed as exc:
                    crashes += 1
                    log.warning("the index writer stopped (%s); starting it again", exc)
                    if crashes >= CRASHES_TOLERATED:
                        raise IndexWriterFailed(
                            f"The search index writer stopped {crashes} times in a row ({exc}). "
                            "Your notes are safe on disk, but search may miss recent changes; "
                            "restart Ponder or run `ponder reindex`."
                        ) from None

    def _restart(self) -> None:
        self._reap()
        self._launch()
        self.restarts += 1
        # What the dead writer had not committed is still on disk: catch up from the files.
        self._exchange(Reconcile(), None)

    def _exchange(self, request: Request, progress: Progress | None) -> Outcome:
        conn = self._conn
        assert conn is not None
        try:
            conn.send(request)
            while True:
                message = conn.recv()
                if isinstance(message, ProgressMessage):
                    if progress is not None:
                        progress(message.done, message.total)
                    continue
                if isinstance(message, Failed):
                    raise IndexWriteError(f"{message.kind}: {message.message}")
                assert isinstance(message, Done)
                return message.outcome
        except (EOFError, OSError) as exc:
            raise _Crashed(f"exit code {self._reap()}") from exc

    def _reap(self) -> int | None:
        """Wait for a dead (or dying) process and return its exit code."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        process, self._process = self._process, None
        if process is None:
            return None
        try:
            return process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
        self._reap()

    def close(self) -> None:
        """Ask the writer to close the index and wait for it (it finishes the request it has)."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send(Stop())
            self._reap()
