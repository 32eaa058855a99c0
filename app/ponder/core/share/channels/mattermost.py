"""Mattermost: an incoming webhook (the URL is the secret), or `POST /api/v4/posts` with a token."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote, urlsplit

from ponder.core.messages import Message
from ponder.core.share.channels import (
    AuthFailed,
    Channel,
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
    get_json,
    read_explain,
)
from ponder.core.share.channels.spec import ChannelSpec, FieldSpec, ReadBack, Tools
from ponder.core.share.channels.transport import Call, Explain, Http, Reply, Target
from ponder.core.share.formats import Rendered
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import (
    DEFAULTS,
    Counter,
    LengthCheck,
    Limits,
    code_points,
    within,
)

CHARACTERS = 16_383
"""The longest post Mattermost stores (its `MaxMessageSize`, in characters)."""
CHARACTERS_LIMIT = "mattermost.characters"
"""Its name in `Limits`."""

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

        return PostResult.of_thread(post_thread([outgoing.text, *outgoing.thread], post_one))

    def read_responses(self, post: PostRef) -> Responses:
        """Reactions (by emoji) and the thread's replies by others (a webhook cannot read)."""
        post_id = post.last_segment()
        base = f"{self._server}/api/v4/posts/{quote(post_id, safe='')}"
        explain = read_explain("Mattermost")
        thread = as_dict(self._get(base + "/thread", explain), "the thread", "Mattermost")
        reactions: dict[str, int] = {}
        for item in as_list(self._get(base + "/reactions", explain)):
            if isinstance(item, dict):
                name = as_text(item.get("emoji_name")) or "?"
                reactions[name] = reactions.get(name, 0) + 1
        found = thread.get("posts")
        posts = found if isinstance(found, dict) else {}
        root = posts.get(post_id)
        author = root.get("user_id") if isinstance(root, dict) else None
        comments = tuple(
            Comment(
                as_text(item.get("id")), as_text(item.get("user_id")), as_text(item.get("message"))
            )
            for key in as_list(thread.get("order"))
            if isinstance(item := posts.get(str(key)), dict) and item.get("user_id") != author
        )
        counts = {"reactions": sum(reactions.values()), "replies": len(comments)}
        return Responses(counts, by_reaction=reactions, comments=comments)

    def _get(self, url: str, explain: Explain) -> object:
        return get_json(self._http, url, self._headers, self._target, explain)


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


def _build(values: Mapping[str, str], secret: str, tools: Tools) -> Channel:
    if secret.startswith(("https://", "http://")):
        return MattermostWebhook(secret, tools.http, values.get("channel", ""))
    if not values.get("server") or not values.get("channel"):
        raise ChannelError(
            "With a personal access token, Mattermost needs the server address and a channel id."
        )
    return MattermostApi(values["server"], values["channel"], secret, tools.http)


def _limit(limits: Limits) -> int:
    return limits.get(CHARACTERS_LIMIT, CHARACTERS) or CHARACTERS


def mattermost_message(rendered: Rendered, limits: Limits = DEFAULTS) -> LengthCheck:
    return within(code_points(rendered.text), _limit(limits), "characters")


def _thread(values: Mapping[str, str], limits: Limits) -> tuple[int, Counter] | None:
    """A token posts replies under the first post; a webhook posts one message."""
    return (_limit(limits), code_points) if values.get("server") else None


SPEC = ChannelSpec(
    "mattermost",
    Message("Mattermost"),
    (
        FieldSpec("server", Message("Server (for a token)"), False, is_url=True),
        FieldSpec("channel", Message("Channel id (token) or name (webhook)"), False),
        FieldSpec("secret", Message("Incoming webhook URL or personal access token"), secret=True),
    ),
    _build,
    dialect=Dialect.MATTERMOST,
    audience="internal",
    measure=mattermost_message,
    idempotency="none: an unknown delivery asks before sending again",
    how_to=Message(
        "In Mattermost, Integrations ▸ Incoming Webhooks ▸ Add; the secret is the last part "
        "of the hook's URL."
    ),
    read_back=ReadBack(
        ("reactions", "replies"),
        "with a personal access token, reactions and thread replies; an incoming webhook "
        "cannot read anything back",
    ),
    thread=_thread,
)
