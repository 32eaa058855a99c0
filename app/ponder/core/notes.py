"""Turn a note file's text into a Note and the document the index stores, and write new notes."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ponder.core import frontmatter, markdown, unicode_text
from ponder.core.index import IndexDoc
from ponder.core.messages import Message, said
from ponder.core.model import FileStamp, Kind, Link, Note, NoteId, NotePath, Source
from ponder.core.sense.resolve import DENDRON_VAULT, basename_key, is_note_link, link_path
from ponder.core.urls import page_key

FOLDER_KINDS = {
    "journal": Kind.JOURNAL,
    "journals": Kind.JOURNAL,
    "clips": Kind.CLIP,
    "drafts": Kind.DRAFT,
}
KIND_FOLDERS = {
    Kind.NOTE: "notes",
    Kind.CLIP: "clips",
    Kind.REFLECTION: "notes",
    Kind.JOURNAL: "journal",
    Kind.QUESTION: "notes",
    Kind.DRAFT: "drafts",
}
INBOX = "inbox"

_EPOCH_MS_FLOOR = 10**11  # ints above this are epoch milliseconds (Dendron), below: seconds


@dataclass(frozen=True, slots=True)
class ParsedNote:
    """A note read from text, what the index stores for it, and why its front matter was ignored."""

    note: Note
    doc: IndexDoc
    problem: str | None = None


def parse_note(path: NotePath, text: str, stamp: FileStamp) -> ParsedNote:
    """Read a note; broken front matter is reported and the text is still indexed as the body."""
    problems: tuple[str, ...] = ()
    try:
        front, body, problems = frontmatter.read_checked(text)
    except frontmatter.FrontMatterError as exc:
        front, body = {}, frontmatter.split(text).body
        problems = (said(exc),)
    if not problems and frontmatter.split(text).unclosed:
        problems = (
            Message("The front matter starts with '---' but is never closed; it is read as text."),
        )
    # a single problem stays a Message, so the window can show it translated
    problem = problems[0] if len(problems) == 1 else " ".join(problems) or None
    extract = markdown.extract(body)
    # Notes without dates in front matter are dated by their file, as file managers do.
    modified = datetime.fromtimestamp(stamp.mtime_ns / 1e9, tz=UTC)
    note = _build_note(path, text, body, stamp, front, extract)
    doc = IndexDoc(
        path=path,
        title=note.title,
        kind=note.kind,
        stamp=stamp,
        text=extract.text,
        aliases=note.aliases,
        tags=note.tags,
        headings=extract.headings,
        links=_link_names(extract.links),
        created=note.created or note.updated or modified,
        updated=note.updated or modified,
        note_id=note.id,
        site=note.source.site if note.source else None,
        url=note.source.url if note.source else None,
        pages=_pages(note),
    )
    return ParsedNote(note, doc, problem)


def _pages(note: Note) -> tuple[str, ...]:
    """The page keys of the note's source URL and the canonical URL a clip recorded."""
    source = note.front.get("source")
    canonical = source.get("canonical") if isinstance(source, dict) else None
    urls = (note.source.url if note.source else None, canonical)
    keys = (page_key(url) for url in urls if isinstance(url, str))
    return tuple(dict.fromkeys(key for key in keys if key))


def _build_note(
    path: NotePath,
    text: str,
    body: str,
    stamp: FileStamp,
    front: Mapping[str, object],
    extract: markdown.Extract,
) -> Note:
    props = extract.properties
    title = (
        _text(front.get("title"))
        or extract.title
        or props.get("title", "").strip()
        or PurePosixPath(path).stem
    )
    tags = _unique(_words(front.get("tags")) + _words(front.get("tag")) + list(extract.tags))
    aliases = _unique(
        _words(front.get("aliases")) + _words(front.get("alias")) + _words(props.get("alias"))
    )
    return Note(
        path=path,
        title=title,
        kind=_kind(path, front),
        body=body,
        text=text,
        stamp=stamp,
        id=NoteId(str(front["id"])) if front.get("id") not in (None, "") else None,
        tags=tuple(tags),
        aliases=tuple(aliases),
        created=parse_when(front.get("created") or front.get("date")),
        updated=parse_when(front.get("updated") or front.get("modified")),
        source=_source(front.get("source")),
        status=_text(front.get("status")),
        front=dict(front),
    )


def _link_names(links: Iterable[Link]) -> tuple[str, ...]:
    """The keys links are filed under for finding backlinks (`resolve.basename_key`): a
    wikilink's target and the text after its bar (Dendron writes `[[label|target]]`), and
    Markdown links to files."""
    names: dict[str, None] = {}
    for link in links:
        if not is_note_link(link):
            continue
        written = [link_path(link)]
        if link.kind == "wiki" and link.alias:
            written.append(DENDRON_VAULT.sub("", link.alias.partition("#")[0]))
        for path in written:
            if name := basename_key(path):
                names.setdefault(name, None)
    return tuple(names)


def _kind(path: NotePath, front: Mapping[str, object]) -> Kind:
    if "kind" in front:
        return Kind.parse(front["kind"])
    top = PurePosixPath(path).parts[0].lower() if "/" in path else ""
    return FOLDER_KINDS.get(top, Kind.NOTE)


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _words(value: object) -> list[str]:
    """Tags or aliases from a YAML list, a comma/space string, or Logseq `[[x]]` forms."""
    if value is None:
        return []
    items: Iterable[object] = (
        value if isinstance(value, list | tuple) else re.split(r"[,\n]", str(value))
    )
    out: list[str] = []
    for item in items:
        if item is None or isinstance(item, dict | list):
            continue
        word = str(item).strip().strip("[]").strip().lstrip("#")
        if word:
            out.append(word)
    return out


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


def _source(value: object) -> Source | None:
    if isinstance(value, str) and value.strip():
        value = {"url": value.strip()}
    if not isinstance(value, dict):
        return None
    url = _text(value.get("url"))
    site = _text(value.get("site")) or (urlsplit(url).hostname if url else None)
    return Source(
        url=url,
        site=site,
        author=_text(value.get("author")),
        published=_text(value.get("published")),
        captured=_text(value.get("captured")),
    )


def parse_when(value: object) -> datetime | None:
    """A timestamp from ISO text, a YAML date, or epoch seconds/milliseconds; None if unreadable
    or so near the ends of the calendar that local time would fall outside it."""
    when = _when(value)
    try:
        if when is None or not _FIRST_SAFE <= when.astimezone(UTC) <= _LAST_SAFE:
            return None
    except OverflowError:  # `0001-01-01T00:00+05:00` is before the calendar begins in UTC
        return None
    return when


_FIRST_SAFE = datetime(1, 1, 2, tzinfo=UTC)
_LAST_SAFE = datetime(9999, 12, 30, tzinfo=UTC)


def _when(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > _EPOCH_MS_FLOOR else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00")
        if text.isdigit():
            return _when(int(text))
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def new_id(now: datetime) -> NoteId:
    """A sortable, unique id: UTC time to the second plus random bits (`20261122T074000-3f9a1c`)."""
    return NoteId(f"{now.astimezone(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}")


def new_note_text(
    title: str,
    kind: Kind,
    now: datetime,
    *,
    tags: Iterable[str] = (),
    body: str = "",
    extra: Mapping[str, object] | None = None,
) -> str:
    """The text of a note Ponder creates, front matter in the documented key order.

    Text UTF-8 cannot store (a lone surrogate from JSON or a command line) is replaced
    here, where every note Ponder creates is born, so no writer can fail on it later."""
    title = unicode_text.clean(title)[0]
    tags = [unicode_text.clean(tag)[0] for tag in tags]
    body = unicode_text.clean(body)[0]
    if extra is not None:
        extra = dict(extra)
        unicode_text.clean_data(extra)
    stamp = now.astimezone().replace(microsecond=0)
    data: dict[str, object] = {"id": new_id(now), "title": title, "kind": kind.value}
    tag_list = _unique(t.strip().lstrip("#") for t in tags if t.strip().lstrip("#"))
    if tag_list:
        data["tags"] = tag_list
    data["created"] = stamp
    data["updated"] = stamp
    data.update(extra or {})
    if body and not body.endswith("\n"):
        body += "\n"
    return frontmatter.compose(data, body)
