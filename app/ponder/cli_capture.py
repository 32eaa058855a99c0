"""The capture commands of `ponder`: clip a URL, re-extract a clip, quick-capture text."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from typing import TYPE_CHECKING

from ponder.core import settings
from ponder.core.capture import clip
from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.clip_text import normalise_url
from ponder.core.capture.page_cache import PageCache
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.notes import INBOX

if TYPE_CHECKING:
    from ponder.output import Output

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 4
CLIPBOARD_TOOLS = (
    ("wl-paste", "--no-newline"),
    ("xclip", "-selection", "clipboard", "-o"),
    ("xsel", "--clipboard", "--output"),
    ("pbpaste",),
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
    clipper.add_argument("--again", action="store_true", help="clip even if already clipped")
    clipper.add_argument("--json", action="store_true", help="stable output for scripts")

    again = sub.add_parser("reextract", help="extract a clip again from its kept page")
    again.add_argument("ref", metavar="NOTE", help="a clip note, by path, id or title")
    again.add_argument("--allow-local", action="store_true", help=argparse.SUPPRESS)

    capture = sub.add_parser("capture", help="capture text or a link into the inbox")
    source = capture.add_mutually_exclusive_group(required=True)
    source.add_argument("--clipboard", action="store_true", help="capture the clipboard")
    source.add_argument("--text", help="capture this text")
    capture.add_argument("--url", help="a link to clip with the text as your note about it")
    capture.add_argument("--tag", action="append", default=[], metavar="TAG")
    capture.add_argument("--allow-local", action="store_true", help=argparse.SUPPRESS)


def _capture_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tag", action="append", default=[], metavar="TAG")
    parser.add_argument("--note", metavar="TEXT", help="one line on why it matters to you")
    parser.add_argument(
        "--allow-local",
        action="store_true",
        help="allow addresses on this computer or your network (setting: allow_local_addresses)",
    )
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
    return PageCache.for_vault(library.vault.root, settings.Dirs.for_user().cache)


def _check_url(url: str) -> str:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or not normalise_url(url):
        raise CaptureError(f"{url!r} is not a web address (http:// or https://).", EXIT_USAGE)
    return url


def cmd_clip(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    url = _check_url(args.url)
    library.reconcile()
    existing = None if args.again else clip.find_clip(library, url)
    if existing is not None:
        return _report_duplicate(library, existing, args.json, out)
    path, _changes = clip.save_clip(
        library, url, title=args.title, tags=args.tag, reflection=args.note
    )
    return _fill_and_report(library, path, args, out, loaded)


def _report_duplicate(library: Library, path: NotePath, as_json: bool, out: Output) -> int:
    full = str(library.vault.root / path)
    if as_json:
        out.json({"path": full, "duplicate": True, "outcome": "duplicate"})
        return EXIT_OK
    out.warn(f"this page is already clipped in {path}; pass --again to clip it anew.")
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
    full = str(library.vault.root / path)
    code = EXIT_FAILED if outcome == "failed" else EXIT_OK
    if getattr(args, "json", False):
        out.json({"path": full, "duplicate": False, "outcome": outcome, "message": message})
    else:
        (out.error if code else out.warn if outcome == "thin" else _quiet)(message)
        out.line(full)
    return code


def _quiet(_message: str) -> None:
    return None


def cmd_reextract(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    library.reconcile()
    path = library.resolve(args.ref)
    if path is None:
        raise CaptureError(
            f"No note matches {args.ref!r} (as a path, id or title).", EXIT_NOT_FOUND
        )
    note = library.read(path)
    if note.kind is not Kind.CLIP or note.source is None or not note.source.url:
        raise CaptureError(f"{path} is not a clip (it has no source URL).")
    result = clip.reextract(library, path, _cache(library), _options(args, loaded))
    (out.error if result.outcome == "failed" else out.warn)(result.message)
    out.line(str(library.vault.root / result.path))
    return EXIT_FAILED if result.outcome == "failed" else EXIT_OK


def cmd_capture(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    text = (read_clipboard() if args.clipboard else args.text or "").strip()
    url = args.url
    if url is None and text and " " not in text and "\n" not in text:
        url, text = (text, "") if text.lower().startswith(("http://", "https://")) else (None, text)
    if url is not None:
        library.reconcile()
        path, _ = clip.save_clip(library, _check_url(url), tags=args.tag, reflection=text or None)
        return _fill_and_report(library, path, args, out, loaded)
    if not text:
        raise CaptureError("Nothing to capture: the text is empty.", EXIT_USAGE)
    title = text.splitlines()[0][:80]
    path, _ = library.create_note(title, tags=args.tag, body=text, folder=INBOX)
    out.line(str(library.vault.root / path))
    return EXIT_OK


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
