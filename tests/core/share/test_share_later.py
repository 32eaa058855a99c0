"""Posting later (an injected clock), variants of a draft, and the Insights rows and summary."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from share_fixtures import CLIP, NOW, TZ, fill_in

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share import insights, responses, schedule, variants
from ponder.core.share.accounts import Account
from ponder.core.share.channels.file_export import FileExport
from ponder.core.share.channels.read_back import Responses
from ponder.core.share.drafts import DraftError, new_draft, new_variant, record_shared


def front(library: Library, path: NotePath) -> dict[str, object]:
    return frontmatter.read(library.vault.read(path)[0])[0]


def test_a_time_is_parsed_in_local_time_and_never_in_the_past() -> None:
    at = schedule.parse_time("2026-12-07 09:00", NOW)
    assert at == datetime(2026, 12, 7, 9, 0).astimezone()  # this computer's local time
    assert schedule.parse_time("2026-12-07T09:00+01:00", NOW) == datetime(2026, 12, 7, 9, tzinfo=TZ)
    with pytest.raises(DraftError, match="has passed"):
        schedule.parse_time("2026-11-17 09:00", NOW)
    with pytest.raises(DraftError, match="like 2026-12-07 09:00"):
        schedule.parse_time("next tuesday", NOW)


def test_a_scheduled_post_goes_out_at_its_time(share_library: Library, tmp_path: Path) -> None:
    draft, _ = new_draft(share_library, [CLIP], now=NOW)
    fill_in(share_library, draft)
    before = share_library.vault.read(draft)[0]
    at = NOW + timedelta(hours=2)
    schedule.schedule(share_library, draft, ["out"], at)
    after = share_library.vault.read(draft)[0]
    assert after.split("---\n", 2)[2] == before.split("---\n", 2)[2]  # the body untouched
    [item] = schedule.pending(share_library)
    assert (item.account, item.at, item.error) == ("out", at, None)
    assert schedule.due(share_library, NOW + timedelta(hours=1)) == []
    started = NOW  # this Ponder started before the time: not missed, it goes by itself
    [due] = schedule.due(share_library, at + timedelta(seconds=30))
    assert not due.missed(started) and due.missed(at + timedelta(minutes=1))
    account = Account("out", "file", {"folder": str(tmp_path / "out")})
    error = schedule.send_scheduled(share_library, due, account, FileExport(tmp_path / "out"),
                                    private_terms=(), now=at)  # fmt: skip
    assert error is None and len(list((tmp_path / "out").iterdir())) == 1
    assert schedule.pending(share_library) == [] and front(share_library, draft)["shared"]


def test_a_failed_scheduled_post_stays_with_its_reason(share_library: Library) -> None:
    draft, _ = new_draft(share_library, [CLIP], now=NOW)  # placeholders unfilled: findings
    schedule.schedule(share_library, draft, ["out"], NOW + timedelta(minutes=5))
    [due] = schedule.due(share_library, NOW + timedelta(minutes=5))
    account = Account("out", "file", {"folder": "/nonexistent-folder-for-ponder"})
    error = schedule.send_scheduled(share_library, due, account, FileExport(Path("/x")),
                                    private_terms=(), now=NOW)  # fmt: skip
    assert error is not None and "privacy findings" in error
    [kept] = schedule.pending(share_library)
    assert kept.error == error and schedule.due(share_library, NOW + timedelta(days=1)) == []
    schedule.unschedule(share_library, draft)
    assert schedule.pending(share_library) == []


def test_a_variant_copies_the_draft_and_both_are_compared(share_library: Library) -> None:
    first, _ = new_draft(share_library, [CLIP], template="question", now=NOW)
    second, changes = new_variant(share_library, first, now=NOW)
    assert changes.added == {second} and second == "drafts/Question- Build caches (B).md"
    one, two = front(share_library, first), front(share_library, second)
    assert one["variant"] == "A" and two["variant"] == "B" and two["variant_of"] == one["id"]
    assert two["sources"] == one["sources"] and two["template"] == "question"
    assert share_library.read(second).body == share_library.read(first).body
    third, _ = new_variant(share_library, first, now=NOW)
    assert front(share_library, third)["variant"] == "C"
    with pytest.raises(DraftError):
        new_variant(share_library, CLIP)

    for path, account, likes, replies in ((first, "social", 2, 3), (second, "team", 1, 0)):
        record_shared(share_library, path, channel="mastodon", account=account,
                      url_or_id=f"https://s.example/@me/{account}", at=NOW)  # fmt: skip
        [post] = responses.shared_posts(share_library, path)
        found = Responses({"likes": likes, "boosts": 0, "replies": replies})
        responses.record_read(share_library, post, found, NOW + timedelta(hours=1))
    found_rows = insights.rows(share_library)
    assert {(r.variant, r.responses) for r in found_rows} == {("A", 5), ("B", 1)}
    assert {r.variant_of for r in found_rows} == {one["id"]}
    assert insights.grouped(found_rows, "variant") == {"A": (5.0, 1), "B": (1.0, 1)}
    assert found_rows[0].template == "question" and found_rows[0].network == "Mastodon"


def test_the_summary_compares_templates_in_plain_words(share_library: Library) -> None:
    def row(template: str, replies: int, days_ago: int = 1) -> insights.PostRow:
        at = NOW - timedelta(days=days_ago)
        return insights.PostRow(NotePath("d.md"), "t", "Mastodon", "a", at, template, 100,
                                {"likes": 1, "replies": replies})  # fmt: skip

    rows = [row("question", 3), row("question", 3), row("roundup", 1), row("roundup", 1, 60)]
    assert insights.summary(rows, NOW) == "Questions got 3.0× the replies of Roundups this month."
    assert "got none" in insights.summary([row("question", 2), row("roundup", 0)], NOW)
    assert "No responses" in insights.summary([], NOW)
    assert insights.grouped(rows, "length") == {"short": (3.0, 4)}
    assert list(insights.grouped(rows, "weekday")) == ["Tue", "Sat"]  # Monday first


def test_variants_side_by_side_with_their_targets(share_library: Library) -> None:
    first, _ = new_draft(share_library, [CLIP], now=NOW)
    assert [v.path for v in variants.variants(share_library, first)] == [first]  # none yet
    second, _ = new_variant(share_library, first, now=NOW)
    text, stamp = share_library.vault.read(second)
    share_library.save(second, text + "\nA sharper framing.\n", expected=stamp)
    record_shared(share_library, first, channel="mastodon", account="social",
                  url_or_id="https://s.example/@me/1", at=NOW)  # fmt: skip
    [post] = responses.shared_posts(share_library, first)
    responses.record_read(share_library, post, Responses({"likes": 2, "replies": 1}), NOW)
    later = NOW + timedelta(days=2)
    schedule.schedule(share_library, second, ["team"], later)
    for start in (first, second):  # the same pair from either side
        found = variants.variants(share_library, start)
        assert [(v.letter, v.path) for v in found] == [("A", first), ("B", second)]
    one, two = variants.variants(share_library, second)
    assert one.targets == (variants.Target("social", NOW, sent=True, responses=3),)
    assert two.targets == (variants.Target("team", later, sent=False),)
    assert two.body.endswith("A sharper framing.") and not one.body.endswith("framing.")
    with pytest.raises(ValueError, match="not a draft"):
        variants.variants(share_library, CLIP)
