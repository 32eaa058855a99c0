"""Viva Engage (Yammer) `POST /api/v1/messages.json` with a bearer token."""

from __future__ import annotations

import pytest
from recording_server import RecordingServer

from ponder.core.share.channels import AuthFailed, DeliveryUnknown, Outgoing
from ponder.core.share.channels.transport import Http
from ponder.core.share.channels.viva_engage import VivaEngageCommunity


def message(message_id: int) -> dict[str, object]:
    url = f"https://www.yammer.com/example.com/messages/{message_id}"
    return {"messages": [{"id": message_id, "web_url": url, "body": {"plain": "x"}}]}


def test_posts_to_a_community_then_replies(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(201, message(1001))
    recorder.reply(201, message(1002))
    channel = VivaEngageCommunity("tok-secret", http, group_id="42", server=recorder.url)
    result = channel.post(Outgoing("hello", title="Title", thread=("more",)))
    assert result.url_or_id == "https://www.yammer.com/example.com/messages/1001"
    assert [r.path for r in recorder.requests] == ["/api/v1/messages.json"] * 2
    assert recorder.requests[0].headers["authorization"] == "Bearer tok-secret"
    assert [r.json() for r in recorder.requests] == [
        {"body": "hello", "group_id": 42, "title": "Title"},
        {"body": "more", "replied_to_id": 1001},
    ]


def test_an_expired_token_is_named(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(401, {"error": "Token not found."})
    with pytest.raises(AuthFailed, match="Viva Engage refused the access token"):
        VivaEngageCommunity("tok", http, server=recorder.url).post(Outgoing("x"))


def test_an_unreadable_success_is_unknown_delivery(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(201, b"<html>gateway says hi</html>")
    with pytest.raises(DeliveryUnknown, match="check the Viva Engage community"):
        VivaEngageCommunity("tok", http, server=recorder.url).post(Outgoing("x"))
