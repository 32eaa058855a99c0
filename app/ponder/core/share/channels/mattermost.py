"""Mattermost: an incoming webhook (the URL is the secret), or `POST /api/v4/posts` with a token."""

from __future__ import annotations

from urllib.parse import urlsplit

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

_HOOK_REVOKED = (
    "Mattermost refused the webhook URL — the webhook may have been deleted or incoming "
    "webhooks turned off. Create a new one and paste its URL into the account."
)


class MattermostWebhook:
    """Posts Markdown text; a webhook cannot thread, so replies follow in the same post."""

    kind = "mattermost"

    def __init__(self, webhook_url: str, http: Http, channel: str = "") -> None:
        self._url = webhook_url
        self._http = http
        self._channel = channel
        secret_path = urlsplit(webhook_url).path
        self._target = Target("Mattermost", "the Mattermost channel", (webhook_url, secret_path))

    def post(self, outgoing: Outgoing) -> PostResult:
        body: dict[str, object] = {"text": outgoing.joined()}
        if self._channel:
            body["channel"] = self._channel
        self._http.send(
            Call("POST", self._url, body), self._target, _explain_hook, retry_safe=False
        )
        return PostResult(None, True)


class MattermostApi:
    """Posts as a person with a personal access token; replies go under the first post."""

    kind = "mattermost"

    def __init__(self, server: str, channel_id: str, token: str, http: Http) -> None:
        self._server = server.rstrip("/")
        self._channel_id = channel_id
        self._http = http
        self._headers = {"Authorization": f"Bearer {token}"}
        self._target = Target("Mattermost", "the Mattermost channel", (token,))

    def post(self, outgoing: Outgoing) -> PostResult:
        def post_one(_part: int, text: str, root: str | None, _prev: str | None) -> tuple[str, str]:
            body: dict[str, object] = {"channel_id": self._channel_id, "message": text}
            if root is not None:
                body["root_id"] = root
            call = Call("POST", f"{self._server}/api/v4/posts", body, self._headers)
            reply = self._http.send(call, self._target, _explain_api, retry_safe=False)
            post_id = reply.json_object().get("id")
            if not isinstance(post_id, str):
                raise DeliveryUnknown(self._target.unknown_message())
            return post_id, f"{self._server}/_redirect/pl/{post_id}"

        return PostResult(post_thread([outgoing.text, *outgoing.thread], post_one), True)


def _explain_hook(reply: Reply) -> ChannelError:
    error_id = str(reply.json_object().get("id", ""))
    reason = reply.reason() or f"HTTP {reply.status}"
    if "incoming_webhook.invalid" in error_id or "disabled" in error_id:
        return AuthFailed(_HOOK_REVOKED)
    if reply.status in (401, 403, 404):
        return AuthFailed(_HOOK_REVOKED)
    return Rejected(f"Mattermost refused the post ({reason}).", reason)


def _explain_api(reply: Reply) -> ChannelError:
    reason = reply.reason() or f"HTTP {reply.status}"
    if reply.status == 401:
        return AuthFailed(
            "Mattermost refused the access token — it may have been revoked. Create a new "
            "personal access token and paste it into the account."
        )
    if reply.status == 403:
        return AuthFailed(f"This Mattermost account may not post in the channel ({reason}).")
    return Rejected(f"Mattermost refused the post ({reason}).", reason)
