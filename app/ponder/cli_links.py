"""`ponder links`, `ponder backlinks` and `ponder rename`: the vault's links from a terminal."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ponder.core.library import Library
from ponder.core.note_refs import resolve_note
from ponder.core.sense.backlinks import NoteRewrite, Reference
from ponder.core.sense.links import link_spans
from ponder.core.sense.resolve import LinkResolver, is_note_link, link_path
from ponder.core.vault import NoteReadError

if TYPE_CHECKING:
    from ponder.output import Output

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 4


class LinksCliError(Exception):
    """A failure to report in one sentence, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    links = sub.add_parser("links", help="every link of a note (or of the vault) and its file")
    links.add_argument("ref", nargs="?", metavar="NOTE", help="a note by path, id or title")
    links.add_argument("--json", action="store_true", help="one object per link, for scripts")

    back = sub.add_parser("backlinks", help="the notes that link to a note, and unlinked mentions")
    back.add_argument("ref", metavar="NOTE", help="a note by path, id or title")
    back.add_argument("--json", action="store_true", help="stable output for scripts")

    rename = sub.add_parser("rename", help="retitle a note and update every link to it")
    rename.add_argument("ref", metavar="NOTE", help="a note by path, id or title")
    rename.add_argument("title", metavar="NEW-TITLE")
    rename.add_argument("--dry-run", action="store_true", help="print what would change, only")
    rename.add_argument("--json", action="store_true", help="stable output for scripts")


def cmd_links(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    resolver = library.link_resolver(with_files=True)
    if args.ref:
        sources = [resolve_note(library, args.ref)]
    else:
        sources = sorted(entry.path for entry in library.scan())
    rows: list[dict[str, object]] = []
    for source in sources:
        try:
            text, _stamp = library.read_text(source)
        except NoteReadError as exc:
            out.warn(str(exc))
            continue
        rows += _links_of(source, text, resolver)
    if args.json:
        out.json(rows)
        return EXIT_OK
    for row in rows:
        resolved = row["resolved"] or "(no such file)"
        out.line(f"{row['source']}:{row['line']}  {row['raw']}  → {resolved}")
    return EXIT_OK


def _links_of(source: str, text: str, resolver: LinkResolver) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for found in link_spans(text):
        link = found.link
        if not is_note_link(link):
            continue  # web addresses are not links between files
        kind = "embed" if found.embed else link.kind
        rows.append(
            {
                "source": source,
                "line": found.span.line,
                "raw": found.raw,
                "kind": kind,
                "target": link_path(link, resolver.flavor),
                "heading": link.heading,
                "resolved": resolver.resolve(link, source),
            }
        )
    return rows


def cmd_backlinks(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    path = resolve_note(library, args.ref)
    linked = [_reference(r) for r in library.backlinks(path)]
    unlinked = [_reference(r) for r in library.unlinked_mentions(path)]
    if args.json:
        out.json({"note": path, "linked": linked, "unlinked": unlinked})
        return EXIT_OK
    for heading, rows in (("Linked", linked), ("Unlinked mentions", unlinked)):
        out.line(f"{heading} ({len(rows)}):")
        for row in rows:
            out.line(f"  {row['source']}:{row['line']}  {row['context']}")
    return EXIT_OK


def _reference(ref: Reference) -> dict[str, object]:
    return {"source": ref.source, "line": ref.span.line, "context": ref.context}


def cmd_rename(library: Library, args: argparse.Namespace, out: Output, _: object) -> int:
    library.reconcile()
    path = resolve_note(library, args.ref)
    title = args.title.strip()
    if not title:
        raise LinksCliError("The new title is empty.", EXIT_USAGE)
    new_path = library.path_for_title(path, title)
    plans = library.plan_rename(path, new_path) if new_path != path else []
    if not args.dry_run:
        new_path, _changes = library.retitle(path, title)
    _print_rename(out, path, new_path, plans, args)
    return EXIT_OK


def _print_rename(
    out: Output, path: str, new_path: str, plans: list[NoteRewrite], args: argparse.Namespace
) -> None:
    changes = [
        {"source": plan.source, "line": c.line, "before": c.before, "after": c.after}
        for plan in plans
        for c in plan.changes
    ]
    if args.json:
        out.json({"from": path, "to": new_path, "dry_run": args.dry_run, "links": changes})
        return
    verb = "would move" if args.dry_run else "moved"
    out.line(f"{verb} {path} → {new_path}" if new_path != path else f"{path} keeps its name")
    for change in changes:
        out.line(f"  {change['source']}:{change['line']}  {change['before']} → {change['after']}")
    files = len({c["source"] for c in changes})
    out.line(
        f"{len(changes)} links in {files} notes {'would change' if args.dry_run else 'updated'}."
    )
