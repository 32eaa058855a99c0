"""Front matter: fences, safe loading without re-typing, quoting, and byte-exact edits."""

from __future__ import annotations

import re
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponder.core import frontmatter as fm
from ponder.core.model import Kind

AMBIGUOUS = [
    "NO", "no", "yes", "Yes", "on", "OFF", "y", "n", "Y", "N", "true", "False", "null", "Null",
    "~", "", " ", "012345", "0", "-1", "+1", "1_000", "12:30", "1:30:00", "0x1F", "0o17", "0b101",
    "1e3", "1E3", "1.5", "-2.0e3", ".5", "1.", ".inf", "-.Inf", ".nan", "2026-01-01",
    "2026-11-22T07:40:00+00:00", "2026-1-1 7:40", "<<", "=", " lead", "trail ", "a: b", "a:",
    ":a", "a #b", "#tag", "- x", "-", "?", "? x", ",", "[x]", "{x}", "&a", "*a", "!x", "!!str",
    "|", ">", "'q'", '"q"', "%x", "@x", "`x`", "---", "...", "... x", "a\nb", "\tx", "x\t",
    "a\x00b", "\x7f", "\x85", "\u2028", "\ufeff", "\ufffe", "it's", 'say "hi"', "back\\slash",
    "https://example.com/a?b=c#frag", "日本語", "emoji 🎉", "a, b", "a]b",
]  # fmt: skip


def same(a: object, b: object) -> bool:
    """Equal with identical types all the way down (True is not 1, 1 is not 1.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(same, a, b))
    return a == b


def as_read(value: object) -> object:
    """What a written value reads back as: tuples are lists, dates are ISO text."""
    if isinstance(value, dict):
        return {k: as_read(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_read(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)  # a StrEnum such as Kind reads back as plain text
    return value


# --- split ---------------------------------------------------------------------------------


def test_split_plain_note_without_front_matter() -> None:
    parts = fm.split("# Title\n\ntext\n")
    assert parts == fm.Split(None, "# Title\n\ntext\n", unclosed=False, body_line=1)


def test_split_cuts_at_fences_and_counts_body_line() -> None:
    text = "---\ntitle: x\ntags: [a]\n---\n# Body\n"
    parts = fm.split(text)
    assert parts.front == "title: x\ntags: [a]\n"
    assert parts.body == "# Body\n"
    assert parts.body_line == 5
    assert (parts.opening, parts.closing) == ("---\n", "---\n")


@pytest.mark.parametrize(
    ("text", "front", "body"),
    [
        ("---\r\na: 1\r\n---\r\nbody\r\n", "a: 1\r\n", "body\r\n"),
        ("\ufeff---\na: 1\n---\nbody", "a: 1\n", "body"),
        ("---  \na: 1\n---\t \nbody", "a: 1\n", "body"),
        ("---\na: 1\n...\nbody", "a: 1\n", "body"),
        ("---\na: 1\n---", "a: 1\n", ""),
        ("---\na: 1\n---\n", "a: 1\n", ""),
        ("---\n---\nbody", "", "body"),
        ("---\n- a\n---\n", "- a\n", ""),
    ],
    ids=["crlf", "bom", "trailing-spaces", "dots", "no-body", "no-body-newline", "empty", "list"],
)
def test_split_variants(text: str, front: str, body: str) -> None:
    parts = fm.split(text)
    assert (parts.front, parts.body, parts.unclosed) == (front, body, False)
    assert parts.opening + front + parts.closing + body == text


@pytest.mark.parametrize("text", ["---\ntitle: x\n\nno end\n", "---", "---\n", "--- \r\na: 1"])
def test_split_unclosed_front_matter_is_all_body(text: str) -> None:
    assert fm.split(text) == fm.Split(None, text, unclosed=True, body_line=1)
    assert fm.read(text) == ({}, text)


@pytest.mark.parametrize(
    "text", ["----\na: 1\n---\n", "--- a: 1\n---\n", " ---\na\n---\n", "x\n---\n"]
)
def test_split_only_a_bare_first_line_fence_opens(text: str) -> None:
    assert fm.split(text) == fm.Split(None, text, unclosed=False, body_line=1)


def test_split_does_not_close_on_indented_or_longer_dashes() -> None:
    parts = fm.split("---\na: |\n  ---\nb: ----\n---\nbody")
    assert parts.front == "a: |\n  ---\nb: ----\n"
    assert parts.body_line == 6


# --- load ----------------------------------------------------------------------------------

STAYS_TEXT = ["NO", "yes", "on", "Off", "y", "012345", "12:30", "0x1F", "0o17", "1_000", "1e3",
              ".5", "1.", ".inf", ".NaN", "2026-01-01", "2026-11-22T07:40:00+00:00", "<<", "=",
              "tRue", "+.5", "0.", "00", "-01"]  # fmt: skip


@pytest.mark.parametrize("word", STAYS_TEXT)
def test_load_keeps_yaml11_lookalikes_as_text(word: str) -> None:
    assert fm.load(f"v: {word}\n") == {"v": word}


@pytest.mark.parametrize(
    ("word", "value"),
    [("null", None), ("Null", None), ("NULL", None), ("~", None), ("", None),
     ("true", True), ("True", True), ("TRUE", True), ("false", False), ("FALSE", False),
     ("0", 0), ("-0", 0), ("42", 42), ("+7", 7), ("-1636492098692", -1636492098692),
     ("1.5", 1.5), ("-2.0e3", -2000.0), ("0.25E-2", 0.0025), ("3.0e+2", 300.0)],
)  # fmt: skip
def test_load_types_only_plain_obvious_values(word: str, value: object) -> None:
    assert same(fm.load(f"v: {word}\n")["v"], value)


def test_load_quoted_values_are_always_text() -> None:
    assert fm.load("a: 'true'\nb: \"12\"\nc: !!str 3\n") == {"a": "true", "b": "12", "c": "3"}


def test_load_keys_are_text_as_written() -> None:
    assert fm.load("1: a\ntrue: b\n~: c\n2026-01-01: d\n") == {
        "1": "a",
        "true": "b",
        "~": "c",
        "2026-01-01": "d",
    }


def test_load_empty_or_comment_only_front_matter_is_empty() -> None:
    assert fm.load("") == {}
    assert fm.load("# just a comment\n\n") == {}
    assert fm.read("---\n---\nbody") == ({}, "body")


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("a: 1\nb: c: d\n", 3, "not valid YAML at line 3: mapping values are not allowed here"),
        ("a: 1\n\nb: 'open\n", 5, "not valid YAML at line 5"),
        ("a: 1\na: 2\n", 3, "the key 'a' appears twice"),
        ("- a\n- b\n", 2, "is a list, not `key: value` lines"),
        ("just words\n", 2, "is a single value"),
        ("a: 1\nb: x\x01y\n", 3, "unusable character U+0001"),
        ("? [a, b]\n: c\n", 2, "a key must be plain text"),
        ("a: 1\n--- x\n", 3, "expected a single document"),
    ],
)
def test_load_errors_name_the_file_line(front: str, line: int, words: str) -> None:
    with pytest.raises(fm.FrontMatterError) as caught:
        fm.load(front)
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith("Front matter ")
    assert str(caught.value).endswith(".")


@pytest.mark.parametrize(
    ("front", "value", "words"),
    [
        ("x: !!int _\n", "_", "'_' is not a valid int; it is read as text"),
        ("x: !!int abc\n", "abc", "'abc' is not a valid int"),
        ("x: !!float .\n", ".", "'.' is not a valid float"),
        ("x: !!bool maybe\n", "maybe", "'maybe' is not a valid bool"),
        ("x: !!python/object:os.system x\n", "x", "tag !!python/object:os.system is not"),
        ("x: !!timestamp 2026-01-01\n", "2026-01-01", "tag !!timestamp is not one Ponder"),
        ("x: !!binary aGk=\n", "aGk=", "tag !!binary"),
        ("x: !custom v\n", "v", "tag !custom"),
        ("x: !!set {a: 1}\n", {"a": 1}, "tag !!set is not one Ponder reads; it is ignored"),
        ("x: !!int [1, 2]\n", [1, 2], "tag !!int is not one Ponder reads"),
    ],
)
def test_a_tag_that_cannot_build_its_value_is_text_and_a_problem(
    front: str, value: object, words: str
) -> None:
    text = f"---\ntitle: kept\n{front}---\nbody\n"
    data, body, problems = fm.read_checked(text)
    assert data == {"title": "kept", "x": value}
    assert body == "body\n"
    assert len(problems) == 1
    assert problems[0].startswith("Front matter line 3: ")
    assert words in problems[0]
    # The file's text is never rewritten by reading, and edits elsewhere keep the line.
    edited = fm.update(text, {"title": "new"})
    assert edited == text.replace("title: kept", "title: new")


def test_an_unpaired_surrogate_escape_is_replaced_and_named() -> None:
    text = '---\ntitle: "bad \\uD800 title"\n"k\\uDC00": 1\n---\nbody\n'
    data, _body, problems = fm.read_checked(text)
    assert data == {"title": "bad \ufffd title", "k\ufffd": 1}
    assert [p[:21] for p in problems] == ["Front matter line 2: ", "Front matter line 3: "]
    assert "unpaired surrogate" in problems[0]
    for key, value in data.items():
        (key + str(value)).encode("utf-8")  # storable, so the index and saves cannot fail
    assert fm.update(text, {"tags": ["a"]}) == text.replace("---\nbody", "tags: [a]\n---\nbody")


def test_a_surrogate_pair_written_as_two_escapes_is_one_character() -> None:
    data, _body, problems = fm.read_checked('---\ne: "\\uD83D\\uDE00"\n---\n')
    assert data == {"e": "\U0001f600"}
    assert problems == ()


def test_load_line_numbers_follow_first_line() -> None:
    with pytest.raises(fm.FrontMatterError) as caught:
        fm.load("a: 1\nb: c: d\n", first_line=10)
    assert caught.value.line == 11


def test_read_reports_error_lines_in_the_file() -> None:
    with pytest.raises(fm.FrontMatterError, match="line 4") as caught:
        fm.read("---\ntitle: x\ntags: [a\nbroken: : :\n---\nbody\n")
    assert caught.value.line == 4


def test_read_jekyll_style_non_mapping_is_an_error_but_split_keeps_everything() -> None:
    text = "---\n- one\n- two\n---\nbody\n"
    with pytest.raises(fm.FrontMatterError):
        fm.read(text)
    parts = fm.split(text)
    assert parts.opening + (parts.front or "") + parts.closing + parts.body == text


def test_aliases_within_limits_load() -> None:
    data = fm.load("base: &b {site: X}\nsource: *b\ntags: &t [a, b]\nmore: *t\n")
    assert data == {
        "base": {"site": "X"},
        "source": {"site": "X"},
        "tags": ["a", "b"],
        "more": ["a", "b"],
    }


def test_billion_laughs_fails_fast_and_small() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    front = "\n".join(lines) + "\n"
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(fm.FrontMatterError, match=r"too complex .* aliases expand"):
            fm.load(front)
    finally:
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 5_000_000


def test_too_many_aliases_are_refused() -> None:
    front = "x: &x v\nall: [" + ", ".join(["*x"] * (fm.MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(fm.FrontMatterError, match=f"more than {fm.MAX_ALIASES} aliases") as caught:
        fm.load(front)
    assert caught.value.line == 3


def test_deep_nesting_and_recursive_aliases_are_refused() -> None:
    with pytest.raises(fm.FrontMatterError, match="nested over"):
        fm.load("a: " + "[" * 1000 + "]" * 1000 + "\n")
    with pytest.raises(fm.FrontMatterError, match="refers to itself"):
        fm.load("a: &a [1, *a]\n")


# --- dump_value and compose ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("Hello world", "Hello world"),
        ("https://example.com/a?b=c#frag", "https://example.com/a?b=c#frag"),
        ("日本語 🎉", "日本語 🎉"),
        ("NO", "'NO'"),
        ("012345", "'012345'"),
        ("12:30", "'12:30'"),
        ("", "''"),
        ("it's: here", "'it''s: here'"),
        ("a\nb", '"a\\nb"'),
        ("tab\there", '"tab\\there"'),
        ("bell\x07", '"bell\\x07"'),
        ("\ufeffbom", '"\\uFEFFbom"'),
        ("line\u2028sep", '"line\\Lsep"'),
        ('q"\\', 'q"\\'),
        (None, "null"),
        (True, "true"),
        (-12, "-12"),
        (1.5, "1.5"),
        (1e20, "1.0e+20"),
        (2.5e-07, "2.5e-07"),
        (date(2026, 1, 2), "2026-01-02"),
        (datetime(2026, 11, 22, 7, 40, tzinfo=UTC), "2026-11-22T07:40:00+00:00"),
        (Kind.CLIP, "clip"),
        (["a", "b c", "NO", "x,y", "k: v", 3], "[a, b c, 'NO', 'x,y', 'k: v', 3]"),
        (("x",), "[x]"),
        ([], "[]"),
        ({}, "{}"),
        ({"url": "https://x.org", "site": "X"}, "\n  url: https://x.org\n  site: X"),
        ([{"channel": "m", "at": "1"}], "\n  - channel: m\n    at: '1'"),
        ([[1, 2], {"a": {"b": []}}], "\n  - [1, 2]\n  - a:\n      b: []"),
    ],
)
def test_dump_value_styles(value: object, text: str) -> None:
    assert fm.dump_value(value) == text
    assert same(fm.load(f"k: {text}\n")["k"], as_read(value))


@pytest.mark.parametrize("word", AMBIGUOUS)
def test_ambiguous_strings_read_back_in_both_loaders(word: str) -> None:
    for value in (word, [word]):
        front = f"k: {fm.dump_value(value)}\n"
        assert fm.load(front) == {"k": value}
        assert yaml.safe_load(front) == {"k": value}


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_dump_value_refuses_numbers_yaml_cannot_keep(value: float) -> None:
    with pytest.raises(ValueError, match="cannot hold the number"):
        fm.dump_value(value)


def test_dump_value_refuses_other_types() -> None:
    with pytest.raises(TypeError, match="cannot hold a bytes value"):
        fm.dump_value(b"x")
    with pytest.raises(TypeError, match="keys must be text"):
        fm.compose({"a": {1: "x"}}, "")


def test_compose_writes_a_ponder_note() -> None:
    created = datetime(2026, 1, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    data = {
        "id": "20260102-0930",
        "title": "Seek: what I read",
        "kind": Kind.CLIP,
        "tags": ["reading", "ai"],
        "created": created,
        "source": {"url": "https://ex.com/p", "site": "Ex", "author": None},
        "shared": [{"channel": "mastodon", "url": "https://m.social/@me/1", "at": "2026-01-03"}],
    }
    text = fm.compose(data, "# Body\n")
    assert text == (
        "---\n"
        "id: 20260102-0930\n"
        "title: 'Seek: what I read'\n"
        "kind: clip\n"
        "tags: [reading, ai]\n"
        "created: 2026-01-02T09:30:00+01:00\n"
        "source:\n"
        "  url: https://ex.com/p\n"
        "  site: Ex\n"
        "  author: null\n"
        "shared:\n"
        "  - channel: mastodon\n"
        "    url: https://m.social/@me/1\n"
        "    at: '2026-01-03'\n"
        "---\n"
        "# Body\n"
    )
    front, body = fm.read(text)
    assert front == as_read(data)
    assert body == "# Body\n"


def test_compose_empty_data() -> None:
    assert fm.compose({}, "body") == "---\n---\nbody"
    assert fm.read(fm.compose({}, "body")) == ({}, "body")


# --- update --------------------------------------------------------------------------------

HUMAN = (
    "---\n"
    "# Written by hand\n"
    'title: "My  note"   # keep this comment\n'
    "tags: [one, 'two']\n"
    "\n"
    "aliases:\n"
    "- first\n"
    "- second\n"
    "summary: |\n"
    "  Line one\n"
    "  Line two\n"
    "source:\n"
    "  url: https://example.com\n"
    "  # a comment inside\n"
    "  site: Example\n"
    "draft: yes\n"
    "# trailing comment\n"
    "---\n"
    "Body text\n"
)


def test_update_with_nothing_is_identity_even_for_broken_front_matter() -> None:
    assert fm.update(HUMAN, {}) == HUMAN
    broken = "---\na: b: c\n---\nbody"
    assert fm.update(broken, {}, remove=[]) == broken


def test_update_changes_only_that_key() -> None:
    new = fm.update(HUMAN, {"summary": "Short"})
    assert new == HUMAN.replace("summary: |\n  Line one\n  Line two\n", "summary: Short\n")


def test_update_replaces_nested_and_list_blocks_in_place() -> None:
    new = fm.update(HUMAN, {"aliases": ["only"], "source": {"url": "https://x.org"}})
    expected = HUMAN.replace("aliases:\n- first\n- second\n", "aliases: [only]\n").replace(
        "source:\n  url: https://example.com\n  # a comment inside\n  site: Example\n",
        "source:\n  url: https://x.org\n",
    )
    assert new == expected


def test_update_appends_new_keys_and_removes_old_ones() -> None:
    new = fm.update(HUMAN, {"updated": "2026-01-02T10:00:00", "kind": "note"}, remove=["draft"])
    assert new == HUMAN.replace("draft: yes\n", "").replace(
        "# trailing comment\n",
        "# trailing comment\nupdated: '2026-01-02T10:00:00'\nkind: note\n",
    )
    assert fm.read(new)[0]["updated"] == "2026-01-02T10:00:00"


def test_removing_a_key_keeps_a_block_scalar_above_it_intact() -> None:
    text = "---\na: |+\n  kept\nb: 1\n\n  \nc: 2\n---\n"
    assert fm.update(text, {}, remove=["b"]) == "---\na: |+\n  kept\nc: 2\n---\n"
    assert fm.read(text)[0]["a"] == "kept\n"


def test_update_key_whose_line_has_a_comment_replaces_the_line() -> None:
    new = fm.update(HUMAN, {"title": "Other"})
    assert new == HUMAN.replace('title: "My  note"   # keep this comment\n', "title: Other\n")


def test_update_with_the_same_value_keeps_the_users_style() -> None:
    assert fm.update(HUMAN, {"tags": ("one", "two"), "draft": "yes", "title": "My  note"}) == HUMAN
    assert fm.update(HUMAN, {}, remove=["missing"]) == HUMAN


def test_update_distinguishes_types_of_equal_values() -> None:
    text = "---\nnum: 1\nb: true\n---\n"
    assert fm.update(text, {"num": 1.0, "b": 1}) == "---\nnum: 1.0\nb: 1\n---\n"


def test_update_preserves_crlf_and_bom() -> None:
    text = "\ufeff---\r\ntitle: x\r\nold: 1\r\n---\r\nbody\r\n"
    new = fm.update(text, {"title": "z", "tags": ["a"], "src": {"u": "v"}}, remove=["old"])
    assert new == "\ufeff---\r\ntitle: z\r\ntags: [a]\r\nsrc:\r\n  u: v\r\n---\r\nbody\r\n"


def test_update_creates_front_matter_when_there_is_none() -> None:
    assert fm.update("# Hi\n", {"title": "Hi"}) == "---\ntitle: Hi\n---\n# Hi\n"
    assert fm.update("\ufeffa\r\nb\r\n", {"t": 1}) == "\ufeff---\r\nt: 1\r\n---\r\na\r\nb\r\n"
    assert fm.update("", {"t": "x"}) == "---\nt: x\n---\n"
    assert fm.update("plain\n", {}, remove=["t"]) == "plain\n"


def test_update_fills_empty_front_matter_and_only_front_matter_files() -> None:
    assert fm.update("---\n---\nbody", {"a": 1}) == "---\na: 1\n---\nbody"
    assert fm.update("---\na: 1\n---", {"b": 2}) == "---\na: 1\nb: 2\n---"


def test_update_refuses_broken_or_unclosed_front_matter() -> None:
    with pytest.raises(fm.FrontMatterError, match="line 3") as caught:
        fm.update("---\na: 1\nb: c: d\n---\nbody", {"a": 2})
    assert caught.value.line == 3
    with pytest.raises(fm.FrontMatterError, match="no closing"):
        fm.update("---\na: 1\nbody\n", {"a": 2})


def test_update_refuses_to_break_an_alias_another_key_uses() -> None:
    text = "---\nbase: &b [x]\ncopy: *b\n---\n"
    with pytest.raises(fm.FrontMatterError, match="could not write the front matter safely"):
        fm.update(text, {"base": "y"})
    assert fm.update(text, {"copy": "z"}) == "---\nbase: &b [x]\ncopy: z\n---\n"


def test_update_rewrites_a_one_line_flow_mapping() -> None:
    new = fm.update("---\n{a: 1, b: NO}\n---\nbody", {"a": 2}, remove=["c"])
    assert new == "---\na: 2\nb: 'NO'\n---\nbody"


def test_update_keeps_an_indented_mapping_indented() -> None:
    new = fm.update("---\n  a: 1\n  b: 2\n---\n", {"a": 5, "c": 3})
    assert new == "---\n  a: 5\n  b: 2\n  c: 3\n---\n"


@pytest.mark.parametrize(
    "title",
    [
        "? title\n: x\n",
        "&k title: x\n",
        "title: 'multi\n  line'\n",
        "title: >\n  folded\n\n  more\n",
        "title:\n  - a\n  -\n    b: [1,\n      2]\n",
        "title: *x\n",
        "title: [a,\n  b\n  ]\n",
        "title: {a: [],\n  b: 2\n  }  # end\n",
    ],
)
def test_update_replaces_whole_blocks_of_any_style(title: str) -> None:
    text = f"---\nbase: &x 1\n{title}# kept\nother: 1\n---\n"
    new = fm.update(text, {"title": "new"})
    assert new == "---\nbase: &x 1\ntitle: new\n# kept\nother: 1\n---\n"


def test_update_refuses_keys_yaml_cannot_hold_on_one_line() -> None:
    with pytest.raises(ValueError, match="too long"):
        fm.update("", {"k" * 1001: 1})


def test_update_refuses_change_and_remove_of_one_key() -> None:
    with pytest.raises(ValueError, match="both change and remove"):
        fm.update(HUMAN, {"title": "x"}, remove=["title"])


# --- properties ----------------------------------------------------------------------------

TEXT = st.text(st.characters(codec="utf-8")) | st.sampled_from(AMBIGUOUS)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
KEYS = st.text(st.characters(codec="utf-8"), max_size=20) | st.sampled_from(AMBIGUOUS)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)
DATES = st.dates() | st.datetimes(timezones=st.none() | st.timezones())


@settings(max_examples=150, deadline=None)
@given(data=st.dictionaries(KEYS, VALUES, max_size=6), body=st.text())
def test_compose_then_read_gives_the_same_data_in_both_loaders(
    data: dict[str, object], body: str
) -> None:
    text = fm.compose(data, body)
    front, read_body = fm.read(text)
    assert same(front, data)
    assert read_body == body
    parts = fm.split(text)
    assert same(yaml.safe_load(parts.front or "") or {}, data)


@settings(max_examples=50, deadline=None)
@given(data=st.dictionaries(KEYS, DATES | st.lists(DATES, max_size=3), max_size=4))
def test_dates_are_written_as_iso_text(data: dict[str, object]) -> None:
    assert same(fm.read(fm.compose(data, ""))[0], as_read(data))


WORDS = st.from_regex(r"[A-Za-z][A-Za-z0-9 ]{0,8}[A-Za-z0-9]", fullmatch=True)
STYLES: list[Callable[[str, str], str]] = [
    lambda k, w: f"{k}: {w}\n",
    lambda k, w: f"{k}: '{w}'  # quoted\n",
    lambda k, w: f'{k}: "{w}"\n',
    lambda k, w: f"{k}: [{w}, 'x', 3]\n",
    lambda k, w: f"{k}:\n  - {w}\n  - two\n",
    lambda k, w: f"{k}:\n- {w}\n# inside\n- b\n",
    lambda k, w: f"{k}:\n  site: {w}\n  n: 1\n",
    lambda k, w: f"{k}: |\n  {w}\n\n  more\n",
    lambda k, w: f"{k}: >-\n  {w}\n  folded\n",
    lambda k, w: f"{k}: {w}\n  continued\n",
    lambda k, w: f"{k}:\n",
    lambda k, w: f"{k}: {{a: {w}, b: [1, 2]}}\n",
]
FILLERS = st.sampled_from(["", "", "\n", "# note\n", "\n# old: value\n\n", "   \n"])


@st.composite
def human_front(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Pieces of a hand-written front matter: [filler, block, filler, block, ..., filler]."""
    keys = draw(
        st.lists(
            st.from_regex(r"[a-z][a-z_]{0,6}", fullmatch=True), min_size=1, max_size=6, unique=True
        )
    )
    pieces = [draw(FILLERS)]
    for key in keys:
        pieces += [draw(st.sampled_from(STYLES))(key, draw(WORDS)), draw(FILLERS)]
    return keys, pieces


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    front=human_front(),
    pick=st.integers(0, 100),
    action=st.sampled_from(["change", "add", "remove"]),
    value=VALUES,
    crlf=st.booleans(),
)
def test_updating_one_key_leaves_every_other_line_alone(
    front: tuple[list[str], list[str]], pick: int, action: str, value: object, crlf: bool
) -> None:
    keys, pieces = front
    nl = "\r\n" if crlf else "\n"
    pieces = [p.replace("\n", nl) for p in pieces]
    index = pick % len(keys)
    key = keys[index] if action != "add" else "new-key"
    text = f"---{nl}{''.join(pieces)}---{nl}body{nl}"
    before, _ = fm.read(text)
    changes = {} if action == "remove" else {key: value}
    new = fm.update(text, changes, remove=[key] if action == "remove" else [])
    new_front, new_body = fm.read(new)
    assert new_body == f"body{nl}"
    if action == "add":
        assert new.startswith(text[: -len(f"---{nl}body{nl}")])
    else:
        head = f"---{nl}" + "".join(pieces[: 2 * index + 1])
        tail = "".join(pieces[2 * index + 2 :]) + f"---{nl}body{nl}"
        if action == "remove":  # blank lines after a removed key go with it
            tail = re.sub(r"\A(?:[ \t]*\r?\n)+", "", tail)
        assert new.startswith(head)
        assert new.endswith(tail)
    assert new.count("\n") == new.count(nl)
    expected = {k: v for k, v in before.items() if k != key}
    if action != "remove":
        expected[key] = value
    assert same(new_front, expected)
    assert list(new_front) == [k for k in keys if k in expected] + (
        ["new-key"] if action == "add" else []
    )


PIECES = st.sampled_from(
    ["---", "--- ", "...", "\n", "\r\n", "\r", "\ufeff", "a: 1", "x", " ", "\t"]
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(PIECES, max_size=12).map("".join) | st.text())
def test_split_never_raises_and_loses_nothing(text: str) -> None:
    parts = fm.split(text)
    assert parts.opening + (parts.front or "") + parts.closing + parts.body == text
    assert parts.body_line == text[: len(text) - len(parts.body)].count("\n") + 1
    first_line, newline, _ = text.removeprefix("\ufeff").partition("\n")
    fence = re.fullmatch(r"---[ \t]*" + ("\r?" if newline else ""), first_line)
    assert (parts.front is not None or parts.unclosed) == (fence is not None)
    if parts.front is None:
        assert parts.body == text
    else:
        assert not parts.unclosed


# --- real notes ----------------------------------------------------------------------------


def test_all_dendron_notes_load(corpus: Callable[[str], Path]) -> None:
    root = corpus("dendron-site")
    notes = sorted(root.rglob("*.md"))
    failures: list[str] = []
    with_front = 0
    started = time.perf_counter()
    for path in notes:
        text = path.read_text("utf-8")
        if fm.split(text).front is None:
            continue
        with_front += 1
        try:
            data, _body = fm.read(text)
        except fm.FrontMatterError as exc:
            failures.append(f"{path.relative_to(root)}: {exc}")
            continue
        if not {"id", "title", "desc", "updated", "created"} <= data.keys():
            failures.append(f"{path.relative_to(root)}: keys {sorted(data)}")
        elif not (type(data["updated"]) is int and type(data["created"]) is int):
            failures.append(f"{path.relative_to(root)}: {data['updated']!r} {data['created']!r}")
        else:  # a real edit changes exactly the one line
            old, new = text.split("\n"), fm.update(text, {"updated": 1}).split("\n")
            changed = [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            if changed != [old.index(f"updated: {data['updated']}")]:
                failures.append(f"{path.relative_to(root)}: update changed lines {changed}")
    elapsed = time.perf_counter() - started
    assert len(notes) == 1017
    assert with_front == 1013  # README, LICENSE, CONTRIBUTING and a PR template have none
    assert failures == []
    assert elapsed < 10
