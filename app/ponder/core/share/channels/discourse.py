"""Discourse: `POST /posts.json` with Api-Key and Api-Username; the first part opens a topic."""

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

TITLE_CHARS = 255


class DiscourseForum:
    """Opens a topic (in a category, if given) and posts the thread's replies into it."""

    kind = "discourse"

    def __init__(
        self, server: str, username: str, api_key: str, http: Http, category: str = ""
    ) -> None:
        self._server = server.rstrip("/")
        self._category = category
        self._http = http
        self._headers = {"Api-Key": api_key, "Api-Username": username}
        self._target = Target("Discourse", f"the forum at {self._server}", (api_key,))

    def post(self, outgoing: Outgoing) -> PostResult:
        first = outgoing.markdown or outgoing.text

        def post_one(part: int, raw: str, topic: str | None, _prev: str | None) -> tuple[str, str]:
            body: dict[str, object] = {"raw": raw}
            if topic is not None:
                body["topic_id"] = int(topic)
            else:
                body["title"] = topic_title(outgoing.title, raw)
                if self._category.isdigit():
                    body["category"] = int(self._category)
            return self._create(body)

        return PostResult(post_thread([first, *outgoing.thread], post_one), True)

    def _create(self, body: dict[str, object]) -> tuple[str, str]:
        call = Call("POST", f"{self._server}/posts.json", body, self._headers)
        data = self._http.send(call, self._target, _explain, retry_safe=False).json_object()
        topic_id, slug, number = (
            data.get("topic_id"),
            data.get("topic_slug"),
            data.get("post_number"),
        )
        if not isinstance(topic_id, int):
            raise DeliveryUnknown(self._target.unknown_message())
        link = f"{self._server}/t/{slug or 'topic'}/{topic_id}"
        return str(topic_id), f"{link}/{number}" if isinstance(number, int) and number > 1 else link


def topic_title(title: str | None, raw: str) -> str:
    """The draft's title, or the first line of the post, cut to Discourse's title length."""
    chosen = (title or "").strip() or raw.strip().splitlines()[0].lstrip("# ").strip()
    return chosen if len(chosen) <= TITLE_CHARS else chosen[: TITLE_CHARS - 1] + "…"


def _explain(reply: Reply) -> ChannelError:
    data = reply.json_object()
    reason = reply.reason() or f"HTTP {reply.status}"
    if data.get("error_type") == "invalid_access" or reply.status in (401, 403):
        return AuthFailed(
            "Discourse refused the API key or the username — the key may have been revoked or "
            "belong to another user. Check both in the account."
        )
    if reply.status == 404:
        return Rejected(f"Discourse cannot find that topic or category ({reason}).", reason)
    return Rejected(f"Discourse refused the post ({reason}).", reason)
