"""Slack incoming webhooks against a local server answering as Slack does."""

from __future__ import annotations

import logging

import pytest
from recording_server import RecordingServer

from ponder.core.share.channels import AuthFailed, DeliveryUnknown, Outgoing, RateLimited, Rejected
from ponder.core.share.channels.slack import SlackWebhook
from ponder.core.share.channels.transport import Http

SECRET_PATH = "/services/T0000/B0000/XXXXsecretXXXX"


def slack(server: RecordingServer, http: Http) -> SlackWebhook:
    return SlackWebhook(server.url + SECRET_PATH, http)


def test_posts_mrkdwn_text_with_replies_in_one_message(
    recorder: RecordingServer, http: Http
) -> None:
    result = slack(recorder, http).post(Outgoing("*Hi* <https://x.org|x>", thread=("more",)))
    assert result.delivered is True
    request = recorder.requests[0]
    assert (request.method, request.path) == ("POST", SECRET_PATH)
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"text": "*Hi* <https://x.org|x>\n\nmore"}


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (
            403,
            b"invalid_token",
            AuthFailed,
            "Slack refused the webhook URL — it may have been revoked",
        ),
        (404, b"no_service", AuthFailed, "it may have been revoked"),
        (403, b"action_prohibited", AuthFailed, "admin has stopped this webhook"),
        (404, b"channel_not_found", Rejected, "cannot find the webhook's channel"),
        (410, b"channel_is_archived", Rejected, "channel is archived"),
        (400, b"invalid_payload", Rejected, "could not read the post"),
        (401, b"", AuthFailed, "may have been revoked"),
    ],
)
def test_slack_error_codes_become_sentences(
    recorder: RecordingServer,
    http: Http,
    status: int,
    body: bytes,
    error: type[Exception],
    words: str,
) -> None:
    recorder.reply(status, body)
    with pytest.raises(error, match=words):
        slack(recorder, http).post(Outgoing("hi"))


def test_429_beyond_the_bound_names_the_wait(recorder: RecordingServer, http: Http) -> None:
    recorder.reply(429, b"rate_limited", {"Retry-After": "120"})
    with pytest.raises(
        RateLimited, match="Slack is limiting how often Ponder may post; try again in 120 seconds"
    ):
        slack(recorder, http).post(Outgoing("hi"))


def test_a_timeout_asks_to_check_before_resending(
    recorder: RecordingServer, http: Http, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    recorder.reply(200, delay=3.0)
    with pytest.raises(DeliveryUnknown) as caught:
        slack(recorder, http).post(Outgoing("hi"))
    assert caught.value.message == (
        "Ponder could not tell whether Slack received the post; check the Slack channel before "
        "sending again."
    )
    assert len(recorder.requests) == 1
    assert "secret" not in caplog.text and "XXXX" not in caplog.text
