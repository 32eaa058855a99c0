"""Reading responses from Discourse, Mattermost and Viva Engage on local servers: requests
checked against the published descriptions, and every way a read can go wrong."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import yaml
from recording_server import RecordingServer, Sleeps
from share_fixtures import CLIP

from conftest import HERE, SPECS
from ponder.core.library import Library
from ponder.core.share.backoff import Backoff
from ponder.core.share.channels import Channel, RateLimited
from ponder.core.share.channels.discourse import DiscourseForum
from ponder.core.share.channels.mattermost import MattermostApi
from ponder.core.share.channels.read_back import PostRef, ReadFailed, ResponseReader
from ponder.core.share.channels.transport import Http
from ponder.core.share.channels.viva_engage import VivaEngageCommunity
from ponder.core.share.drafts import new_draft, record_shared
from ponder.core.share.refresh import ReadOutcome, read_due
from ponder.core.share.responses import SharedPost

SECRET = "sekret-token-123"
T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.fixture
def quick(sleeps: Sleeps) -> Http:
    """Reads never wait for a rate limit themselves: the refresher schedules the next try."""
    return Http(timeout=0.3, max_wait=0.0, attempts=2, sleep=sleeps)


def documented(template: str, path: str) -> bool:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
    return re.fullmatch(pattern, path.split("?", 1)[0]) is not None


def discourse_operation(path: str) -> dict[str, Any]:
    spec = SPECS / "discourse" / "openapi.json"
    if not spec.exists():
        pytest.skip(f"the published description {spec} is not present")
    operation: dict[str, Any] = json.loads(spec.read_text("utf-8"))["paths"][path]["get"]
    return operation


def topic(likes: int) -> dict[str, Any]:
    def post(number: int, user: str, cooked: str, actions: list[Any]) -> dict[str, Any]:
        return {"id": 100 + number, "username": user, "cooked": cooked, "post_number": number,
                "topic_id": 5, "topic_slug": "on-caches", "created_at": "2026-11-18T10:00:00Z",
                "actions_summary": actions}  # fmt: skip

    posts = [
        post(1, "ada", "<p>Our post</p>", [{"id": 2, "count": likes}]),
        post(2, "ada", "<p>Part two</p>", []),
        post(3, "grace", "<p>Nice &amp; <b>useful</b></p>", []),
    ]
    return {"id": 5, "posts_count": 3, "post_stream": {"posts": posts}}


def test_discourse_likes_and_replies(recorder: RecordingServer, quick: Http) -> None:
    operation = discourse_operation("/t/{id}.json")
    recorder.reply(200, topic(4))
    forum = DiscourseForum(recorder.url, "ada", SECRET, quick)
    found = forum.read_responses(PostRef(f"{recorder.url}/t/on-caches/5", "5"))
    assert found.counts == {"likes": 4, "replies": 1}
    [comment] = found.comments
    assert (comment.author, comment.text) == ("@grace", "Nice & useful")
    [request] = recorder.requests
    assert request.method == "GET" and documented("/t/{id}.json", request.path)
    for parameter in operation["parameters"]:
        if parameter["in"] == "header" and parameter.get("required"):
            assert request.headers[parameter["name"].lower()]


def mattermost_thread() -> dict[str, Any]:
    def post(pid: str, user: str, message: str) -> dict[str, Any]:
        return {
            "id": pid,
            "user_id": user,
            "message": message,
            "root_id": "" if pid == "p1" else "p1",
        }

    posts = {"p1": post("p1", "me", "ours"), "p2": post("p2", "me", "part two"),
             "p3": post("p3", "u2", "Thanks!")}  # fmt: skip
    return {"order": ["p1", "p2", "p3"], "posts": posts}


def test_mattermost_reactions_and_thread_replies(recorder: RecordingServer, quick: Http) -> None:
    spec = yaml.safe_load((HERE / "specs" / "mattermost-reactions.yaml").read_text("utf-8"))
    [template] = spec
    recorder.reply(200, mattermost_thread())
    reactions = [{"user_id": "u2", "post_id": "p1", "emoji_name": "+1"},
                 {"user_id": "u3", "post_id": "p1", "emoji_name": "+1"},
                 {"user_id": "u3", "post_id": "p1", "emoji_name": "tada"}]  # fmt: skip
    recorder.reply(200, reactions)
    api = MattermostApi(recorder.url, "c1", SECRET, quick)
    found = api.read_responses(PostRef(f"{recorder.url}/_redirect/pl/p1", "p1"))
    assert found.counts == {"reactions": 3, "replies": 1}
    assert found.by_reaction == {"+1": 2, "tada": 1} and found.comments[0].text == "Thanks!"
    thread, listed = recorder.requests
    assert documented("/api/v4/posts/{post_id}/thread", thread.path)  # posts.yaml GetPostThread
    assert documented(template, listed.path) and listed.method == "GET"
    assert thread.headers["authorization"] == f"Bearer {SECRET}"


def test_viva_engage_likes_and_replies(recorder: RecordingServer, quick: Http) -> None:
    messages = [
        {"id": 1001, "sender_id": 7, "body": {"plain": "ours"}, "liked_by": {"count": 5}},
        {"id": 1002, "sender_id": 7, "body": {"plain": "part two"}},
        {"id": 1003, "sender_id": 8, "body": {"plain": "Great read"}, "web_url": "https://y/1003"},
    ]
    references = [{"type": "user", "id": 8, "full_name": "Grace Hopper"}]
    recorder.reply(200, {"messages": messages, "references": references})
    channel = VivaEngageCommunity(SECRET, quick, server=recorder.url)
    found = channel.read_responses(PostRef("https://www.yammer.com/x/messages/1001", "1001"))
    assert found.counts == {"likes": 5, "replies": 1}
    assert found.comments[0].author == "Grace Hopper"
    # the thread endpoint of the Yammer REST API (no machine-readable description is published)
    assert recorder.requests[0].path == "/api/v1/messages/in_thread/1001.json"


READERS = {
    "discourse": lambda url, http: DiscourseForum(url, "ada", SECRET, http),
    "mattermost": lambda url, http: MattermostApi(url, "c1", SECRET, http),
    "viva-engage": lambda url, http: VivaEngageCommunity(SECRET, http, server=url),
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_rate_limit_is_reported_with_its_wait(
    name: str, recorder: RecordingServer, quick: Http
) -> None:
    recorder.reply(429, {"errors": ["slow down"]}, {"Retry-After": "90"})
    reader: ResponseReader = READERS[name](recorder.url, quick)
    with pytest.raises(RateLimited) as caught:
        reader.read_responses(PostRef(recorder.url + "/x/1", "1"))
    assert caught.value.retry_after == 90.0 and "before reading again" in caught.value.message
    assert len(recorder.requests) == 1  # it did not try again by itself


@pytest.mark.parametrize("name", sorted(READERS))
@pytest.mark.parametrize(
    ("status", "body", "delay", "said"),
    [
        (503, b"<html>down</html>", 0.0, "could not be read just now"),
        (200, b"{not json", 0.0, "not JSON"),
        (200, b"[1, 2]", 0.0, "answered without"),
        (200, b"{}", 1.0, "did not answer in time"),
        (404, b'{"errors": ["gone"]}', 0.0, "no longer has the post"),
        (401, b'{"error": "' + SECRET.encode() + b' is invalid"}', 0.0, "would not let"),
    ],
)
def test_a_failed_read_says_why_and_never_shows_the_secret(
    name: str,
    status: int,
    body: bytes,
    delay: float,
    said: str,
    recorder: RecordingServer,
    quick: Http,
) -> None:
    for _attempt in range(2):
        recorder.reply(status, body, delay=delay)
    reader: ResponseReader = READERS[name](recorder.url, quick)
    with pytest.raises(ReadFailed) as caught:
        reader.read_responses(PostRef(recorder.url + "/x/1", "1"))
    assert said in caught.value.message and SECRET not in caught.value.message


def test_a_post_is_asked_at_most_once_in_15_minutes_even_when_reads_fail(
    share_library: Library, recorder: RecordingServer, quick: Http
) -> None:
    draft, _ = new_draft(share_library, [CLIP], now=T0)
    record_shared(share_library, draft, channel="discourse", account="forum",
                  url_or_id=recorder.url + "/t/on-caches/5", at=T0, post_id="5")  # fmt: skip
    backoff, now = Backoff(), T0 + timedelta(hours=1)

    def channel_for(_post: SharedPost) -> Channel:
        return DiscourseForum(recorder.url, "ada", SECRET, quick)

    def read(at: datetime) -> ReadOutcome:
        [outcome] = read_due(share_library, [draft], channel_for, now=lambda: at, backoff=backoff)
        return outcome

    for _attempt in range(2):
        recorder.reply(503, b"down")
    failed = read(now)
    assert failed.error and failed.next_read == now + timedelta(minutes=15)  # not 1 minute
    asked = len(recorder.requests)
    assert read(now + timedelta(minutes=14)).skipped == "waiting after a failed read"
    assert len(recorder.requests) == asked  # no request in between
    recorder.reply(429, {"errors": ["slow down"]}, {"Retry-After": "3600"})
    limited = read(now + timedelta(minutes=15))
    assert limited.next_read == now + timedelta(minutes=75)  # as long as the forum asked
    assert read(now + timedelta(minutes=74)).skipped == "waiting after a failed read"
    recorder.reply(200, topic(likes=2))
    found = read(now + timedelta(minutes=75)).found
    assert found is not None and found.counts["likes"] == 2
