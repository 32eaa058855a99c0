"""Reading the response to shared posts: when a post may be read again, and what came of it.

A post is read at most once per `interval` (15 minutes by default; the time of the last read
is in the draft, so the rule holds across restarts). After a failure the post waits longer
each time (1, 2, 4 … minutes, at most 6 hours), and a network that says how long to wait
(429 with Retry-After) is waited for exactly that long; that state lives in a `Backoff`,
one per running Ponder. Blocking: call off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.core.share import reply_notes
from ponder.core.share.channels import Channel, ChannelError, RateLimited
from ponder.core.share.channels.read_back import ResponseReader, Responses
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.responses import MIN_INTERVAL, SharedPost, record_read, shared_posts

FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=6)

ChannelFor = Callable[[SharedPost], Channel]
"""The channel of a post's account (may raise ChannelError or ValueError)."""
SecretsFor = Callable[[SharedPost], Sequence[str]]
"""What must never be written from a read of this post (the account's secret)."""


@dataclass(frozen=True, slots=True)
class ReadOutcome:
    """One post: what was found, or why it was not read (`skipped`) or could not be (`error`),
    and the earliest time it may be read again."""

    post: SharedPost
    found: Responses | None = None
    skipped: str | None = None
    error: str | None = None
    next_read: datetime | None = None


@dataclass
class Backoff:
    """Per post (account, url): failures in a row and the time before which not to ask."""

    _state: dict[tuple[str, str], tuple[int, datetime]] = field(default_factory=dict)

    def not_before(self, key: tuple[str, str]) -> datetime | None:
        state = self._state.get(key)
        return state[1] if state else None

    def failed(self, key: tuple[str, str], now: datetime, retry_after: float | None) -> datetime:
        failures = self._state.get(key, (0, now))[0] + 1
        if retry_after is not None:
            wait = timedelta(seconds=retry_after)
        else:
            wait = min(FIRST_WAIT * 2 ** (failures - 1), LONGEST_WAIT)
        self._state[key] = (failures, now + wait)
        return now + wait

    def succeeded(self, key: tuple[str, str]) -> None:
        self._state.pop(key, None)


def refresh(
    library: Library,
    drafts: Sequence[NotePath],
    channel_for: ChannelFor,
    *,
    now: Callable[[], datetime],
    secrets_for: SecretsFor = lambda _post: (),
    backoff: Backoff | None = None,
    interval: timedelta = MIN_INTERVAL,
) -> tuple[list[ReadOutcome], Changes]:
    """Read every post of `drafts` that is due and whose network can be read; store what came
    back in the drafts (and replies as notes where the post opted in)."""
    backoff = backoff or Backoff()
    outcomes: list[ReadOutcome] = []
    changes = Changes()
    for draft in drafts:
        for post in shared_posts(library, draft):
            outcome, changed = _refresh_one(
                library, post, channel_for, now(), secrets_for, backoff, interval
            )
            outcomes.append(outcome)
            changes = changes.merge(changed)
    return outcomes, changes


def _refresh_one(
    library: Library,
    post: SharedPost,
    channel_for: ChannelFor,
    now: datetime,
    secrets_for: SecretsFor,
    backoff: Backoff,
    interval: timedelta,
) -> tuple[ReadOutcome, Changes]:
    spec = KINDS.get(post.channel)
    if spec is None or not spec.read_back.possible:
        how = spec.read_back.how if spec else "Ponder does not know this kind of channel."
        return ReadOutcome(post, skipped=how), Changes()
    waiting = backoff.not_before(post.key)
    if waiting is not None and waiting > now:
        return ReadOutcome(
            post, skipped="waiting after a failed read", next_read=waiting
        ), Changes()
    if not post.due(now, interval):
        next_read = (post.read or now) + interval
        return ReadOutcome(post, skipped="read recently", next_read=next_read), Changes()
    try:
        channel = channel_for(post)
        if not isinstance(channel, ResponseReader):
            return ReadOutcome(post, skipped=spec.read_back.how), Changes()
        found = channel.read_responses(post.ref)
    except RateLimited as exc:
        retry = backoff.failed(post.key, now, exc.retry_after)
        return ReadOutcome(post, error=exc.message, next_read=retry), Changes()
    except (ChannelError, ValueError) as exc:
        retry = backoff.failed(post.key, now, None)
        message = exc.message if isinstance(exc, ChannelError) else str(exc)
        return ReadOutcome(post, error=message, next_read=retry), Changes()
    backoff.succeeded(post.key)
    secrets = secrets_for(post)
    changes = record_read(library, post, found, now, secrets=secrets)
    if post.response.get("keep_replies") is True and found.comments:
        changes = changes.merge(reply_notes.save(library, post, found.comments, now, secrets))
    return ReadOutcome(post, found=found, next_read=now + interval), changes
