"""`ponder --self-check` passes on a sound install, in a process of its own with no screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ponder.self_check import CHECKS


def test_self_check_passes_and_names_every_check(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        env[var] = str(home / var.lower())
    done = subprocess.run(
        [sys.executable, "-c", "import sys, ponder.self_check as s; sys.exit(s.run())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _check in CHECKS:
        assert any(line.startswith(f"ok    {name}: ") for line in lines), done.stdout
    assert lines[-1] == f"{len(CHECKS)} of {len(CHECKS)} checks passed"
    assert not home.exists() or not any(home.rglob("*.md"))  # the vault was a temporary one
