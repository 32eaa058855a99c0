"""Front matter and note parsing over hostile text: never an exception past the boundary, every
value storable as UTF-8, other lines byte-exact when one key changes."""

from __future__ import annotations

from fuzz_corpus import CASES, FRONT_MATTER, fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from ponder.core import frontmatter
from ponder.core.model import FileStamp, NotePath
from ponder.core.notes import parse_note
from ponder.core.unicode_text import storable

SCALARS = st.sampled_from(
    ["!!int _", "!!int", "!!float .", "!!bool x", "!!binary", "!foo", "&a", "*a", "[", "{", "'",
     '"\\uD800"', '"\\uDC00\\uD800"', '"\\x00"', "|", ">-", "~", "null", "9999-12-31", ":"]
)  # fmt: skip
LINES = st.lists(
    st.tuples(st.text(min_size=1, max_size=8), st.one_of(SCALARS, st.text(max_size=20))),
    max_size=8,
).map(lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs))


def values(data: object) -> list[str]:
    if isinstance(data, dict):
        return [str(k) for k in data] + [v for x in data.values() for v in values(x)]
    if isinstance(data, list):
        return [v for x in data for v in values(x)]
    return [str(data)]


def check_note(text: str) -> None:
    CASES["front matter and notes"] += 1
    parsed = parse_note(NotePath("n.md"), text, FileStamp(len(text), 0, "d"))
    assert all(storable(v) for v in values(parsed.note.front)), "unstorable text got through"
    assert storable(parsed.note.title) and all(storable(t) for t in parsed.note.tags)
    try:
        data, _body, problems = frontmatter.read_checked(text)
    except frontmatter.FrontMatterError:
        return
    assert all(isinstance(p, str) and p.startswith("Front matter line") for p in problems)
    try:
        edited = frontmatter.update(text, {"ponder_fuzz": "x"})
    except (frontmatter.FrontMatterError, ValueError, TypeError):
        return
    before, after = frontmatter.split(text), frontmatter.split(edited)
    assert after.body == before.body
    assert (before.front or "") in (after.front or "") or data == {}


@fuzz(1000)
@given(LINES, st.text(max_size=40))
@example(*FRONT_MATTER[0].split("---\n")[1:3])
def test_front_matter_lines(front: str, body: str) -> None:
    check_note(f"---\n{front}---\n{body}")


@fuzz(1000)
@given(st.text(max_size=300))
def test_any_text_as_a_note(text: str) -> None:
    check_note(text)


def test_the_regression_corpus() -> None:
    for text in FRONT_MATTER:
        check_note(text)
