"""Highlighting, checked on the formats Qt actually laid out for each block."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat
from pytestqt.qtbot import QtBot

from ponder.ui.editor import EditorPalette, MarkdownEditor
from ponder.ui.editor.syntax import Kind, scan


def format_at(editor: MarkdownEditor, line: int, column: int) -> QTextCharFormat:
    """The character format Qt laid out at `column` of block `line`."""
    block = editor.document().findBlockByNumber(line)
    layout = block.layout()
    assert layout is not None
    for fmt_range in layout.formats():
        if fmt_range.start <= column < fmt_range.start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)  # the range owns its format
    return QTextCharFormat()


def colour_at(editor: MarkdownEditor, line: int, column: int) -> str:
    return format_at(editor, line, column).foreground().color().name()


def test_wikilink_with_alias_and_heading_gets_the_wikilink_colour(editor: MarkdownEditor) -> None:
    editor.set_text("See [[Deep work|the book]] and [[Flow#Ideas]].")
    wikilink = EditorPalette.light().wikilink
    assert colour_at(editor, 0, 6) == wikilink
    assert colour_at(editor, 0, 18) == wikilink
    assert colour_at(editor, 0, len("See [[Deep work|the book]] and [[Fl")) == wikilink
    assert colour_at(editor, 0, 1) != wikilink


def test_tag_in_code_span_or_url_is_not_a_tag(editor: MarkdownEditor) -> None:
    line = "#focus `#code` https://x.org/a#frag issue #42"
    editor.set_text(line)
    tag = EditorPalette.light().tag
    assert colour_at(editor, 0, 1) == tag
    assert colour_at(editor, 0, line.index("#code") + 1) != tag
    assert colour_at(editor, 0, line.index("#frag") + 1) != tag
    assert colour_at(editor, 0, line.index("#42") + 1) != tag


def test_headings_are_bold_and_bigger(editor: MarkdownEditor) -> None:
    editor.set_text("# Title\n## Section\nbody")
    base = editor.font().pointSizeF()
    title = format_at(editor, 0, 3)
    assert title.fontWeight() == QFont.Weight.Bold
    assert title.fontPointSize() > format_at(editor, 1, 4).fontPointSize() > base
    assert format_at(editor, 2, 1).fontWeight() != QFont.Weight.Bold


def test_emphasis_formats(editor: MarkdownEditor) -> None:
    editor.set_text("*it* _it_ **bold** ~~gone~~")
    assert format_at(editor, 0, 1).fontItalic()
    assert format_at(editor, 0, 6).fontItalic()
    assert format_at(editor, 0, 12).fontWeight() == QFont.Weight.Bold
    assert not format_at(editor, 0, 12).fontItalic()
    assert format_at(editor, 0, 22).fontStrikeOut()


def test_fenced_code_spans_lines_and_hides_markup(editor: MarkdownEditor) -> None:
    editor.set_text("```\n# not a heading #tag\n```\n# heading")
    code = EditorPalette.light().code
    assert colour_at(editor, 1, 3) == code
    assert format_at(editor, 1, 3).fontWeight() != QFont.Weight.Bold
    assert format_at(editor, 3, 3).fontWeight() == QFont.Weight.Bold


def test_typing_a_fence_rehighlights_the_following_lines(
    editor: MarkdownEditor, qtbot: QtBot
) -> None:
    editor.set_text("\n# heading")
    assert format_at(editor, 1, 3).fontWeight() == QFont.Weight.Bold
    qtbot.keyClicks(editor, "```")
    assert colour_at(editor, 1, 3) == EditorPalette.light().code


def test_front_matter_only_at_the_top(editor: MarkdownEditor) -> None:
    editor.set_text("---\ntitle: x #nottag\n---\ntext #tag\n\n---\nkey: y\n")
    light = EditorPalette.light()
    assert colour_at(editor, 1, 1) == light.front_matter_key
    assert colour_at(editor, 1, 10) == light.front_matter
    assert colour_at(editor, 3, 6) == light.tag
    assert colour_at(editor, 6, 1) != light.front_matter_key


def test_lists_tasks_quotes_and_links(editor: MarkdownEditor) -> None:
    editor.set_text("- [x] done\n> quote\n[text](http://u.org) and https://bare.org/x.")
    light = EditorPalette.light()
    assert colour_at(editor, 0, 0) == light.list_marker
    assert format_at(editor, 0, 7).fontStrikeOut()
    assert format_at(editor, 1, 3).fontItalic()
    assert colour_at(editor, 2, 2) == light.link
    assert colour_at(editor, 2, 10) == light.muted
    assert colour_at(editor, 2, len("[text](http://u.org) and https://")) == light.link
    assert colour_at(editor, 2, len("[text](http://u.org) and https://bare.org/x")) != light.link


def test_set_palette_recolours_at_runtime(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_text("[[Flow]] #tag")
    with qtbot.assertNotEmitted(editor.text_edited):
        editor.set_palette(EditorPalette.dark())
    dark = EditorPalette.dark()
    assert colour_at(editor, 0, 3) == dark.wikilink
    assert colour_at(editor, 0, 10) == dark.tag
    assert editor.palette().base().color().name() == dark.background
    assert editor.palette_name == "dark"
    assert not editor.is_modified


def test_emoji_before_a_span_keeps_the_span_aligned(editor: MarkdownEditor) -> None:
    editor.set_text("🙂🙂 [[Flow]]")
    # Each emoji is two UTF-16 units, so the wikilink starts at Qt column 5.
    assert colour_at(editor, 0, 5) == EditorPalette.light().wikilink
    assert colour_at(editor, 0, 4) != EditorPalette.light().wikilink


def test_scanner_spans_stay_inside_the_line() -> None:
    line = "> - [ ] **a** _b_ `c` [[d|e]] [f](g) #h https://i.j ~~k~~"
    spans, _ = scan(line, 0, first_line=False)
    assert {s.kind for s in spans} >= {Kind.QUOTE, Kind.TASK_BOX, Kind.STRONG, Kind.TAG}
    assert all(s.start >= 0 and s.start + s.length <= len(line) for s in spans)
