"""Screenshots of the sidebar beside the note list on the foam corpus (PONDER_SHOTS=1)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from ponder.ui import theme
from ponder.ui.models.sidebar_model import SidebarRole
from ponder.ui.panels.note_list import NoteListPanel
from ponder.ui.panels.sidebar import SidebarPanel
from ponder.ui.session import Session

pytestmark = pytest.mark.skipif(
    os.environ.get("PONDER_SHOTS") != "1", reason="writes docs/screenshots; set PONDER_SHOTS=1"
)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def foam_session(corpus_session: Callable[..., Session]) -> Session:
    return corpus_session(
        "foam", saved_searches=("wikilinks -path:docs/user/tools", "tag:research")
    )


@pytest.mark.parametrize("name", ["light", "dark"])
def test_search_screenshot(foam_session: Session, qtbot: QtBot, name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    sidebar = SidebarPanel(foam_session, splitter)
    notes = NoteListPanel(foam_session, splitter)
    sidebar.query_chosen.connect(notes.set_query)
    notes.query_changed.connect(sidebar.show_query)
    splitter.setSizes([230, 440])
    splitter.resize(670, 720)
    splitter.show()
    with qtbot.waitSignal(notes.results_shown, timeout=10_000):
        notes.set_query("backlinks graph")
    sidebar.save_search("backlinks graph")
    saved = sidebar.model.saved_heading
    qtbot.waitUntil(lambda: saved.child(2, 0).data(SidebarRole.COUNT) is not None, timeout=10_000)
    notes.view.setCurrentIndex(notes.model.index(0, 0))
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert splitter.grab().save(str(SHOTS / f"search-{name}.png"))
    theme.apply(app, theme.LIGHT)
