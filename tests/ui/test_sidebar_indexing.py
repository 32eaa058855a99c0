"""While the first index builds, the sidebar never says 0 where there are notes: All notes and
the Inbox count the files, every other count shows "…" until the index can answer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ponder.core.library import Library
from ponder.core.settings import Dirs, Settings
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.models.sidebar_model import PENDING
from ponder.ui.session import Session
from ponder.ui.tasks import TaskRunner

WAIT = 15_000


def count_text(main: MainWindow, key: str) -> str:
    model = main.sidebar.model
    item = model.section_item(key)
    assert item is not None
    return model.library_heading.child(item.row(), 1).text()


def test_counts_during_the_first_build_come_from_the_files(
    corpus: Callable[[str], Path], tmp_path: Path, qtbot: QtBot, prompter: object
) -> None:
    root = corpus("foam")
    (root / "inbox").mkdir()
    for n in range(3):
        (root / "inbox" / f"Later {n}.md").write_text(f"#later thought {n}\n", "utf-8")
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
    library = Library.open(root, dirs.cache)
    files = len(list(library.vault.scan()))
    session = Session(library, TaskRunner(), Settings(vault=str(root)), dirs)
    main = MainWindow(session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    WindowController(main, session, prompter)  # type: ignore[arg-type]
    main.show()
    shown: list[str] = []
    main.sidebar.model.dataChanged.connect(
        lambda *_: shown.extend(count_text(main, k) for k in ("all", "journal"))
    )
    gate = threading.Event()
    session.write(lambda _lib: gate.wait(WAIT / 1000))  # hold the writer: the index stays empty
    session.reconcile()
    qtbot.waitUntil(lambda: count_text(main, "all") == f"{files:,}", timeout=WAIT)
    assert count_text(main, "inbox") == "3"
    for key in ("journal", "clips", "notes", "drafts", "questions"):
        assert count_text(main, key) == PENDING
    heading = main.sidebar.model.tags_heading
    assert main.sidebar.model.invisibleRootItem().child(heading.row(), 1).text() == PENDING
    assert "0" not in shown  # never a false 0 while building

    gate.set()
    qtbot.waitUntil(lambda: not session.reconciling, timeout=WAIT)
    qtbot.waitUntil(lambda: count_text(main, "journal") != PENDING, timeout=WAIT)
    assert count_text(main, "all") == f"{files:,}" and count_text(main, "questions") == "0"
    assert main.sidebar.model.tag_item("later") is not None
    main.note_panel.document.close().result(timeout=10)
    session.close()
