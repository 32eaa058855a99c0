"""The share commands of `ponder`: make a draft, manage accounts, share a draft to them.

Secrets are read from a prompt without echo (or one line of standard input), never from an
argument. Without a secure keyring they last only as long as the process that was given them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import webbrowser
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ponder import cli_share_report as report
from ponder.core import settings
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.note_refs import resolve_note
from ponder.core.share import drafts, schedule, sending, templates
from ponder.core.share.accounts import AccountError, Accounts
from ponder.core.share.channels import Channel, ChannelError, DeliveryUnknown
from ponder.core.share.channels.clipboard import ClipboardWriter, CommandClipboard
from ponder.core.share.channels.registry import KINDS, KindSpec, Tools
from ponder.core.share.credentials import CredentialStore

if TYPE_CHECKING:
    from ponder.output import Output

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 4
FLAG_NAMES = {"channel": "mattermost-channel"}
"""Fields whose flag is not their name (`--channel` names the kind of account)."""


class ShareCliError(Exception):
    """A share command that cannot go on, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = sub.add_parser("draft", help="make a share draft from notes; prints its path last")
    draft.add_argument("notes", nargs="*", metavar="NOTE", help="a note, by path, id or title")
    draft.add_argument("--template", choices=templates.TEMPLATES, default="insight")
    draft.add_argument("--title", help="the draft's title (default: from the template)")

    accounts = sub.add_parser("accounts", help="add, list or remove the accounts you share to")
    actions = accounts.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add an account (its secret is asked for, never given as an argument)",
        epilog=_kinds_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("name")
    add.add_argument("--channel", required=True, choices=list(KINDS), metavar="KIND")
    for name in sorted({f.name for spec in KINDS.values() for f in spec.public_fields}):
        add.add_argument(_flag(name), dest=f"field_{name}", metavar=name.upper())
    listing = actions.add_parser("list", help="list the accounts and where their secrets are")
    listing.add_argument("--json", action="store_true", help="stable output for scripts")
    remove = actions.add_parser("remove", help="remove an account and its secret")
    remove.add_argument("name")

    share = sub.add_parser("share", help="share a draft to one or more accounts")
    share.add_argument("draft", metavar="DRAFT", help="a draft, by path, id or title")
    share.add_argument("--to", action="append", required=True, metavar="ACCOUNT")
    share.add_argument(
        "--dry-run", action="store_true", help="show what would be sent; send nothing"
    )
    share.add_argument("--yes", action="store_true", help="send despite the privacy findings")
    share.add_argument(
        "--at",
        metavar="TIME",
        help='post later, e.g. "2026-12-07 09:00" (sent when Ponder runs at or after it)',
    )
    share.add_argument("--json", action="store_true", help="stable output for scripts")


def _flag(field: str) -> str:
    return "--" + FLAG_NAMES.get(field, field).replace("_", "-")


def _kinds_help() -> str:
    lines = ["kinds and their fields (* required):"]
    for spec in KINDS.values():
        flags = " ".join(_flag(f.name) + ("*" if f.required else "") for f in spec.public_fields)
        secret = f"; secret: {spec.secret_field.label.lower()}" if spec.secret_field else ""
        lines.append(f"  {spec.name:<12} {flags or '(none)'}{secret}")
    return "\n".join(lines)


def cmd_draft(library: Library, args: argparse.Namespace, out: Output, _loaded: object) -> int:
    if not args.notes and args.template != "weekly":
        raise ShareCliError(
            "Name at least one NOTE (only the weekly draft needs none).", EXIT_USAGE
        )
    library.reconcile()
    sources = [resolve_note(library, ref) for ref in args.notes]
    path, _changes = drafts.new_draft(library, sources, template=args.template, title=args.title)
    out.line(str(library.root / path))
    return EXIT_OK


@dataclass(frozen=True, slots=True)
class _Context:
    accounts: Accounts
    credentials: CredentialStore


def context_of(args: argparse.Namespace, out: Output) -> _Context:
    store = getattr(args, "credentials", None)
    credentials = store if isinstance(store, CredentialStore) else CredentialStore()
    accounts = Accounts.in_dirs(settings.Dirs.for_user(), credentials)
    for problem in accounts.problems:
        out.warn(problem)
    return _Context(accounts, credentials)


def cmd_accounts(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    context = context_of(args, out)
    try:
        if args.accounts_action == "add":
            return _add(context, args, out)
        if args.accounts_action == "remove":
            context.accounts.remove(args.name)
            out.line(f"Removed {args.name} and its secret.")
            return EXIT_OK
    except AccountError as exc:
        raise ShareCliError(str(exc), EXIT_USAGE) from None
    report.accounts(context.accounts, context.credentials, out, as_json=args.json)
    return EXIT_OK


def _add(context: _Context, args: argparse.Namespace, out: Output) -> int:
    spec = KINDS[args.channel]
    values = _fields(args, spec)
    secret = _read_secret(spec)
    account = context.accounts.add(args.name, spec.name, values, secret)
    credentials = context.credentials
    if spec.secret_field is None or credentials.persistent:
        out.line(f"Added {account.label}.")
        return EXIT_OK
    out.warn(credentials.warning or "Secrets are kept for this session only.")
    out.warn(
        "This command ends now, and the secret with it: `ponder share` in a later run will not "
        "find it. Unlock or install a Secret Service and add the account again."
    )
    out.line(f"Added {account.label}; its secret lasts only for this run.")
    return EXIT_OK


def _fields(args: argparse.Namespace, spec: KindSpec) -> dict[str, str]:
    given = {
        key.removeprefix("field_"): value
        for key, value in vars(args).items()
        if key.startswith("field_") and value is not None
    }
    allowed = {f.name for f in spec.public_fields}
    unknown = sorted(set(given) - allowed)
    missing = [f.name for f in spec.public_fields if f.required and not given.get(f.name)]
    if unknown or missing:
        what = ", ".join(_flag(n) for n in unknown) if unknown else ""
        lack = ", ".join(_flag(n) for n in missing) if missing else ""
        said = f"does not take {what}" if unknown else f"needs {lack}"
        raise ShareCliError(f"{spec.label} {said}. {_needs(spec)}", EXIT_USAGE)
    return given


def _needs(spec: KindSpec) -> str:
    flags = [_flag(f.name) + ("" if f.required else " (optional)") for f in spec.public_fields]
    text = f"It takes {', '.join(flags)}." if flags else "It takes no fields."
    if spec.secret_field is not None:
        text += (
            f" The {spec.secret_field.label.lower()} is its secret: Ponder asks for it, or reads "
            "one line of standard input, and never takes it as an argument."
        )
    return text


def _read_secret(spec: KindSpec) -> str | None:
    field = spec.secret_field
    if field is None:
        return None
    if sys.stdin.isatty():
        secret = getpass.getpass(f"{field.label} (not shown): ")
    else:
        secret = sys.stdin.readline().strip()
    if field.required and not secret:
        raise ShareCliError(
            f"No {field.label.lower()} was given: type it at the prompt, or pipe one line into "
            "`ponder accounts add`.",
            EXIT_USAGE,
        )
    return secret or None


def cmd_share(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    context = context_of(args, out)
    library.reconcile()
    draft = resolve_note(library, args.draft)
    if library.read(draft).kind is not Kind.DRAFT:
        raise ShareCliError(f"{draft} is not a draft; make one with `ponder draft {args.draft!r}`.")
    prefs = loaded.settings if isinstance(loaded, settings.LoadedSettings) else settings.Settings()
    try:
        accounts = [context.accounts.get(name) for name in dict.fromkeys(args.to)]
    except AccountError as exc:
        raise ShareCliError(str(exc), EXIT_USAGE) from None
    terms = prefs.private_terms
    prepared = [sending.prepare(library, draft, a, private_terms=terms) for a in accounts]
    if args.dry_run:
        report.dry_run(prepared, library.read(draft).text, out, as_json=args.json)
        return EXIT_OK
    if any(p.findings for p in prepared) and not args.yes:
        report.refusal(prepared, library.read(draft).text, out, as_json=args.json)
        return EXIT_FAILED
    if args.at:
        return _schedule(library, draft, prepared, args, out)
    outcomes = [_send_one(library, context, p, terms) for p in prepared]
    status = library.read(draft).front.get("status")
    report.outcomes(outcomes, out, as_json=args.json, status=str(status) if status else None)
    return EXIT_FAILED if any(o.error for o in outcomes) else EXIT_OK


def _schedule(
    library: Library,
    draft: NotePath,
    prepared: list[sending.Prepared],
    args: argparse.Namespace,
    out: Output,
) -> int:
    """Note the post in the draft for later; `ponder scheduled --send` or the window sends it."""
    problems = [f"{p.account}: {p.problem}" for p in prepared if p.problem]
    if problems:
        raise ShareCliError(" ".join(problems))
    now = datetime.now().astimezone()
    try:
        at = schedule.parse_time(args.at, now)
    except drafts.DraftError as exc:
        raise ShareCliError(str(exc), EXIT_USAGE) from None
    names = [p.account for p in prepared]
    schedule.schedule(library, draft, names, at, accept_findings=args.yes)
    out.line(f"Scheduled for {at:%Y-%m-%d %H:%M %z}: {', '.join(names)}.")
    return EXIT_OK


def _send_one(
    library: Library, context: _Context, prepared: sending.Prepared, terms: tuple[str, ...]
) -> report.Outcome:
    """Post to one account; a failure becomes the sentence to show, not an exception."""
    try:
        channel = channel_for_account(context, prepared.account)
        limits = sending.instance_limits(channel)
        again = sending.prepare(
            library,
            prepared.draft,
            context.accounts.get(prepared.account),
            private_terms=terms,
            limits=limits,
        )
        sent = sending.send(library, again, channel, accept_findings=True)
    except (AccountError, sending.SendError) as exc:
        return report.Outcome(prepared, None, str(exc), "refused")
    except ChannelError as exc:
        drafts.record_failure(
            library,
            prepared.draft,
            account=prepared.account,
            reason=exc.message,
            unknown=isinstance(exc, DeliveryUnknown),
        )
        return report.Outcome(prepared, None, exc.message, report.error_kind(exc))
    return report.Outcome(prepared, sent.result, None, None)


def channel_for_account(context: _Context, name: str) -> Channel:
    account = context.accounts.get(name)
    secret = KINDS[account.kind].secret_field
    credentials = context.credentials
    if secret is not None and secret.required and credentials.get(name) is None:
        if not credentials.persistent:
            raise AccountError(
                f"The secret of {name!r} is not stored: this computer has no secure keyring, so "
                "a secret given to `ponder accounts add` lasted only for that run. Install and "
                "unlock GNOME Keyring or KWallet and add the account again, or share from the "
                "Ponder window."
            )
        raise AccountError(f"The secret of {name!r} is not in the keyring; add the account again.")
    return context.accounts.channel(name, _tools(account.kind))


def _tools(kind: str) -> Tools:
    wanted = KINDS[kind].uses_clipboard
    clipboard: ClipboardWriter | None = CommandClipboard.detect() if wanted else None
    return Tools(clipboard=clipboard, open_url=_open_url)


def _open_url(url: str) -> None:
    if not webbrowser.open(url):
        raise ChannelError("Ponder could not open your mail program; set an SMTP server instead.")
