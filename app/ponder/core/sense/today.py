"""The Today page's facts: the day's review, the inbox, open questions, today's journal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import inbox, onthisday, questions, review, scan
from ponder.core.vault import NoteReadError

_HEADING = re.compile(r"^#{2,6}[ \t]+(.+?)[ \t#]*$", re.M)


@dataclass(frozen=True, slots=True)
class Today:
    due: tuple[review.Due, ...]
    inbox: int
    questions: tuple[questions.Question, ...]  # open and asked, oldest first
    journal: NotePath
    prompts: tuple[str, ...]  # the journal's headings (its template's prompts)
    memories: tuple[onthisday.Memory, ...]


_PICKS = (
    review.may_hold_units,
    review.may_be_reviewed,
    inbox.may_be_captured,
    questions.may_be_question,
)


def summary(library: Library, now: datetime, per_day: int) -> Today:
    """Everything the Today page shows. It reads the whole vault (once, for all four parts):
    the window runs it in a process of its own (core/chores.py)."""
    held, reviewed, captured, asked = scan.notes_for(library, _PICKS)
    waiting = [q for q in questions.listed_among(asked) if q.status != "answered"]
    path = library.journal.path(now.date())
    try:
        body = library.read(path).body
    except NoteReadError:
        body = library.journal_body(now.date())
    return Today(
        due=tuple(review.today_among(held, reviewed, now, per_day)),
        inbox=len(inbox.waiting_among(captured)),
        questions=tuple(waiting),
        journal=path,
        prompts=tuple(m.group(1) for m in _HEADING.finditer(body)),
        memories=tuple(onthisday.memories(library, now.date())),
    )
