"""`[[` title and `#` tag completion: ranking, the popup and accepting with keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponder.ui.editor import MarkdownEditor
from ponder.ui.editor.completion import find_context, rank
from ponder.ui.editor.syntax import NORMAL


def test_rank_puts_prefix_matches_first_and_ignores_case() -> None:
    names = ["Reading list", "Deep work", "Weekly review", "work log", "Work"]
    assert rank(names, "WORK") == ["Work", "work log", "Deep work"]
    assert rank(names, "") == sorted(names, key=str.casefold)
    assert rank(names, "zzz") == []
    assert rank(["a", "a", "A"], "a") == ["a", "A"]


def test_context_is_found_only_where_completion_makes_sense() -> None:
    assert find_context("see [[Dee", 9, NORMAL, False) is not None
    context = find_context("see [[Dee", 9, NORMAL, False)
    assert context is not None and (context.mode, context.query, context.start) == (
        "title",
        "Dee",
        6,
    )
    tag = find_context("note #rea", 9, NORMAL, False)
    assert tag is not None and (tag.mode, tag.query) == ("tag", "rea")
    assert find_context("`code #rea", 10, NORMAL, False) is None
    assert find_context("https://x.org/#rea", 18, NORMAL, False) is None
    assert find_context("issue #12", 9, NORMAL, False) is None
    assert find_context("[[Done]] after", 14, NORMAL, False) is None


def test_typing_double_bracket_shows_titles_and_enter_accepts(
    editor: MarkdownEditor, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor, "See [[wor")
    popup = editor.completion.popup
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == ["Deep work"]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "See [[Deep work]]"
    assert not popup.isVisible()
    assert editor.textCursor().position() == len(editor.text())


def test_tab_accepts_a_tag_and_escape_dismisses(editor: MarkdownEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "#hab")
    popup = editor.completion.popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.text() == "#habit"
    qtbot.keyClicks(editor, " [[Fl")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert editor.text() == "#habit [[Fl"


def test_arrow_keys_in_the_popup_choose_another_suggestion(
    editor: MarkdownEditor, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor, "[[")
    popup = editor.completion.popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert editor.text() == "[[Deep work]]"


def test_existing_closing_brackets_are_not_doubled(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_text("[[]]")
    cursor = editor.textCursor()
    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Flo")
    qtbot.waitUntil(editor.completion.popup.isVisible)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "[[Flow]]"
    assert editor.textCursor().position() == len("[[Flow]]")


def test_no_suggestions_inside_code(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_text("```\n")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "[[Fl #hab")
    assert not editor.completion.popup.isVisible()
