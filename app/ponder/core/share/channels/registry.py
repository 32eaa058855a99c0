"""Every kind of channel as data: the fields it needs, which one is the secret, how to build it."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ponder.core.share.channels import Channel, ChannelError
from ponder.core.share.channels.clipboard import ClipboardChannel, ClipboardWriter
from ponder.core.share.channels.discourse import DiscourseForum
from ponder.core.share.channels.email import MailtoLink, SmtpMail, SmtpServer
from ponder.core.share.channels.file_export import FileExport
from ponder.core.share.channels.mastodon import MastodonAccount
from ponder.core.share.channels.matrix import MatrixRoom
from ponder.core.share.channels.mattermost import MattermostApi, MattermostWebhook
from ponder.core.share.channels.slack import SlackWebhook
from ponder.core.share.channels.teams import TeamsWorkflow
from ponder.core.share.channels.transport import Http
from ponder.core.share.channels.viva_engage import VivaEngageCommunity
from ponder.core.share.channels.webhook import SignedWebhook


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One thing an account of a kind needs; at most one per kind is `secret`."""

    name: str
    label: str
    required: bool = True
    secret: bool = False
    default: str = ""
    choices: tuple[str, ...] = ()
    is_url: bool = False


@dataclass(frozen=True, slots=True)
class Tools:
    """What channels need from outside the core; the window and the CLI each supply theirs."""

    http: Http = field(default_factory=Http)
    clipboard: ClipboardWriter | None = None
    open_url: Callable[[str], None] | None = None
    ssl_context: ssl.SSLContext | None = None


Builder = Callable[[Mapping[str, str], str, Tools], Channel]


@dataclass(frozen=True, slots=True)
class KindSpec:
    name: str
    label: str
    fields: tuple[FieldSpec, ...]
    build: Builder

    @property
    def secret_field(self) -> FieldSpec | None:
        return next((f for f in self.fields if f.secret), None)

    @property
    def public_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.secret)


def _clipboard(_values: Mapping[str, str], _secret: str, tools: Tools) -> Channel:
    if tools.clipboard is None:
        raise ChannelError("This Ponder has no clipboard to copy to.")
    return ClipboardChannel(tools.clipboard)


def _file(values: Mapping[str, str], _secret: str, _tools: Tools) -> Channel:
    return FileExport(Path(values["folder"]).expanduser(), values.get("format") or "md")


def _email(values: Mapping[str, str], secret: str, tools: Tools) -> Channel:
    recipients = [a.strip() for a in values["to"].split(",") if a.strip()]
    if not values.get("smtp_host"):
        if tools.open_url is None:
            raise ChannelError("This Ponder cannot open a mail program; set an SMTP server.")
        return MailtoLink(recipients, tools.open_url)
    port = values.get("smtp_port") or "0"
    if not port.isdigit():
        raise ChannelError(f"The SMTP port must be a number, not {port!r}.")
    server = SmtpServer(
        values["smtp_host"],
        int(port),
        values.get("security") or "starttls",
        values.get("username", ""),
    )
    sender = values.get("from") or values.get("username") or recipients[0]
    return SmtpMail(server, sender, recipients, secret or None, ssl_context=tools.ssl_context)


def _mattermost(values: Mapping[str, str], secret: str, tools: Tools) -> Channel:
    if secret.startswith(("https://", "http://")):
        return MattermostWebhook(secret, tools.http, values.get("channel", ""))
    if not values.get("server") or not values.get("channel"):
        raise ChannelError(
            "With a personal access token, Mattermost needs the server address and a channel id."
        )
    return MattermostApi(values["server"], values["channel"], secret, tools.http)


_URL_HELP = "https://…"
KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec("clipboard", "Clipboard", (), _clipboard),
        KindSpec(
            "file",
            "File (.md or .html)",
            (
                FieldSpec("folder", "Folder"),
                FieldSpec("format", "Format", False, default="md", choices=("md", "html")),
            ),
            _file,
        ),
        KindSpec(
            "email",
            "E-mail",
            (
                FieldSpec("to", "To (comma-separated)"),
                FieldSpec("from", "From", False),
                FieldSpec("smtp_host", "SMTP server (empty: use the mail program)", False),
                FieldSpec("smtp_port", "SMTP port", False),
                FieldSpec(
                    "security",
                    "Security",
                    False,
                    default="starttls",
                    choices=("starttls", "tls", "none"),
                ),
                FieldSpec("username", "SMTP user name", False),
                FieldSpec("password", "SMTP password", False, secret=True),
            ),
            _email,
        ),
        KindSpec(
            "slack",
            "Slack (incoming webhook)",
            (FieldSpec("webhook_url", "Webhook URL", secret=True, is_url=True),),
            lambda v, s, t: SlackWebhook(s, t.http),
        ),
        KindSpec(
            "teams",
            "Microsoft Teams (Workflows webhook)",
            (FieldSpec("workflow_url", "Workflow URL", secret=True, is_url=True),),
            lambda v, s, t: TeamsWorkflow(s, t.http),
        ),
        KindSpec(
            "mattermost",
            "Mattermost",
            (
                FieldSpec("server", "Server (for a token)", False, is_url=True),
                FieldSpec("channel", "Channel id (token) or name (webhook)", False),
                FieldSpec("secret", "Incoming webhook URL or personal access token", secret=True),
            ),
            _mattermost,
        ),
        KindSpec(
            "matrix",
            "Matrix",
            (
                FieldSpec("homeserver", "Homeserver", is_url=True),
                FieldSpec("room", "Room id or alias"),
                FieldSpec("user", "User id", False),
                FieldSpec("access_token", "Access token", secret=True),
            ),
            lambda v, s, t: MatrixRoom(v["homeserver"], v["room"], s, t.http),
        ),
        KindSpec(
            "mastodon",
            "Mastodon",
            (
                FieldSpec("server", "Server", is_url=True),
                FieldSpec(
                    "visibility",
                    "Visibility",
                    False,
                    default="public",
                    choices=("public", "unlisted", "private", "direct"),
                ),
                FieldSpec("access_token", "Access token", secret=True),
            ),
            lambda v, s, t: MastodonAccount(
                v["server"], s, t.http, v.get("visibility") or "public"
            ),
        ),
        KindSpec(
            "viva-engage",
            "Viva Engage",
            (
                FieldSpec("group_id", "Community (group) id", False),
                FieldSpec("server", "API server", False, is_url=True),
                FieldSpec("access_token", "Access token", secret=True),
            ),
            lambda v, s, t: VivaEngageCommunity(
                s, t.http, v.get("group_id", ""), v.get("server", "")
            ),
        ),
        KindSpec(
            "discourse",
            "Discourse",
            (
                FieldSpec("server", "Forum", is_url=True),
                FieldSpec("username", "User name"),
                FieldSpec("category", "Category id", False),
                FieldSpec("api_key", "API key", secret=True),
            ),
            lambda v, s, t: DiscourseForum(
                v["server"], v["username"], s, t.http, v.get("category", "")
            ),
        ),
        KindSpec(
            "webhook",
            "Webhook (Standard Webhooks signing)",
            (
                FieldSpec("url", "Receiver URL", is_url=True),
                FieldSpec("signing_secret", "Signing secret (whsec_…)", secret=True),
            ),
            lambda v, s, t: SignedWebhook(v["url"], s, t.http),
        ),
    )
}


def problems(kind: str, values: Mapping[str, str], secret: str | None) -> list[str]:
    """Sentences about what is missing or malformed, before anything is saved or sent."""
    spec = KINDS.get(kind)
    if spec is None:
        return [f"Ponder cannot post to {kind!r}; it knows {', '.join(KINDS)}."]
    found: list[str] = []
    for item in spec.fields:
        value = (secret or "") if item.secret else values.get(item.name, "")
        if item.required and not value:
            found.append(f"{spec.label} needs {item.label.lower()}.")
        elif value and item.choices and value not in item.choices:
            found.append(f"{item.label} must be one of {', '.join(item.choices)}.")
        elif value and item.is_url and not value.startswith(("https://", "http://")):
            found.append(f"{item.label} must start with https://.")
    unknown = set(values) - {f.name for f in spec.public_fields}
    found.extend(f"{spec.label} has no field {name!r}." for name in sorted(unknown))
    return found


def build(kind: str, values: Mapping[str, str], secret: str | None, tools: Tools) -> Channel:
    """The channel for an account, or a ChannelError saying what is missing."""
    found = problems(kind, values, secret)
    if found:
        raise ChannelError(" ".join(found))
    return KINDS[kind].build(values, secret or "", tools)
