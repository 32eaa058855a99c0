"""The first minutes: the Welcome note of a new vault, the empty state, and a list that shows
the vault's notes while the first index builds."""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.application import Application, LaunchRequest
from ponder.core.library import Library
from ponder.core.settings import Dirs, Settings
from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.tasks import TaskRunner
from ponder.ui.translations import install_translators

WAIT = 15_000
TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture
def launch(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], Application]]:
    started: list[Application] = []

    def start() -> Application:
        dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "st")
        root = tmp_path / "new-vault"
        ponder = Application(qapp, dirs, Settings(vault=str(root), theme="light"), root)
        started.append(ponder)
        qtbot.addWidget(ponder.window)
        ponder.start(LaunchRequest())
        gc.unfreeze()
        return ponder

    yield start
    for ponder in started:
        ponder.window.close()


def test_a_new_vault_opens_its_welcome_note(
    launch: Callable[[], Application], qtbot: QtBot
) -> None:
    ponder = launch()
    panel = ponder.window.note_panel
    qtbot.waitUntil(lambda: "Seek > Sense > Share" in panel.editor.text(), timeout=WAIT)
    assert panel.document.path == "Welcome to Ponder.md"
    assert panel.pages.currentWidget() is panel.note_page
    text = panel.editor.text()
    assert "Ctrl+N" in text and "Ctrl+P" in text and "ponder journal" not in text


@pytest.mark.parametrize("name", ["welcome.md", "welcome.de.md"])
def test_the_welcome_note_is_not_hard_wrapped(name: str) -> None:
    """Each paragraph and list item is one line: the editor wraps it to the window."""
    lines = (TEMPLATES / name).read_text("utf-8").splitlines()
    for before, line in itertools.pairwise(lines):
        if before.strip() and line.strip():
            starts_block = line.lstrip().startswith(("-", "|", "#", "1", "2", "3", "4", "*"))
            assert starts_block, f"{name}: {line!r} continues the line before it"


def test_a_new_vault_welcomes_in_german(
    launch: Callable[[], Application], qapp: QApplication, qtbot: QtBot
) -> None:
    installed = install_translators(qapp, QLocale("de_DE"))
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        ponder = launch()
        panel = ponder.window.note_panel
        qtbot.waitUntil(lambda: "Strg+N" in panel.editor.text(), timeout=WAIT)
        assert panel.document.path == "Willkommen bei Ponder.md"
    finally:
        QLocale.setDefault(default)
        for translator in installed:
            qapp.removeTranslator(translator)


def test_with_no_note_open_the_pane_says_what_to_do_next(
    window: tuple[MainWindow, WindowController], qtbot: QtBot, vault_root: Path
) -> None:
    main, _controller = window
    panel = main.note_panel
    assert panel.pages.currentWidget() is panel.empty_state
    labels = [b.text() for b in panel.empty_state.buttons]
    assert labels[0].startswith("New note") and "Ctrl+N" in labels[0]
    assert any(label.startswith("Today's journal") for label in labels)
    panel.empty_state.buttons[0].click()
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.note_page, timeout=WAIT)
    assert panel.document.path == "notes/Untitled.md"
    _controller.prompter.answers.append(True)  # type: ignore[attr-defined]
    _controller.delete_note()
    assert panel.pages.currentWidget() is panel.empty_state
    qtbot.waitUntil(lambda: not (vault_root / "notes/Untitled.md").exists(), timeout=WAIT)


def test_while_indexing_the_list_shows_every_file_and_says_it_is_partial(
    corpus: Callable[[str], Path], tmp_path: Path, qtbot: QtBot, prompter: object
) -> None:
    root = corpus("foam")
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
    library = Library.open(root, dirs.cache)
    files = len(list(library.vault.scan()))  # hidden folders (.vscode/) hold no notes
    session = Session(library, TaskRunner(), Settings(vault=str(root)), dirs)
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(session, store)
    qtbot.addWidget(main)
    WindowController(main, session, prompter)  # type: ignore[arg-type]
    main.show()
    gate = threading.Event()
    session.write(lambda _lib: gate.wait(WAIT / 1000))  # hold the writer: the index stays empty
    session.reconcile()
    notes = main.note_list
    qtbot.waitUntil(lambda: notes.model.rowCount() == min(files, 100), timeout=WAIT)
    assert "partial" in notes.count_label.text()
    assert f"{files} notes" in notes.count_label.text()
    notes.set_query("backlinks")
    qtbot.waitUntil(lambda: notes.shown_text == "backlinks", timeout=WAIT)
    assert "still indexing" in (notes.count_label.text() + notes.empty_label.text())

    seen: list[str] = []
    session.reconcile_progress.connect(lambda *_: seen.append(main.status.indexing.text()))
    gate.set()
    qtbot.waitUntil(lambda: not session.reconciling, timeout=WAIT)
    assert seen and seen[-1] == f"Indexing {files} of {files}…"
    assert main.status.indexing.isHidden()
    qtbot.waitUntil(lambda: "partial" not in notes.count_label.text(), timeout=WAIT)
    assert notes.model.rowCount() > 0
    main.note_panel.document.close().result(timeout=10)
    session.close()
