"""A generic webhook signed the Standard Webhooks way (webhook-id, -timestamp, -signature)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from ponder.core.messages import Message
from ponder.core.share.channels import (
    AuthFailed,
    ChannelError,
    Outgoing,
    PostResult,
    Rejected,
    idempotency_key,
)
from ponder.core.share.channels.spec import (
    CANNOT_READ,
    ChannelSpec,
    FieldSpec,
    ReadBack,
    Tools,
)
from ponder.core.share.channels.transport import Call, Http, Reply, Target
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import unlimited

SECRET_PREFIX = "whsec_"  # noqa: S105 - the prefix of every secret, not one
EVENT_TYPE = "ponder.post"


def signing_key(secret: str) -> bytes:
    """The HMAC key inside a `whsec_<base64>` secret."""
    try:
        key = base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if not key:
        raise ChannelError(
            "The webhook signing secret is not valid: it should be whsec_ followed by base64."
        )
    return key


def sign(key: bytes, message_id: str, timestamp: int, body: bytes) -> str:
    """`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


class SignedWebhook:
    """The message id stays the same for the same draft, so a receiver can drop a resend."""

    kind = "webhook"

    def __init__(
        self, url: str, secret: str, http: Http, clock: Callable[[], float] = time.time
    ) -> None:
        self._url = url
        self._key = signing_key(secret)
        self._http = http
        self._clock = clock
        host = urlsplit(url).hostname or "the webhook receiver"
        self._target = Target(host, f"the system behind {host}", (secret, *_as_text(self._key)))

    def post(self, outgoing: Outgoing) -> PostResult:
        message_id = "msg_" + idempotency_key(outgoing, self._url)
        timestamp = int(self._clock())
        body = json.dumps(_payload(outgoing, timestamp), ensure_ascii=False).encode("utf-8")
        headers = {
            "webhook-id": message_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(self._key, message_id, timestamp, body),
        }
        self._http.send(
            Call("POST", self._url, body, headers), self._target, _explain, retry_safe=False
        )
        return PostResult(message_id, True)


def _as_text(key: bytes) -> tuple[str, ...]:
    """The key as text too, when it is text, so an echo of it is scrubbed from messages."""
    try:
        text = key.decode("utf-8")
    except UnicodeDecodeError:
        return ()
    return (text,) if len(text) >= 8 else ()


def _payload(outgoing: Outgoing, timestamp: int) -> dict[str, object]:
    data = {
        "title": outgoing.title,
        "text": outgoing.plain if outgoing.plain is not None else outgoing.text,
        "html": outgoing.html,
        "markdown": outgoing.markdown,
        "thread": list(outgoing.thread),
        "draft_id": outgoing.draft_id or None,
    }
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))
    return {"type": EVENT_TYPE, "timestamp": stamp, "data": data}


def _explain(reply: Reply) -> ChannelError:
    reason = reply.reason() or f"HTTP {reply.status}"
    if reply.status in (401, 403):
        return AuthFailed(
            f"The webhook receiver refused Ponder's signature ({reason}); check that both sides "
            "use the same signing secret."
        )
    return Rejected(f"The webhook receiver refused the post ({reason}).", reason)


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> SignedWebhook:
    return SignedWebhook(values["url"], secret, tools.http)


SPEC = ChannelSpec(
    "webhook",
    Message("Webhook (Standard Webhooks signing)"),
    (
        FieldSpec("url", Message("Receiver URL"), is_url=True),
        FieldSpec("signing_secret", Message("Signing secret (whsec_…)"), secret=True),
    ),
    _build,
    dialect=Dialect.WEBHOOK,
    audience="public",  # Ponder cannot know who reads what the receiver does with it
    measure=unlimited,
    idempotency="webhook-id stays the same for the same draft, so a receiver drops a resend",
    how_to=Message(
        "The receiving service shows its URL and signing secret where webhooks are set up."
    ),
    read_back=ReadBack((), f"A webhook only delivers; it has nothing to ask; {CANNOT_READ}."),
)
