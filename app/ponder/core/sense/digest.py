"""The weekly digest note (`journal/YYYY-Www.md`): what was captured, reflected, linked,
shared and asked in one ISO week, and the week's top themes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePosixPath

from ponder.core import frontmatter, markdown
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, Note, NotePath
from ponder.core.notes import new_note_text, parse_when
from ponder.core.sense import inbox, units
from ponder.core.share.templates import iso_week
from ponder.core.vault import NoteReadError

START, END = "<!-- ponder:digest -->", "<!-- /ponder:digest -->"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_THEMES = 8


@dataclass
class Week:
    """What one ISO week held."""

    name: str
    monday: date
    sunday: date
    captured: list[Note] = field(default_factory=list)
    reflected: list[tuple[Note, str]] = field(default_factory=list)
    linked: list[tuple[Note, int]] = field(default_factory=list)
    shared: list[tuple[Note, str, str]] = field(default_factory=list)  # note, channel, url
    opened: list[Note] = field(default_factory=list)
    answered: list[Note] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)

    def holds(self, when: datetime | date | None) -> bool:
        if when is None:
            return False
        day = when.date() if isinstance(when, datetime) else when
        return self.monday <= day <= self.sunday


def path_for(library: Library, day: date) -> NotePath:
    name = iso_week(day)[0]
    folder = library.journal.folder.strip().strip("/")
    return NotePath(f"{folder}/{name}.md" if folder else f"{name}.md")


def _week_notes(library: Library, monday: date, sunday: date) -> list[Note]:
    """Notes created or changed in the week, and every draft (their `shared:` dates)."""
    span = f"{monday.isoformat()}..{sunday.isoformat()}"
    paths: set[NotePath] = set()
    for query in (f"created:{span}", f"updated:{span}", "kind:draft"):
        total = max(library.indexed_count(), 1)
        paths |= {h.path for h in library.search(query, limit=total, snippets=False).hits}
    notes = []
    for path in sorted(paths):
        try:
            notes.append(library.read(path))
        except NoteReadError:
            continue
    return notes


def gather(library: Library, day: date) -> Week:
    """The week holding `day`, read from the notes."""
    name, monday, sunday = iso_week(day)
    week = Week(name, monday, sunday)
    texts: list[str] = []
    tags: Counter[str] = Counter()
    itself = path_for(library, day)
    for note in _week_notes(library, monday, sunday):
        if note.path == itself:
            continue
        _take(week, note)
        if week.holds(note.created) or week.holds(note.updated):
            texts.append(f"{note.title}\n{note.body}")
            tags.update(t.casefold() for t in note.tags)
    week.tags = tags.most_common(_THEMES)
    week.terms = library.key_terms("\n".join(texts), _THEMES) if texts else []
    return week


def _take(week: Week, note: Note) -> None:
    new = week.holds(note.created)
    if new and note.kind is Kind.QUESTION:
        week.opened.append(note)
    if note.kind is Kind.QUESTION and note.status == "answered" and week.holds(note.updated):
        week.answered.append(note)
    if new and inbox.is_captured(note):
        week.captured.append(note)
    week.reflected += [(note, r.text) for r in units.reflections(note.body) if week.holds(r.day)]
    links = [link for link in markdown.extract(note.body).links if link.kind == "wiki"]
    if links and (new or week.holds(note.updated)) and note.kind is not Kind.JOURNAL:
        week.linked.append((note, len(links)))
    shared = note.front.get("shared")
    for entry in shared if isinstance(shared, list) else []:
        if isinstance(entry, dict) and week.holds(parse_when(entry.get("at"))):
            week.shared.append((note, str(entry.get("channel", "")), str(entry.get("url", ""))))


def _link(note: Note) -> str:
    target = PurePosixPath(note.path).with_suffix("").as_posix()
    return (
        f"[[{target}|{note.title}]]"
        if PurePosixPath(target).name != note.title
        else f"[[{target}]]"
    )


def render(week: Week) -> str:
    """The digest's Markdown, between markers so writing it again keeps what is around it."""
    lines = [START, f"## Captured ({len(week.captured)})", ""]
    lines += [f"- {_link(n)}" for n in week.captured]
    lines += ["", f"## Reflected ({len(week.reflected)})", ""]
    lines += [f"- {_link(n)}: {text.splitlines()[0]}" for n, text in week.reflected]
    lines += ["", f"## Linked ({len(week.linked)})", ""]
    lines += [f"- {_link(n)} ({count} links)" for n, count in week.linked]
    lines += ["", f"## Shared ({len(week.shared)})", ""]
    lines += [f"- {_link(n)} on {channel}: {url}" for n, channel, url in week.shared]
    lines += ["", f"## Questions ({len(week.opened)} opened, {len(week.answered)} answered)", ""]
    lines += [f"- opened: {_link(n)}" for n in week.opened]
    lines += [f"- answered: {_link(n)}" for n in week.answered]
    lines += ["", "## Top themes", ""]
    if week.tags:
        lines.append("- tags: " + ", ".join(f"#{t} ({c})" for t, c in week.tags))
    if week.terms:
        lines.append("- key terms: " + ", ".join(week.terms))
    lines.append(END)
    return "\n".join(line for line in _close_gaps(lines)) + "\n"


def _close_gaps(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return out


def write(library: Library, day: date, now: datetime) -> tuple[NotePath, Changes]:
    """Write (or rewrite, keeping the text around the markers) the digest of `day`'s week."""
    week = gather(library, day)
    path = path_for(library, day)
    block = render(week)
    try:
        text, stamp = library.read_text(path)
    except NoteReadError:
        title = f"Week {week.name}"
        heading = f"# {title} ({week.monday:%d %b} – {week.sunday:%d %b %Y})\n\n"
        text = new_note_text(title, Kind.JOURNAL, now, body=heading + block)
        return path, library.save(path, text, expected=None)[1]
    start, end = text.find(START), text.find(END)
    if 0 <= start < end:
        new_text = text[:start] + block.rstrip("\n") + text[end + len(END) :]
    else:
        new_text = text + ("" if text.endswith("\n") else "\n") + "\n" + block
    if "updated" in frontmatter.read(new_text)[0]:
        new_text = frontmatter.update(new_text, {"updated": now.replace(microsecond=0)})
    if new_text == text:
        return path, Changes()
    return path, library.save(path, new_text, expected=stamp)[1]


def due(library: Library, today: date, weekday: str) -> bool:
    """Whether today is the chosen digest day and this week's digest is not written yet."""
    if weekday not in WEEKDAYS or WEEKDAYS[today.weekday()] != weekday:
        return False
    return library.stamp(path_for(library, today)) is None


def write_if_due(library: Library, now: datetime, weekday: str) -> tuple[NotePath, Changes] | None:
    """The week's digest written when `due`, else None."""
    if not due(library, now.date(), weekday):
        return None
    return write(library, now.date(), now)
