"""Netscape bookmark files (Chrome, Firefox, Shaarli, linkding…) and Pocket's ril_export.html."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ponder.core.capture.importers.dates import from_epoch
from ponder.core.capture.importers.links import LinkItem, Rejected, clean_tags, split_tags
from ponder.core.capture.importers.report import ImportReport
from ponder.core.capture.importers.sources import read_text

# Folders browsers make themselves; their names say nothing about the links in them.
_BROWSER_FOLDERS = ("personal_toolbar_folder", "unfiled_bookmarks_folder")
_POCKET_SECTIONS = {"unread": "unread", "read archive": "read"}


@dataclass(slots=True)
class _Open:
    """The link being read: its attributes, title text, and the `<DD>` text after it."""

    attrs: dict[str, str]
    folders: tuple[str, ...]
    title: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)


class _BookmarkParser(HTMLParser):
    """A Netscape bookmark file: `<DT><H3>folder</H3><DL>…</DL>`, `<DT><A …>`, `<DD>` text.

    The format is not well-formed (no closing DT/DD/p), so the parser tracks state itself.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[_Open] = []
        self._folders: list[str | None] = []
        self._heading: list[str] | None = None
        self._heading_kept = True
        self._next_folder: str | None = None
        self._link: _Open | None = None
        self._in_title = False
        self._in_description = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag in ("dt", "dl", "h3", "hr"):
            self._in_description = False
            self._link = None  # a `<DD>` after a folder heading describes the folder
        if tag == "h3":
            self._heading, self._heading_kept = [], not any(k in values for k in _BROWSER_FOLDERS)
        elif tag == "dl":
            self._folders.append(self._next_folder)
            self._next_folder = None
        elif tag == "a":
            self._link = _Open(values, tuple(f for f in self._folders if f))
            self.items.append(self._link)
            self._in_title = True
        elif tag == "dd" and self._link is not None:
            self._in_description = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._heading is not None:
            name = " ".join("".join(self._heading).split())
            self._next_folder = name if self._heading_kept and name else None
            self._heading = None
        elif tag == "a":
            self._in_title = False
        elif tag == "dl":
            self._in_description = False
            self._link = None
            if self._folders:
                self._folders.pop()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        elif self._in_title and self._link is not None:
            self._link.title.append(data)
        elif self._in_description and self._link is not None:
            self._link.description.append(data)


def read_bookmarks_html(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    """Every `<A HREF>`; its folders become one nested tag (`Tech/Python`), TAGS are kept."""
    parser = _BookmarkParser()
    parser.feed(read_text(path, report))
    parser.close()
    items: list[LinkItem | Rejected] = []
    for link in parser.items:
        attrs = link.attrs
        href = attrs.get("href", "").strip()
        if not href:
            items.append(Rejected("".join(link.title).strip() or "a bookmark", "it has no address"))
            continue
        folder_tag = "/".join(clean_tags(link.folders))
        items.append(
            LinkItem(
                url=href,
                title="".join(link.title),
                added=from_epoch(attrs.get("add_date", "")),
                updated=from_epoch(attrs.get("last_modified", "")),
                tags=clean_tags([*split_tags(attrs.get("tags", "")), folder_tag]),
                description=" ".join("".join(link.description).split()),
                private=attrs.get("private", "0").strip() == "1",
            )
        )
    return items


class _PocketParser(HTMLParser):
    """Pocket's export: `<h1>Unread</h1><ul><li><a href time_added tags>…` then Read Archive."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[dict[str, str], list[str], str | None]] = []
        self._section: str | None = None
        self._heading: list[str] | None = None
        self._title: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1":
            self._heading = []
        elif tag == "a":
            self._title = []
            self.items.append(({k.lower(): v or "" for k, v in attrs}, self._title, self._section))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._heading is not None:
            self._section = _POCKET_SECTIONS.get(" ".join("".join(self._heading).lower().split()))
            self._heading = None
        elif tag == "a":
            self._title = None

    def handle_data(self, data: str) -> None:
        target = self._heading if self._heading is not None else self._title
        if target is not None:
            target.append(data)


def read_pocket_html(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    parser = _PocketParser()
    parser.feed(read_text(path, report))
    parser.close()
    items: list[LinkItem | Rejected] = []
    for attrs, title, status in parser.items:
        href = attrs.get("href", "").strip()
        if not href:
            items.append(Rejected("".join(title).strip() or "a link", "it has no address"))
            continue
        added = from_epoch(attrs.get("time_added", ""))
        tags = split_tags(attrs.get("tags", ""), ",|")
        items.append(LinkItem(href, "".join(title), added, tags=tags, status=status))
    return items
