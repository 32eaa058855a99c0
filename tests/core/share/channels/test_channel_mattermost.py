"""Mattermost incoming webhooks and `POST /api/v4/posts`, checked against posts.yaml."""

from __future__ import annotations

import jsonschema
import pytest
from recording_server import RecordingServer

from ponder.core.share.channels import AuthFailed, Outgoing, Rejected
from ponder.core.share.channels.mattermost import MattermostApi, MattermostWebhook
from ponder.core.share.channels.transport import Http

HOOK = "/hooks/xxxsecrethookxxx"
INVALID_HOOK = {
    "id": "web.incoming_webhook.invalid.app_error",
    "message": "Invalid webhook",
    "status_code": 400,
}


def test_webhook_posts_markdown_and_may_name_a_channel(
    recorder: RecordingServer, http: Http
) -> None:
    result = MattermostWebhook(recorder.url + HOOK, http, "town-square").post(
        Outgoing("**hi**", thread=("two",))
    )
    assert result.delivered is True
    assert recorder.requests[0].path == HOOK
    assert recorder.requests[0].json() == {"text": "**hi**\n\ntwo", "channel": "town-square"}


def test_an_unknown_webhook_is_a_revoked_url(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(400, INVALID_HOOK)
    with pytest.raises(AuthFailed, match="Mattermost refused the webhook URL") as caught:
        MattermostWebhook(recorder.url + HOOK, http).post(Outgoing("x"))
    assert "secrethook" not in caught.value.message


def test_rest_posts_a_thread_under_its_root(
    recorder: RecordingServer, http: Http, mattermost_create_post: jsonschema.protocols.Validator
) -> None:
    recorder.reply(201, {"id": "root1", "channel_id": "c1", "message": "first"})
    recorder.reply(201, {"id": "reply2", "channel_id": "c1", "message": "second"})
    channel = MattermostApi(recorder.url, "c1", "tok-secret", http)
    result = channel.post(Outgoing("first", thread=("second",)))
    assert result.url_or_id == f"{recorder.url}/_redirect/pl/root1"
    bodies = [r.json() for r in recorder.requests]
    for request, body in zip(recorder.requests, bodies, strict=True):
        assert (request.path, request.headers["authorization"]) == (
            "/api/v4/posts",
            "Bearer tok-secret",
        )
        mattermost_create_post.validate(body)
    assert bodies == [
        {"channel_id": "c1", "message": "first"},
        {"channel_id": "c1", "message": "second", "root_id": "root1"},
    ]


def test_a_failing_reply_says_what_is_already_out(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(201, {"id": "root1"})
    recorder.reply(
        400,
        {"id": "api.post.create_post.root_id.app_error", "message": "Invalid RootId parameter."},
    )
    with pytest.raises(Rejected) as caught:
        MattermostApi(recorder.url, "c1", "tok", http).post(Outgoing("a", thread=("b",)))
    assert caught.value.message.startswith(
        f"1 of 2 parts were posted ({recorder.url}/_redirect/pl/root1)"
    )
    assert "Invalid RootId parameter." in caught.value.message


def test_a_revoked_token_is_named(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(
        401,
        {"id": "api.context.session_expired.app_error", "message": "Invalid or expired session"},
    )
    with pytest.raises(AuthFailed, match="refused the access token"):
        MattermostApi(recorder.url, "c1", "tok", http).post(Outgoing("a"))
