"""Reads of the whole vault (Today's summary) in a short-lived process of their own.

Such a read parses thousands of notes. In a thread of the window's process it holds the
interpreter the window draws with, and the window stutters (measured on tldr: 55-90 ms
stalls while Today's summary and the scheduled-posts check walked 38k notes). A child
process opens the vault and its index read-only, runs the job, sends back the result and
ends, at a lower priority than the window and the index writer. The job must be picklable:
a module-level function of the core (or a `functools.partial` of one) taking the library.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ponder.core.sense.journal_config import JournalConfig

if TYPE_CHECKING:
    from ponder.core.library import Library

log = logging.getLogger("ponder.chores")

T = TypeVar("T")
FROZEN_FLAG = "--ponder-chore"
"""How a frozen bundle (no `python -c`) is told to run a chore: see packaging's entry point."""
NICENESS = 10  # housekeeping: the window and the index writer come first
_STDERR_TAIL = 2000


class ChoreFailed(Exception):
    """The chore's process stopped without an answer (killed, or it crashed)."""


@dataclass(frozen=True, slots=True)
class Place:
    """What a child needs to open the same vault read-only."""

    root: Path
    index_dir: Path
    journal: JournalConfig


def place_of(library: Library) -> Place | None:
    """Where `library` is, for a child; None for an index without a folder of its own."""
    directory = library.index_directory
    return None if directory is None else Place(library.root, directory, library.journal)


class Chores:
    """Runs jobs each in a process of its own; `stop` ends those still running (at close)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self._stopped = False

    def run(self, place: Place, job: Callable[[Library], T]) -> T:
        """Run `job(library)` in a child on the vault at `place` and return what it returned
        (blocking); raises what it raised, or ChoreFailed."""
        request = pickle.dumps((place, job))
        with self._lock:
            if self._stopped:
                raise ChoreFailed("Ponder is closing this vault.")
            child = subprocess.Popen(
                _command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                close_fds=True,
            )
            self._running.add(child)
        try:
            out, err = child.communicate(request)
        finally:
            with self._lock:
                self._running.discard(child)
        result: T = _answer(child.returncode, out, err)
        return result

    def stop(self) -> None:
        """Kill the chores still running; later `run` calls fail at once."""
        with self._lock:
            self._stopped = True
            running = list(self._running)
        for child in running:
            with contextlib.suppress(OSError):
                child.kill()


def _answer(code: int, out: bytes, err: bytes) -> Any:
    if code != 0 or not out:
        tail = err.decode("utf-8", "replace")[-_STDERR_TAIL:]
        raise ChoreFailed(f"A background read stopped (exit code {code}): {tail.strip()}")
    ok, value = pickle.loads(out)  # noqa: S301 - our own child's answer, over a private pipe
    if ok:
        return value
    raise value


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    # Not multiprocessing's spawn: it imports the parent's main module again (see index_writer).
    return [sys.executable, "-c", "from ponder.core.chores import main; main()"]


def main() -> None:
    """The child: read (place, job) from stdin, write (ok, result or error) to stdout."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    place, job = pickle.load(sys.stdin.buffer)  # noqa: S301 - from the parent that started us
    try:
        answer: tuple[bool, object] = (True, _run(place, job))
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the window to show
        answer = (False, exc)
    try:
        data = pickle.dumps(answer)
    except Exception:  # noqa: BLE001 - an exception that does not pickle: its words travel
        data = pickle.dumps((False, ChoreFailed(str(answer[1]))))
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _run(place: Place, job: Callable[[Library], T]) -> T:
    from ponder.core.index import WhooshIndex
    from ponder.core.library import Library
    from ponder.core.vault import Vault

    # Vault(...), not Vault.open: the window opened it already (and cleaned its temp files).
    index = WhooshIndex.open(place.index_dir, readonly=True)
    with Library(Vault(place.root), index, readonly_index=True) as library:
        library.journal = place.journal
        return job(library)
