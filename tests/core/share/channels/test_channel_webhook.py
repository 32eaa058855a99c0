"""Signed webhooks, verified with the Standard Webhooks reference library."""

from __future__ import annotations

import base64

import pytest
from recording_server import RecordingServer
from standardwebhooks import Webhook

from ponder.core.share.channels import AuthFailed, ChannelError, Outgoing
from ponder.core.share.channels.transport import Http
from ponder.core.share.channels.webhook import SignedWebhook, sign

SECRET = "whsec_" + base64.b64encode(b"a shared signing key, 32 bytes!!").decode()


def test_the_reference_library_accepts_the_signature(recorder: RecordingServer, http: Http) -> None:
    outgoing = Outgoing("text", html="<p>text</p>", title="T", draft_id="draft-1")
    result = SignedWebhook(recorder.url + "/in", SECRET, http).post(outgoing)
    request = recorder.requests[0]
    payload = Webhook(SECRET).verify(request.body, request.headers)
    assert payload["type"] == "ponder.post"
    assert payload["data"]["html"] == "<p>text</p>"
    assert result.url_or_id == request.headers["webhook-id"]


def test_the_same_draft_keeps_its_message_id(recorder: RecordingServer, http: Http) -> None:
    channel = SignedWebhook(recorder.url + "/in", SECRET, http)
    channel.post(Outgoing("a", draft_id="d"))
    channel.post(Outgoing("a", draft_id="d"))
    channel.post(Outgoing("a", draft_id="other"))
    ids = [r.headers["webhook-id"] for r in recorder.requests]
    assert ids[0] == ids[1] != ids[2]


def test_signature_matches_the_spec_example() -> None:
    # The worked example of the Standard Webhooks specification.
    key = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    body = b'{"test": 2432232314}'
    assert sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body) == (
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    )


def test_a_bad_secret_and_a_refusal_are_named(recorder: RecordingServer, http: Http) -> None:
    with pytest.raises(ChannelError, match="signing secret is not valid"):
        SignedWebhook(recorder.url, "whsec_!!!", http)
    recorder.reply(401, {"error": "bad signature"})
    with pytest.raises(AuthFailed, match="refused Ponder's signature"):
        SignedWebhook(recorder.url, SECRET, http).post(Outgoing("x"))
