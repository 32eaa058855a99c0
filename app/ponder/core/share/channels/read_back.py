"""Reading the response to a post back: what was posted, what came back, and how to ask.

Counts use the same names on every network so they can be compared: `likes` (Mastodon
favourites, Discourse and Viva Engage likes), `boosts` (Mastodon reblogs), `replies` (by
other people; the person's own thread parts are not replies), `reactions` (Matrix and
Mattermost emoji, with `by_reaction` per emoji).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from ponder.core.share.channels import ChannelError, DeliveryUnknown, RateLimited
from ponder.core.share.channels.transport import Call, Explain, Http, Reply, Target

_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_MAX_COMMENT_CHARS = 2000


@dataclass(frozen=True, slots=True)
class PostRef:
    """A post as recorded in `shared:`: its link, and the network's id when it gave one."""

    url: str
    id: str | None = None

    def last_segment(self) -> str:
        """The id at the end of the link (`…/@me/1234`, `…/t/slug/42`)."""
        return self.id or self.url.rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Comment:
    """A reply someone else wrote, as plain text."""

    id: str
    author: str
    text: str
    at: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Responses:
    """What one read found: counts by name, reactions by emoji, and the replies themselves."""

    counts: Mapping[str, int]
    by_reaction: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    comments: tuple[Comment, ...] = ()


@runtime_checkable
class ResponseReader(Protocol):
    """A channel that can read back the response to a post it made. Blocking."""

    def read_responses(self, post: PostRef) -> Responses: ...


class ReadFailed(ChannelError):
    """The responses could not be read this time; nothing was changed, try again later."""


def get_json(http: Http, url: str, headers: Mapping[str, str], target: Target,
             explain: Explain) -> object:  # fmt: skip
    """The JSON at `url`, or ReadFailed/RateLimited in words about reading, not posting."""
    try:
        reply = http.send(Call("GET", url, None, headers), target, explain, retry_safe=True)
    except RateLimited as exc:
        raise RateLimited(
            f"{target.network} asked Ponder to wait {exc.retry_after:.0f} seconds before "
            "reading again.",
            exc.retry_after,
        ) from None
    except DeliveryUnknown:
        raise ReadFailed(f"{target.network} did not answer in time; try again later.") from None
    except ChannelError as exc:
        if type(exc) is not ChannelError:  # the explain's own words (ReadFailed)
            raise
        # unreachable, or 5xx after retries: the transport's words are about posting
        raise ReadFailed(f"{target.network} could not be read just now; try again later.") from None
    data = reply.json()
    if data is None:
        raise ReadFailed(f"{target.network} answered with something that is not JSON.")
    return data


def read_explain(network: str) -> Explain:
    """Errors for a read: the token may not read, the post is gone, or it refused."""

    def explain(reply: Reply) -> ChannelError:
        reason = reply.reason() or f"HTTP {reply.status}"
        if reply.status in (401, 403):
            return ReadFailed(f"{network} would not let this account read the post ({reason}).")
        if reply.status == 404:
            return ReadFailed(f"{network} no longer has the post ({reason}).")
        return ReadFailed(f"{network} refused to show the post ({reason}).")

    return explain


def as_dict(value: object, what: str, network: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ReadFailed(f"{network} answered without {what}.")
    return value


def as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def count(value: object) -> int:
    """A count from JSON: a non-negative int, else 0 (a malformed field is not a failure)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def as_text(value: object) -> str:
    return value if isinstance(value, str) else ""


def html_text(markup: str) -> str:
    """The plain text of a network's HTML (Mastodon `content`), short enough for a note."""
    plain = html.unescape(_TAG.sub("", _BREAK.sub("\n", markup))).strip()
    return plain if len(plain) <= _MAX_COMMENT_CHARS else plain[: _MAX_COMMENT_CHARS - 1] + "…"
