"""The log files: private from the first byte, capped in size, and configured only on request."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
from pathlib import Path

from ponder.core import logfiles


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_log_files_are_private_and_rotate_at_their_cap(tmp_path: Path) -> None:
    folder = tmp_path / "state" / "log"
    logged = logfiles.open_log("cli", folder)
    try:
        assert logged.path == folder / "cli.log" and logged.problem == ""
        logger = logging.getLogger("ponder.test")
        line = "x" * 1000
        for _ in range(logfiles.MAX_BYTES * (logfiles.BACKUPS + 2) // 1000):
            logger.info("%s", line)
    finally:
        logged.close()
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["cli.log", "cli.log.1", "cli.log.2", "cli.log.3"]
    assert mode(folder) == 0o700
    assert {mode(folder / name) for name in files} == {0o600}
    assert all((folder / name).stat().st_size <= logfiles.MAX_BYTES + 2000 for name in files)


def test_an_older_world_readable_log_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    (folder / "window.log").write_text("old line\n", "utf-8")
    (folder / "window.log").chmod(0o644)
    logged = logfiles.open_log("window", folder)
    logging.getLogger("ponder").warning("new line")
    logged.close()
    assert mode(folder) == 0o700 and mode(folder / "window.log") == 0o600
    text = (folder / "window.log").read_text("utf-8")
    assert "old line" in text and "WARNING ponder: new line" in text


def test_closing_takes_the_handler_off_again(tmp_path: Path) -> None:
    logger = logging.getLogger("ponder")
    before = (list(logger.handlers), logger.level)
    logged = logfiles.open_log("cli", tmp_path / "log")
    assert len(logger.handlers) == len(before[0]) + 1
    logged.close()
    logged.close()  # twice is harmless
    assert (list(logger.handlers), logger.level) == before
    logging.getLogger("ponder.after").warning("not in the file")
    assert "not in the file" not in (tmp_path / "log" / "cli.log").read_text("utf-8")


def test_a_folder_that_cannot_be_made_leaves_no_log_and_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    logged = logfiles.open_log("cli", blocker / "log")
    assert logged.path is None and "no log file" in logged.problem
    logged.close()


def test_importing_ponder_configures_no_logging() -> None:
    code = (
        "import logging, ponder.cli, ponder.core.library\n"
        "print(logging.getLogger('ponder').handlers, logging.getLogger().handlers)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[] []"
