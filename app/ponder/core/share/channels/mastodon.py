"""Mastodon: `POST /api/v1/statuses` with an Idempotency-Key; threads through in_reply_to_id."""

from __future__ import annotations

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
from ponder.core.share.limits import mastodon_length

DEFAULT_LIMIT = 500
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

        return PostResult(post_thread(parts, post_one), True)

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
