"""Length counted the networks' way, limit checks, and numbered threads."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core.share.channels.discourse import discourse_post
from ponder.core.share.channels.mastodon import CHARACTERS, mastodon_length, mastodon_status
from ponder.core.share.channels.matrix import matrix_event, matrix_event_size
from ponder.core.share.channels.mattermost import mattermost_message
from ponder.core.share.channels.slack import slack_sections
from ponder.core.share.channels.teams import teams_payload
from ponder.core.share.formats import Target, render
from ponder.core.share.limits import (
    Limits,
    ThreadError,
    code_points,
    graphemes,
    split_thread,
    unlimited,
)

_NUMBER = re.compile(r" (\d+)/(\d+)$")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("👨‍👩‍👧‍👦", 1),
        ("🇩🇪", 1),
        ("e\u0301", 1),
        ("🇩🇪🇫🇷", 2),
        ("👍🏽", 1),
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 1),
        ("\r\n", 1),
        ("각", 1),
        ("abc", 3),
        ("", 0),
    ],
)
def test_grapheme_clusters(text: str, count: int) -> None:
    assert graphemes(text) == count


def test_mastodon_counts_links_as_23_and_mentions_by_user() -> None:
    url = "https://example.com/" + "a" * 100
    assert mastodon_length(f"see {url}.") == 4 + 23 + 1
    assert mastodon_length("hi @alice@example.social") == len("hi @alice")
    assert mastodon_length("👨‍👩‍👧‍👦 e\u0301") == 3


def test_checks_against_each_limit() -> None:
    short = render("Hello there, colleagues of mine.", Target.MASTODON)
    assert mastodon_status(short, Limits()).ok
    long = render("word " * 200, Target.MASTODON)
    result = mastodon_status(long)
    assert (result.limit, result.unit, result.ok) == (500, "characters", False)
    assert mastodon_status(long, Limits({CHARACTERS: 5000})).ok
    tiny = discourse_post(render("Too short", Target.DISCOURSE))
    assert not tiny.ok and tiny.minimum == 20
    assert mattermost_message(render("x" * 16_383, Target.MATTERMOST)).ok
    assert not mattermost_message(render("x" * 16_384, Target.MATTERMOST)).ok
    assert unlimited(render("x", Target.EMAIL)).limit is None


def test_slack_checks_every_section() -> None:
    result = slack_sections(render("a" * 3001, Target.SLACK))
    assert (result.count, result.ok, result.unit) == (3001, False, "characters per section")
    assert slack_sections(render("a " * 1400, Target.SLACK)).ok


def test_matrix_measures_the_whole_event_in_bytes() -> None:
    rendered = render("ü" * 20_000, Target.MATRIX)
    size = matrix_event_size(rendered.payload)
    assert size > 2 * 20_000 * 2  # body and formatted_body, two bytes per ü
    assert not matrix_event(rendered).ok
    assert matrix_event(render("ü" * 10_000, Target.MATRIX)).ok


def test_teams_measures_the_payload() -> None:
    assert teams_payload(render("word " * 1000, Target.TEAMS)).ok
    assert not teams_payload(render("word " * 7000, Target.TEAMS)).ok


def test_thread_breaks_at_paragraphs_first() -> None:
    text = "First paragraph here.\n\nSecond one is here.\n\nThird."
    parts = split_thread(text, 30, code_points)
    assert parts == ["First paragraph here. 1/3", "Second one is here. 2/3", "Third. 3/3"]
    assert split_thread("Fits.", 30) == ["Fits."]


def test_thread_never_cuts_a_link() -> None:
    url = "https://example.com/" + "p" * 60
    text = f"Read this {url} today please, it is good."
    parts = split_thread(text, 40, mastodon_length)
    assert any(url in part for part in parts)
    with pytest.raises(ThreadError):
        split_thread(text, 40, code_points)


def _unnumbered(parts: list[str]) -> list[str]:
    total = len(parts)
    out = []
    for number, part in enumerate(parts, 1):
        match = _NUMBER.search(part)
        assert match is not None and match.groups() == (str(number), str(total))
        out.append(part[: match.start()])
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab .!?\n", "e\u0301", "👨‍👩‍👧‍👦", "🇩🇪", "https://x.io/p ", "\n\n"]),
        max_size=200,
    ).map("".join),
    st.integers(min_value=12, max_value=120),
)
def test_thread_parts_fit_and_rejoin(text: str, limit: int) -> None:
    try:
        parts = split_thread(text, limit, mastodon_length)
    except ThreadError:
        return
    assert all(mastodon_length(part) <= limit for part in parts)
    pieces = parts if len(parts) == 1 else _unnumbered(parts)
    assert "".join("".join(pieces).split()) == "".join(text.split())
