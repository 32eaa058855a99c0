"""`ponder responses`: the response to shared drafts — read back where the network allows,
recorded by hand where it does not."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ponder.cli_share import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    ShareCliError,
    channel_for_account,
    context_of,
)
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.note_refs import resolve_note
from ponder.core.share import history, responses
from ponder.core.share.accounts import AccountError
from ponder.core.share.channels import Channel
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.drafts import DraftError
from ponder.core.share.refresh import ReadOutcome, refresh
from ponder.core.share.responses import SharedPost

if TYPE_CHECKING:
    from ponder.output import Output


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "responses",
        help="what came back from shared drafts: likes, boosts, reactions, replies",
        description="Without --refresh, what was last read (kept in each draft's front matter). "
        "A post is read at most once per 15 minutes.",
    )
    parser.add_argument("draft", nargs="?", metavar="DRAFT", help="one draft (default: all)")
    parser.add_argument("--refresh", action="store_true", help="read the networks now")
    parser.add_argument("--json", action="store_true", help="stable output for scripts")
    hand = parser.add_argument_group("record a response by hand (a network Ponder cannot read)")
    hand.add_argument("--record", metavar="WHERE", help='e.g. "team meeting" or an account')
    for name in responses.COUNTS:
        hand.add_argument(f"--{name}", type=int, metavar="N")
    hand.add_argument("--note", default="", help='e.g. "asked for the slides"')
    keep = parser.add_mutually_exclusive_group()
    keep.add_argument("--keep-replies", metavar="ACCOUNT", help="save its replies as notes")
    keep.add_argument("--no-keep-replies", metavar="ACCOUNT", help="stop saving them")


def cmd_responses(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    drafts = [resolve_note(library, args.draft)] if args.draft else _shared_drafts(library)
    now = datetime.now().astimezone()
    if args.record is not None:
        if len(drafts) != 1 or not args.draft:
            raise ShareCliError("Name the DRAFT the response belongs to.", EXIT_USAGE)
        counts = {n: v for n in responses.COUNTS if (v := getattr(args, n)) is not None}
        try:
            responses.record_by_hand(library, drafts[0], where=args.record, counts=counts,
                                     note=args.note, at=now)  # fmt: skip
        except DraftError as exc:
            raise ShareCliError(str(exc), EXIT_USAGE) from None
    if args.keep_replies or args.no_keep_replies:
        _keep(library, drafts, args.keep_replies or args.no_keep_replies, bool(args.keep_replies))
    outcomes: dict[tuple[str, str], ReadOutcome] = {}
    if args.refresh:
        outcomes = _refresh(library, drafts, args, out, now)
    _report(library, drafts, outcomes, out, as_json=args.json)
    return EXIT_FAILED if any(o.error for o in outcomes.values()) else EXIT_OK


def _shared_drafts(library: Library) -> list[NotePath]:
    return [info.path for info in history.list_drafts(library) if info.shared]


def _keep(library: Library, drafts: list[NotePath], account: str, keep: bool) -> None:
    posts = [p for d in drafts for p in responses.shared_posts(library, d) if p.account == account]
    if not posts:
        raise ShareCliError(f"No post of these drafts went to {account!r}.", EXIT_USAGE)
    for post in posts:
        responses.set_keep_replies(library, post, keep)


def _refresh(
    library: Library, drafts: list[NotePath], args: argparse.Namespace, out: Output, now: datetime
) -> dict[tuple[str, str], ReadOutcome]:
    context = context_of(args, out)

    def channel_for(post: SharedPost) -> Channel:
        try:
            return channel_for_account(context, post.account)
        except AccountError as exc:
            raise ValueError(str(exc)) from None

    def secrets_for(post: SharedPost) -> tuple[str, ...]:
        secret = context.credentials.get(post.account)
        return (secret,) if secret else ()

    found, _changes = refresh(library, drafts, channel_for, now=lambda: now,
                              secrets_for=secrets_for)  # fmt: skip
    return {o.post.key: o for o in found}


def _report(
    library: Library,
    drafts: list[NotePath],
    outcomes: dict[tuple[str, str], ReadOutcome],
    out: Output,
    *,
    as_json: bool,
) -> None:
    rows = [_draft_row(library, draft, outcomes) for draft in drafts]
    if as_json:
        out.json({"drafts": rows})
        return
    if not rows:
        out.line("No draft has been shared yet.")
    for row in rows:
        out.line(f"{row['title']} ({row['path']})")
        for post in row["posts"]:
            out.line("  " + _post_line(post))
        for hand in row["by_hand"]:
            said = f' "{hand["note"]}"' if hand.get("note") else ""
            out.line(f"  by hand, {hand['where']}: {_counts(hand['counts'])}{said}".rstrip())


def _draft_row(
    library: Library, draft: NotePath, outcomes: dict[tuple[str, str], ReadOutcome]
) -> dict[str, Any]:
    posts = []
    for post in responses.shared_posts(library, draft):  # read again: a refresh changed them
        spec = KINDS.get(post.channel)
        outcome = outcomes.get(post.key)
        posts.append({
            "account": post.account,
            "channel": post.channel,
            "url": post.ref.url,
            "can_read": bool(spec and spec.read_back.possible),
            "how": spec.read_back.how if spec else "",
            "counts": post.counts(),
            "read": post.read.isoformat() if post.read else None,
            "error": outcome.error if outcome else None,
            "next_read": outcome.next_read.isoformat() if outcome and outcome.next_read else None,
        })  # fmt: skip
    hands = [
        {"where": str(e.get("account")), "counts": SharedPost.counts_of(e),
         "note": str(e.get("note") or ""), "read": str(e.get("read") or "")}
        for e in responses.by_hand(library, draft)
    ]  # fmt: skip
    note = library.read(draft)
    return {"path": draft, "title": note.title, "posts": posts, "by_hand": hands}


def _post_line(post: dict[str, Any]) -> str:
    head = f"{post['account']} ({post['channel']})"
    if not post["can_read"]:
        return f"{head}: {post['how']}"
    counts = post["counts"]
    shown = _counts(counts) if isinstance(counts, dict) and counts else "not read yet"
    read = f", read {str(post['read'])[:16].replace('T', ' ')}" if post["read"] else ""
    error = f" — {post['error']}" if post["error"] else ""
    return f"{head}: {shown}{read}{error}"


def _counts(counts: object) -> str:
    if not isinstance(counts, dict) or not counts:
        return ""
    return " · ".join(f"{name} {value}" for name, value in counts.items())
