"""Questions as notes: `kind: question`, `status: open | asked | answered`, `asked:` (where
and when, from the share history) and `answers:` (links to the notes that answer them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.messages import Message
from ponder.core.model import Changes, Kind, Note, NotePath
from ponder.core.notes import KIND_FOLDERS, new_note_text
from ponder.core.sense import scan
from ponder.core.share import drafts

STATUSES = ("open", "asked", "answered")


class QuestionError(ValueError):
    """A question that cannot be made or changed as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Question:
    path: NotePath
    title: str
    status: str
    created: datetime | None
    asked: tuple[dict[str, object], ...]
    answers: tuple[str, ...]


def _status(note: Note) -> str:
    status = (note.status or "open").strip().lower()
    return status if status in STATUSES else "open"


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def as_question(note: Note) -> Question:
    return Question(
        path=note.path,
        title=note.title,
        status=_status(note),
        created=note.created,
        asked=tuple(a for a in _listed(note.front.get("asked")) if isinstance(a, dict)),
        answers=tuple(str(a) for a in _listed(note.front.get("answers")) if a is not None),
    )


def may_be_question(_path: NotePath, text: str) -> bool:
    """The cheap test (a scan.Pick) for a note that may be a question."""
    return "question" in text


def listing(library: Library, status: str | None = None) -> list[Question]:
    """Every question (of one status), oldest first."""
    if status is not None and status not in STATUSES:
        raise QuestionError(f"A question's status is one of {', '.join(STATUSES)}.")
    return listed_among(scan.notes(library, may_be_question), status)


def listed_among(notes: Iterable[Note], status: str | None = None) -> list[Question]:
    """`listing` of these notes (those `may_be_question` chose)."""
    found = [as_question(note) for note in notes if note.kind is Kind.QUESTION]
    found = [q for q in found if status is None or q.status == status]
    return sorted(found, key=lambda q: (q.created is None, q.created or datetime.min, q.path))


def ask(
    library: Library,
    text: str,
    now: datetime,
    *,
    body: str = "",
    tags: Sequence[str] = (),
) -> tuple[NotePath, Changes]:
    """A new open question in notes/ (`body`: what the person wrote around it)."""
    title = " ".join(text.split())
    if not title:
        raise QuestionError(Message("The question is empty."))
    note = new_note_text(
        title, Kind.QUESTION, now, tags=tags, body=body.strip(), extra={"status": "open"}
    )
    results, changes = library.create_notes([(KIND_FOLDERS[Kind.QUESTION], title, note)])
    made = results[0]
    if not isinstance(made, str):
        raise made
    return made, changes


def _question(library: Library, path: NotePath) -> Note:
    note = library.read(path)
    if note.kind is not Kind.QUESTION:
        raise QuestionError(
            Message(
                "{path} is not a question (its kind is {kind}).", path=path, kind=note.kind.value
            )
        )
    return note


def _update(library: Library, path: NotePath, values: Mapping[str, object]) -> Changes:
    text, stamp = library.read_text(path)
    new_text = frontmatter.update(text, values)
    if new_text == text:
        return Changes()
    return library.save(path, new_text, expected=stamp)[1]


def answer(library: Library, question: NotePath, note: NotePath) -> Changes:
    """Link `note` as an answer; the question is answered."""
    current = _question(library, question)
    link = f"[[{PurePosixPath(note).with_suffix('').as_posix()}]]"
    answers = _listed(current.front.get("answers"))
    if link not in answers:
        answers.append(link)
    return _update(library, question, {"answers": answers, "status": "answered"})


def ask_network(library: Library, question: NotePath, now: datetime) -> tuple[NotePath, Changes]:
    """A share draft from the question template; sharing it marks the question asked."""
    _question(library, question)
    return drafts.new_draft(library, [question], template="question", now=now)


def sync_asked(library: Library) -> Changes:
    """Open questions that were shared become `asked`, with `asked:` from their `shared:`."""
    changes = Changes()
    for note in scan.notes(library, lambda _p, text: "shared" in text):
        if note.kind is not Kind.QUESTION or _status(note) != "open":
            continue
        shared = [s for s in _listed(note.front.get("shared")) if isinstance(s, dict)]
        if shared:
            asked = [
                {"channel": s.get("channel"), "url": s.get("url"), "at": s.get("at")}
                for s in shared
            ]
            changes = changes.merge(
                _update(library, note.path, {"asked": asked, "status": "asked"})
            )
    return changes
