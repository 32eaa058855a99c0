"""`ponder --install-desktop-entry`: the launcher, icons and AppStream data for one user."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP_ID = "io.github.ponder_pkm.Ponder"
"""The reverse-DNS id: desktop file, AppStream id, icon name and Wayland app id."""
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

log = logging.getLogger("ponder.desktop_entry")
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # the Desktop Entry spec's "reserved characters"
_QUOTED = set('"`$\\')


def default_prefix() -> Path:
    """The user's data folder: $XDG_DATA_HOME, else ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def ponder_command() -> list[str]:
    """How the desktop should start this Ponder: the bundle, the `ponder` script, or python -m."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [str(Path(sys.executable).absolute())]
    started = Path(sys.argv[0])
    if started.name == "ponder" and started.is_file():
        return [str(started.absolute())]  # not resolved: a pipx symlink survives upgrades
    found = shutil.which("ponder")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "ponder"]


def icon_files() -> dict[int, Traversable]:
    """The packaged PNG for every hicolor size."""
    package = resources.files("ponder.resources")
    return {size: package.joinpath(_icon_path(size)) for size in ICON_SIZES}


def _icon_path(size: int) -> str:
    # One joinpath argument: Python 3.11's MultiplexedPath (a PyInstaller bundle) takes no more.
    return f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"


def _targets(prefix: Path) -> dict[Path, Traversable]:
    """Where each packaged file goes under `prefix`, the desktop file first."""
    package = resources.files("ponder.resources")
    hicolor = prefix / "icons" / "hicolor"
    targets = {
        prefix / "applications" / f"{APP_ID}.desktop": package.joinpath(
            f"desktop/{APP_ID}.desktop"
        ),
        prefix / "metainfo" / f"{APP_ID}.metainfo.xml": package.joinpath(
            f"desktop/{APP_ID}.metainfo.xml"
        ),
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": package.joinpath("icons/ponder.svg"),
    }
    for size, icon in icon_files().items():
        targets[prefix / "icons" / _icon_path(size).removeprefix("icons/")] = icon
    return targets


def install(prefix: Path | None = None, command: Sequence[str] | None = None) -> list[Path]:
    """Write the desktop file (starting `command`, by default this Ponder), the icons and the
    metainfo under `prefix`; refresh the desktop's caches. Returns the files written."""
    base = prefix or default_prefix()
    written = []
    for target, source in _targets(base).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            text = desktop_file(source.read_text("utf-8"), command or ponder_command())
            target.write_text(text, "utf-8")
        else:
            target.write_bytes(source.read_bytes())
        written.append(target)
    _refresh(base)
    return written


def uninstall(prefix: Path | None = None) -> list[Path]:
    """Remove what `install` wrote (folders stay: others share them). Returns the files removed."""
    base = prefix or default_prefix()
    removed = []
    for target in _targets(base):
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh(base)
    return removed


def desktop_file(template: str, command: Sequence[str]) -> str:
    """The packaged desktop file with every `Exec=ponder ...` starting `command` instead."""
    start = " ".join(exec_argument(arg) for arg in command)
    lines = []
    for line in template.splitlines():
        if line == "Exec=ponder" or line.startswith("Exec=ponder "):
            line = "Exec=" + start + line.removeprefix("Exec=ponder")
        lines.append(line)
    return "\n".join(lines) + "\n"


def exec_argument(arg: str) -> str:
    """One argument of an Exec key, quoted and escaped as the Desktop Entry spec asks."""
    arg = arg.replace("%", "%%")
    if any(char in _RESERVED for char in arg):
        arg = '"' + "".join("\\" + c if c in _QUOTED else c for c in arg) + '"'
    return arg.replace("\\", "\\\\")  # the string-value escaping comes on top of the quoting


def _refresh(prefix: Path) -> None:
    """Tell the desktop about the change, with whichever cache tools this system has."""
    tools = (
        ("update-desktop-database", "-q", str(prefix / "applications")),
        ("gtk-update-icon-cache", "-q", "-t", "-f", str(prefix / "icons" / "hicolor")),
    )
    for name, *args in tools:
        tool = shutil.which(name)
        if tool is None:
            continue
        try:
            subprocess.run([tool, *args], check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("%s failed: %s", name, exc)  # the files are in place; only a cache lags
