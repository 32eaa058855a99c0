"""One window measurement in a fresh process (run by bench_window.py; prints one JSON line).

window_child.py start VAULT    process start → usable window; reconcile; the longest stall
window_child.py typing VAULT   keystroke → results while typing; stalls while typing, saving
window_child.py first VAULT    first start on an empty index: the longest stall and keystroke →
                               results while the index is being built
"""

from __future__ import annotations

import faulthandler
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

# When the parent launched this process (psutil's create_time is only as exact as the boot
# time the kernel reports, whole seconds in a container).
CREATED = float(os.environ.get("PONDER_BENCH_LAUNCHED", time.time()))

from ponder.application import Application, LaunchRequest  # noqa: E402
from ponder.core.settings import Dirs, Settings  # noqa: E402
from ponder.ui.panels.note_list import NoteListPanel  # noqa: E402

QUERIES = ("git commit amend", "tar extract archive", "docker container logs", "ssh key")
TIMEOUT_S = 120.0
STALL_S = 0.05
# With PONDER_BENCH_STALLS=FILE, every thread's stack is written to FILE 50 ms into each
# stall, by faulthandler's own C thread (it needs no GIL): what held the window up.
STALLS = os.environ.get("PONDER_BENCH_STALLS")


class Heartbeat:
    """A 5 ms timer on the UI thread; the longest gap between ticks is the longest stall."""

    def __init__(self) -> None:
        self.stalls = open(STALLS, "a", encoding="utf-8") if STALLS else None  # noqa: SIM115
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()
        self._watch()

    def stop(self) -> None:
        self.timer.stop()
        if self.stalls is not None:
            faulthandler.cancel_dump_traceback_later()

    def _watch(self) -> None:
        if self.stalls is not None:
            faulthandler.dump_traceback_later(STALL_S, file=self.stalls)

    def stall_ms(self) -> float:
        return max(0.0, self.longest * 1000 - 5)

    def _on_tick(self) -> None:
        now = time.perf_counter()
        if self.stalls is not None and now - self.last > STALL_S:
            self.stalls.write(f"=== a stall of {(now - self.last) * 1000:.0f} ms ended\n")
            self.stalls.flush()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self._watch()


class FirstPaint(QObject):
    """Calls `then` once the window has painted and the event loop has turned once more."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._then)
            self._then = None
        return False


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        wait(2)


def launch(
    root: Path, *, wait_for_index: bool = True
) -> tuple[QApplication, Application, dict[str, float], Heartbeat]:
    """The real Application on `root`, as `ponder --vault ROOT` builds it."""
    sys.setswitchinterval(0.001)  # as application.run() does
    app = QApplication([sys.argv[0]])
    marks: dict[str, float] = {}
    heartbeat = Heartbeat()

    def usable() -> None:
        marks["usable_s"] = time.time() - CREATED
        heartbeat.start()

    def reconciled(_report: object) -> None:
        marks["reconcile_s"] = time.time() - CREATED

    ponder = Application(app, Dirs.for_user(), Settings(vault=str(root)), root)
    painted = FirstPaint(usable)
    ponder.window.installEventFilter(painted)
    ponder.session.reconcile_finished.connect(reconciled)
    ponder.start(LaunchRequest(vault=root))
    wait_until(lambda: "usable_s" in marks and ("reconcile_s" in marks or not wait_for_index))
    if wait_for_index:
        wait(300)  # the views refresh after the reconcile
        marks["start_stall_ms"] = heartbeat.stall_ms()
        heartbeat.stop()
    ponder.window.removeEventFilter(painted)
    return app, ponder, marks, heartbeat


def while_indexing(
    ponder: Application, marks: dict[str, float], heartbeat: Heartbeat
) -> dict[str, float]:
    """Type queries (150 ms a key) until the first index is built; the heartbeat has run since
    the window was usable, so its longest gap covers the whole build."""
    panel = ponder.window.note_list
    ponder.window.raise_()
    panel.search_field.setFocus()
    landed: list[tuple[float, str]] = []
    panel.results_shown.connect(lambda _n: landed.append((time.perf_counter(), panel.shown_text)))
    latencies: list[float] = []
    rounds = 0
    while "reconcile_s" not in marks:
        query = QUERIES[rounds % len(QUERIES)]
        rounds += 1
        panel.search_field.clear()
        wait_until(lambda: panel.shown_text == "" and not panel.searching())
        for started, text in type_query(panel, query, 150):
            when = next(w for w, shown in landed if w >= started and shown.startswith(text))
            latencies.append((when - started) * 1000)
    wait(300)
    heartbeat.stop()
    return {
        "index_stall_ms": heartbeat.stall_ms(),
        "index_keys": len(latencies),
        "index_p95_ms": statistics.quantiles(latencies, n=20)[18] if len(latencies) > 1 else 0.0,
    }


def type_query(panel: NoteListPanel, text: str, interval_ms: int) -> list[tuple[float, str]]:
    keys = []
    for end in range(1, len(text) + 1):
        started = time.perf_counter()
        QTest.keyClick(panel.search_field, text[end - 1])
        keys.append((started, text[:end]))
        wait(max(1, int(interval_ms - (time.perf_counter() - started) * 1000)))
    wait_until(lambda: panel.shown_text == text)
    return keys


def typing(panel: NoteListPanel, interval_ms: int) -> dict[str, float]:
    landed: list[tuple[float, str]] = []
    panel.results_shown.connect(lambda _n: landed.append((time.perf_counter(), panel.shown_text)))
    heartbeat = Heartbeat()
    latencies: list[float] = []
    stalls: list[float] = []
    for query in QUERIES:
        panel.search_field.clear()
        wait_until(lambda: panel.shown_text == "" and not panel.searching())
        heartbeat.start()
        for started, text in type_query(panel, query, interval_ms):
            when = next(w for w, shown in landed if w >= started and shown.startswith(text))
            latencies.append((when - started) * 1000)
        heartbeat.stop()
        stalls.append(heartbeat.stall_ms())
    return {
        "n": len(latencies),
        "p50_ms": statistics.median(latencies),
        "p95_ms": statistics.quantiles(latencies, n=20)[18],
        "max_ms": max(latencies),
        "stall_ms": max(stalls),
    }


def saving(ponder: Application) -> dict[str, float]:
    """Type into a long note with autosave on and Ctrl+S every ten keys."""
    panel = ponder.window.note_panel
    path = ponder.session.library.search("git").hits[0].path
    ponder.controller.open_note(path)
    wait_until(lambda: panel.document.path == path)
    panel.editor.setFocus()
    heartbeat = Heartbeat()
    heartbeat.start()
    for number in range(60):
        QTest.keyClick(panel.editor, "abcdefghij"[number % 10])
        if number % 10 == 9:
            panel.save_now()
        wait(40)
    wait_until(lambda: not panel.document.modified)
    heartbeat.stop()
    return {"save_stall_ms": heartbeat.stall_ms()}


def main(argv: list[str]) -> None:
    mode, root = argv[0], Path(argv[1])
    app, ponder, marks, heartbeat = launch(root, wait_for_index=mode != "first")
    result: dict[str, Any] = {}
    if mode == "first":
        result.update(while_indexing(ponder, marks, heartbeat))
    result.update(marks)
    if mode == "typing":
        panel = ponder.window.note_list
        ponder.window.raise_()
        panel.search_field.setFocus()
        result["steady"] = typing(panel, 150)
        result["burst"] = typing(panel, 60)
        result.update(saving(ponder))
    ponder.window.close()
    app.processEvents()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
