"""Fixtures for the editor tests: a shown editor pane with titles and tags to complete."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from pytestqt.qtbot import QtBot

from ponder.ui.editor import EditorPane, MarkdownEditor

TITLES = ("Attention residue", "Deep work", "Flow", "Reading list", "Weekly review")
TAGS = ("focus", "reading", "reading/books", "habit", "work")


def titles() -> Sequence[str]:
    return TITLES


def tags() -> Sequence[str]:
    return TAGS


@pytest.fixture
def pane(qtbot: QtBot) -> EditorPane:
    """An editor pane with a few known titles and tags, shown and focused."""
    widget = EditorPane(titles, tags)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.editor.setFocus()
    return widget


@pytest.fixture
def editor(pane: EditorPane) -> MarkdownEditor:
    """The Markdown editor inside a shown pane."""
    return pane.editor
