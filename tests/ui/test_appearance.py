"""The theme reaches every surface at start-up and follows the desktop's colour scheme."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.application import Application, LaunchRequest
from ponder.core.settings import Dirs, Settings
from ponder.ui import theme
from ponder.ui.editor.widget import MarkdownEditor

WAIT = 10_000


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Theme tests change the whole application's look: put it back for the next test."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.fixture
def start_app(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, restore_look: None
) -> Iterator[Callable[[str], Application]]:
    """Starts Ponder as `ponder gui` does, on a vault with one note open; closes it after."""
    started: list[Application] = []

    def start(choice: str) -> Application:
        dirs = Dirs(config=tmp_path / "config", cache=tmp_path / "cache", state=tmp_path / "st")
        root = tmp_path / "vault"
        root.mkdir()
        (root / "Plan.md").write_text("# Garden plan\n\nSow `beans` in May.\n", "utf-8")
        ponder = Application(qapp, dirs, Settings(vault=str(root), theme=choice), root)
        started.append(ponder)
        qtbot.addWidget(ponder.window)
        ponder.start(LaunchRequest(open_path="Plan.md"))
        gc.unfreeze()  # start() freezes what it made; the test process goes on
        editor = ponder.window.note_panel.editor
        qtbot.waitUntil(lambda: "Garden plan" in editor.text(), timeout=WAIT)
        return ponder

    yield start
    for ponder in started:
        ponder.window.close()  # saves and closes the session; qtbot deletes the window


def heading_contrast(editor: MarkdownEditor) -> float:
    """The rendered heading's colour against the editor's own background."""
    block = editor.document().firstBlock()
    ranges = [r for r in block.layout().formats() if r.format.fontWeight() > 500]
    words = max(ranges, key=lambda r: r.length)  # the heading's text, not its `#`
    colour = QColor(words.format.foreground().color())
    background = editor.viewport().palette().color(QPalette.ColorRole.Base)
    return theme.contrast(colour, background)


@pytest.mark.parametrize("choice", ["dark", "light"])
def test_the_editor_is_readable_from_the_first_start(
    qapp: QApplication, start_app: Callable[[str], Application], choice: str
) -> None:
    window = start_app(choice).window
    editor = window.note_panel.editor
    background = editor.viewport().palette().color(QPalette.ColorRole.Base)
    assert (background.lightness() < 100) == (choice == "dark")
    assert heading_contrast(editor) >= 4.5
    assert editor.palette_name == choice
    body = QColor(theme.DARK.surface if choice == "dark" else theme.LIGHT.surface)
    assert qapp.palette().color(QPalette.ColorRole.Base) == body
    assert theme.DARK.text in window.note_panel.preview.document().defaultStyleSheet() or (
        choice == "light"
    )


def test_system_theme_follows_the_desktop_switching_to_dark(
    qapp: QApplication, start_app: Callable[[str], Application]
) -> None:
    ponder = start_app("system")  # offscreen reports no scheme: light
    editor = ponder.window.note_panel.editor
    assert editor.palette_name == "light"
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert editor.palette_name == "dark"
    assert heading_contrast(editor) >= 4.5
    css = ponder.window.note_panel.preview.document().defaultStyleSheet()
    assert f"color: {theme.DARK.text}" in css
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert editor.palette_name == "light"


def test_the_theme_toggle_and_zoom_are_remembered(
    start_app: Callable[[str], Application], tmp_path: Path
) -> None:
    ponder = start_app("light")
    appearance = ponder.controller.appearance
    appearance.toggle()
    assert ponder.session.settings.theme == "dark"
    assert ponder.window.note_panel.editor.palette_name == "dark"
    size = ponder.session.settings.editor_font_size
    appearance.zoom(+2)
    assert ponder.window.note_panel.editor.font().pointSize() == size + 2
    appearance.zoom(0)
    assert ponder.session.settings.editor_font_size == Settings().editor_font_size
    saved = (tmp_path / "config").rglob("*.toml")
    assert any('theme = "dark"' in p.read_text("utf-8") for p in saved)


def test_search_highlights_stand_out_in_both_themes() -> None:
    for chosen in (theme.LIGHT, theme.DARK):
        assert theme.contrast(chosen.hit_text, chosen.hit) >= 4.5
    # the dark theme's match must also be visible against the page around it
    assert theme.contrast(theme.DARK.hit, theme.DARK.surface) >= 3
    assert replace(theme.DARK, hit="#000000") != theme.DARK
