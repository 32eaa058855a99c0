"""Matrix through the client-server API: a reused txnId makes every retry safe."""

from __future__ import annotations

from urllib.parse import quote

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
from ponder.core.share.channels.transport import Call, Http, Reply, Target

_API = "/_matrix/client/v3"


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

        return PostResult(post_thread([outgoing.text, *outgoing.thread], post_one), True)

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
