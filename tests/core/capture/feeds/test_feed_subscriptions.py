"""feeds.yaml (in the vault, edited by people too) and the fetch state kept outside it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.capture.feeds.fetching import alternate_feeds, machine_online
from ponder.core.capture.feeds.state import FeedState, StateStore
from ponder.core.capture.feeds.subscriptions import (
    Subscription,
    SubscriptionError,
    Subscriptions,
    find,
)


def test_hand_edits_and_unknown_keys_survive_a_change(tmp_path: Path) -> None:
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n"
        "  - url: https://a.example/feed\n"
        "    title: NO\n"  # YAML 1.1 would make this False
        "    interval: 15\n"
        "    folder: reading/tech\n"
        "  - url: http://A.example/feed/?utm_source=x\n"  # the same feed again
        "  - url: https://b.example/rss\n"
        "    muted: yes\n",
        "utf-8",
    )
    store = Subscriptions(tmp_path)
    subs = store.load()
    assert [s.url for s in subs] == ["https://a.example/feed", "https://b.example/rss"]
    assert subs[0].title == "NO" and subs[0].interval == 15 and subs[1].muted
    changed = store.change(subs[0].key, muted=True)
    assert changed is not None and changed.extra == {"folder": "reading/tech"}
    again = store.load()
    assert (
        again[0].muted and again[0].extra == {"folder": "reading/tech"} and again[0].title == "NO"
    )
    assert find(again, "2") == again[1] and find(again, "no") == again[0]
    assert find(again, "https://a.example/feed/") == again[0] and find(again, "9") is None


def test_a_broken_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - url: [unclosed\n", "utf-8")
    store = Subscriptions(tmp_path)
    with pytest.raises(SubscriptionError, match="nothing was changed"):
        store.add(Subscription("https://c.example/feed"))
    assert path.read_text("utf-8") == "feeds:\n  - url: [unclosed\n"
    path.write_text("feeds:\n  - title: no address\n", "utf-8")
    with pytest.raises(SubscriptionError, match="has no `url:`"):
        store.load()


@given(
    st.lists(
        st.builds(
            Subscription,
            url=st.from_regex(r"https://[a-z]{1,8}\.example/[a-z0-9/]{0,12}", fullmatch=True),
            title=st.text(
                st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30
            ),
            interval=st.integers(5, 10_000),
            muted=st.booleans(),
        ),
        max_size=6,
        unique_by=lambda s: s.key,
    )
)
def test_subscriptions_round_trip(subs: list[Subscription]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = Subscriptions(Path(folder))
        store.save(subs)
        loaded = store.load()
    expected = [(s.url, " ".join(s.title.split()), s.interval, s.muted) for s in subs]
    assert [(s.url, s.title, s.interval, s.muted) for s in loaded] == expected


def test_state_lives_outside_the_vault_and_survives_a_broken_file(tmp_path: Path) -> None:
    store = StateStore.for_vault(tmp_path / "vault", tmp_path / "state")
    assert store.path.is_relative_to(tmp_path / "state")
    now = datetime(2026, 12, 4, tzinfo=UTC)
    store.put("k", FeedState().succeeded(now, '"e"', None).with_seen(["a", "b"]))
    assert store.get("k").etag == '"e"' and store.get("k").seen == ("a", "b")
    store.path.write_text("{not json", "utf-8")
    assert store.get("k") == FeedState()  # a cache: lost state means one full fetch


def test_backoff_is_capped_at_a_day() -> None:
    now = datetime(2026, 12, 4, tzinfo=UTC)
    state = FeedState()
    for _ in range(12):
        state = state.failed(now, "down", 60, None)
    assert state.retry_at == (now + timedelta(days=1)).isoformat()
    dated = FeedState().failed(now, "slow", 60, "Fri, 04 Dec 2026 05:00:00 GMT")
    assert dated.retry_at == (now + timedelta(hours=5)).isoformat()


def test_alternate_links_are_found_and_made_absolute() -> None:
    html = """<html><head>
      <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="feed.atom">
      <link rel="alternate" type="text/html" href="/other">
      <link rel="alternate feed" type="application/feed+json" href="https://x.example/f.json">
      </head><body></body></html>"""
    assert alternate_feeds(html, "https://x.example/blog/") == [
        "https://x.example/blog/feed.atom",
        "https://x.example/f.json",
    ]
    assert alternate_feeds("", "https://x.example/") == []


def test_online_means_a_network_link_is_up(tmp_path: Path) -> None:
    net = tmp_path / "net"
    for name, state in (("lo", "unknown"), ("eth0", "down"), ("wlan0", "down")):
        (net / name).mkdir(parents=True)
        (net / name / "operstate").write_text(state + "\n")
    assert not machine_online(net)
    (net / "wlan0" / "operstate").write_text("up\n")
    assert machine_online(net)
    assert machine_online(tmp_path / "no-such-folder")  # not Linux: the fetch will tell
