"""Session.run: the one way a face changes notes — publishes once, says progress and failure
in the status bar's words, offers the undo step, and runs network work in the pool."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.ui.operations import Changed, Operation, Runs, UndoStep, only
from ponder.ui.session import Session

WAIT = 10_000


def _create(lib: Library) -> Changed[NotePath]:
    return Changed.of(lib.create_note("Seeds", kind=Kind.NOTE))


def _fail(_lib: Library) -> Changed[None]:
    raise OSError("the disk is full")


def test_an_operation_publishes_once_offers_its_undo_and_then_calls_back(
    session: Session, qtbot: QtBot, vault_root: Path
) -> None:
    order: list[str] = []
    heard: list[tuple[Changes, object]] = []
    session.changed.connect(
        lambda changes, who: (order.append("changed"), heard.append((changes, who)))
    )
    session.undoable.connect(lambda step: order.append(f"undo:{step.said}"))
    initiator = object()

    def undo(result: Changed[NotePath]) -> UndoStep:
        return UndoStep("Made Seeds.", lambda lib: only(lib.trash(result.value)))

    op = Operation(_create, undo=undo, on_done=lambda _r: order.append("done"))
    session.run(op, initiator)
    qtbot.waitUntil(lambda: "done" in order, timeout=WAIT)
    assert order == ["changed", "undo:Made Seeds.", "done"]
    assert heard == [(Changes(added=frozenset({"notes/Seeds.md"})), initiator)]
    assert (vault_root / "notes" / "Seeds.md").exists()


def test_a_failure_is_a_sentence_for_the_status_bar_and_progress_ends(
    session: Session, qtbot: QtBot
) -> None:
    said: list[str] = []
    session.problem.connect(said.append)
    busy: list[str] = []
    session.busy.connect(lambda text: busy.append(f"busy:{text}"))
    session.idle.connect(lambda text: busy.append(f"idle:{text}"))
    op = Operation(_fail, progress="Sowing…", failure="Could not sow the seeds")
    session.run(op)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert said == ["Could not sow the seeds: the disk is full"]
    assert busy == ["busy:Sowing…", "idle:Sowing…"]


def test_an_own_error_handler_replaces_the_status_bar_sentence(
    session: Session, qtbot: QtBot
) -> None:
    said: list[str] = []
    session.problem.connect(said.append)
    caught: list[BaseException] = []
    session.run(Operation(_fail, on_error=caught.append))
    qtbot.waitUntil(lambda: bool(caught), timeout=WAIT)
    assert isinstance(caught[0], OSError) and said == []


def test_pool_operations_run_beside_the_writer(session: Session, qtbot: QtBot) -> None:
    threads: list[str] = []

    def job(_lib: Library) -> Changed[None]:
        threads.append(threading.current_thread().name)
        return only(Changes())

    session.run(Operation(job, runs=Runs.POOL))
    session.run(Operation(job))
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=WAIT)
    assert sorted(name.split("_")[0] for name in threads) == ["ponder-pool", "ponder-writer"]
