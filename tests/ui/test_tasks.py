"""The task runner: one writer in order, channels that keep only the newest result, shutdown."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from ponder.ui.tasks import TaskRunner


def test_writes_run_in_order_on_one_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, str]] = []
    for number in range(20):
        runner.write(lambda n=number: seen.append((n, threading.current_thread().name)))
    runner.shutdown()
    assert [n for n, _ in seen] == list(range(20))
    assert len({name for _, name in seen}) == 1


def test_a_channel_delivers_only_the_newest_result(qtbot: QtBot) -> None:
    runner = TaskRunner()
    delivered: list[str] = []
    gate = threading.Event()

    def slow() -> str:
        gate.wait(5)
        return "old"

    runner.run(slow, delivered.append, channel="search")
    runner.run(lambda: "new", delivered.append, channel="search")
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    gate.set()
    qtbot.wait(100)
    assert delivered == ["new"]
    runner.shutdown()


def test_errors_go_to_the_error_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    runner.shutdown()


def test_shutdown_finishes_queued_writes_and_refuses_new_work_quietly(qtbot: QtBot) -> None:
    runner = TaskRunner()
    done: list[int] = []
    runner.write(lambda: (time.sleep(0.2), done.append(1)))
    runner.shutdown()
    assert done == [1]
    late = runner.run(lambda: done.append(2))
    assert late.cancelled()
    assert runner.write(lambda: done.append(3)).cancelled()
    assert done == [1]


def test_housekeeping_in_the_background_never_holds_up_a_search(qtbot: QtBot) -> None:
    """Today's summary read the whole tldr vault for 18 s in the pool, and searches waited."""
    runner = TaskRunner(pool_size=2)
    gate = threading.Event()
    started: list[str] = []
    delivered: list[str] = []

    def chore(name: str) -> str:
        started.append(name)
        gate.wait(5)
        return name

    runner.run(lambda: chore("today"), delivered.append, background=True)
    runner.run(lambda: chore("schedule"), delivered.append, background=True)
    for number in range(3):
        runner.run(lambda n=number: f"search {n}", delivered.append, channel=f"search-{number}")
    qtbot.waitUntil(lambda: len(delivered) == 3, timeout=2000)
    assert sorted(delivered) == ["search 0", "search 1", "search 2"]
    assert started == ["today"]  # one lane: the second chore waits for the first
    gate.set()
    qtbot.waitUntil(lambda: len(delivered) == 5, timeout=5000)
    runner.shutdown()


def test_a_chore_asked_for_again_while_it_waited_is_not_run(qtbot: QtBot) -> None:
    """Today's summary refreshed on every change would read the vault once per change."""
    runner = TaskRunner(pool_size=1)
    gate = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def chore(name: str) -> str:
        ran.append(name)
        if name == "first":
            gate.wait(5)
        return name

    runner.run(lambda: chore("first"), delivered.append, channel="a", background=True)
    for name in ("second", "third"):
        runner.run(lambda n=name: chore(n), delivered.append, channel="today", background=True)
    runner.run(lambda: chore("fourth"), delivered.append, channel="today", background=True)
    gate.set()
    qtbot.waitUntil(lambda: delivered == ["first", "fourth"], timeout=5000)
    assert ran == ["first", "fourth"]  # "second" and "third" were asked for again
    runner.shutdown()
