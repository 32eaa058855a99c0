"""The find and replace bar: shortcuts, navigation, counts, replace and replace-all undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ponder.ui.editor import EditorPane

TEXT = "Apple pie. apple tart.\nAn APPLE a day.\npear"


def test_ctrl_f_opens_the_bar_and_counts_matches(pane: EditorPane, qtbot: QtBot) -> None:
    pane.editor.set_text(TEXT)
    qtbot.keyClick(pane.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.isVisible()
    assert not bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "apple")
    assert bar.match_count() == 3
    assert bar.count_label.text() == "1 of 3"
    assert pane.editor.textCursor().selectedText() == "Apple"


def test_next_previous_wrap_and_case_toggle(pane: EditorPane, qtbot: QtBot) -> None:
    pane.editor.set_text(TEXT)
    bar = pane.find_bar
    bar.show_find()
    qtbot.keyClicks(bar.find_field, "apple")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert pane.editor.textCursor().selectionStart() == TEXT.index("apple")
    assert bar.count_label.text() == "2 of 3"
    bar.find_next()
    bar.find_next()  # wraps to the first match
    assert pane.editor.textCursor().selectionStart() == 0
    bar.find_previous()  # wraps back to the last
    assert pane.editor.textCursor().selectedText() == "APPLE"
    bar.case_box.setChecked(True)
    assert bar.match_count() == 1


def test_escape_closes_the_bar_and_returns_focus(pane: EditorPane, qtbot: QtBot) -> None:
    pane.find_bar.show_find()
    assert pane.find_bar.find_field.hasFocus()
    qtbot.keyClick(pane.find_bar.find_field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()
    assert pane.editor.hasFocus()


def test_replace_one_then_find_next(pane: EditorPane, qtbot: QtBot) -> None:
    pane.editor.set_text(TEXT)
    qtbot.keyClick(pane.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "apple")
    qtbot.keyClicks(bar.replace_field, "plum")
    qtbot.keyClick(bar.replace_field, Qt.Key.Key_Return)
    assert pane.editor.text().startswith("plum pie. apple tart.")
    assert pane.editor.textCursor().selectedText() == "apple"


def test_replace_all_is_one_undo_step(pane: EditorPane) -> None:
    pane.editor.set_text(TEXT)
    bar = pane.find_bar
    bar.show_replace()
    bar.find_field.setText("apple")
    bar.replace_field.setText("apple crumble")  # contains the needle: must not loop
    assert bar.replace_all() == 3
    assert pane.editor.text().count("apple crumble") == 3
    assert bar.match_count() == 3
    pane.editor.undo()
    assert pane.editor.text() == TEXT
    assert not pane.editor.document().isUndoAvailable()


def test_bar_widgets_are_named_for_assistive_technology(pane: EditorPane) -> None:
    pane.find_bar.show_replace()
    children = pane.find_bar.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly)
    assert len(children) == 9  # two fields, the count, the case box, five buttons
    for widget in children:
        assert widget.accessibleName(), widget
        assert widget.toolTip(), widget
