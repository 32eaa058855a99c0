"""The import formats by name, telling them apart, and running one import into a library."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ponder.core.capture.importers.csv_links import read_instapaper_csv, read_pocket_csv
from ponder.core.capture.importers.enex import import_enex
from ponder.core.capture.importers.folder import import_folder
from ponder.core.capture.importers.html_links import read_bookmarks_html, read_pocket_html
from ponder.core.capture.importers.json_links import (
    read_chrome_json,
    read_firefox_json,
    read_pinboard_json,
)
from ponder.core.capture.importers.links import LinkItem, Rejected
from ponder.core.capture.importers.opml import feeds_note, read_opml
from ponder.core.capture.importers.report import ImportFileError, ImportReport
from ponder.core.capture.importers.writer import Draft, ImportWriter, isolated
from ponder.core.library import Library
from ponder.core.messages import Message
from ponder.core.model import Kind
from ponder.core.notes import KIND_FOLDERS

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
_Run = Callable[[Path, ImportWriter, Progress | None, Cancel | None], None]
_LinkReader = Callable[[Path, ImportReport], list[LinkItem | Rejected]]
_SNIFF_BYTES = 65536


@dataclass(frozen=True, slots=True)
class Format:
    """One importable format: its description and file extensions (none: it is a folder)."""

    name: str
    description: str
    extensions: tuple[str, ...]

    @property
    def is_folder(self) -> bool:
        return not self.extensions


def _format(name: str, description: str, *extensions: str) -> tuple[str, Format]:
    return name, Format(name, description, extensions)


FORMATS: dict[str, Format] = dict(
    [
        _format("enex", Message("Evernote export (.enex): notes, tags and attachments"), ".enex"),
        _format(
            "pocket-csv", Message("Pocket export as CSV (title,url,time_added,tags,status)"), ".csv"
        ),
        _format("pocket-html", Message("Pocket export as HTML (ril_export.html)"), ".html", ".htm"),
        _format(
            "bookmarks-html",
            Message("Bookmarks HTML (Chrome, Firefox, Shaarli, linkding, Pinboard…)"),
            ".html",
            ".htm",
        ),
        _format("chrome-json", Message("Chrome's Bookmarks file (JSON)"), ".json"),
        _format("firefox-json", Message("Firefox bookmarks backup (JSON)"), ".json"),
        _format("instapaper-csv", Message("Instapaper export (CSV)"), ".csv"),
        _format("pinboard-json", Message("Pinboard export (JSON)"), ".json"),
        _format(
            "opml",
            Message("Feed list (OPML): one note listing the feeds you follow"),
            ".opml",
            ".xml",
        ),
        _format(
            "markdown-folder", Message("A folder of Markdown: Obsidian, Logseq, Dendron, Foam")
        ),
    ]
)
"""Every format `import_path` accepts, in the order menus list them."""


def detect_format(path: Path) -> str | None:
    """The format a file or folder is in, judged by its name and first bytes; None if unknown."""
    if path.is_dir():
        return "markdown-folder"
    try:
        with path.open("rb") as file:
            head = file.read(_SNIFF_BYTES).decode("utf-8", errors="replace").lower()
    except OSError:
        return None
    suffix = path.suffix.lower()
    first_line = head.lstrip("\ufeff").split("\n", 1)[0].replace(" ", "").replace('"', "")
    checks = (
        ("enex", suffix == ".enex" or "<en-export" in head),
        ("opml", "<opml" in head),
        ("bookmarks-html", "netscape-bookmark-file" in head),
        ("pocket-html", "<title>pocket export" in head or "time_added=" in head),
        ("pocket-csv", "time_added" in first_line and "url" in first_line),
        ("instapaper-csv", first_line.startswith("url,title,selection")),
        ("chrome-json", '"roots"' in head and '"bookmark_bar"' in head),
        ("firefox-json", "text/x-moz-place" in head),
        ("pinboard-json", head.lstrip().startswith("[") and '"href"' in head),
    )
    return next((name for name, matched in checks if matched), None)


def import_path(
    library: Library,
    fmt: str,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: Callable[[], datetime] | None = None,
) -> ImportReport:
    """Import `path` as format `fmt` (a FORMATS key) into the library's vault.

    Never raises for a bad file: what cannot be read is in the report's `failed`, what
    the vault already has in `skipped`, and everything readable before a fatal error is
    imported. `progress(done, total)` counts bytes for ENEX, files for a folder, and
    entries otherwise; `cancel()` returning True stops after the current entry.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown import format {fmt!r}; known: {', '.join(FORMATS)}")
    report = ImportReport(fmt, path.name or str(path))
    writer = ImportWriter(library, report, now or (lambda: datetime.now().astimezone()))
    try:
        _RUNNERS[fmt](Path(path), writer, progress, cancel)
    except ImportFileError as exc:
        report.fail(report.source, str(exc))
    finally:
        writer.flush()
    return report


def _links(reader: _LinkReader) -> _Run:
    def run(
        path: Path, writer: ImportWriter, progress: Progress | None, cancel: Cancel | None
    ) -> None:
        items = reader(path, writer.report)
        for done, item in enumerate(items, 1):
            if isinstance(item, Rejected):
                writer.report.fail(item.item, item.reason)
            else:
                isolated(writer.report, item.url or item.title, writer.add_link, item)
            if progress is not None:
                progress(done, len(items))
            if cancel is not None and cancel():
                writer.report.cancelled = True
                return

    return run


def _opml(
    path: Path, writer: ImportWriter, progress: Progress | None, _cancel: Cancel | None
) -> None:
    feeds = read_opml(path, writer.report)
    if not feeds.feeds:
        raise ImportFileError("The OPML file lists no feeds (no outline has an xmlUrl).")
    known = writer.known_id(feeds.import_id())
    if known is not None:
        writer.report.skip(path.name, f"this feed list was imported before ({known})")
    else:
        title, text = feeds_note(feeds, path.name, writer.now())
        writer.add(Draft(path.name, KIND_FOLDERS[Kind.NOTE], title, text), feeds.import_id())
    if progress is not None:
        progress(1, 1)


_RUNNERS: dict[str, _Run] = {
    "enex": import_enex,
    "pocket-csv": _links(read_pocket_csv),
    "pocket-html": _links(read_pocket_html),
    "bookmarks-html": _links(read_bookmarks_html),
    "chrome-json": _links(read_chrome_json),
    "firefox-json": _links(read_firefox_json),
    "instapaper-csv": _links(read_instapaper_csv),
    "pinboard-json": _links(read_pinboard_json),
    "opml": _opml,
    "markdown-folder": import_folder,
}
