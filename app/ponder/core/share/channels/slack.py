"""Slack through an incoming webhook: the webhook URL is the secret and the whole credential."""

from __future__ import annotations

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
from ponder.core.share.formats import SLACK_SECTION_CHARS, Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import DEFAULTS, LengthCheck, Limits, code_points

BLOCKS = 50
"""Slack's limit on the blocks of one message."""
SECTION_LIMIT, BLOCKS_LIMIT = "slack.section_characters", "slack.blocks"
"""The names of both limits in `Limits`."""

_REVOKED = (
    "Slack refused the webhook URL — it may have been revoked or its app removed. Create a new "
    "incoming webhook in Slack and paste its URL into the account."
)
# Slack answers a refused webhook post with a bare error code as the body.
_AUTH_CODES = {
    "invalid_token": _REVOKED,
    "no_service": _REVOKED,
    "no_service_id": _REVOKED,
    "no_team": _REVOKED,
    "team_disabled": "The Slack workspace of this webhook has been disabled.",
    "action_prohibited": "A Slack admin has stopped this webhook from posting; ask them, or use "
    "another channel.",
}
_REJECT_CODES = {
    "channel_not_found": "Slack cannot find the webhook's channel; it may have been deleted.",
    "channel_is_archived": "The webhook's Slack channel is archived; unarchive it or use another "
    "webhook.",
    "posting_to_general_channel_denied": "Only admins may post in this Slack channel.",
    "invalid_payload": "Slack could not read the post Ponder sent (invalid_payload).",
    "no_text": "Slack refused an empty post.",
}


class SlackWebhook:
    """Posts mrkdwn text; webhooks cannot thread, so replies follow in the same message."""

    kind = "slack"

    def __init__(self, webhook_url: str, http: Http) -> None:
        self._url = webhook_url
        self._http = http
        secret_path = urlsplit(webhook_url).path
        self._target = Target("Slack", "the Slack channel", (webhook_url, secret_path))

    def post(self, outgoing: Outgoing) -> PostResult:
        call = Call("POST", self._url, {"text": outgoing.joined()})
        self._http.send(call, self._target, _explain, retry_safe=False)
        return PostResult(None, True)


def _explain(reply: Reply) -> ChannelError:
    code = reply.text().strip()
    if code in _AUTH_CODES:
        return AuthFailed(_AUTH_CODES[code])
    if code in _REJECT_CODES:
        return Rejected(_REJECT_CODES[code], code)
    if reply.status in (401, 403, 404, 410):
        return AuthFailed(_REVOKED)
    reason = reply.reason() or f"HTTP {reply.status}"
    return Rejected(f"Slack refused the post ({reason}).", reason)


def _build(_values: Mapping[str, str], secret: str, tools: Tools) -> SlackWebhook:
    return SlackWebhook(secret, tools.http)


def slack_sections(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    """Slack: the longest section block, and the number of blocks."""
    section = limits.get(SECTION_LIMIT, SLACK_SECTION_CHARS) or SLACK_SECTION_CHARS
    blocks = limits.get(BLOCKS_LIMIT, BLOCKS) or BLOCKS
    longest = max((code_points(part) for part in rendered.parts), default=0)
    ok = longest <= section and len(rendered.parts) <= blocks
    return LengthCheck(longest, section, "characters per section", ok)


SPEC = ChannelSpec(
    "slack",
    Message("Slack (incoming webhook)"),
    (FieldSpec("webhook_url", Message("Webhook URL"), secret=True, is_url=True),),
    _build,
    dialect=Dialect.SLACK,
    audience="internal",
    measure=slack_sections,
    idempotency="none: a webhook post cannot be recognised, so an unknown delivery asks first",
    how_to=Message(
        "In Slack, add the Incoming Webhooks app to a channel and copy its webhook URL."
    ),
    read_back=ReadBack(
        (), f"An incoming webhook can only post, not read reactions or replies; {CANNOT_READ}."
    ),
)
