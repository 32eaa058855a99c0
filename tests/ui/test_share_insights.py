"""Posting later in the window (an injected clock), the Scheduled view, and Insights with its
chart, sortable table, variants side by side and a response recorded by hand. With
PONDER_SHOTS=1 it also writes the screenshots to docs/screenshots."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ponder.core import frontmatter
from ponder.core.model import Kind, NotePath
from ponder.core.share import responses, schedule
from ponder.core.share.channels.read_back import Responses
from ponder.core.share.drafts import new_draft, new_variant, record_shared
from ponder.ui import theme
from ponder.ui.session import Session
from ponder.ui.share.insights_view import InsightsDialog, ResponseRefresher, parse_by_hand
from ponder.ui.share.scheduled_view import ScheduledDialog, ScheduleRunner
from ponder.ui.share.service import ShareService

WAIT = 10_000
T0 = datetime(2026, 12, 7, 9, 0, tzinfo=timezone(timedelta(hours=1)))
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def filled_draft(session: Session, title: str, template: str = "insight") -> NotePath:
    note, _ = session.library.create_note(title, kind=Kind.NOTE, body=f"{title}: what I saw.")
    draft, _ = new_draft(session.library, [note], template=template, title=title)
    text, stamp = session.library.vault.read(draft)
    session.library.save(draft, text.replace(": …", ": it matters.").replace("\n…\n", "\nYes.\n"),
                         expected=stamp)  # fmt: skip
    return draft


def loaded_service(session: Session, qtbot: QtBot, tmp_path: Path) -> ShareService:
    service = ShareService(session)
    service.load()
    qtbot.waitUntil(lambda: service.loaded, timeout=WAIT)
    done: list[object] = []
    service.add("out", "file", {"folder": str(tmp_path / "out")}, None, done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    return service


def test_scheduled_posts_go_out_on_time_and_missed_ones_ask(
    session: Session, prompter: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    service = loaded_service(session, qtbot, tmp_path)
    on_time = filled_draft(session, "Cache keys")
    missed = filled_draft(session, "Flaky tests")
    schedule.schedule(session.library, on_time, ["out"], T0 + timedelta(hours=1))
    schedule.schedule(session.library, missed, ["out"], T0 - timedelta(hours=2))
    clock = Clock(T0)
    runner = ScheduleRunner(session, service, prompter, clock)
    sent: list[tuple[str, str, str]] = []
    runner.sent.connect(lambda *args: sent.append(args))
    prompter.answers.append(False)  # the missed one: not now
    runner.check()
    qtbot.waitUntil(lambda: bool(prompter.asked), timeout=WAIT)
    assert prompter.asked == ["Scheduled post"] and sent == []
    runner.check()  # asked once per run, not again
    qtbot.wait(200)
    assert prompter.asked == ["Scheduled post"] and not (tmp_path / "out").exists()

    clock.now = T0 + timedelta(hours=1, seconds=5)
    runner.check()
    qtbot.waitUntil(lambda: len(sent) == 1, timeout=WAIT)
    assert sent == [("Cache keys", "out", "")]
    assert len(list((tmp_path / "out").iterdir())) == 1

    view = ScheduledDialog(session, runner)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=WAIT)
    row = view.tree.topLevelItem(0)
    assert row.text(2) == "Flaky tests" and row.text(3).startswith("Due")
    qtbot.keyClick(view.post_now, Qt.Key.Key_Space)  # keyboard only
    qtbot.waitUntil(lambda: len(sent) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 0, timeout=WAIT)
    assert "Nothing is scheduled" in view.summary.text()
    front = frontmatter.read(session.library.vault.read(missed)[0])[0]
    assert front["status"] == "posted" and "scheduled" in front and not front["scheduled"]


def shared_with(session: Session, draft: NotePath, account: str, counts: dict[str, int],
                at: datetime) -> None:  # fmt: skip
    record_shared(session.library, draft, channel="mastodon", account=account,
                  url_or_id=f"https://social.example/@me/{account}{draft}", at=at)  # fmt: skip
    for post in responses.shared_posts(session.library, draft):
        if post.account == account:
            responses.record_read(session.library, post, Responses(counts), at + timedelta(hours=3))


def insights_vault(session: Session, slack: bool = False) -> NotePath:
    question = filled_draft(session, "What slows your builds", "question")
    variant, _ = new_variant(session.library, question)
    shared_with(session, question, "social", {"likes": 4, "boosts": 1, "replies": 6}, T0)
    shared_with(session, variant, "team", {"likes": 2, "boosts": 0, "replies": 1},
                T0 + timedelta(days=2))  # fmt: skip
    for days, title in ((1, "Five links on caching"), (8, "Build notes")):
        roundup = filled_draft(session, title, "roundup")
        shared_with(session, roundup, "social", {"likes": 3, "boosts": 1, "replies": 1},
                    T0 - timedelta(days=days))  # fmt: skip
    if slack:
        weekly = filled_draft(session, "Week 49 in the team", "weekly")
        record_shared(session.library, weekly, channel="slack", account="team-slack",
                      url_or_id="", at=T0 + timedelta(days=1))  # fmt: skip
    return question


def test_insights_table_chart_variants_and_a_response_by_hand(
    session: Session, prompter: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    question = insights_vault(session, slack=True)
    service = loaded_service(session, qtbot, tmp_path)
    clock = Clock(T0 + timedelta(days=3))
    refresher = ResponseRefresher(session, service, clock)
    view = InsightsDialog(session, refresher, prompter, clock)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    qtbot.waitUntil(lambda: view.table.topLevelItemCount() == 5, timeout=WAIT)
    items = [view.table.topLevelItem(i) for i in range(5)]
    [slack] = [item for item in items if item.text(1).startswith("Slack")]
    assert slack.text(1) == "Slack" and slack.text(5) == "by hand"
    assert "can only post" in slack.toolTip(7)
    assert view.summary.text() == "Questions got 3.5× the replies of Roundups this month."
    assert "A → Mastodon: 11 responses" in view.variants.text()
    assert "B → Mastodon: 3 responses" in view.variants.text()
    view.table.sortItems(7, Qt.SortOrder.DescendingOrder)  # replies
    assert [view.table.topLevelItem(i).text(7) for i in range(5)] == ["6", "1", "1", "1", ""]
    view.grouping.setCurrentIndex(view.grouping.findData("template"))
    assert set(view.chart.groups) == {"question", "roundup"}
    assert "question: 7.0" in view.chart.accessibleDescription()

    view.table.setCurrentItem(view.table.topLevelItem(0))
    assert view.keep_button.isEnabled() and not view.keep_button.isChecked()
    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(p.response.get("keep_replies") for p in responses.shared_posts(
            session.library, question)), timeout=WAIT)  # fmt: skip
    prompter.answers.append("3 replies in the team meeting")
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(responses.by_hand(session.library, question)), timeout=WAIT)
    [hand] = responses.by_hand(session.library, question)
    assert (hand["account"], hand["replies"]) == ("team meeting", 3)


def test_a_response_in_words_becomes_counts() -> None:
    assert parse_by_hand("3 replies in the team meeting") == ("team meeting", {"replies": 3})
    assert parse_by_hand("2 likes, 1 reply at lunch") == ("lunch", {"likes": 2, "replies": 1})
    assert parse_by_hand("nods") == ("by hand", {})


@pytest.mark.skipif(os.environ.get("PONDER_SHOTS") != "1", reason="set PONDER_SHOTS=1")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_insights_screenshots(
    session: Session, prompter: Any, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    insights_vault(session, slack=True)
    service = loaded_service(session, qtbot, tmp_path)
    clock = Clock(T0 + timedelta(days=3))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)
    view = InsightsDialog(session, ResponseRefresher(session, service, clock), prompter, clock)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    qtbot.waitUntil(lambda: view.table.topLevelItemCount() == 5, timeout=WAIT)
    view.grouping.setCurrentIndex(view.grouping.findData("template"))
    shoot(view, "insights", name)
    view.grouping.setCurrentIndex(view.grouping.findData("variant"))
    shoot(view, "insights-variants", name)


def shoot(widget: Any, what: str, name: str) -> None:
    widget.resize(900, 600)
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{what}-{name}.png"))


@pytest.mark.skipif(os.environ.get("PONDER_SHOTS") != "1", reason="set PONDER_SHOTS=1")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_scheduled_screenshots(
    session: Session, prompter: Any, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    service = loaded_service(session, qtbot, tmp_path)
    for title, hours in (("Cache keys", 20), ("Flaky tests", -2), ("Weekly notes", 48)):
        draft = filled_draft(session, title)
        schedule.schedule(session.library, draft, ["out"], T0 + timedelta(hours=hours))
    [failed] = [s for s in schedule.pending(session.library) if s.title == "Weekly notes"]
    schedule.mark_failed(session.library, failed, "There is no account called 'team' any more.")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT if name == "light" else theme.DARK)
    runner = ScheduleRunner(session, service, prompter, Clock(T0))
    view = ScheduledDialog(session, runner)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 3, timeout=WAIT)
    shoot(view, "scheduled", name)


def test_the_refresher_reads_in_the_background_and_waits_after_a_rate_limit(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "peers"))
    from recording_server import RecordingServer

    server = RecordingServer()
    try:
        service = loaded_service(session, qtbot, tmp_path)
        done: list[object] = []
        service.add("social", "mastodon", {"server": server.url}, "tok-secret", done.append,
                    done.append)  # fmt: skip
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
        draft = filled_draft(session, "Cache keys")
        record_shared(session.library, draft, channel="mastodon", account="social",
                      url_or_id=f"{server.url}/@me/77", at=T0, post_id="77")  # fmt: skip
        clock = Clock(T0 + timedelta(hours=1))
        refresher = ResponseRefresher(session, service, clock)
        server.reply(429, {"error": "Too many requests"}, {"Retry-After": "1800"})
        refresher.refresh()
        qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)
        assert len(server.requests) == 1  # it did not wait in a thread; it will try later
        clock.now += timedelta(minutes=20)  # past 15 minutes, within the 30 it was asked to wait
        refresher.refresh()
        qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)
        assert len(server.requests) == 1
        clock.now += timedelta(minutes=11)
        status = {"id": "77", "favourites_count": 2, "reblogs_count": 1, "account": {"id": "1"}}
        server.reply(200, status)
        server.reply(200, {"ancestors": [], "descendants": []})
        refresher.refresh()
        qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)
        [post] = responses.shared_posts(session.library, draft)
        assert post.counts() == {"likes": 2, "boosts": 1, "replies": 0}
        assert [r.path for r in server.requests[1:]] == ["/api/v1/statuses/77",
                                                         "/api/v1/statuses/77/context"]  # fmt: skip
    finally:
        server.close()
