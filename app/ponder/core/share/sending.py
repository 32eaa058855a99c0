"""From a draft and an account to what is shown, what is sent, and what is noted afterwards.

`prepare(library, draft, account, *, private_terms, limits=None) -> Prepared` is pure and fast
(no network, no keyring): it renders the draft for the account's network, measures it, splits
it into a numbered thread where the network takes replies, and lists the privacy findings.
`send(library, prepared, channel, *, accept_findings=False, now=None) -> SendResult` posts it
(blocking: call it off the UI thread) and notes the post in the draft and its source notes.

Who reads a post decides which privacy checks apply: `AUDIENCES` maps each channel kind to
"public" (Mastodon, Discourse, webhooks, the clipboard — it can be pasted anywhere) or
"internal" (Slack, Teams, Mattermost, Matrix, Viva Engage, e-mail, a file on this computer).
A public audience adds the check for drafts marked internal.

Mastodon's limit is the instance's: pass `limits=instance_limits(channel)` (one request to
`/api/v2/instance`, so off the UI thread) to measure against it; the defaults assume 500.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ponder.core.library import Library
from ponder.core.messages import Message, said
from ponder.core.model import Changes, NotePath
from ponder.core.share import formats, limits
from ponder.core.share.accounts import Account
from ponder.core.share.attribution import for_readers
from ponder.core.share.channels import Channel, Outgoing, PostResult
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.channels.spec import Audience
from ponder.core.share.drafts import public_links, record_shared
from ponder.core.share.formats import Rendered, Target
from ponder.core.share.limits import LengthCheck, Limits, ThreadError
from ponder.core.share.privacy import Finding, check_privacy

TARGETS: Mapping[str, Target] = {name: spec.dialect for name, spec in KINDS.items()}
"""The rendering each channel kind posts (its declared dialect)."""

AUDIENCES: Mapping[str, Audience] = {name: spec.audience for name, spec in KINDS.items()}
"""Who reads what each channel kind posts; an unknown kind counts as public."""


class SendError(ValueError):
    """A prepared post that must not go out as it is; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A draft ready for one account: shown as `parts` (what is posted, in order), measured by
    `checks` (one per part), and looked over in `findings`. `problem` says why it cannot be
    sent as it is (too long where the network has no replies); None when it can."""

    draft: NotePath
    account: str
    kind: str
    audience: Audience
    rendered: Rendered
    parts: tuple[str, ...]
    checks: tuple[LengthCheck, ...]
    findings: tuple[Finding, ...]
    outgoing: Outgoing
    problem: str | None = None

    @property
    def ready(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class SendResult:
    """Where the post landed, and the notes changed by recording it."""

    result: PostResult
    changes: Changes


def prepare(
    library: Library,
    draft: NotePath,
    account: Account,
    *,
    private_terms: Sequence[str],
    limits: Limits | None = None,
) -> Prepared:
    """Render, measure, split and check `draft` for `account` (public fields only)."""
    note = library.read(draft)
    shown = for_readers(library, note.text)
    spec = KINDS.get(account.kind)
    target = spec.dialect if spec else Target.WEBHOOK
    rendered = formats.render(shown, target, links=public_links(library))
    audience = spec.audience if spec else "public"
    findings = check_privacy(
        note.text, library=library, private_terms=private_terms, audience=audience
    )
    parts, checks, problem = _measure(account, rendered, limits or Limits())
    outgoing = _outgoing(rendered, parts, str(note.id or draft))
    return Prepared(
        draft,
        account.name,
        account.kind,
        audience,
        rendered,
        parts,
        checks,
        tuple(findings),
        outgoing,
        problem,
    )


def instance_limits(channel: Channel, base: Limits | None = None) -> Limits:
    """`base` (the defaults) with what the server says of its limits, for the channels that
    declare how to ask (Mastodon's instance limit). Blocking; may raise a ChannelError."""
    base = base or Limits()
    spec = KINDS.get(channel.kind)
    return spec.server_limits(channel, base) if spec and spec.server_limits else base


def send(
    library: Library,
    prepared: Prepared,
    channel: Channel,
    *,
    accept_findings: bool = False,
    now: datetime | None = None,
) -> SendResult:
    """Post `prepared` through `channel`, then add a `shared:` entry to the draft and to each
    source note, and note in the draft's `delivery:` that the account took it.

    Refuses (SendError) a post with a `problem`, or with privacy findings unless the person
    accepted them. The channel's errors pass through as they are: DeliveryUnknown means the
    post may have arrived, so ask before sending again; nothing is recorded on any error
    (the caller notes a failure with `drafts.record_failure`).
    """
    if prepared.problem is not None:
        raise SendError(prepared.problem)
    if prepared.findings and not accept_findings:
        raise SendError(
            Message(
                "The draft has privacy findings ({count}); look at them, then "
                "send again accepting them.",
                count=len(prepared.findings),
            )
        )
    result = channel.post(prepared.outgoing)
    at = now or datetime.now().astimezone()
    changes = record_shared(
        library,
        prepared.draft,
        channel=prepared.kind,
        account=prepared.account,
        url_or_id=result.url_or_id or "",
        at=at,
        post_id=result.post_id,
    )
    return SendResult(result, changes)


def _measure(
    account: Account, rendered: Rendered, chosen: Limits
) -> tuple[tuple[str, ...], tuple[LengthCheck, ...], str | None]:
    """(parts, their checks, the problem) — one part unless too long for a threaded network."""
    spec = KINDS.get(account.kind)
    whole = spec.measure(rendered, chosen) if spec else limits.unlimited(rendered, chosen)
    splitter = spec.thread(account.fields, chosen) if spec and spec.thread else None
    if whole.ok or splitter is None or whole.limit is None:
        problem = None if whole.ok else _too_long(account, whole)
        return (rendered.text,), (whole,), problem
    limit, counter = splitter
    try:
        parts = limits.split_thread(rendered.text, limit, counter)
    except ThreadError as exc:
        return (
            (rendered.text,),
            (whole,),
            Message("This cannot be split into posts: {error}.", error=said(exc)),
        )
    checks = tuple(LengthCheck(counter(p), limit, whole.unit, counter(p) <= limit) for p in parts)
    return tuple(parts), checks, None


def _too_long(account: Account, check: LengthCheck) -> str:
    if check.count < check.minimum:
        return Message(
            "The post is {count} {unit}; {account} needs at least {minimum}. Write a little more.",
            count=check.count,
            unit=check.unit,
            account=account.label,
            minimum=check.minimum,
        )
    return Message(
        "The post is {count} {unit}; {account} allows {limit}, and "
        "cannot split it into replies. Shorten the draft.",
        count=check.count,
        unit=check.unit,
        account=account.label,
        limit=check.limit,
    )


def _outgoing(rendered: Rendered, parts: Sequence[str], draft_id: str) -> Outgoing:
    """The post in every form a channel may read (see `Outgoing`); a split post goes without
    its HTML, which holds the whole text."""
    first, thread = parts[0], tuple(parts[1:])
    return Outgoing(
        first,
        html=rendered.html if not thread else None,
        markdown=first if rendered.markdown else None,
        card=rendered.card,
        plain=rendered.plain,
        title=rendered.title or None,
        thread=thread,
        draft_id=draft_id,
    )
