"""The fuzzy matcher behind the quick switcher and the command palette (no Qt)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from ponder.ui.fuzzy import FuzzyIndex, fold, is_word_start, match, query_key


def ranked(query: str, names: list[str]) -> list[str]:
    return [names[i] for i, _ in FuzzyIndex(names).search(query)]


def test_word_starts_beat_a_shorter_scattered_match() -> None:
    assert ranked("bc", ["abacus", "Build Cache"]) == ["Build Cache", "abacus"]


def test_accents_and_case_are_folded() -> None:
    found = match("cafe", "Café")
    assert found is not None and found.positions == (0, 1, 2, 3)
    assert ranked("CAFE", ["Coffee", "Le Café du coin"]) == ["Le Café du coin"]
    assert fold("Éloïse Straße") == "eloise straße"


def test_prefix_then_word_start_then_inside() -> None:
    names = ["Reading notes", "Spaced reading", "threading"]
    assert ranked("read", names) == ["Reading notes", "Spaced reading", "threading"]


def test_camel_case_and_separators_are_word_starts() -> None:
    assert is_word_start("quickSwitcher", 5)
    assert is_word_start("build-cache", 6)
    assert not is_word_start("abacus", 3)
    assert ranked("qs", ["quests", "quickSwitcher"])[0] == "quickSwitcher"


def test_runs_beat_scattered_letters_and_shorter_titles_win_ties() -> None:
    assert ranked("note", ["north estate", "notes"]) == ["notes", "north estate"]
    assert ranked("ink", ["Inkscape", "Ink"]) == ["Ink", "Inkscape"]


def test_spaces_in_the_query_are_ignored() -> None:
    assert query_key(" Build \t Cache\n") == "buildcache"
    assert ranked("build cache", ["build-cache", "builder"]) == ["build-cache"]


def test_no_match_and_empty_query() -> None:
    assert match("xyz", "abc") is None
    assert ranked("", ["b", "A", "c"]) == ["A", "b", "c"]


def test_the_index_never_misses_when_there_are_few_matches() -> None:
    names = [f"note {n}" for n in range(500)] + ["zebra crossing", "Zürich zoo"]
    assert sorted(ranked("zz", names)) == ["Zürich zoo"]
    assert set(ranked("zc", names)) == {"zebra crossing", "Zürich zoo"}


def test_limit_is_respected() -> None:
    names = [f"alpha {n}" for n in range(300)]
    assert len(FuzzyIndex(names).search("al", limit=50)) == 50


@st.composite
def candidate_and_subsequence(draw: st.DrawFn) -> tuple[str, str]:
    candidate = draw(st.text(min_size=1, max_size=40))
    picks = draw(st.lists(st.booleans(), min_size=len(candidate), max_size=len(candidate)))
    return candidate, "".join(c for c, keep in zip(candidate, picks, strict=True) if keep)


@given(candidate_and_subsequence())
def test_a_subsequence_always_matches(pair: tuple[str, str]) -> None:
    candidate, query = pair
    assert match(query, candidate) is not None


@given(st.text(max_size=12), st.text(max_size=40))
def test_matches_are_deterministic_increasing_and_inside(query: str, candidate: str) -> None:
    first, second = match(query, candidate), match(query, candidate)
    assert first == second
    if first is not None:
        positions = first.positions
        assert all(a < b for a, b in pairwise(positions))
        assert all(0 <= p < len(candidate) for p in positions)
        assert len(positions) == len(query_key(query))
        assert [fold(candidate)[p] for p in positions] == list(query_key(query))


@given(st.text(max_size=30))
def test_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.lists(st.text(max_size=20), max_size=30), st.text(max_size=6))
def test_the_index_finds_exactly_the_matching_names(names: list[str], query: str) -> None:
    expected = {i for i, name in enumerate(names) if match(query, name) is not None}
    found = FuzzyIndex(names).search(query, limit=100)
    assert {i for i, _ in found} == expected
    scores = [m.score for _, m in found]
    if query_key(query):
        assert scores == sorted(scores, reverse=True)
