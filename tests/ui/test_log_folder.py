"""Help ▸ Open log folder: in the Help menu, and it opens the log folder (made if missing)."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from ponder.core import logfiles
from ponder.ui.controller import WindowController
from ponder.ui.log_folder import LogFolder
from ponder.ui.main_window import MainWindow


def test_help_opens_the_log_folder(
    window: tuple[MainWindow, WindowController], qtbot: QtBot
) -> None:
    main, controller = window
    action = controller.actions["help.log_folder"]
    assert (
        action in controller.actions.in_menu("Help")
        and action.text().replace("&", "") == "Open log folder"
    )
    [help_menu] = [
        a.menu() for a in main.menuBar().actions() if a.text().replace("&", "") == "Help"
    ]
    assert action in help_menu.actions()
    opened: list[Path] = []
    controller.log_folder.opener = opened.append
    action.trigger()
    folder = logfiles.log_dir()
    assert opened == [folder] and folder == Path(os.environ["XDG_STATE_HOME"]) / "ponder" / "log"
    assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700


def test_the_folder_given_is_the_one_opened(tmp_path: Path) -> None:
    opened: list[Path] = []
    LogFolder(tmp_path / "logs", opened.append).open()
    assert opened == [tmp_path / "logs"] and (tmp_path / "logs").is_dir()
