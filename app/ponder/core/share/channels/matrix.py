"""Matrix through the client-server API: a reused txnId makes every retry safe."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import quote, unquote

from ponder.core.messages import Message
from ponder.core.share.channels import (
    AuthFailed,
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
    get_json,
    read_explain,
)
from ponder.core.share.channels.spec import ChannelSpec, FieldSpec, ReadBack, Tools
from ponder.core.share.channels.transport import Call, Explain, Http, Reply, Target
from ponder.core.share.formats import Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import DEFAULTS, Counter, LengthCheck, Limits, utf8_bytes, within

_API = "/_matrix/client/v3"
EVENT_BYTES = 65_536
"""The largest event a homeserver accepts (the spec's limit on a whole PDU)."""
EVENT_LIMIT = "matrix.event_bytes"
"""Its name in `Limits`."""
MATRIX_ID_BYTES = 255
"""The longest room id, user id or event id the Matrix spec allows."""
MATRIX_SERVER_BYTES = 2048
"""Room for what a homeserver adds to an event before it checks the size (hashes, signatures,
auth and prev events)."""
_RELATIONS_API = "/_matrix/client/v1"
_RELATION_PAGES = 5
"""Pages of 50 relations read per refresh; a post with more stops counting there."""
_LONGEST_ID = "$" + "x" * (MATRIX_ID_BYTES - 1)
_REPLY_RELATION = {
    "m.relates_to": {
        "rel_type": "m.thread",
        "event_id": _LONGEST_ID,
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": _LONGEST_ID},
    }
}


class MatrixRoom:
    """Posts `m.text` messages (HTML in `formatted_body`); thread replies use `m.thread`."""

    kind = "matrix"

    def __init__(self, homeserver: str, room: str, access_token: str, http: Http) -> None:
        self._base = homeserver.rstrip("/") + _API
        self._room = room
        self._http = http
        self._headers = {"Authorization": f"Bearer {access_token}"}
        self._target = Target("Matrix", f"the room {room}", (access_token,))

    def post(self, outgoing: Outgoing) -> PostResult:
        room_id = self._room_id()

        def post_one(
            part: int, text: str, root: str | None, previous: str | None
        ) -> tuple[str, str]:
            content = _content(text, outgoing.html if part == 0 else None)
            if root is not None and previous is not None:
                content["m.relates_to"] = _in_thread(root, previous)
            event_id = self._send(room_id, content, idempotency_key(outgoing, room_id, part))
            return event_id, self._link(event_id)

        return PostResult.of_thread(post_thread([outgoing.text, *outgoing.thread], post_one))

    def read_responses(self, post: PostRef) -> Responses:
        """Reactions (`m.reaction`, by key) and thread replies by others, through the
        relations of the posted event; the author's own thread parts are not replies."""
        event_id = post.id or unquote(post.url.rsplit("/", 1)[-1])
        room = quote(self._room_id(), safe="")
        explain = read_explain("Matrix")
        event_url = f"{self._base}/rooms/{room}/event/{quote(event_id, safe='')}"
        event = as_dict(get_json(self._http, event_url, self._headers, self._target, explain),
                        "the message", "Matrix")  # fmt: skip
        author = event.get("sender")
        reactions: dict[str, int] = {}
        comments: list[Comment] = []
        for item in self._relations(room, event_id, explain):
            content = item.get("content")
            relation = content.get("m.relates_to") if isinstance(content, dict) else None
            if not isinstance(content, dict) or not isinstance(relation, dict):
                continue
            if item.get("type") == "m.reaction" and relation.get("rel_type") == "m.annotation":
                key = as_text(relation.get("key")) or "?"
                reactions[key] = reactions.get(key, 0) + 1
            elif item.get("type") == "m.room.message" and item.get("sender") != author:
                comments.append(_comment(item, content))
        counts = {"reactions": sum(reactions.values()), "replies": len(comments)}
        return Responses(counts, by_reaction=reactions, comments=tuple(comments))

    def _relations(self, room: str, event_id: str, explain: Explain) -> list[dict[str, object]]:
        url = (
            f"{self._base.removesuffix(_API)}{_RELATIONS_API}/rooms/{room}/relations/"
            f"{quote(event_id, safe='')}?limit=50"
        )
        found: list[dict[str, object]] = []
        token: str | None = None
        for _page in range(_RELATION_PAGES):
            page_url = url + (f"&from={quote(token, safe='')}" if token else "")
            data = get_json(self._http, page_url, self._headers, self._target, explain)
            page = as_dict(data, "the relations", "Matrix")
            found.extend(item for item in as_list(page.get("chunk")) if isinstance(item, dict))
            token = as_text(page.get("next_batch")) or None
            if token is None:
                break
        return found

    def _send(self, room_id: str, content: dict[str, object], txn: str) -> str:
        url = f"{self._base}/rooms/{quote(room_id, safe='')}/send/m.room.message/{txn}"
        call = Call("PUT", url, content, self._headers)
        reply = self._http.send(call, self._target, _explain, retry_safe=True)
        event_id = reply.json_object().get("event_id")
        if not isinstance(event_id, str):
            raise DeliveryUnknown(self._target.unknown_message())
        return event_id

    def _room_id(self) -> str:
        """A room id as it is; an alias (`#room:server`) looked up in the room directory."""
        if not self._room.startswith("#"):
            return self._room
        url = f"{self._base}/directory/room/{quote(self._room, safe='')}"
        reply = self._http.send(Call("GET", url), self._target, _explain, retry_safe=True)
        room_id = reply.json_object().get("room_id")
        if not isinstance(room_id, str):
            raise Rejected(f"Matrix has no room called {self._room}.", "M_NOT_FOUND")
        return room_id

    def _link(self, event_id: str) -> str:
        return f"https://matrix.to/#/{quote(self._room, safe='!:#@')}/{quote(event_id, safe='$:')}"


def _content(body: str, html: str | None) -> dict[str, object]:
    content: dict[str, object] = {"msgtype": "m.text", "body": body}
    if html:
        content |= {"format": "org.matrix.custom.html", "formatted_body": html}
    return content


def _in_thread(root: str, previous: str) -> dict[str, object]:
    return {
        "rel_type": "m.thread",
        "event_id": root,
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": previous},
    }


def _comment(event: dict[str, object], content: dict[str, object]) -> Comment:
    stamp = event.get("origin_server_ts")
    return Comment(
        as_text(event.get("event_id")),
        as_text(event.get("sender")),
        as_text(content.get("body")),
        _iso(stamp) if isinstance(stamp, int) else None,
    )


def _iso(millis: int) -> str:
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="seconds")


def _explain(reply: Reply) -> ChannelError:
    code = reply.json_object().get("errcode")
    reason = reply.reason() or f"HTTP {reply.status}"
    if code in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN") or reply.status == 401:
        return AuthFailed(
            "Matrix refused the access token — the session may have been logged out. Sign in "
            "again and paste a new token into the account."
        )
    if code == "M_FORBIDDEN":
        return Rejected(f"This Matrix account may not post in the room ({reason}).", reason)
    if code == "M_NOT_FOUND" or reply.status == 404:
        return Rejected(f"Matrix cannot find the room ({reason}).", reason)
    return Rejected(f"Matrix refused the post ({reason}).", reason)


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> MatrixRoom:
    return MatrixRoom(values["homeserver"], values["room"], secret, tools.http)


def _reply_size(text: str) -> int:
    """The event a thread reply makes, with the longest ids the spec allows."""
    return matrix_event_size({"msgtype": "m.text", "body": text, **_REPLY_RELATION})


def matrix_event_size(content: dict[str, object]) -> int:
    """Bytes of the event a homeserver would build around `content` (canonical JSON, the
    longest ids allowed, plus what the server adds), which must stay within 65,536."""
    event = {
        "content": content,
        "event_id": "$" + "x" * (MATRIX_ID_BYTES - 1),
        "origin_server_ts": 10**13,
        "room_id": "!" + "x" * (MATRIX_ID_BYTES - 1),
        "sender": "@" + "x" * (MATRIX_ID_BYTES - 1),
        "type": "m.room.message",
    }
    canonical = json.dumps(event, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return utf8_bytes(canonical) + MATRIX_SERVER_BYTES


def _limit(limits: Limits) -> int:
    return limits.get(EVENT_LIMIT, EVENT_BYTES) or EVENT_BYTES


def matrix_event(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return within(matrix_event_size(rendered.payload), _limit(limits), "bytes")


def _thread(_values: Mapping[str, str], limits: Limits) -> tuple[int, Counter]:
    return _limit(limits), _reply_size


SPEC = ChannelSpec(
    "matrix",
    Message("Matrix"),
    (
        FieldSpec("homeserver", Message("Homeserver"), is_url=True),
        FieldSpec("room", Message("Room id or alias")),
        FieldSpec("user", Message("User id"), False),
        FieldSpec("access_token", Message("Access token"), secret=True),
    ),
    _build,
    dialect=Dialect.MATRIX,
    audience="internal",
    measure=matrix_event,
    idempotency="a txnId per draft and part: resending the same one returns the same event",
    how_to=Message(
        "In Element, Settings ▸ Help & About ▸ Access token (keep it secret); the room is its"
        " address, like #team:example.org."
    ),
    read_back=ReadBack(
        ("reactions", "replies"),
        "reactions and thread replies, through the relations of the posted message",
    ),
    thread=_thread,
)
