"""`ponder --install-desktop-entry` writes the launcher, icons and metainfo, and takes them back."""

from __future__ import annotations

import shlex
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

from ponder import desktop_entry
from ponder.desktop_entry import APP_ID, ICON_SIZES


def read_entry(path: Path) -> ConfigParser:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_install_writes_every_file_and_uninstall_removes_them(tmp_path: Path) -> None:
    executable = tmp_path / "bin" / "ponder"
    written = desktop_entry.install(tmp_path, [str(executable)])

    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    metainfo = tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml"
    icons = [
        tmp_path / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES
    ]
    scalable = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert set(written) == {desktop, metainfo, scalable, *icons}
    assert all(path.stat().st_size > 0 for path in written)
    assert all(icon.read_bytes().startswith(b"\x89PNG") for icon in icons)
    assert f"<id>{APP_ID}</id>" in metainfo.read_text("utf-8")

    entry = read_entry(desktop)
    assert entry["Desktop Entry"]["Exec"] == str(executable)
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Action quick-capture"]["Exec"] == f"{executable} --quick-capture"

    removed = desktop_entry.uninstall(tmp_path)
    assert set(removed) == set(written)
    assert not any(path.exists() for path in written)
    assert desktop_entry.uninstall(tmp_path) == []


def test_exec_quotes_a_path_with_spaces_and_percent_signs(tmp_path: Path) -> None:
    executable = tmp_path / "My Apps" / "100% ponder"
    desktop_entry.install(tmp_path, [sys.executable, "-m", "ponder", str(executable)])
    value = read_entry(tmp_path / "applications" / f"{APP_ID}.desktop")["Desktop Entry"]["Exec"]
    unescaped = value.replace("\\\\", "\\").replace("%%", "%")  # the key file's own escaping
    assert shlex.split(unescaped) == [sys.executable, "-m", "ponder", str(executable)]


def test_the_command_is_the_running_ponder_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "venv" / "bin" / "ponder"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", "utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script), "--install-desktop-entry"])
    assert desktop_entry.ponder_command() == [str(script)]

    monkeypatch.setattr(sys, "argv", ["-c"])
    monkeypatch.setenv("PATH", str(script.parent))
    assert desktop_entry.ponder_command() == [str(script)]

    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert desktop_entry.ponder_command()[1:] == ["-m", "ponder"]


def test_the_default_prefix_follows_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert desktop_entry.default_prefix() == tmp_path / "data"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_entry.default_prefix() == Path.home() / ".local" / "share"
