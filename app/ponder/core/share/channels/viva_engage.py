"""Viva Engage (Yammer): `POST /api/v1/messages.json` with a bearer token; replies nest."""

from __future__ import annotations

from ponder.core.share.channels import (
    AuthFailed,
    ChannelError,
    DeliveryUnknown,
    Outgoing,
    PostResult,
    Rejected,
    post_thread,
)
from ponder.core.share.channels.transport import Call, Http, Reply, Target

DEFAULT_SERVER = "https://www.yammer.com"


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

        return PostResult(post_thread([outgoing.text, *outgoing.thread], post_one), True)

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
