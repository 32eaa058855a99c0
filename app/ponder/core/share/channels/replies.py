"""Reading what a network answered: JSON, its error sentence, and how long it asks us to wait."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from ponder.core.messages import Message

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_REASON_CHARS = 200


def scrub(text: str, secrets: tuple[str, ...]) -> str:
    """`text` with every secret replaced, so no error message can carry one."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "…")
    return text


@dataclass(frozen=True, slots=True)
class Target:
    """Who a request talks to, for the sentences a person reads, and what must never show."""

    network: str
    place: str
    secrets: tuple[str, ...] = ()

    def unknown_message(self) -> str:
        return Message(
            "Ponder could not tell whether {network} received the post; "
            "check {place} before sending again.",
            network=self.network,
            place=self.place,
        )


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer: status, lower-cased headers, and the body (at most 1 MiB)."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    secrets: tuple[str, ...] = ()

    def json(self) -> object:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None

    def json_object(self) -> dict[str, object]:
        """The body as a JSON object, or an empty dict when it is anything else."""
        value = self.json()
        return value if isinstance(value, dict) else {}

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def reason(self) -> str:
        """The network's own sentence about what went wrong, short, one line, secret-free."""
        data = self.json()
        found = _message_in(data) if data is not None else self.text()
        if found.lstrip().startswith("<"):
            found = ""  # an HTML error page says nothing a person can use
        clean = _CONTROL.sub(" ", scrub(found, self.secrets)).strip()
        return clean if len(clean) <= _REASON_CHARS else clean[: _REASON_CHARS - 1] + "…"


def _message_in(data: object) -> str:
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "; ".join(_message_in(item) for item in data if item)
    if not isinstance(data, dict):
        return ""
    for key in ("error_description", "errors", "error", "message", "detail", "msg"):
        value = data.get(key)
        if isinstance(value, str | list | dict) and value:
            return _message_in(value)
    return ""


def retry_after(reply: Reply, now: datetime | None = None) -> float | None:
    """Seconds the network asked us to wait, from whichever way it says it, or None."""
    data = reply.json_object()
    millis = data.get("retry_after_ms")  # Matrix
    if isinstance(millis, int | float) and not isinstance(millis, bool):
        return max(float(millis) / 1000.0, 0.0)
    extras = data.get("extras")  # Discourse: {"extras": {"wait_seconds": 3}}
    if isinstance(extras, dict):
        wait = extras.get("wait_seconds")
        if isinstance(wait, int | float) and not isinstance(wait, bool):
            return max(float(wait), 0.0)
    header = reply.headers.get("retry-after")
    if header is not None:
        return _seconds_or_date(header, now)
    reset = reply.headers.get("x-ratelimit-reset")  # Mastodon: an ISO 8601 time
    return _until(reset, now) if reset else None


def _seconds_or_date(value: str, now: datetime | None) -> float | None:
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return _delta(when, now)


def _until(value: str, now: datetime | None) -> float | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return _delta(when, now)


def _delta(when: datetime, now: datetime | None) -> float:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)
