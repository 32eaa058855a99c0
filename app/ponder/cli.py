"""The `ponder` command: keep a journal, write and search notes from a terminal.

Exit codes: 0 success; 1 the operation failed (the message says why); 2 the command line
was wrong; 3 the vault could not be opened; 4 no such note; 5 `doctor` found problems.
A closed pipe (`ponder list | head -1`) ends the command quietly with 0.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ponder import (
    __version__,
    cli_capture,
    cli_feeds,
    cli_links,
    cli_responses,
    cli_schedule,
    cli_sense,
    cli_share,
    cli_vault,
)
from ponder.core import doctor, logfiles, settings
from ponder.core.index import Hit, SearchResults
from ponder.core.library import Library
from ponder.core.model import Kind, Note
from ponder.core.note_refs import NoteRefError, resolve_note
from ponder.core.query import Sort
from ponder.core.sense import journal_config
from ponder.core.vault import VaultError
from ponder.core.welcome import add_welcome_note
from ponder.output import Output

if TYPE_CHECKING:
    from ponder.core.share.credentials import CredentialStore

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_VAULT, EXIT_NOT_FOUND, EXIT_UNHEALTHY = range(6)
DEFAULT_VAULT = cli_vault.DEFAULT_VAULT
log = logging.getLogger("ponder.cli")


class CliError(Exception):
    """A failure to report in one sentence, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ponder",
        description="Seek > Sense > Share: clip, journal, link, search and share your notes.",
        epilog="Exit codes: 0 ok, 1 failed, 2 usage, 3 vault unavailable, 4 no such note, "
        "5 doctor found problems.",
    )
    parser.add_argument("--version", action="version", version=f"ponder {__version__}")
    parser.add_argument(
        "--quick-capture",
        action="store_true",
        help="open the quick-capture window (in the running Ponder, if there is one)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation: resources, Qt plugins, the window on a scratch vault",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Ponder to your application menu (in $XDG_DATA_HOME or ~/.local/share)",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added",
    )
    parser.add_argument(
        "--vault",
        metavar="PATH",
        help="the vault folder (default: $PONDER_VAULT, the settings, or ~/Ponder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help="create a note and print its path")
    new.add_argument("title")
    new.add_argument("--kind", choices=[k.value for k in Kind], default=Kind.NOTE.value)
    new.add_argument("--tag", action="append", default=[], metavar="TAG")
    new.add_argument("--body", metavar="TEXT", help="the body text, or - to read standard input")

    jot = sub.add_parser("journal", help="append a timestamped entry to today's journal")
    jot.add_argument("text", nargs="+", help="the entry (- reads standard input)")

    search = sub.add_parser("search", help="search notes (see the query language in README)")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--sort", choices=[s.value for s in Sort])
    search.add_argument("--json", action="store_true", help="stable output for scripts")

    show = sub.add_parser("show", help="print a note, by path, id or title")
    show.add_argument("ref", metavar="NOTE", help=cli_vault.NOTE_HELP)
    show.add_argument("--json", action="store_true")

    listing = sub.add_parser("list", help="list notes, newest first")
    listing.add_argument("--kind", choices=[k.value for k in Kind])
    listing.add_argument("--tag")
    listing.add_argument("--limit", type=_positive, default=None)
    listing.add_argument("--json", action="store_true")

    cli_vault.add_parsers(sub)
    cli_capture.add_parsers(sub)
    cli_share.add_parsers(sub)
    cli_feeds.add_parsers(sub)
    cli_responses.add_parsers(sub)
    cli_schedule.add_parsers(sub)
    cli_sense.add_parsers(sub)
    cli_links.add_parsers(sub)
    sub.add_parser("reindex", help="rebuild the search index from the files")
    doc = sub.add_parser(
        "doctor",
        help="check the vault, index, keyring, watcher and log; exit 5 only on problems",
        description="Check the vault, index, keyring, watcher, window channel and log folder, "
        "and list every file Ponder cannot fully use.",
        epilog="Warnings (!), such as no secure keyring, sync conflict copies or a low inotify "
        "limit, leave Ponder working: exit 0. Problems (✗), such as a vault Ponder cannot "
        "write or a note it cannot read: exit 5.",
    )
    doc.add_argument("--json", action="store_true")
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    credentials: CredentialStore | None = None,
) -> int:
    """Run one command. `credentials`: the share accounts' secret store (default: a new one on
    the OS keyring); tests pass one to keep session-only secrets across runs in a process."""
    out = Output(stdout or sys.stdout, stderr or sys.stderr)
    args = build_parser().parse_args(argv)
    args.credentials = credentials
    if args.self_check or args.install_desktop_entry or args.uninstall_desktop_entry:
        return _installation(args, out)
    if args.command is None or args.quick_capture:
        if cli_vault.handed_quietly(args.quick_capture):  # no Qt to load: the hot-key path
            return EXIT_OK
        return _start_window(args)
    logged = logfiles.open_log("cli")
    log.info("ponder %s: %s", __version__, args.command)  # the command only, never its text
    try:
        code = _run(args, out)
        out.stdout.flush()
    except BrokenPipeError:  # `ponder list | head -1`: the reader has all it wants
        _silence_stdout(out)
        code = EXIT_OK
    except Exception:
        log.exception("ponder %s failed", args.command)
        raise
    finally:
        log.info("ponder %s: done", args.command)
        logged.close()
    return code


def _run(args: argparse.Namespace, out: Output) -> int:
    dirs = settings.Dirs.for_user()
    loaded = settings.load(dirs.settings_file)
    try:
        if args.command == "init":
            return cli_vault.cmd_init(args, out, loaded)
        if args.command == "open":
            return _open_in_window(args, out, loaded.settings, dirs)
        with _open_library(args.vault, loaded.settings, dirs) as library:
            return COMMANDS[args.command](library, args, out, loaded)
    except (
        CliError,
        cli_capture.CaptureError,
        cli_share.ShareCliError,
        cli_vault.VaultCliError,
        cli_sense.SenseCliError,
        cli_links.LinksCliError,
    ) as exc:
        return _failed(out, exc, exc.code)
    except NoteRefError as exc:
        return _failed(out, exc, EXIT_NOT_FOUND)
    except VaultError as exc:
        return _failed(out, exc, EXIT_FAILED)
    except KeyboardInterrupt as exc:
        out.error("Interrupted.")
        return _failed(out, exc, 130)


def _failed(out: Output, error: BaseException, code: int) -> int:
    # The message goes to the person only: it may quote what they typed (a title, a URL).
    log.warning("exit %d (%s)", code, type(error).__name__)
    if not isinstance(error, KeyboardInterrupt):
        out.error(str(error))
    return code


def _silence_stdout(out: Output) -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush cannot
    fail again (the recipe of the Python docs, `signal` module, "Note on SIGPIPE")."""
    try:
        fileno = out.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests pass StringIO)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def _installation(args: argparse.Namespace, out: Output) -> int:
    """The flags about this installation rather than a vault."""
    if args.self_check:
        from ponder import self_check  # Qt is imported only here and in _start_window

        return self_check.run()
    from ponder import desktop_entry

    if args.install_desktop_entry:
        for path in desktop_entry.install():
            out.line(f"installed {path}")
    else:
        for path in desktop_entry.uninstall():
            out.line(f"removed {path}")
    return EXIT_OK


def _start_window(args: argparse.Namespace) -> int:
    """The desktop app; Qt is imported only here, so the other commands start fast."""
    from ponder.application import LaunchRequest, run

    chosen = args.vault or os.environ.get("PONDER_VAULT")
    request = LaunchRequest(
        vault=Path(chosen).expanduser() if chosen else None,
        open_path=getattr(args, "open_target", None) if args.command == "open" else None,
        quick_capture=args.quick_capture,
    )
    return run(request)


def _open_in_window(
    args: argparse.Namespace, out: Output, prefs: settings.Settings, dirs: settings.Dirs
) -> int:
    """`ponder open NOTE`: find the note here (a wrong name fails without starting a window),
    hand it to the running window, or start one on it."""
    with _open_library(args.vault, prefs, dirs) as library:
        args.open_target = cli_vault.open_target(library, args.ref)
    if cli_vault.hand_to_window({"command": "open", "path": args.open_target}, out):
        return EXIT_OK
    return _start_window(args)


def _open_library(flag: str | None, prefs: settings.Settings, dirs: settings.Dirs) -> Library:
    chosen = cli_vault.chosen_vault(flag, prefs)
    root = Path(chosen or DEFAULT_VAULT).expanduser()
    first_use = chosen is None
    fresh = first_use and not root.exists()
    if not first_use and not root.exists():
        raise CliError(cli_vault.missing_vault_message(root), EXIT_NO_VAULT)
    try:
        library = Library.open(root, dirs.cache, create=first_use)
    except VaultError as exc:
        raise CliError(f"{exc} Pass --vault PATH or set PONDER_VAULT.", EXIT_NO_VAULT) from exc
    library.journal = journal_config.resolve(
        library.root, prefs.journal_folder, prefs.journal_date_format, prefs.journal_template
    )
    if fresh:
        add_welcome_note(library)
    return library


def _read_text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def cmd_new(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    body = _read_text(args.body) if args.body is not None else ""
    path, _changes = library.create_note(args.title, kind=Kind(args.kind), tags=args.tag, body=body)
    out.line(str(library.root / path))
    return EXIT_OK


def cmd_journal(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    text = _read_text(args.text[0]) if args.text == ["-"] else " ".join(args.text)
    if not text.strip():
        raise CliError("Nothing to write: the journal entry is empty.", EXIT_USAGE)
    path, _changes = library.append_journal(text)
    out.line(str(library.root / path))
    return EXIT_OK


def cmd_search(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    _reconcile(library, out)
    results = library.search(" ".join(args.query), limit=args.limit, sort=_sort(args.sort))
    if args.json:
        out.json(_results_json(results))
    else:
        out.results(results)
    return EXIT_OK


def cmd_list(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    _reconcile(library, out)
    terms = [f"kind:{args.kind}" if args.kind else "", f'tag:"{args.tag}"' if args.tag else ""]
    limit = args.limit or max(library.indexed_count(), 1)
    results = library.search(" ".join(t for t in terms if t), limit=limit, sort=Sort.UPDATED)
    if args.json:
        out.json([_hit_json(hit) for hit in results.hits])
    else:
        out.listing(results)
    return EXIT_OK


def cmd_show(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    _reconcile(library, out)
    note = library.read(resolve_note(library, args.ref))
    if args.json:
        out.json(_note_json(note))
    else:
        out.raw(note.text)
    return EXIT_OK


def cmd_reindex(library: Library, _args: argparse.Namespace, out: Output, _: object) -> int:
    if library.readonly_index:
        raise CliError("Another Ponder is writing this vault's index; close it and try again.")
    report = library.rebuild_index(progress=out.progress("Indexing"))
    out.line(f"Indexed {report.reindexed} notes in {library.root}.")
    for problem in report.changes.problems:
        out.line(f"  {problem.path}: {problem.reason}")
    return EXIT_OK


def cmd_doctor(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    problems = loaded.problems if isinstance(loaded, settings.LoadedSettings) else ()
    # The index caught up first: it finds the notes it cannot use and clears crashed saves.
    library.reconcile(progress=None if args.json else out.progress("Updating the index"))
    report = doctor.examine(
        library,
        problems,
        progress=None if args.json else out.progress("Checking"),
        config_dir=settings.Dirs.for_user().config,
    )
    if args.json:
        out.json(
            {
                "healthy": report.healthy,
                "warnings": len(report.warnings),
                "checks": [
                    {"name": c.name, "status": c.status.value, "detail": c.detail}
                    for c in report.checks
                ],
                "problems": [{"path": p.path, "reason": p.reason} for p in report.problems],
            }
        )
    else:
        out.doctor(report)
    return EXIT_OK if report.healthy else EXIT_UNHEALTHY


def _reconcile(library: Library, out: Output) -> None:
    """Catch the index up with edits made while Ponder was not watching."""
    report = library.reconcile(progress=out.progress("Updating the index"))
    for problem in report.changes.problems:
        out.warn(f"{problem.path}: {problem.reason}")


def _sort(value: str | None) -> Sort | None:
    return Sort(value) if value else None


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _hit_json(hit: Hit) -> dict[str, object]:
    return {
        "path": hit.path,
        "title": hit.title,
        "kind": hit.kind.value,
        "tags": list(hit.tags),
        "updated": _when(hit.updated),
    }


def _results_json(results: SearchResults) -> dict[str, object]:
    return {
        "query": str(results.query),
        "total": results.total,
        "hits": [
            {**_hit_json(hit), "score": round(hit.score, 4), "snippet": hit.snippet}
            for hit in results.hits
        ],
    }


def _note_json(note: Note) -> dict[str, object]:
    source = note.source
    return {
        "path": note.path,
        "id": note.id,
        "title": note.title,
        "kind": note.kind.value,
        "tags": list(note.tags),
        "aliases": list(note.aliases),
        "created": _when(note.created),
        "updated": _when(note.updated),
        "status": note.status,
        "source": None
        if source is None
        else {k: getattr(source, k) for k in ("url", "site", "author", "published", "captured")},
        "body": note.body,
    }


Command = Callable[[Library, argparse.Namespace, Output, object], int]
COMMANDS: dict[str, Command] = {
    "new": cmd_new,
    "journal": cmd_journal,
    "search": cmd_search,
    "list": cmd_list,
    "show": cmd_show,
    "reindex": cmd_reindex,
    "doctor": cmd_doctor,
    "clip": cli_capture.cmd_clip,
    "reextract": cli_capture.cmd_reextract,
    "capture": cli_capture.cmd_capture,
    "import": cli_capture.cmd_import,
    "draft": cli_share.cmd_draft,
    "accounts": cli_share.cmd_accounts,
    "share": cli_share.cmd_share,
    "feeds": cli_feeds.cmd_feeds,
    "responses": cli_responses.cmd_responses,
    "scheduled": cli_schedule.cmd_scheduled,
    **cli_sense.COMMANDS,
    "links": cli_links.cmd_links,
    "backlinks": cli_links.cmd_backlinks,
    "rename": cli_links.cmd_rename,
}
