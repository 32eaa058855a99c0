"""Ponder's log files: size-capped and rotated, private to the user, one per face (window, CLI).

The composition roots (cli.main, application.run) call `open_log` and close what it returns;
importing Ponder configures nothing. What goes in: what happened and to which note (paths and
titles), never note text, typed or pasted text, URLs' query strings or secrets — callers log
accordingly, and a test plants each of those and searches the files for them.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from ponder.core.settings import APP_NAME

MAX_BYTES = 1024 * 1024
BACKUPS = 3
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The platform's log folder for Ponder (`~/.local/state/ponder/log` on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME))


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are 0600 from their first byte (rotation renames
    them, so the backups keep that mode)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115 - the handler owns and closes it
            self.baseFilename, "a", encoding=self.encoding, opener=_private_opener
        )
        Path(self.baseFilename).chmod(0o600)  # an older file made before this rule
        return stream


class LogFile:
    """The handler on the `ponder` logger while a face runs; `close()` takes it off again."""

    def __init__(
        self, handler: logging.Handler | None, path: Path | None, problem: str, level: int = 0
    ) -> None:
        self._handler = handler
        self._level_before = level
        self.path = path
        self.problem = problem  # why there is no log file, or ""

    def close(self) -> None:
        if self._handler is not None:
            logger = logging.getLogger("ponder")
            logger.removeHandler(self._handler)
            logger.setLevel(self._level_before)
            self._handler.close()
            self._handler = None


def open_log(face: str, folder: Path | None = None, level: int = logging.INFO) -> LogFile:
    """Log the `ponder` loggers to `<folder>/<face>.log` (folder 0700, files 0600). A folder
    that cannot be made leaves Ponder running without a log (the reason is in `problem`)."""
    folder = log_dir() if folder is None else folder
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)
        handler = PrivateRotatingFileHandler(
            folder / f"{face}.log", maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        return LogFile(None, None, f"no log file in {folder}: {exc.strerror or exc}")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    logger = logging.getLogger("ponder")
    before = logger.level
    logger.addHandler(handler)
    if before == logging.NOTSET or before > level:
        logger.setLevel(level)
    return LogFile(handler, folder / f"{face}.log", "", before)
