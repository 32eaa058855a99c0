"""Discourse: `POST /posts.json` with Api-Key and Api-Username; the first part opens a topic."""

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
    html_text,
    read_explain,
)
from ponder.core.share.channels.spec import ChannelSpec, FieldSpec, ReadBack, Tools
from ponder.core.share.channels.transport import Call, Http, Reply, Target
from ponder.core.share.formats import Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import DEFAULTS, LengthCheck, Limits, code_points

TITLE_CHARS = 255
MIN_CHARACTERS, MAX_CHARACTERS = 20, 32_000
"""A site's default `min_post_length` and `max_post_length`."""
MIN_LIMIT, MAX_LIMIT = "discourse.min_characters", "discourse.max_characters"
"""Their names in `Limits`."""
_LIKE = 2
"""The post action type id of a like (`actions_summary[].id`)."""


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

        return PostResult.of_thread(post_thread([first, *outgoing.thread], post_one))

    def read_responses(self, post: PostRef) -> Responses:
        """Likes of the first post and replies by others, from `GET /t/{id}.json` (its first
        page of posts: about twenty)."""
        url = f"{self._server}/t/{quote(post.last_segment(), safe='')}.json"
        data = get_json(self._http, url, self._headers, self._target, read_explain("Discourse"))
        topic = as_dict(data, "the topic", "Discourse")
        stream = topic.get("post_stream")
        posts = [
            item
            for item in as_list(stream.get("posts") if isinstance(stream, dict) else None)
            if isinstance(item, dict)
        ]
        first = posts[0] if posts else {}
        likes = sum(
            count(action.get("count"))
            for action in as_list(first.get("actions_summary"))
            if isinstance(action, dict) and action.get("id") == _LIKE
        )
        comments = tuple(
            Comment(
                str(item.get("id", "")),
                "@" + as_text(item.get("username")),
                html_text(as_text(item.get("cooked"))),
                as_text(item.get("created_at")) or None,
                f"{self._server}/t/{item.get('topic_slug') or 'topic'}/"
                f"{item.get('topic_id')}/{item.get('post_number')}",
            )
            for item in posts[1:]
            if item.get("username") != first.get("username")
        )
        return Responses({"likes": likes, "replies": len(comments)}, comments=comments)

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


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> DiscourseForum:
    return DiscourseForum(values["server"], values["username"], secret, tools.http,
                          values.get("category", ""))  # fmt: skip


def discourse_post(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    """Discourse: code points of the raw post, between the site's minimum and maximum."""
    count = code_points(rendered.text.strip())
    low = limits.get(MIN_LIMIT, MIN_CHARACTERS) or 0
    high = limits.get(MAX_LIMIT, MAX_CHARACTERS)
    ok = low <= count and (high is None or count <= high)
    return LengthCheck(count, high, "characters", ok, minimum=low)


SPEC = ChannelSpec(
    "discourse",
    Message("Discourse"),
    (
        FieldSpec("server", Message("Forum"), is_url=True),
        FieldSpec("username", Message("User name")),
        FieldSpec("category", Message("Category id"), False),
        FieldSpec("api_key", Message("API key"), secret=True),
    ),
    _build,
    dialect=Dialect.DISCOURSE,
    audience="public",
    measure=discourse_post,
    idempotency="none: Discourse refuses a duplicate post, and an unknown delivery asks first",
    how_to=Message("An admin makes an API key under Admin ▸ API ▸ New key, for your username."),
    read_back=ReadBack(("likes", "replies"), "likes of the first post and replies in the topic"),
)
