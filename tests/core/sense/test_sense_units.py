"""Highlights, reflections and unit keys: parsing, adding, and what adding leaves alone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.sense import units


def test_highlights_with_comments_outside_code() -> None:
    body = (
        "Plain ==first idea== and ==second== %%my comment%%.\n\n"
        "`==not in code==`\n\n```\n==nor in a fence==\n```\n"
        "a == b == c is not one either\n"
    )
    found = units.highlights(body)
    assert [(h.text, h.comment) for h in found] == [
        ("first idea", None),
        ("second", "my comment"),
    ]
    assert body[found[1].start : found[1].end] == "==second== %%my comment%%"


def test_key_ignores_whitespace_only() -> None:
    assert units.unit_key("attention is\n  the new IQ") == units.unit_key("attention is the new IQ")
    assert units.unit_key("attention") != units.unit_key("Attention")
    assert len(units.unit_key("x")) == units.KEY_CHARS


def test_add_highlight_trims_the_selection_and_refuses_bad_spans() -> None:
    body = "Read this sentence carefully."
    start = body.index(" this")
    out = units.add_highlight(body, start, start + len(" this sentence "), "why it matters")
    assert out == "Read ==this sentence== %%why it matters%% carefully."
    for bad in ((0, 0), (3, 2), (0, 100)):
        with pytest.raises(ValueError):
            units.add_highlight(body, *bad)
    with pytest.raises(ValueError):
        units.add_highlight("one\n\ntwo", 0, 8)


def test_reflections_are_appended_under_their_heading() -> None:
    text = "# Note\n\nbody\n\n## Reflections\n\n- **2026-01-02** first\n  more\n\n## Later\nx\n"
    out = units.append_reflection(text, "second\nline two", date(2026, 2, 3))
    assert out == text.replace("  more\n", "  more\n- **2026-02-03** second\n  line two\n")
    assert [(r.day, r.text) for r in units.reflections(out)] == [
        (date(2026, 1, 2), "first\nmore"),
        (date(2026, 2, 3), "second\nline two"),
    ]


def test_a_first_reflection_makes_the_section() -> None:
    out = units.append_reflection("# Note\nbody", "it matters", date(2026, 2, 3))
    assert out == "# Note\nbody\n\n## Reflections\n\n- **2026-02-03** it matters\n"
    with pytest.raises(ValueError):
        units.append_reflection("x", "  \n ", date(2026, 2, 3))


_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="=%\r`~\\"), max_size=80
)


@given(before=_text, chosen=_text, after=_text, comment=_text)
def test_adding_a_highlight_only_inserts_its_marks(
    before: str, chosen: str, after: str, comment: str
) -> None:
    body = before + chosen + after
    try:
        out = units.add_highlight(body, len(before), len(before) + len(chosen), comment)
    except ValueError:
        return
    (mark,) = units.highlights(out)
    assert mark.text == chosen.strip()
    assert mark.comment == (comment.replace("\n", " ").strip() or None)
    assert out[: mark.start] + mark.text + out[mark.end :] == body


@given(text=_text, entry=st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_appending_a_reflection_keeps_every_byte_before_it(text: str, entry: str) -> None:
    out = units.append_reflection(text, entry, date(2026, 2, 3))
    assert out.startswith(text)


def test_links_go_under_their_heading_once() -> None:
    text = "# Note\nbody\n\n## Reflections\n\n- **2026-02-03** x\n"
    once = units.append_link(text, "notes/Deep work")
    assert once == text + "\n## Links\n\n- [[notes/Deep work]]\n"
    assert units.append_link(once, "notes/Deep work") == once
    twice = units.append_link(once, "clips/b")
    assert twice == once + "- [[clips/b]]\n"
    later = units.append_reflection(twice, "y", date(2026, 2, 4))
    assert [r.text for r in units.reflections(later)] == ["x", "y"]  # still under Reflections
    assert later.endswith("- [[clips/b]]\n")


@given(text=_text, target=st.from_regex(r"[a-z]{1,8}/[a-z ]{1,8}", fullmatch=True))
def test_appending_a_link_keeps_every_byte_before_it(text: str, target: str) -> None:
    out = units.append_link(text, target)
    assert out.startswith(text)
    assert units.append_link(out, target) == out
