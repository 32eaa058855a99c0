"""Channel adapters: what they take, what they return, and the errors a person reads."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One post, already rendered in the dialect of the network it goes to.

    `text` is the body in the network's own markup (Slack mrkdwn, Mattermost Markdown,
    Mastodon plain text, the Matrix plain `body`); `html` is the HTML twin where a network
    takes one (Matrix `formatted_body`, e-mail, Viva Engage rich text); `markdown` is the
    Markdown source (file export, Discourse); `card` is an Adaptive Card for Teams; `plain`
    the text without markup where a receiver wants both (the generic webhook).
    `thread` holds the replies that follow the first post, each already in the dialect.
    `draft_id` names the draft: with the account name it makes the idempotency keys that let
    a retry reach the network twice without posting twice.
    """

    text: str
    html: str | None = None
    markdown: str | None = None
    card: Mapping[str, object] | None = None
    plain: str | None = None
    title: str | None = None
    thread: Sequence[str] = field(default=())
    draft_id: str = ""

    def joined(self) -> str:
        """The post and its replies as one text, for networks without threads."""
        return "\n\n".join([self.text, *self.thread])

    def joined_markdown(self) -> str:
        return "\n\n".join([self.markdown or self.text, *self.thread])


@dataclass(frozen=True, slots=True)
class PostResult:
    """Where the post landed: a URL or id when the network says, and whether it arrived.

    `delivered` is True when the network confirmed the post, None when it only accepted it
    (a Teams workflow, a mail handed to the mail program) and nobody can tell yet.
    """

    url_or_id: str | None
    delivered: bool | None
    post_id: str | None = None
    """The network's id of the (first) post, when the link alone does not hold it."""

    @classmethod
    def of_thread(cls, root: tuple[str, str]) -> PostResult:
        """A confirmed post from `post_thread`'s (id, link) of the first part."""
        return cls(root[1], True, root[0])


class Channel(Protocol):
    """Posts one rendered draft somewhere. Blocking: call it off the UI thread."""

    @property
    def kind(self) -> str: ...

    def post(self, outgoing: Outgoing) -> PostResult: ...


class ChannelError(Exception):
    """A failure to post, in one sentence a person can act on. Never holds a secret."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RateLimited(ChannelError):
    """The network asked Ponder to wait longer than it is willing to wait by itself."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DeliveryUnknown(ChannelError):
    """The request left but no answer came back, and sending again could post twice."""


class AuthFailed(ChannelError):
    """The network refused the credentials: a revoked webhook, an expired token."""


class Rejected(ChannelError):
    """The network read the post and refused it (too long, archived channel, bad field)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def idempotency_key(outgoing: Outgoing, target: str, part: int = 0) -> str:
    """The same draft, target and part always give the same key, so a retry is recognised.

    Without a draft id the text stands in, so two different posts never share a key.
    """
    identity = outgoing.draft_id or f"text:{outgoing.joined()}"
    seed = f"{identity}\x00{target}\x00{part}".encode()
    return hashlib.sha256(seed).hexdigest()[:32]


PostOne = Callable[[int, str, str | None, str | None], tuple[str, str]]
"""Posts part `number` given the root's id and the previous part's id; gives (id, link)."""


def post_thread(parts: Sequence[str], post_one: PostOne) -> tuple[str, str]:
    """Posts the parts in order and gives the first one's (id, link).

    When a later part fails, the error says which parts are already out, so nobody sends the
    whole thread again blindly.
    """
    root: tuple[str, str] | None = None
    previous: str | None = None
    for number, text in enumerate(parts):
        try:
            previous, link = post_one(number, text, root[0] if root else None, previous)
        except ChannelError as exc:
            if root is None:
                raise
            raise _partly_posted(exc, number, len(parts), root[1]) from None
        root = root or (previous, link)
    if root is None:
        raise Rejected("There is nothing to post.", "empty")
    return root


def _partly_posted(error: ChannelError, posted: int, total: int, first: str) -> ChannelError:
    error.message = (
        f"{posted} of {total} parts were posted ({first}), then this stopped it: {error.message} "
        "Post the rest by hand, or delete the posted parts before sending again."
    )
    error.args = (error.message,)
    return error
