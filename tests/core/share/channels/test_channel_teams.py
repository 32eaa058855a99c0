"""Teams Workflows webhooks: the envelope, and the card validated against Adaptive Card 1.5."""

from __future__ import annotations

import jsonschema
import pytest
from recording_server import RecordingServer

from ponder.core.share.channels import AuthFailed, Outgoing, Rejected
from ponder.core.share.channels.teams import CARD_CONTENT_TYPE, TeamsWorkflow, plain_card
from ponder.core.share.channels.transport import Http

FLOW = "/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=SIGsecretSIG"


def teams(server: RecordingServer, http: Http) -> TeamsWorkflow:
    return TeamsWorkflow(server.url + FLOW, http)


def test_posts_the_card_as_an_adaptive_card_attachment(
    recorder: RecordingServer, http: Http, adaptive_card: jsonschema.protocols.Validator
) -> None:
    recorder.reply(202, b"")
    result = teams(recorder, http).post(Outgoing("Body with **bold**", title="A title"))
    assert result.delivered is None  # the workflow runs later; Teams confirms nothing
    request = recorder.requests[0]
    assert request.path == FLOW
    message = request.json()
    assert message["type"] == "message"
    [attachment] = message["attachments"]
    assert attachment["contentType"] == CARD_CONTENT_TYPE
    card = attachment["content"]
    adaptive_card.validate(card)
    assert card["version"] == "1.5"
    assert [block["text"] for block in card["body"]] == ["A title", "Body with **bold**"]


def test_a_rendered_card_is_sent_unchanged(
    recorder: RecordingServer, http: Http, adaptive_card: jsonschema.protocols.Validator
) -> None:
    card = dict(plain_card(None, "rendered elsewhere"))
    adaptive_card.validate(card)
    teams(recorder, http).post(Outgoing("ignored", card=card))
    assert recorder.requests[0].json()["attachments"][0]["content"] == card


def test_the_schema_catches_a_broken_card(adaptive_card: jsonschema.protocols.Validator) -> None:
    broken = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock"}]}
    assert not adaptive_card.is_valid(broken)


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (
            401,
            {"error": {"code": "DirectApiAuthorizationRequired", "message": "no"}},
            AuthFailed,
            "Teams refused the workflow URL",
        ),
        (
            404,
            {"error": {"code": "WorkflowNotFound", "message": "gone"}},
            AuthFailed,
            "turned off or deleted",
        ),
        (
            400,
            {"error": {"code": "TriggerInputSchemaMismatch", "message": "bad card"}},
            Rejected,
            r"could not use the card \(bad card\)",
        ),
    ],
)
def test_teams_errors_become_sentences(
    recorder: RecordingServer,
    http: Http,
    status: int,
    body: dict[str, object],
    error: type[Exception],
    words: str,
) -> None:
    recorder.reply(status, body)
    with pytest.raises(error, match=words) as caught:
        teams(recorder, http).post(Outgoing("x"))
    assert "SIGsecretSIG" not in str(caught.value)
