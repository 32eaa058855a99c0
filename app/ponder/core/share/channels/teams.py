"""Microsoft Teams: a Workflows webhook posting an Adaptive Card 1.5; the URL is the secret."""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import urlsplit

from ponder.core.messages import Message
from ponder.core.share.channels import AuthFailed, ChannelError, Outgoing, PostResult, Rejected
from ponder.core.share.channels.spec import (
    CANNOT_READ,
    ChannelSpec,
    FieldSpec,
    ReadBack,
    Tools,
)
from ponder.core.share.channels.transport import Call, Http, Reply, Target
from ponder.core.share.formats import Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import DEFAULTS, LengthCheck, Limits, utf8_bytes, within

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
PAYLOAD_BYTES = 28_000
"""The largest message a Teams webhook takes."""
PAYLOAD_LIMIT = "teams.payload_bytes"
"""Its name in `Limits`."""
_REVOKED = (
    "Teams refused the workflow URL — the workflow may have been turned off or deleted, or its "
    "URL replaced. Copy the URL again from the workflow's trigger and paste it into the account."
)


class TeamsWorkflow:
    """Teams answers 202: the workflow took the card and posts it later, so delivery is unknown."""

    kind = "teams"

    def __init__(self, workflow_url: str, http: Http) -> None:
        self._url = workflow_url
        self._http = http
        parts = urlsplit(workflow_url)
        self._target = Target("Teams", "the Teams channel", (workflow_url, parts.path, parts.query))

    def post(self, outgoing: Outgoing) -> PostResult:
        card = outgoing.card or plain_card(outgoing.title, outgoing.joined())
        message = {
            "type": "message",
            "attachments": [
                {"contentType": CARD_CONTENT_TYPE, "contentUrl": None, "content": card}
            ],
        }
        self._http.send(Call("POST", self._url, message), self._target, _explain, retry_safe=False)
        return PostResult(None, None)


def plain_card(title: str | None, text: str) -> Mapping[str, object]:
    """The smallest Adaptive Card 1.5 showing a title and a Markdown text block."""
    body: list[dict[str, object]] = []
    if title:
        body.append(
            {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True}
        )
    body.append({"type": "TextBlock", "text": text, "wrap": True})
    return {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": "1.5", "body": body}


def _explain(reply: Reply) -> ChannelError:
    reason = reply.reason() or f"HTTP {reply.status}"
    if reply.status in (401, 403, 404):
        return AuthFailed(_REVOKED)
    if reply.status == 409:
        return Rejected(f"The Teams workflow is turned off ({reason}); turn it on again.", reason)
    return Rejected(f"Teams could not use the card ({reason}).", reason)


def _build(_values: Mapping[str, str], secret: str, tools: Tools) -> TeamsWorkflow:
    return TeamsWorkflow(secret, tools.http)


def teams_payload(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    size = utf8_bytes(json.dumps(rendered.payload, ensure_ascii=False))
    return within(size, limits.get(PAYLOAD_LIMIT, PAYLOAD_BYTES), "bytes")


SPEC = ChannelSpec(
    "teams",
    Message("Microsoft Teams (Workflows webhook)"),
    (FieldSpec("workflow_url", Message("Workflow URL"), secret=True, is_url=True),),
    _build,
    dialect=Dialect.TEAMS,
    audience="internal",
    measure=teams_payload,
    idempotency="none: a workflow run cannot be recognised, so an unknown delivery asks first",
    how_to=Message(
        "In Teams, open the channel's Workflows, choose “Post to a channel when a webhook "
        "request is received” and copy the URL it gives."
    ),
    read_back=ReadBack(
        (), f"A Workflows webhook can only post, not read reactions or replies; {CANNOT_READ}."
    ),
)
