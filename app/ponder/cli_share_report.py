"""What the share commands print: accounts, dry runs, privacy refusals and post outcomes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ponder.core.share.accounts import Accounts
from ponder.core.share.channels import (
    AuthFailed,
    ChannelError,
    DeliveryUnknown,
    PostResult,
    RateLimited,
    Rejected,
)
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.credentials import CredentialStore
from ponder.core.share.delivery import PARTIAL
from ponder.core.share.privacy import Finding
from ponder.core.share.sending import Prepared

if TYPE_CHECKING:
    from ponder.output import Output

_ERROR_KINDS: tuple[tuple[type[ChannelError], str], ...] = (
    (DeliveryUnknown, "delivery-unknown"),
    (RateLimited, "rate-limited"),
    (AuthFailed, "auth-failed"),
    (Rejected, "rejected"),
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one target: the post, or the sentence saying why not."""

    prepared: Prepared
    result: PostResult | None
    error: str | None
    error_kind: str | None


def error_kind(exc: ChannelError) -> str:
    """A stable name for scripts; `delivery-unknown` means: check before sending again."""
    return next((name for cls, name in _ERROR_KINDS if isinstance(exc, cls)), "failed")


def accounts(store: Accounts, credentials: CredentialStore, out: Output, *, as_json: bool) -> None:
    rows = [
        {
            "name": account.name,
            "kind": account.kind,
            "label": account.label,
            "fields": dict(account.fields),
            "secret": _secret_state(account.name, account.kind, credentials),
        }
        for account in store.all()
    ]
    if as_json:
        out.json(
            {"accounts": rows, "persistent": credentials.persistent, "warning": credentials.warning}
        )
        return
    for account, row in zip(store.all(), rows, strict=True):
        fields = "  ".join(f"{key}={value}" for key, value in account.fields.items())
        out.line(f"{account.name}  {account.kind}  secret: {row['secret']}  {fields}".rstrip())
    if not rows:
        out.line("No accounts yet; add one with `ponder accounts add NAME --channel KIND`.")
    if credentials.warning:
        out.warn(credentials.warning)
        out.warn("A secret given to `ponder accounts add` here is gone when that command ends.")


def _secret_state(name: str, kind: str, credentials: CredentialStore) -> str:
    """ "keyring" (kept), "session" (gone when Ponder ends), "missing", or "none" (not needed)."""
    spec = KINDS.get(kind)
    if spec is None or spec.secret_field is None:
        return "none"
    if credentials.get(name) is None:
        return "missing"
    return "keyring" if credentials.persistent else "session"


def dry_run(prepared: Sequence[Prepared], draft_text: str, out: Output, *, as_json: bool) -> None:
    if as_json:
        out.json({"dry_run": True, "targets": [_target_json(p, draft_text) for p in prepared]})
        return
    for item in prepared:
        out.line(f"=== {item.account} ({item.kind}, {item.audience} audience) ===")
        total = len(item.parts)
        for number, (text, check) in enumerate(zip(item.parts, item.checks, strict=True), 1):
            mark = "fits" if check.ok else "TOO LONG"
            limit = f"/{check.limit}" if check.limit is not None else " (no limit)"
            out.line(f"--- part {number}/{total}: {check.count}{limit} {check.unit}, {mark}")
            out.line(_shown(item, text))
        if item.problem:
            out.line(f"!!! {item.problem}")
        _findings(item.findings, draft_text, out)
    out.line("Dry run: nothing was sent.")


def _shown(item: Prepared, text: str) -> str:
    """The part as it goes out (a Teams post is its Adaptive Card)."""
    card = item.outgoing.card
    if card is not None:
        return json.dumps(card, ensure_ascii=False, indent=2)
    return text


def _findings(findings: Sequence[Finding], draft_text: str, out: Output) -> None:
    if not findings:
        out.line("Privacy: nothing found.")
        return
    out.line(f"Privacy: {len(findings)} to look at:")
    for finding in findings:
        line = draft_text.count("\n", 0, finding.position) + 1
        out.line(f"  line {line}: {finding.kind} {finding.excerpt!r} — {finding.advice}")


def refusal(prepared: Sequence[Prepared], draft_text: str, out: Output, *, as_json: bool) -> None:
    """Nothing was sent: say what was found, and how to send anyway."""
    message = (
        "Nothing was sent: the draft has privacy findings. Edit the draft, or run again with "
        "--yes to send it as it is."
    )
    if as_json:
        targets = [_target_json(p, draft_text) for p in prepared]
        out.json({"sent": False, "error": message, "targets": targets})
        return
    for item in prepared:
        if item.findings:
            out.line(f"=== {item.account} ({item.kind}, {item.audience} audience) ===")
            _findings(item.findings, draft_text, out)
    out.error(message)


def outcomes(
    results: Sequence[Outcome], out: Output, *, as_json: bool, status: str | None = None
) -> None:
    """Each target's outcome; and, when only some took the post, that the draft is now
    partly posted (`status: partial`) and how to send to the rest."""
    if as_json:
        targets = [_outcome_json(o) for o in results]
        out.json({"sent": True, "status": status, "targets": targets})
        return
    for outcome in results:
        name = outcome.prepared.account
        if outcome.error is not None:
            out.error(f"{name}: {outcome.error}")
        elif outcome.result is not None:
            out.line(f"{name}: {_where(outcome.result)}")
    failed = [o.prepared.account for o in results if o.error is not None]
    if status == PARTIAL and failed:
        again = " ".join(f"--to {name}" for name in failed)
        draft = results[0].prepared.draft
        out.warn(
            f"the draft is partly posted (status: partial); to send the rest: "
            f"ponder share {draft} {again}"
        )


def _where(result: PostResult) -> str:
    if result.url_or_id:
        return result.url_or_id
    if result.delivered is None:
        return "handed over; the network did not say whether it arrived"
    return "posted (the network gives no link)"


def _target_json(item: Prepared, draft_text: str) -> dict[str, object]:
    return {
        "account": item.account,
        "kind": item.kind,
        "audience": item.audience,
        "parts": [
            {
                "text": _shown(item, text),
                "count": c.count,
                "limit": c.limit,
                "unit": c.unit,
                "ok": c.ok,
            }
            for text, c in zip(item.parts, item.checks, strict=True)
        ],
        "problem": item.problem,
        "findings": [
            {
                "kind": f.kind,
                "excerpt": f.excerpt,
                "advice": f.advice,
                "line": draft_text.count("\n", 0, f.position) + 1,
            }
            for f in item.findings
        ],
    }


def _outcome_json(outcome: Outcome) -> dict[str, object]:
    result = outcome.result
    return {
        "account": outcome.prepared.account,
        "kind": outcome.prepared.kind,
        "posted": result is not None,
        "url": result.url_or_id if result else None,
        "delivered": result.delivered if result else None,
        "error": outcome.error,
        "error_kind": outcome.error_kind,
    }
