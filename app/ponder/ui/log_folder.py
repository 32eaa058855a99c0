"""Help ▸ Open log folder: where Ponder's log files are, in the desktop's file manager."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ponder.core import logfiles


def open_with_desktop(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class LogFolder:
    """Opens the log folder (made first, private, when nothing was logged yet) through
    `opener`, which tests replace to see what would open."""

    def __init__(
        self, folder: Path | None = None, opener: Callable[[Path], object] = open_with_desktop
    ) -> None:
        self.folder = folder
        self.opener = opener

    def open(self) -> None:
        folder = logfiles.log_dir() if self.folder is None else self.folder
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.opener(folder)
