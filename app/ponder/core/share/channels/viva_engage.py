"""Viva Engage (Yammer): `POST /api/v1/messages.json` with a bearer token; replies nest."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

from ponder.core.messages import Message
from ponder.core.share.channels import (
    AuthFailed,
    ChannelError,
    DeliveryUnknown,
    Outgoing,
    PostResult,
    Rejected,
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
    read_explain,
)
from ponder.core.share.channels.spec import ChannelSpec, FieldSpec, ReadBack, Tools
from ponder.core.share.channels.transport import Call, Http, Reply, Target
from ponder.core.share.formats import Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import DEFAULTS, LengthCheck, Limits, code_points, within

DEFAULT_SERVER = "https://www.yammer.com"
CHARACTERS = "viva_engage.characters"
"""The message limit's name in `Limits` (none is published, so none by default)."""


class VivaEngageCommunity:
    """Posts into one community (group id), or to the network's main feed without one."""

    kind = "viva-engage"

    def __init__(self, token: str, http: Http, group_id: str = "", server: str = "") -> None:
        self._server = (server or DEFAULT_SERVER).rstrip("/")
        self._group_id = group_id
        self._http = http
        self._headers = {"Authorization": f"Bearer {token}"}
        self._target = Target("Viva Engage", "the Viva Engage community", (token,))

    def post(self, outgoing: Outgoing) -> PostResult:
        def post_one(part: int, text: str, _root: str | None, prev: str | None) -> tuple[str, str]:
            body: dict[str, object] = {"body": text}
            if prev is not None:
                body["replied_to_id"] = _number(prev)
            elif self._group_id:
                body["group_id"] = _number(self._group_id)
            if part == 0 and outgoing.title:
                body["title"] = outgoing.title
            return self._message(body)

        return PostResult.of_thread(post_thread([outgoing.text, *outgoing.thread], post_one))

    def read_responses(self, post: PostRef) -> Responses:
        """Likes of the first message and replies by others, from
        `GET /api/v1/messages/in_thread/{thread_id}.json`."""
        thread_id = post.last_segment()
        url = f"{self._server}/api/v1/messages/in_thread/{quote(thread_id, safe='')}.json"
        data = get_json(self._http, url, self._headers, self._target, read_explain("Viva Engage"))
        found = as_dict(data, "the thread", "Viva Engage")
        messages = [m for m in as_list(found.get("messages")) if isinstance(m, dict)]
        names = _names(found.get("references"))
        first = next((m for m in messages if str(m.get("id")) == thread_id), {})
        liked = first.get("liked_by")
        comments = tuple(
            Comment(
                str(m.get("id")),
                names.get(str(m.get("sender_id")), str(m.get("sender_id"))),
                _plain_body(m.get("body")),
                as_text(m.get("created_at")) or None,
                as_text(m.get("web_url")) or None,
            )
            for m in messages
            if str(m.get("id")) != thread_id and m.get("sender_id") != first.get("sender_id")
        )
        likes = count(liked.get("count")) if isinstance(liked, dict) else 0
        return Responses({"likes": likes, "replies": len(comments)}, comments=comments)

    def _message(self, body: dict[str, object]) -> tuple[str, str]:
        call = Call("POST", f"{self._server}/api/v1/messages.json", body, self._headers)
        data = self._http.send(call, self._target, _explain, retry_safe=False).json_object()
        messages = data.get("messages")
        first = messages[0] if isinstance(messages, list) and messages else None
        if not isinstance(first, dict) or first.get("id") is None:
            raise DeliveryUnknown(self._target.unknown_message())
        message_id = str(first["id"])
        url = first.get("web_url")
        return message_id, url if isinstance(url, str) else message_id


def _names(references: object) -> dict[str, str]:
    """User ids to full names, from the `references` that come with the messages."""
    return {
        str(ref.get("id")): as_text(ref.get("full_name")) or as_text(ref.get("name"))
        for ref in as_list(references)
        if isinstance(ref, dict) and ref.get("type") == "user"
    }


def _plain_body(body: object) -> str:
    return as_text(body.get("plain")) if isinstance(body, dict) else ""


def _number(value: str) -> int | str:
    """Viva Engage ids are numbers in its JSON."""
    return int(value) if value.isdigit() else value


def _explain(reply: Reply) -> ChannelError:
    reason = reply.reason() or f"HTTP {reply.status}"
    if reply.status == 401:
        return AuthFailed(
            "Viva Engage refused the access token — it may have expired or been revoked. Get a "
            "new token and paste it into the account."
        )
    if reply.status == 403:
        return AuthFailed(f"This Viva Engage account may not post in the community ({reason}).")
    if reply.status == 404:
        return Rejected(f"Viva Engage cannot find the community ({reason}).", reason)
    return Rejected(f"Viva Engage refused the post ({reason}).", reason)


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> VivaEngageCommunity:
    return VivaEngageCommunity(secret, tools.http, values.get("group_id", ""),
                               values.get("server", ""))  # fmt: skip


def viva_engage_message(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return within(code_points(rendered.text), limits.get(CHARACTERS, None), "characters")


SPEC = ChannelSpec(
    "viva-engage",
    Message("Viva Engage"),
    (
        FieldSpec("group_id", Message("Community (group) id"), False),
        FieldSpec("server", Message("API server"), False, is_url=True),
        FieldSpec("access_token", Message("Access token"), secret=True),
    ),
    _build,
    dialect=Dialect.VIVA_ENGAGE,
    audience="internal",
    measure=viva_engage_message,
    idempotency="none: an unknown delivery asks before sending again",
    how_to=Message(
        "Ask your Microsoft 365 admin for an app with the Yammer API permission; the group id"
        " is in the group's web address."
    ),
    read_back=ReadBack(
        ("likes", "replies"), "likes of the first message and replies in its thread"
    ),
)
