"""`ponder scheduled`: the posts waiting for their time; send the due ones, or cancel one."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ponder.cli_share import (
    EXIT_FAILED,
    EXIT_OK,
    ShareCliError,
    channel_for_account,
    context_of,
)
from ponder.core import settings
from ponder.core.library import Library
from ponder.core.note_refs import resolve_note
from ponder.core.share import schedule
from ponder.core.share.accounts import AccountError

if TYPE_CHECKING:
    from ponder.output import Output


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("scheduled", help="posts waiting for their time (ponder share --at)")
    parser.add_argument("--send", action="store_true", help="send the posts whose time has come")
    parser.add_argument(
        "--yes", action="store_true", help="also send those whose time passed while closed"
    )
    parser.add_argument("--cancel", metavar="DRAFT", help="cancel a draft's scheduled posts")
    parser.add_argument("--json", action="store_true", help="stable output for scripts")


def cmd_scheduled(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    library.reconcile()
    if args.cancel:
        schedule.unschedule(library, resolve_note(library, args.cancel))
    now = datetime.now().astimezone()
    failed = 0
    if args.send:
        failed = _send_due(library, args, out, loaded, now)
    items = schedule.pending(library)
    if args.json:
        out.json({"scheduled": [
            {"draft": s.draft, "title": s.title, "account": s.account, "at": s.at.isoformat(),
             "due": s.at <= now, "error": s.error}
            for s in items
        ]})  # fmt: skip
    elif not items:
        out.line("Nothing is scheduled.")
    for item in items if not args.json else ():
        state = f" — could not be sent: {item.error}" if item.error else ""
        due = " (due)" if item.at <= now and not item.error else ""
        out.line(f"{item.at:%Y-%m-%d %H:%M}{due}  {item.account}  {item.title}{state}")
    return EXIT_FAILED if failed else EXIT_OK


def _send_due(
    library: Library, args: argparse.Namespace, out: Output, loaded: object, now: datetime
) -> int:
    """Send what is due. From the command line every due post's time passed while no Ponder
    was running to send it, so each needs --yes, as the window asks."""
    context = context_of(args, out)
    prefs = loaded.settings if isinstance(loaded, settings.LoadedSettings) else settings.Settings()
    failed = 0
    for item in schedule.due(library, now):
        if not args.yes:
            out.warn(f"{item.title} → {item.account} was due at {item.at:%Y-%m-%d %H:%M}; "
                     "send it with --yes, or cancel it.")  # fmt: skip
            continue
        try:
            account = context.accounts.get(item.account)
            channel = channel_for_account(context, item.account)
        except (AccountError, ShareCliError) as exc:
            error = str(exc)
        else:
            terms = prefs.private_terms
            sent = schedule.send_scheduled(library, item, account, channel, private_terms=terms,
                                           now=now)  # fmt: skip
            error = sent or ""
        if error:
            failed += 1
            out.warn(f"{item.title} → {item.account}: {error}")
        else:
            out.line(f"Sent {item.title} → {item.account}.")
    return failed
