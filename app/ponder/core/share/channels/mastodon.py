"""Mastodon: `POST /api/v1/statuses` with an Idempotency-Key; threads through in_reply_to_id."""

from __future__ import annotations

from collections.abc import Mapping

import regex

from ponder.core.messages import Message
from ponder.core.share.channels import (
    AuthFailed,
    Channel,
    ChannelError,
    DeliveryUnknown,
    Outgoing,
    PostResult,
    Rejected,
    idempotency_key,
    post_thread,
)
from ponder.core.share.channels.read_back import (
    Comment,
    PostRef,
    Responses,
    as_dict,
    as_list,
    as_text,
    count,
    get_json,
    html_text,
    read_explain,
)
from ponder.core.share.channels.spec import ChannelSpec, FieldSpec, ReadBack, Tools
from ponder.core.share.channels.transport import Call, Http, Reply, Target
from ponder.core.share.formats import Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import (
    DEFAULTS,
    LINK,
    Counter,
    LengthCheck,
    Limits,
    graphemes,
    within,
)

DEFAULT_LIMIT = 500
CHARACTERS = "mastodon.characters"
"""The status limit's name in `Limits` (the instance's own, once read)."""
URL_LENGTH = 23
"""Mastodon counts every link as 23 characters, however long it is."""
_URL_TRAIL = ".,:;!?'\")]"
_MENTION = regex.compile(r"(?<![\w@/])@(\w+)@[\w-]+(?:\.[\w-]+)+")
VISIBILITIES = ("public", "unlisted", "private", "direct")


class MastodonAccount:
    """Checks every part against the server's limit before the first one is posted."""

    kind = "mastodon"

    def __init__(self, server: str, token: str, http: Http, visibility: str = "public") -> None:
        self._server = server.rstrip("/")
        self._http = http
        self._visibility = visibility
        self._headers = {"Authorization": f"Bearer {token}"}
        self._target = Target("Mastodon", f"your profile on {self._server}", (token,))

    def character_limit(self) -> int:
        """`configuration.statuses.max_characters` from `GET /api/v2/instance`."""
        call = Call("GET", f"{self._server}/api/v2/instance")
        data = self._http.send(call, self._target, _explain, retry_safe=True).json_object()
        config = data.get("configuration")
        statuses = config.get("statuses") if isinstance(config, dict) else None
        limit = statuses.get("max_characters") if isinstance(statuses, dict) else None
        return limit if isinstance(limit, int) and limit > 0 else DEFAULT_LIMIT

    def post(self, outgoing: Outgoing) -> PostResult:
        parts = [outgoing.text, *outgoing.thread]
        self._check_lengths(parts)

        def post_one(
            part: int, text: str, _root: str | None, previous: str | None
        ) -> tuple[str, str]:
            return self._status(text, previous, idempotency_key(outgoing, self._server, part))

        return PostResult.of_thread(post_thread(parts, post_one))

    def read_responses(self, post: PostRef) -> Responses:
        """Favourites, boosts and replies from the status; the replies themselves from its
        context (`descendants`), leaving out the author's own thread parts."""
        status_id = post.last_segment()
        base = f"{self._server}/api/v1/statuses/{status_id}"
        explain = read_explain("Mastodon")
        status = as_dict(get_json(self._http, base, self._headers, self._target, explain),
                         "the status", "Mastodon")  # fmt: skip
        context = as_dict(
            get_json(self._http, base + "/context", self._headers, self._target, explain),
            "the replies",
            "Mastodon",
        )
        author = _account(status).get("id")
        comments = tuple(
            _comment(item)
            for item in as_list(context.get("descendants"))
            if isinstance(item, dict) and _account(item).get("id") != author
        )
        counts = {
            "likes": count(status.get("favourites_count")),
            "boosts": count(status.get("reblogs_count")),
            "replies": len(comments),
        }
        return Responses(counts, comments=comments)

    def _check_lengths(self, parts: list[str]) -> None:
        limit = self.character_limit()
        for number, text in enumerate(parts, 1):
            length = mastodon_length(text)
            if length > limit:
                which = f"Part {number}" if len(parts) > 1 else "The post"
                raise Rejected(
                    f"{which} is {length} characters; {self._server} allows {limit}. Shorten it "
                    "or split it into a thread.",
                    "too long",
                )

    def _status(self, text: str, reply_to: str | None, key: str) -> tuple[str, str]:
        body: dict[str, object] = {"status": text, "visibility": self._visibility}
        if reply_to is not None:
            body["in_reply_to_id"] = reply_to
        headers = self._headers | {"Idempotency-Key": key}
        call = Call("POST", f"{self._server}/api/v1/statuses", body, headers)
        data = self._http.send(call, self._target, _explain, retry_safe=True).json_object()
        status_id, url = data.get("id"), data.get("url")
        if not isinstance(status_id, str):
            raise DeliveryUnknown(self._target.unknown_message())
        return status_id, url if isinstance(url, str) else status_id


def _explain(reply: Reply) -> ChannelError:
    reason = reply.reason() or f"HTTP {reply.status}"
    if reply.status == 401:
        return AuthFailed(
            "Mastodon refused the access token — it may have been revoked. Create a new one "
            "under Preferences → Development and paste it into the account."
        )
    if reply.status == 403:
        return AuthFailed(f"Mastodon will not let this token post ({reason}).")
    if reply.status == 404:
        return Rejected(f"There is no Mastodon API at this address ({reason}).", reason)
    return Rejected(f"Mastodon refused the post ({reason}).", reason)


def _account(status: dict[str, object]) -> dict[str, object]:
    account = status.get("account")
    return account if isinstance(account, dict) else {}


def _comment(status: dict[str, object]) -> Comment:
    return Comment(
        as_text(status.get("id")),
        "@" + as_text(_account(status).get("acct")),
        html_text(as_text(status.get("content"))),
        as_text(status.get("created_at")) or None,
        as_text(status.get("url")) or None,
    )


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> MastodonAccount:
    return MastodonAccount(
        values["server"], secret, tools.http, values.get("visibility") or "public"
    )


def mastodon_length(text: str) -> int:
    """Mastodon's count: links are 23 each, `@user@server` counts as `@user`, then graphemes."""
    text = LINK.sub(_url_placeholder, text)
    return graphemes(_MENTION.sub(r"@\1", text))


def _url_placeholder(match: regex.Match[str]) -> str:
    url = match[0]
    trimmed = url.rstrip(_URL_TRAIL)
    return "x" * URL_LENGTH + url[len(trimmed) :]


def _limit(limits: Limits) -> int:
    return limits.get(CHARACTERS, DEFAULT_LIMIT) or DEFAULT_LIMIT


def mastodon_status(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return within(mastodon_length(rendered.text), _limit(limits), "characters")


def _thread(_values: Mapping[str, str], limits: Limits) -> tuple[int, Counter]:
    return _limit(limits), mastodon_length


def _server_limits(channel: Channel, base: Limits) -> Limits:
    if isinstance(channel, MastodonAccount):
        return base.with_limit(CHARACTERS, channel.character_limit())
    return base


SPEC = ChannelSpec(
    "mastodon",
    Message("Mastodon"),
    (
        FieldSpec("server", Message("Server"), is_url=True),
        FieldSpec(
            "visibility", Message("Visibility"), False, default="public", choices=VISIBILITIES
        ),
        FieldSpec("access_token", Message("Access token"), secret=True),
    ),
    _build,
    dialect=Dialect.MASTODON,
    audience="public",
    measure=mastodon_status,
    idempotency="an Idempotency-Key per draft and part, so the server drops a resend",
    how_to=Message(
        "On your server, Preferences ▸ Development ▸ New application with the write:statuses "
        "scope, then copy “Your access token”."
    ),
    read_back=ReadBack(
        ("likes", "boosts", "replies"),
        "favourites, boosts and replies, from the status and its context",
    ),
    thread=_thread,
    server_limits=_server_limits,
)
