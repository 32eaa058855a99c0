"""Property tests: any bytes are a feed or a FeedFormatError, never a crash."""

from __future__ import annotations

import json

from feed_server import feed_file
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ponder.core.capture.feeds.parsing import FeedFormatError, parse_feed

RSS = feed_file("own/rss20.xml")


def _parses_or_refuses(body: bytes, content_type: str) -> None:
    try:
        parsed = parse_feed(body, "https://feed.example/rss", content_type)
    except FeedFormatError as exc:
        assert str(exc)
        return
    for entry in parsed.entries:
        assert entry.id and isinstance(entry.title, str)
        assert entry.link is None or entry.link.startswith(("http", "https", "/")) or entry.link


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["", "application/rss+xml", "application/json"]))
def test_any_bytes(body: bytes, content_type: str) -> None:
    _parses_or_refuses(body, content_type)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(RSS)), st.integers(0, len(RSS)), st.binary(max_size=20))
@example(30, 30, b"\x80")  # inside the encoding declaration: feedparser raised
@example(30, 30, b"\x00")  # UnicodeDecodeError and ValueError (found by hypothesis)
def test_a_damaged_real_feed(start: int, end: int, junk: bytes) -> None:
    start, end = sorted((start, end))
    _parses_or_refuses(RSS[:start] + junk + RSS[end:], "application/rss+xml")


def test_junk_in_the_xml_declaration_is_refused_not_a_crash() -> None:
    """Hypothesis found both: feedparser's encoding sniffing raised on them."""
    for junk in (b"\x80", b"\x00"):
        _parses_or_refuses(RSS[:30] + junk + RSS[30:], "application/rss+xml")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["title", "items", "home_page_url", "author"]), json_values, max_size=4
    ),
    st.lists(
        st.dictionaries(
            st.sampled_from(
                ["id", "url", "title", "content_html", "content_text", "date_published", "authors"]
            ),
            json_values,
            max_size=6,
        ),
        max_size=4,
    ),
)
def test_json_feeds_of_any_shape(feed: dict[str, object], items: list[dict[str, object]]) -> None:
    document = {**feed, "version": "https://jsonfeed.org/version/1.1", "items": items}
    _parses_or_refuses(json.dumps(document).encode(), "application/feed+json")
