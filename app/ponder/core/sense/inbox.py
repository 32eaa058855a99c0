"""The inbox: what was captured (clips, imports, feed items, quick captures) and not yet
thought about. An item leaves it when it gets a reflection or is processed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.messages import Message
from ponder.core.model import Changes, Kind, Note, NotePath
from ponder.core.notes import INBOX, KIND_FOLDERS, new_note_text
from ponder.core.sense import scan, units
from ponder.core.share import drafts

PROCESSED = "processed"
UNPROCESSED = "unprocessed"  # what the clip pipeline writes as `status:` (capture/clip.py)
ARTICLE_HEADING = "## From the page"  # as capture/clip_text.py writes it
ARCHIVED = "archived"
_NOT_CAPTURES = (Kind.JOURNAL, Kind.DRAFT, Kind.QUESTION)


@dataclass(frozen=True, slots=True)
class Item:
    path: NotePath
    title: str
    kind: Kind
    captured: datetime | None
    site: str | None
    url: str | None


def may_be_captured(path: NotePath, text: str) -> bool:
    """The cheap test (a scan.Pick) for a note that may be an inbox item."""
    return path.startswith(f"{INBOX}/") or "source" in text or "clip" in text


def is_waiting(note: Note) -> bool:
    """A capture (in inbox/, a clip, or anything with a source) that was not processed and
    has no reflection: none under `## Reflections`, and none written when it was captured."""
    if not is_captured(note) or PROCESSED in note.front or ARCHIVED in note.front:
        return False
    if units.reflections(note.body):
        return False
    return note.status == UNPROCESSED or _in_inbox(note) or not _person_wrote(note.body)


def _in_inbox(note: Note) -> bool:
    return PurePosixPath(note.path).parts[0] == INBOX


def _person_wrote(body: str) -> bool:
    """Whether the body starts with the person's own words: a clip saved with a reflection
    has it above the page's text (ARTICLE_HEADING), an imported bookmark its description."""
    for line in body.split(ARTICLE_HEADING, 1)[0].splitlines():
        text = line.strip()
        if text and not text.startswith((">", "#", "![", "[")):
            return True
    return False


def is_captured(note: Note) -> bool:
    """Something brought in from outside: in inbox/, a clip, or a note with a source URL."""
    if note.kind in _NOT_CAPTURES:
        return False
    return (
        _in_inbox(note)
        or note.kind is Kind.CLIP
        or (note.source is not None and note.source.url is not None)
    )


def items(library: Library) -> list[Item]:
    """Every waiting item, oldest capture first."""
    return waiting_among(scan.notes(library, may_be_captured))


def waiting_among(notes: Iterable[Note]) -> list[Item]:
    """`items` of these notes (those `may_be_captured` chose)."""
    found = [
        Item(
            path=note.path,
            title=note.title,
            kind=note.kind,
            captured=note.created,
            site=note.source.site if note.source else None,
            url=note.source.url if note.source else None,
        )
        for note in notes
        if is_waiting(note)
    ]
    return sorted(found, key=lambda i: (i.captured is None, i.captured or datetime.min, i.path))


def _set_front(library: Library, path: NotePath, values: Mapping[str, object]) -> Changes:
    text, stamp = library.read_text(path)
    new_text = frontmatter.update(text, values)
    if new_text == text:
        return Changes()
    return library.save(path, new_text, expected=stamp)[1]


def reflect(library: Library, path: NotePath, text: str, now: datetime) -> Changes:
    """Append a dated reflection under the note's `## Reflections`."""
    old, stamp = library.read_text(path)
    new = units.append_reflection(old, text, now.date())
    if "updated" in frontmatter.read(new)[0]:
        new = frontmatter.update(new, {"updated": now.replace(microsecond=0)})
    return library.save(path, new, expected=stamp)[1]


def link(library: Library, path: NotePath, target: NotePath, now: datetime) -> Changes:
    """Link `path` to `target`: `- [[target]]` under the note's `## Links`."""
    if target == path:
        raise ValueError(Message("A note cannot be linked to itself."))
    library.read(target)  # a clear error when the chosen note has gone meanwhile
    old, stamp = library.read_text(path)
    new = units.append_link(old, PurePosixPath(target).with_suffix("").as_posix())
    if new == old:
        return Changes()
    if "updated" in frontmatter.read(new)[0]:
        new = frontmatter.update(new, {"updated": now.replace(microsecond=0)})
    return library.save(path, new, expected=stamp)[1]


def keep(
    library: Library,
    path: NotePath,
    now: datetime,
    reflection: str = "",
    tags: Sequence[str] = (),
) -> Changes:
    """Keep the item as an insight (with the reflection and tags, if given)."""
    changes = reflect(library, path, reflection, now) if reflection.strip() else Changes()
    values: dict[str, object] = {PROCESSED: now.date()}
    wanted = [t.strip().lstrip("#") for t in tags if t.strip().lstrip("#")]
    if wanted:
        old = library.read(path).front.get("tags")
        kept = [str(t) for t in old] if isinstance(old, list) else []
        if isinstance(old, str):  # `tags: a, b` as some tools write it
            kept = [t.lstrip("#") for t in re.split(r"[,\s]+", old) if t.strip()]
        folded = {t.casefold() for t in kept}
        values["tags"] = kept + [t for t in dict.fromkeys(wanted) if t.casefold() not in folded]
    return changes.merge(_file_away(library, path, values))


def archive(library: Library, path: NotePath, now: datetime) -> Changes:
    """Out of the inbox without a reflection."""
    return _file_away(library, path, {PROCESSED: now.date(), ARCHIVED: True})


def _file_away(library: Library, path: NotePath, values: Mapping[str, object]) -> Changes:
    """Mark the item processed (dropping `status: unprocessed`) and move it from inbox/ to
    its kind's folder, where the clip pipeline puts a clip saved with a reflection."""
    note = library.read(path)
    remove = ["status"] if note.status == UNPROCESSED else []
    text, stamp = library.read_text(path)
    changes = library.save(path, frontmatter.update(text, values, remove), expected=stamp)[1]
    if not _in_inbox(note):
        return changes
    target = NotePath(f"{KIND_FOLDERS.get(note.kind, 'notes')}/{PurePosixPath(path).name}")
    if library.stamp(target) is not None:
        return changes  # a note of that name is there already: the item stays where it is
    return changes.merge(library.rename(path, target))


def delete(library: Library, path: NotePath) -> Changes:
    """Move the item to the vault's `.trash/` (restorable)."""
    return library.trash(path)


def to_question(
    library: Library, path: NotePath, question: str, now: datetime
) -> tuple[NotePath, Changes]:
    """A new open question that links the item; the item leaves the inbox."""
    title = question.strip() or f"What does {library.read(path).title} mean for me?"
    target = PurePosixPath(path).with_suffix("").as_posix()
    body = f"From [[{target}]]\n"
    text = new_note_text(title, Kind.QUESTION, now, body=body, extra={"status": "open"})
    results, changes = library.create_notes([(KIND_FOLDERS[Kind.QUESTION], title, text)])
    made = results[0]
    if not isinstance(made, str):
        raise made
    return made, changes.merge(_set_front(library, path, {PROCESSED: now.date()}))


def to_draft(library: Library, path: NotePath, now: datetime) -> tuple[NotePath, Changes]:
    """A share draft quoting the item; the item leaves the inbox."""
    draft, changes = drafts.new_draft(library, [path], template="insight", now=now)
    return draft, changes.merge(_set_front(library, path, {PROCESSED: now.date()}))
