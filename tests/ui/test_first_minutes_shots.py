"""Screenshots of the first five minutes, light and dark (PONDER_SHOTS=1): first run, the empty
state, indexing in progress, the properties panel, a 900×600 window, the shortcut sheet."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.application import Application, LaunchRequest
from ponder.core.library import Library
from ponder.core.settings import Dirs, Settings
from ponder.core.share.drafts import new_draft
from ponder.ui import theme
from ponder.ui.controller import WindowController
from ponder.ui.dialogs.shortcuts_sheet import ShortcutsSheet
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session
from ponder.ui.tasks import TaskRunner

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT = 15_000
THEMES = ["light", "dark"]
FRONT = (
    "---\ntitle: Compost\ntags: [garden, soil]\ncreated: 2026-11-02\nstatus: growing\n"
    "review: true\nsource: https://example.org/compost\n---\n"
    "# Compost\n\nGreens and browns, turned weekly. See [[Soil]].\n"
)


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, theme.LIGHT)


def save(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def window_on(
    session: Session, tmp_path: Path, qtbot: QtBot, prompter: object, name: str
) -> tuple[MainWindow, WindowController]:
    store = QSettings(str(tmp_path / f"window-{name}.ini"), QSettings.Format.IniFormat)
    main = MainWindow(session, store)
    qtbot.addWidget(main)
    controller = WindowController(main, session, prompter)  # type: ignore[arg-type]
    controller.appearance.apply(theme.LIGHT if name == "light" else theme.DARK)
    main.resize(1280, 800)
    main.show()
    return main, controller


@pytest.mark.parametrize("name", THEMES)
def test_first_run_screenshot(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, look: None, name: str
) -> None:
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "st")
    root = tmp_path / "Ponder"
    ponder = Application(qapp, dirs, Settings(vault=str(root), theme=name), root)
    qtbot.addWidget(ponder.window)
    ponder.window.resize(1280, 800)
    ponder.start(LaunchRequest())
    gc.unfreeze()
    panel = ponder.window.note_panel
    qtbot.waitUntil(lambda: "Seek > Sense > Share" in panel.editor.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: ponder.window.note_list.model.rowCount() == 1, timeout=WAIT)
    qtbot.wait(400)
    save(ponder.window, f"first-run-{name}")
    ponder.window.close()


@pytest.mark.parametrize("name", THEMES)
def test_empty_state_screenshot(
    session: Session, qtbot: QtBot, tmp_path: Path, prompter: object, look: None, name: str
) -> None:
    main, _controller = window_on(session, tmp_path, qtbot, prompter, name)
    qtbot.wait(200)
    save(main, f"empty-state-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_indexing_screenshot(
    corpus: Callable[[str], Path],
    qtbot: QtBot,
    tmp_path: Path,
    prompter: object,
    look: None,
    name: str,
) -> None:
    root = corpus("dendron-site")
    dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "state")
    library = Library.open(root, dirs.cache)
    session = Session(library, TaskRunner(), Settings(vault=str(root)), dirs)
    main, _controller = window_on(session, tmp_path, qtbot, prompter, name)
    gate = threading.Event()
    session.write(lambda _lib: gate.wait(30))  # the build waits: the shot shows it under way
    session.reconcile()
    total = len(list(library.vault.scan()))
    qtbot.waitUntil(lambda: main.note_list.model.rowCount() > 50, timeout=WAIT)
    session.reconcile_progress.emit(total * 2 // 5, total)  # as the build reports it
    qtbot.wait(300)
    save(main, f"indexing-{name}")
    gate.set()
    qtbot.waitUntil(lambda: not session.reconciling, timeout=60_000)
    main.note_panel.document.close().result(timeout=10)
    session.close()


@pytest.mark.parametrize("name", THEMES)
def test_properties_screenshot(
    session: Session,
    qtbot: QtBot,
    tmp_path: Path,
    prompter: object,
    vault_root: Path,
    look: None,
    name: str,
) -> None:
    (vault_root / "Compost.md").write_text(FRONT, "utf-8")
    (vault_root / "Soil.md").write_text("Loam. Compost feeds it.\n", "utf-8")
    session.library.reconcile()
    main, controller = window_on(session, tmp_path, qtbot, prompter, name)
    controller.open_note("Compost.md")
    qtbot.waitUntil(lambda: main.note_panel.properties.isVisible(), timeout=WAIT)
    qtbot.wait(400)
    save(main, f"properties-{name}")
    main.note_panel.document.close().result(timeout=10)


@pytest.mark.parametrize("name", THEMES)
def test_narrow_window_screenshot(
    session: Session,
    qtbot: QtBot,
    tmp_path: Path,
    prompter: object,
    vault_root: Path,
    look: None,
    name: str,
) -> None:
    (vault_root / "Compost.md").write_text(FRONT, "utf-8")
    session.library.reconcile()
    main, controller = window_on(session, tmp_path, qtbot, prompter, name)
    main.resize(900, 600)
    controller.open_note("Compost.md")
    qtbot.waitUntil(lambda: not main.note_panel.editor.isReadOnly(), timeout=WAIT)
    qtbot.wait(400)
    save(main, f"window-900x600-{name}")
    main.note_panel.document.close().result(timeout=10)


@pytest.mark.parametrize("name", THEMES)
def test_shortcuts_sheet_screenshot(
    session: Session, qtbot: QtBot, tmp_path: Path, prompter: object, look: None, name: str
) -> None:
    main, _controller = window_on(session, tmp_path, qtbot, prompter, name)
    sheet = ShortcutsSheet(main.menus, main)
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.field.setText("note")
    qtbot.wait(200)
    save(sheet, f"shortcuts-{name}")


@pytest.mark.parametrize("name", THEMES)
def test_composer_outcome_screenshot(
    session: Session, qtbot: QtBot, tmp_path: Path, prompter: Any, look: None, name: str
) -> None:
    main, controller = window_on(session, tmp_path, qtbot, prompter, name)
    service = controller.share.service
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the export folder should be", "utf-8")
    done: list[object] = []
    folders = {"team-notes": tmp_path / "out", "archive": blocker / "out"}
    for account, folder in folders.items():
        service.add(account, "file", {"folder": str(folder)}, None, done.append, done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=WAIT)
    path, changes = session.library.create_note(
        "Compost", body="Greens and browns, turned weekly.\n"
    )
    session.outside_changes(changes)
    draft, changes = new_draft(session.library, [path], template="insight")
    session.outside_changes(changes)
    controller.open_note(draft)
    qtbot.waitUntil(lambda: main.note_panel.document.path == draft, timeout=WAIT)
    controller.actions["share.compose"].trigger()
    qtbot.waitUntil(lambda: bool(controller.share.composers), timeout=WAIT)
    composer = next(iter(controller.share.composers.values()))
    qtbot.waitUntil(lambda: not composer.editor.isReadOnly(), timeout=WAIT)
    composer.picker.set_checked(["team-notes", "archive"])
    prompter.answers += [True]
    composer.post()
    qtbot.waitUntil(lambda: len(composer.states) == 2 and not composer.flow.running, timeout=WAIT)
    qtbot.wait(300)
    save(composer, f"composer-outcome-{name}")
    composer.close()
    main.note_panel.document.close().result(timeout=10)
