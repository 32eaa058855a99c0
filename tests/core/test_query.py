"""The query language: every construct, leniency, and the canonical-text round trip."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core.query import (
    And,
    DateRange,
    MatchAll,
    Not,
    Or,
    Phrase,
    Prefix,
    Query,
    Sort,
    Term,
    parse_query,
)


def root(text: str) -> object:
    return parse_query(text).root


def word(text: str) -> Term:
    return Term("", text)


def test_words_are_anded() -> None:
    assert root("alpha beta") == And((word("alpha"), word("beta")))
    assert root("alpha AND beta") == root("alpha beta")


def test_or_binds_tighter_than_the_implicit_and() -> None:
    assert root("cat dog OR puppy") == And((word("cat"), Or((word("dog"), word("puppy")))))
    assert root("(a b) OR c") == Or((And((word("a"), word("b"))), word("c")))


def test_phrases_and_negation() -> None:
    assert root('"brown fox"') == Phrase("", ("brown", "fox"))
    assert root('-"brown fox"') == Not(Phrase("", ("brown", "fox")))
    assert root("a -b") == And((word("a"), Not(word("b"))))
    assert root("NOT b") == Not(word("b"))
    assert root("--b") == word("b")
    assert root("a-b") == word("a-b")


def test_prefix() -> None:
    assert root("ingr*") == Prefix("", "ingr")
    assert root("title:rec*") == Prefix("title", "rec")
    assert root("tag:proj*") == Prefix("tag", "proj")
    assert root("*") == word("*")


def test_fields() -> None:
    assert root("tag:Work/Meetings") == Term("tag", "work/meetings")
    assert root("#idea") == Term("tag", "idea")
    assert root("kind:clip") == Term("kind", "clip")
    assert root("title:ponder") == Term("title", "ponder")
    assert root('title:"seek sense"') == Phrase("title", ("seek", "sense"))
    assert root("path:journal/") == Prefix("path", "journal/")
    assert root('path:"my notes/"') == Prefix("path", "my notes/")
    assert root("site:GitHub.com") == Term("site", "github.com")


def test_unknown_fields_and_bad_values_are_plain_words() -> None:
    assert root("foo:bar") == word("foo:bar")
    assert root("created:yesterday") == word("created:yesterday")
    assert root("tag:") == word("tag:")
    assert root("sort:banana") == word("sort:banana")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("created:2026-11-22", datetime(2026, 11, 22), datetime(2026, 11, 23)),
        ("created:2026-02", datetime(2026, 2, 1), datetime(2026, 3, 1)),
        ("created:2026", datetime(2026, 1, 1), datetime(2027, 1, 1)),
        ("created:2026-01..2026-03", datetime(2026, 1, 1), datetime(2026, 4, 1)),
        ("created:2026-01..", datetime(2026, 1, 1), None),
        ("created:..2026-03", None, datetime(2026, 4, 1)),
        ("created:>2026-11-01", datetime(2026, 11, 2), None),
        ("created:>=2026-11-01", datetime(2026, 11, 1), None),
        ("created:<2026-11", None, datetime(2026, 11, 1)),
        ("created:<=2026-11", None, datetime(2026, 12, 1)),
        ("created:2025-12", datetime(2025, 12, 1), datetime(2026, 1, 1)),
    ],
)
def test_dates(text: str, start: datetime | None, end: datetime | None) -> None:
    assert root(text) == DateRange("created", start, end)


def test_updated_field_and_impossible_dates() -> None:
    assert root("updated:>=2026-01-01") == DateRange("updated", datetime(2026, 1, 1), None)
    assert root("created:2026-02-30") == word("created:2026-02-30")
    assert root("created:>9999-12-31") == word("created:>9999-12-31")


def test_sort() -> None:
    assert parse_query("x sort:updated") == Query(word("x"), Sort.UPDATED)
    assert parse_query("sort:Title").sort is Sort.TITLE
    assert parse_query("x").sort is Sort.RELEVANCE
    assert parse_query("sort:created") == Query(MatchAll(), Sort.CREATED)


def test_empty_query_is_match_all() -> None:
    assert parse_query("") == Query(MatchAll())
    assert parse_query("  ( ) ").root == MatchAll()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"unclosed phrase', Phrase("", ("unclosed", "phrase"))),
        ("a ) b", And((word("a"), word("b")))),
        ("OR a OR", word("a")),
        ("a OR OR b", Or((word("a"), word("b")))),
        ("(a OR b", Or((word("a"), word("b")))),
        ("a NOT", word("a")),
        ("NOT NOT AND", MatchAll()),
        ("- a", word("a")),
    ],
)
def test_lenient(text: str, expected: object) -> None:
    assert root(text) == expected


def test_deep_nesting_does_not_recurse_forever() -> None:
    query = parse_query("(" * 5000 + "a" + ")" * 5000 + " " + "-" * 5000 + "b")
    assert query.root == And((word("a"), word("b")))


def test_canonical_text() -> None:
    text = '#Idea -"a b" title:x* created:2026-01..2026-03 (c OR d) sort:updated'
    canonical = str(parse_query(text))
    assert canonical == (
        'tag:idea -"a b" title:x* created:2026-01-01..2026-03-31 c OR d sort:updated'
    )
    assert str(parse_query("created:>2026-11-01")) == "created:2026-11-02.."
    assert str(parse_query("created:2026-11-22")) == "created:2026-11-22"
    assert str(parse_query("")) == ""


_PIECES = st.sampled_from(
    [
        *'ab -"()*#:.<>=/_0126 ',
        *("AND", "OR", "NOT", "tag:", "title:", "path:", "kind:", "site:", "created:"),
        *("updated:", "sort:updated", "2026-01", "..", "İ", "\u00a0"),
    ]
)
_QUERY_TEXT = st.one_of(st.text(max_size=40), st.lists(_PIECES, max_size=20).map("".join))


@settings(max_examples=1500, deadline=None)
@given(_QUERY_TEXT)
def test_canonical_text_parses_back_to_the_same_query(text: str) -> None:
    query = parse_query(text)
    again = parse_query(str(query))
    assert again == query
    assert str(again) == str(query)
