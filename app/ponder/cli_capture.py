"""The capture commands of `ponder`: clip a URL, re-extract a clip, quick-capture text."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from ponder.cli_vault import NOTE_HELP, hand_to_window
from ponder.core import settings
from ponder.core.capture import clip
from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.page_cache import PageCache
from ponder.core.capture.quick import make_capture, save_capture
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.note_refs import resolve_note
from ponder.core.urls import page_key

if TYPE_CHECKING:
    from ponder.output import Output

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 4
CLIPBOARD_TOOLS = (
    ("wl-paste", "--no-newline"),
    ("xclip", "-selection", "clipboard", "-o"),
    ("xsel", "--clipboard", "--output"),
    ("pbpaste",),
)


ALLOW_LOCAL_HELP = (
    "allow addresses on this computer or your network (setting: allow_local_addresses)"
)

# The importers' FORMATS, named here so that `ponder --help` needn't load every reader.
IMPORT_FORMATS = (
    "enex",
    "pocket-csv",
    "pocket-html",
    "bookmarks-html",
    "chrome-json",
    "firefox-json",
    "instapaper-csv",
    "pinboard-json",
    "opml",
    "markdown-folder",
)


class CaptureError(Exception):
    """A capture command that cannot go on, with the exit code to leave with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    clipper = sub.add_parser("clip", help="clip a web page into a note; prints its path last")
    clipper.add_argument("url")
    _capture_options(clipper)
    clipper.add_argument("--title", help="the note's title (default: the page's title)")
    clipper.add_argument("--no-wait", action="store_true", help="save the link, skip the fetch")
    clipper.add_argument(
        "--again", action="store_true", help="clip a page already clipped again, as a new version"
    )
    clipper.add_argument("--json", action="store_true", help="stable output for scripts")

    again = sub.add_parser("reextract", help="extract a clip again from its kept page")
    again.add_argument("ref", metavar="NOTE", help=f"the clip: {NOTE_HELP}")
    again.add_argument("--allow-local", action="store_true", help=ALLOW_LOCAL_HELP)

    capture = sub.add_parser(
        "capture",
        help="capture text or a link into the inbox (through the running window, if any)",
    )
    source = capture.add_mutually_exclusive_group()
    source.add_argument("--clipboard", action="store_true", help="capture the clipboard")
    source.add_argument("--text", help="capture this text")
    capture.add_argument("--url", help="a link to clip, with the text as your note about it")
    capture.add_argument("--tag", action="append", default=[], metavar="TAG")
    capture.add_argument("--allow-local", action="store_true", help=ALLOW_LOCAL_HELP)

    importer = sub.add_parser(
        "import", help="import an export (Evernote, Pocket, bookmarks, OPML…) or a Markdown folder"
    )
    importer.add_argument(
        "format", metavar="FORMAT", help="auto, or one of: " + ", ".join(IMPORT_FORMATS)
    )
    importer.add_argument("path", help="the export file, or a folder of Markdown")
    importer.add_argument("--json", action="store_true", help="stable output for scripts")


def _capture_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tag", action="append", default=[], metavar="TAG")
    parser.add_argument("--note", metavar="TEXT", help="one line on why it matters to you")
    parser.add_argument("--allow-local", action="store_true", help=ALLOW_LOCAL_HELP)
    parser.add_argument(
        "--download-images", action="store_true", help="keep the images in attachments/"
    )


def _options(args: argparse.Namespace, loaded: object) -> clip.ClipOptions:
    prefs = loaded.settings if isinstance(loaded, settings.LoadedSettings) else settings.Settings()
    local = bool(getattr(args, "allow_local", False)) or prefs.allow_local_addresses
    return clip.ClipOptions(
        policy=AddressPolicy(allow_local=local),
        download_images=bool(getattr(args, "download_images", False)),
    )


def _cache(library: Library) -> PageCache:
    return PageCache.for_vault(library.root, settings.Dirs.for_user().cache)


def _check_url(url: str) -> str:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or not page_key(url):
        raise CaptureError(f"{url!r} is not a web address (http:// or https://).", EXIT_USAGE)
    return url


def cmd_clip(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    url = _check_url(args.url)
    library.reconcile()
    existing = clip.existing_clip(library, url)
    if existing is not None and clip.unfetched_feed_item(library, existing):
        return _fill_and_report(library, existing, args, out, loaded)  # Clip a feed item
    if existing is not None and not args.again:
        return _report_duplicate(library, existing, args.json, out)
    path, _changes = clip.save_clip(
        library, url, title=args.title, tags=args.tag, reflection=args.note, previous=existing
    )
    return _fill_and_report(library, path, args, out, loaded)


def _report_duplicate(library: Library, path: NotePath, as_json: bool, out: Output) -> int:
    full = str(library.root / path)
    if as_json:
        out.json({"path": full, "duplicate": True, "outcome": "duplicate"})
        return EXIT_OK
    out.warn(
        f"this page is already clipped in {path}; "
        "pass --again to clip it again as a new version (linked to this one)."
    )
    out.line(full)
    return EXIT_OK


def _fill_and_report(
    library: Library, path: NotePath, args: argparse.Namespace, out: Output, loaded: object
) -> int:
    if getattr(args, "no_wait", False):
        outcome, message = "saved", "Saved the link; run `ponder reextract` to fetch the page."
    else:
        result = clip.fill_clip(library, path, _cache(library), _options(args, loaded))
        path, outcome, message = result.path, result.outcome, result.message
    full = str(library.root / path)
    code = EXIT_FAILED if outcome == clip.ClipOutcome.FAILED else EXIT_OK
    if getattr(args, "json", False):
        out.json({"path": full, "duplicate": False, "outcome": outcome, "message": message})
    else:
        (out.error if code else out.warn if outcome == clip.ClipOutcome.THIN else _quiet)(message)
        out.line(full)
    return code


def _quiet(_message: str) -> None:
    return None


def cmd_reextract(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    library.reconcile()
    path = resolve_note(library, args.ref)
    note = library.read(path)
    if note.kind is not Kind.CLIP or note.source is None or not note.source.url:
        raise CaptureError(f"{path} is not a clip (it has no source URL).")
    result = clip.reextract(library, path, _cache(library), _options(args, loaded))
    failed = result.outcome is clip.ClipOutcome.FAILED
    (out.error if failed else out.warn)(result.message)
    out.line(str(library.root / result.path))
    return EXIT_FAILED if failed else EXIT_OK


def cmd_capture(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    text = read_clipboard() if args.clipboard else args.text or ""
    url = _check_url(args.url) if args.url else None
    capture = make_capture("", text, args.tag, Kind.NOTE, url=url)
    if capture is None:
        raise CaptureError("Nothing to capture: the text is empty.", EXIT_USAGE)
    if capture.url is not None:
        _check_url(capture.url)
    message = {
        "command": "capture",
        "vault": str(library.root),
        "text": text,
        "url": url,
        "tags": list(args.tag),
    }
    if hand_to_window(message, out):
        out.line("Handed to the running Ponder window, which saves it (and fetches a link).")
        return EXIT_OK
    library.reconcile()
    captured = save_capture(capture, library)
    if captured.existing:
        return _report_duplicate(library, captured.path, False, out)
    if captured.is_clip:
        return _fill_and_report(library, captured.path, args, out, loaded)
    out.line(str(library.root / captured.path))
    return EXIT_OK


def cmd_import(library: Library, args: argparse.Namespace, out: Output, _loaded: object) -> int:
    from ponder.core.capture.importers import FORMATS, detect_format, import_path

    source = Path(args.path).expanduser()
    if not source.exists():
        raise CaptureError(f"{source} does not exist.", EXIT_USAGE)
    if args.format != "auto" and args.format not in FORMATS:
        known = ", ".join(FORMATS)
        raise CaptureError(
            f"No import format {args.format!r}; use auto or one of: {known}.", EXIT_USAGE
        )
    fmt = detect_format(source) if args.format == "auto" else args.format
    if fmt is None:
        known = ", ".join(FORMATS)
        raise CaptureError(f"Cannot tell what kind of export {source.name} is; name one: {known}.")
    library.reconcile()
    report = import_path(
        library, fmt, source, progress=None if args.json else out.progress("Importing")
    )
    if args.json:
        out.json(
            {
                "format": fmt,
                "imported": [str(p) for p in report.imported],
                "attachments": [str(p) for p in report.attachments],
                "skipped": [{"item": o.item, "reason": o.reason} for o in report.skipped],
                "failed": [{"item": o.item, "reason": o.reason} for o in report.failed],
                "notices": report.notices,
            }
        )
    else:
        out.line(report.details(limit=20))
    return EXIT_FAILED if report.failed and not report.imported else EXIT_OK


def read_clipboard() -> str:
    """The clipboard's text through the first tool found (no Qt: works without a window)."""
    for command in CLIPBOARD_TOOLS:
        if shutil.which(command[0]) is None:
            continue
        try:
            done = subprocess.run(command, capture_output=True, timeout=5, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return done.stdout.decode("utf-8", "replace")
    raise CaptureError(
        "Cannot read the clipboard: install wl-clipboard (Wayland), xclip or xsel (X11), "
        "or pass --text."
    )
