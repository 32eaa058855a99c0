"""An OPML feed list kept as ONE note: the feeds a person follows, by category, with their URLs."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs

from ponder.core.capture.importers.markdown_text import escape, web_link
from ponder.core.capture.importers.report import ImportFileError, ImportReport
from ponder.core.capture.importers.safe_xml import NotWellFormed, parse_xml
from ponder.core.capture.importers.sources import read_bytes
from ponder.core.model import Kind
from ponder.core.notes import new_note_text
from ponder.core.urls import page_key

MAX_DEPTH = 50
_DESCRIPTION_CHARS = 300
_NO_CATEGORY = ""


@dataclass(slots=True)
class Feed:
    """One feed; `categories` are category paths ("News/Tech"), the first is where it is listed."""

    title: str
    xml_url: str
    html_url: str
    description: str
    categories: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FeedList:
    title: str
    feeds: list[Feed]

    def import_id(self) -> str:
        """The same feeds in the same categories give the same id: a re-import is recognised."""
        keys = sorted(
            "\t".join([page_key(f.xml_url) or f.xml_url.strip(), *f.categories]) for f in self.feeds
        )
        digest = hashlib.blake2b("\n".join(keys).encode(), digest_size=8).hexdigest()
        return f"opml-{digest}"


def read_opml(path: Path, report: ImportReport) -> FeedList:
    data = read_bytes(path)
    root = _parse(data, report)
    lost = data.lower().count(b"xmlurl=") - sum(
        1 for o in root.iter("outline") if o.get("xmlUrl") or o.get("xmlurl")
    )
    if lost > 0:
        report.fail(path.name, f"{lost} feed entries are too damaged to read and were left out")
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ImportFileError("The file has no <opml><body>; it is not an OPML feed list.")
    feeds: dict[str, Feed] = {}
    for feed in _outlines(body, ()):
        key = page_key(feed.xml_url) or feed.xml_url.strip()
        known = feeds.setdefault(key, feed)
        if known is not feed:
            known.categories.extend(c for c in feed.categories if c not in known.categories)
    return FeedList(" ".join((root.findtext("head/title") or "").split()), list(feeds.values()))


def _parse(data: bytes, report: ImportReport) -> Element:
    """Strict, safe XML; a file that is merely not well-formed is read leniently.

    Feed readers often write a bare `&` or nested quotes into attributes; refusing such a
    list would help nobody. Entity declarations are still refused outright, and the lenient
    parser neither loads a DTD, nor resolves entities, nor touches the network.
    """
    try:
        return parse_xml(data, "OPML")
    except NotWellFormed as exc:
        report.notices.append(f"{exc} Ponder read it leniently; check the feeds listed.")
    lenient = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(data, lenient)
    if root is None:
        raise ImportFileError("Nothing in the file can be read as OPML.")
    return _copy(root, MAX_DEPTH + 3)


def _copy(source: etree._Element, depth: int) -> Element:
    """The lxml tree as standard elements (comments and processing instructions left out)."""
    copy = Element(str(source.tag), {str(k): str(v) for k, v in source.attrib.items()})
    copy.text = source.text
    if depth > 0:
        copy.extend(_copy(child, depth - 1) for child in source if isinstance(child.tag, str))
    return copy


def _outlines(parent: Element, path: tuple[str, ...]) -> Iterator[Feed]:
    if len(path) > MAX_DEPTH:
        return
    for outline in parent.findall("outline"):
        name = " ".join((outline.get("title") or outline.get("text") or "").split())
        xml_url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not xml_url:
            yield from _outlines(outline, (*path, name or "Untitled"))
            continue
        categories = ["/".join(path)] if path else []
        for category in (outline.get("category") or "").split(","):
            cleaned = "/".join(p.strip() for p in category.split("/") if p.strip())
            if cleaned and cleaned not in categories:
                categories.append(cleaned)
        html_url = (outline.get("htmlUrl") or outline.get("htmlurl") or "").strip()
        description = " ".join((outline.get("description") or "").split())
        yield Feed(name or xml_url, xml_url, html_url, description, categories)


def feeds_note(feeds: FeedList, source: str, now: datetime) -> tuple[str, str]:
    """(title, text) of the note listing the feeds."""
    title = f"Feeds from {source}"
    named = f" ({escape(feeds.title)})" if feeds.title else ""
    groups: dict[str, list[Feed]] = {}
    for feed in feeds.feeds:
        groups.setdefault(feed.categories[0] if feed.categories else _NO_CATEGORY, []).append(feed)
    lines = [
        f"The feeds listed in {escape(source)}{named}: {_count(len(feeds.feeds), 'feed')} "
        f"in {_count(len(groups) - (_NO_CATEGORY in groups), 'category', 'categories')}.",
    ]
    for category in sorted(groups, key=str.casefold):
        lines += ["", f"## {escape(category)}", ""] if category else [""]
        lines += [_feed_line(feed) for feed in groups[category]]
    extra = {"id": feeds.import_id()}
    return title, new_note_text(
        title, Kind.NOTE, now, tags=["feeds"], body="\n".join(lines), extra=extra
    )


def _feed_line(feed: Feed) -> str:
    parts = [f"- **{escape(feed.title)}** — {web_link('feed', feed.xml_url)}"]
    if feed.html_url:
        parts.append(f" · {web_link('site', feed.html_url)}")
    if len(feed.categories) > 1:
        parts.append(f" · also in {', '.join(escape(c) for c in feed.categories[1:])}")
    if feed.description:
        text = feed.description
        if len(text) > _DESCRIPTION_CHARS:
            text = text[:_DESCRIPTION_CHARS].rsplit(" ", 1)[0] + " …"
        parts.append(f"\n  {escape(text)}")
    return "".join(parts)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
