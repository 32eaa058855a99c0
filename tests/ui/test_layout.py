"""Narrow windows fold the side panels away and keep the editor's line readable; each size of
window remembers its own panels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session

WAIT = 10_000


def chars_per_line(main: MainWindow) -> float:
    editor = main.note_panel.editor
    text_width = editor.viewport().width() - 2 * editor.document().documentMargin()
    return text_width / editor.fontMetrics().averageCharWidth()


def settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def test_a_900_px_window_folds_the_panels_and_keeps_60_characters(
    window: tuple[MainWindow, WindowController], qtbot: QtBot, vault_root: Path
) -> None:
    main, controller = window
    (vault_root / "Plan.md").write_text("Sow beans.\n", "utf-8")
    controller.open_note("Plan.md")
    qtbot.waitUntil(lambda: not main.note_panel.editor.isReadOnly(), timeout=WAIT)
    assert main.left.isVisible() and main.side_tabs.isVisible()
    main.resize(900, 600)
    settle(qtbot)
    assert main.size_class() == "narrow"
    assert main.left.isHidden() and main.side_tabs.isHidden()
    assert not controller.actions["view.sidebar"].isChecked()
    assert chars_per_line(main) >= 60
    assert main.note_list.width() >= 200  # the list stays usable too

    controller.actions["view.sidebar"].trigger()  # Ctrl+Shift+B brings it back when wanted
    assert main.left.isVisible() and controller.actions["view.sidebar"].isChecked()
    main.resize(1280, 800)
    settle(qtbot)
    assert main.left.isVisible() and main.side_tabs.isVisible()
    assert main.note_panel.mode == "split"  # side by side again when there is room
    controller.actions["view.backlinks"].trigger()
    assert main.side_tabs.isHidden()
    main.resize(900, 600)
    settle(qtbot)
    assert main.left.isVisible()  # the narrow window's own choice, remembered
    main.resize(1280, 800)
    settle(qtbot)
    assert main.side_tabs.isHidden()  # and the wide one's


def test_each_size_remembers_its_panels_across_restarts(
    session: Session, qtbot: QtBot, tmp_path: Path, prompter: object
) -> None:
    store = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    first = MainWindow(session, store)
    qtbot.addWidget(first)
    WindowController(first, session, prompter)  # type: ignore[arg-type]
    first.resize(900, 600)
    first.show_panel("backlinks", True)
    first.save_layout()
    second = MainWindow(session, store)
    qtbot.addWidget(second)
    WindowController(second, session, prompter)  # type: ignore[arg-type]
    second.resize(900, 600)
    second.restore_layout()
    assert not second.side_tabs.isHidden() and second.left.isHidden()
