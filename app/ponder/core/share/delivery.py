"""How each target of a draft took its post, kept in the draft so it survives a restart.

`delivery:` in the draft's front matter maps each account to its last outcome:

    delivery:
      team-slack: {state: sent, at: 2026-12-04T22:10:00+01:00}
      fediverse: {state: failed, reason: "The server answered 503…", at: …}

`sent` is a post that arrived; `failed` one the network refused (with the reason); `unknown`
one sent without an answer, which may have arrived. The draft's `status:` follows: `posted`
when every target it was sent to took it, `partial` while some did and some did not (Retry
failed sends to those again), and unchanged while none did.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ponder.core.notes import parse_when

POSTED = "posted"
PARTIAL = "partial"
"""The status of a draft some of whose targets took the post and some did not."""


class Delivery(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Outcome:
    account: str
    state: Delivery
    reason: str | None = None
    at: datetime | None = None


def outcomes(front: Mapping[str, object]) -> dict[str, Outcome]:
    """The outcome of each account, as the draft's `delivery:` says (unreadable entries
    are left out, never guessed)."""
    value = front.get("delivery")
    if not isinstance(value, Mapping):
        return {}
    found: dict[str, Outcome] = {}
    for account, entry in value.items():
        if not isinstance(entry, Mapping):
            continue
        try:
            state = Delivery(str(entry.get("state")))
        except ValueError:
            continue
        reason = entry.get("reason")
        at = parse_when(entry.get("at"))
        found[str(account)] = Outcome(str(account), state, str(reason) if reason else None, at)
    return found


def not_sent(front: Mapping[str, object]) -> list[str]:
    """The accounts whose last post failed or may not have arrived: what Retry failed sends."""
    return [o.account for o in outcomes(front).values() if o.state is not Delivery.SENT]


def with_outcome(
    front: Mapping[str, object],
    account: str,
    state: Delivery,
    at: datetime,
    reason: str | None = None,
) -> dict[str, object]:
    """The front-matter values that note `account`'s outcome: `delivery:` and `status:`."""
    old = front.get("delivery")
    delivery: dict[str, object] = dict(old) if isinstance(old, Mapping) else _from_shared(front)
    entry: dict[str, object] = {"state": state.value, "at": at.replace(microsecond=0)}
    if reason and state is not Delivery.SENT:
        entry["reason"] = " ".join(reason.split())
    delivery[account] = entry
    values: dict[str, object] = {"delivery": delivery}
    states = {o.state for o in outcomes({"delivery": delivery}).values()}
    if states == {Delivery.SENT}:
        values["status"] = POSTED
    elif Delivery.SENT in states:
        values["status"] = PARTIAL
    return values


def _from_shared(front: Mapping[str, object]) -> dict[str, object]:
    """A draft posted before outcomes were kept: its `shared:` accounts took their posts."""
    shared = front.get("shared")
    entries = shared if isinstance(shared, list) else []
    return {
        str(entry["account"]): {"state": Delivery.SENT.value, "at": entry.get("at")}
        for entry in entries
        if isinstance(entry, Mapping) and entry.get("account")
    }
