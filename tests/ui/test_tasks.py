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
