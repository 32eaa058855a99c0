"""Reading the response to shared posts: when a post may be read again, and what came of it.

A post is read at most once per `interval` (15 minutes by default; the time of the last read
is in the draft, so the rule holds across restarts), a failed read included. After failures
the post waits longer each time (1, 2, 4 … minutes, at most 6 hours, and never less than the
interval), and a network that says how long to wait (429 with Retry-After) is waited for at
least that long; that state lives in a `Backoff`, one per running Ponder. Blocking: call
off the UI thread — `read_due` (network only) in the pool, `store` (files only) on the
writer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.core.share import reply_notes
from ponder.core.share.backoff import Backoff
from ponder.core.share.channels import Channel, ChannelError, RateLimited
from ponder.core.share.channels.read_back import ResponseReader, Responses
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.responses import MIN_INTERVAL, SharedPost, record_read, shared_posts

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
    at: datetime | None = None
    """When the read was made (the time stored with what it found)."""


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
    outcomes = read_due(library, drafts, channel_for, now=now, backoff=backoff, interval=interval)
    return outcomes, store(library, outcomes, secrets_for=secrets_for)


def read_due(
    library: Library,
    drafts: Sequence[NotePath],
    channel_for: ChannelFor,
    *,
    now: Callable[[], datetime],
    backoff: Backoff | None = None,
    interval: timedelta = MIN_INTERVAL,
) -> list[ReadOutcome]:
    """Only the reading (network, no writes: the window runs it in the pool)."""
    backoff = backoff or Backoff()
    return [
        _read_one(post, channel_for, now(), backoff, interval)
        for draft in drafts
        for post in shared_posts(library, draft)
    ]


def store(
    library: Library, outcomes: Sequence[ReadOutcome], *, secrets_for: SecretsFor = lambda _p: ()
) -> Changes:
    """Write what the reads found into their drafts (and replies as notes where opted in);
    nothing that looks like the account's secret is written."""
    changes = Changes()
    for outcome in outcomes:
        if outcome.found is None or outcome.at is None:
            continue
        post, found, secrets = outcome.post, outcome.found, secrets_for(outcome.post)
        changes = changes.merge(record_read(library, post, found, outcome.at, secrets=secrets))
        if post.response.get("keep_replies") is True and found.comments:
            saved = reply_notes.save(library, post, found.comments, outcome.at, secrets)
            changes = changes.merge(saved)
    return changes


def _read_one(
    post: SharedPost,
    channel_for: ChannelFor,
    now: datetime,
    backoff: Backoff,
    interval: timedelta,
) -> ReadOutcome:
    spec = KINDS.get(post.channel)
    if spec is None or not spec.read_back.possible:
        how = spec.read_back.how if spec else "Ponder does not know this kind of channel."
        return ReadOutcome(post, skipped=how)
    waiting = backoff.not_before(post.key)
    if waiting is not None and waiting > now:
        return ReadOutcome(post, skipped="waiting after a failed read", next_read=waiting)
    if not post.due(now, interval):
        return ReadOutcome(post, skipped="read recently", next_read=(post.read or now) + interval)
    try:
        channel = channel_for(post)
        if not isinstance(channel, ResponseReader):
            return ReadOutcome(post, skipped=spec.read_back.how)
        found = channel.read_responses(post.ref)
    except RateLimited as exc:
        retry = backoff.failed(post.key, now, exc.retry_after, interval)
        return ReadOutcome(post, error=exc.message, next_read=retry)
    except (ChannelError, ValueError) as exc:
        retry = backoff.failed(post.key, now, None, interval)
        message = exc.message if isinstance(exc, ChannelError) else str(exc)
        return ReadOutcome(post, error=message, next_read=retry)
    backoff.succeeded(post.key)
    return ReadOutcome(post, found=found, next_read=now + interval, at=now)
