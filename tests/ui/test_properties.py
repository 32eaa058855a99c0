"""The Properties panel: front matter as a form above the body, edited byte-exactly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from ponder.ui.controller import WindowController
from ponder.ui.main_window import MainWindow
from ponder.ui.panels.properties import value_from_text

WAIT = 10_000
Window = tuple[MainWindow, WindowController]
FRONT = (
    "---\n"
    "title: 'Compost'   # quoted, with a comment\n"
    "tags: [garden]\n"
    "due: 2026-03-01\n"
    "draft: false\n"
    "x-custom: {nested: 1}\n"
    "---\n"
)
BODY = "Greens and browns.\n"


@pytest.fixture
def opened(window: Window, qtbot: QtBot, vault_root: Path) -> MainWindow:
    main, _controller = window
    (vault_root / "Compost.md").write_text(FRONT + BODY, "utf-8")
    main.note_panel.open_note("Compost.md")
    qtbot.waitUntil(lambda: not main.note_panel.editor.isReadOnly(), timeout=WAIT)
    return main


def saved(qtbot: QtBot, main: MainWindow, vault_root: Path, needle: str) -> str:
    main.note_panel.save_now()
    file = vault_root / "Compost.md"
    qtbot.waitUntil(lambda: needle in file.read_text("utf-8"), timeout=WAIT)
    return file.read_text("utf-8")


def test_the_form_shows_the_front_matter_and_the_editor_only_the_body(
    opened: MainWindow,
) -> None:
    panel = opened.note_panel
    assert panel.properties.isVisible()
    assert panel.editor.text() == BODY
    assert list(panel.properties.fields) == ["title", "tags", "due", "draft", "x-custom"]
    tags = panel.properties.fields["tags"]
    assert isinstance(tags, QLineEdit) and tags.text() == "garden"
    assert tags.completer() is not None
    assert isinstance(panel.properties.fields["draft"], QCheckBox)
    assert panel.full_text() == FRONT + BODY


def test_editing_a_property_changes_only_its_line(
    opened: MainWindow, qtbot: QtBot, vault_root: Path
) -> None:
    fields = opened.note_panel.properties.fields
    tags = fields["tags"]
    assert isinstance(tags, QLineEdit)
    tags.setText("garden, soil")
    tags.editingFinished.emit()
    draft = fields["draft"]
    assert isinstance(draft, QCheckBox)
    draft.setChecked(True)
    text = saved(qtbot, opened, vault_root, "soil")
    assert (
        text
        == FRONT.replace("[garden]", "[garden, soil]").replace("draft: false", "draft: true") + BODY
    )


def test_typing_in_the_body_keeps_the_front_matter_byte_exact(
    opened: MainWindow, qtbot: QtBot, vault_root: Path
) -> None:
    editor = opened.note_panel.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Turn it weekly.")
    assert saved(qtbot, opened, vault_root, "weekly") == FRONT + BODY + "Turn it weekly."


def test_source_shows_the_yaml_and_the_form_collapses(opened: MainWindow, qtbot: QtBot) -> None:
    panel = opened.note_panel
    panel.properties.source.setChecked(True)
    assert panel.editor.text() == FRONT + BODY
    assert panel.editor.textCursor().position() >= len(FRONT)
    panel.properties.source.setChecked(False)
    assert panel.editor.text() == BODY
    qtbot.mouseClick(panel.properties.toggle, Qt.MouseButton.LeftButton)
    assert panel.properties.body.isHidden()


def test_unreadable_front_matter_opens_as_source(
    window: Window, qtbot: QtBot, vault_root: Path
) -> None:
    main, _controller = window
    broken = "---\ntitle: [unclosed\n---\nBody\n"
    (vault_root / "Broken.md").write_text(broken, "utf-8")
    main.note_panel.open_note("Broken.md")
    qtbot.waitUntil(lambda: not main.note_panel.editor.isReadOnly(), timeout=WAIT)
    assert main.note_panel.editor.text() == broken
    assert main.note_panel.properties.problem.isVisibleTo(main.note_panel.properties)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters=","), min_size=1), max_size=5))
def test_a_list_typed_back_is_the_list(items: list[str]) -> None:
    kept = [i.strip().lstrip("#") for i in items if i.strip().lstrip("#").strip()]
    typed = ", ".join(kept)
    assert value_from_text(["x"], "tags", typed) == [k.strip() for k in kept if k.strip()]
    assert value_from_text(date(2026, 1, 1), "due", "2026-03-01") == date(2026, 3, 1)
