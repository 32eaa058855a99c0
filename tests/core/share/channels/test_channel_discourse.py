"""Discourse `POST /posts.json`, each request validated against the Discourse OpenAPI."""

from __future__ import annotations

import jsonschema
import pytest
from recording_server import RecordingServer, Sleeps

from ponder.core.share.channels import AuthFailed, Outgoing, RateLimited, Rejected
from ponder.core.share.channels.discourse import DiscourseForum, topic_title
from ponder.core.share.channels.transport import Http


def forum(server: RecordingServer, http: Http) -> DiscourseForum:
    return DiscourseForum(server.url, "ada", "key-secret", http, category="7")


def created(post_id: int, topic_id: int, number: int) -> dict[str, object]:
    return {"id": post_id, "topic_id": topic_id, "topic_slug": "a-title", "post_number": number}


def test_opens_a_topic_and_replies_in_it(
    recorder: RecordingServer, http: Http, discourse_posts: jsonschema.protocols.Validator
) -> None:
    recorder.reply(200, created(10, 5, 1))
    recorder.reply(200, created(11, 5, 2))
    result = forum(recorder, http).post(
        Outgoing("plain", markdown="**md**", title="A title", thread=("reply",))
    )
    assert result.url_or_id == f"{recorder.url}/t/a-title/5"
    bodies = [r.json() for r in recorder.requests]
    for request, body in zip(recorder.requests, bodies, strict=True):
        discourse_posts.validate(body)
        assert request.path == "/posts.json"
        assert (request.headers["api-key"], request.headers["api-username"]) == (
            "key-secret",
            "ada",
        )
    assert bodies == [
        {"raw": "**md**", "title": "A title", "category": 7},
        {"raw": "reply", "topic_id": 5},
    ]


def test_a_title_comes_from_the_first_line_when_missing() -> None:
    assert topic_title(None, "# Heading line\nbody") == "Heading line"
    assert len(topic_title("x" * 400, "")) == 255


def test_the_spec_rejects_what_discourse_would(
    discourse_posts: jsonschema.protocols.Validator,
) -> None:
    assert not discourse_posts.is_valid({"raw": "x", "topic_id": "5"})


def test_validation_errors_are_passed_on(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(
        422,
        {"action": "create_post", "errors": ["Title seems unclear, is it a complete sentence?"]},
    )
    with pytest.raises(Rejected, match="Title seems unclear"):
        forum(recorder, http).post(Outgoing("x", title="short"))


def test_a_bad_key_is_named(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(
        403,
        {
            "errors": [
                "You are not permitted to view the requested resource. "
                "The API username or key is invalid."
            ],
            "error_type": "invalid_access",
        },
    )
    with pytest.raises(AuthFailed, match="refused the API key or the username") as caught:
        forum(recorder, http).post(Outgoing("x", title="A long enough title"))
    assert "key-secret" not in str(caught.value)


def test_rate_limits_use_wait_seconds(
    recorder: RecordingServer, http: Http, sleeps: Sleeps
) -> None:
    limited = {"errors": ["slow down"], "error_type": "rate_limit", "extras": {"wait_seconds": 4}}
    recorder.reply(429, limited)
    recorder.reply(200, created(1, 2, 1))
    forum(recorder, http).post(Outgoing("x", title="A long enough title"))
    assert sleeps == [4.0]
    recorder.reply(429, {**limited, "extras": {"wait_seconds": 900}})
    with pytest.raises(RateLimited, match="900 seconds"):
        forum(recorder, http).post(Outgoing("x", title="A long enough title"))
