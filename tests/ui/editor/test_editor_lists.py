"""Smart list continuation as pure functions (no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponder.ui.editor.lists import Continuation, continue_item, indent, outdent, parse_item


@pytest.mark.parametrize(
    ("line", "expected_next"),
    [
        ("- item", "- "),
        ("* item", "* "),
        ("+ item", "+ "),
        ("1. first", "2. "),
        ("9) ninth", "10) "),
        ("- [ ] open task", "- [ ] "),
        ("- [x] done task", "- [ ] "),
        ("- [X] done task", "- [ ] "),
        ("> a quote", "> "),
        (">> nested", "> > "),
        ("> - listed quote", "> - "),
        ("    - deep item", "    - "),
        ("  3. indented", "  4. "),
    ],
)
def test_enter_at_end_continues_with_the_next_marker(line: str, expected_next: str) -> None:
    result = continue_item(line, len(line))
    assert result == Continuation(line=line, next_line=expected_next, cursor=len(expected_next))


@pytest.mark.parametrize("line", ["- ", "1. ", "- [ ] ", "> ", "  - ", "-"])
def test_enter_on_an_empty_item_ends_the_list(line: str) -> None:
    assert continue_item(line, len(line)) == Continuation(line="", next_line=None, cursor=0)


@pytest.mark.parametrize("line", ["plain text", "", "# heading", "---", "* * *", "-not a list"])
def test_ordinary_lines_get_a_plain_newline(line: str) -> None:
    assert continue_item(line, len(line)) is None


def test_enter_in_the_middle_splits_the_item() -> None:
    result = continue_item("- buy milk", len("- buy"))
    assert result == Continuation(line="- buy", next_line="- milk", cursor=2)


def test_enter_before_the_marker_is_a_plain_newline() -> None:
    assert continue_item("  - item", 1) is None


def test_rules_are_not_list_items() -> None:
    assert parse_item("- - -") is None
    assert parse_item("***") is None


def test_indent_and_outdent_use_two_spaces() -> None:
    assert indent("- item") == "  - item"
    assert outdent("    - item") == "  - item"
    assert outdent(" - item") == "- item"
    assert outdent("- item") == "- item"


_lines = st.text(alphabet=st.sampled_from(list("- *+>.)[]xX 12ab\t")), max_size=30)


@given(_lines, st.integers(min_value=0, max_value=40))
def test_continuation_never_loses_text_of_the_line(line: str, column: int) -> None:
    column = min(column, len(line))
    result = continue_item(line, column)
    if result is None:
        return
    if result.next_line is None:
        # Only an empty item is ended, and then only its marker goes.
        item = parse_item(line)
        assert item is not None
        assert not line[len(item.prefix) :].strip()
        return
    item = parse_item(line)
    assert item is not None
    kept = result.line + result.next_line[len(item.next_prefix) :]
    assert "".join(kept.split()) == "".join(line.split())
    assert result.next_line.startswith(item.next_prefix)
    assert result.cursor == len(item.next_prefix)


@given(_lines)
def test_outdent_undoes_indent(line: str) -> None:
    assert outdent(indent(line)) == line
