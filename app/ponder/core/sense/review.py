"""The daily review: units (highlights, reflections, open questions) resurfaced by FSRS.

Each unit's schedule lives in its note's front matter, `review: {<unit key>: {...}}`, so it
syncs with the files and survives deleting the index. Only that key is ever rewritten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import fsrs

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.messages import Message
from ponder.core.model import Changes, Kind, Note, NotePath, Source
from ponder.core.notes import parse_when
from ponder.core.sense import scan, units

REVIEW_KEY = "review"
GRADES = {"again": fsrs.Rating.Again, "hard": fsrs.Rating.Hard, "good": fsrs.Rating.Good}
GRADES["easy"] = fsrs.Rating.Easy
OPEN_STATUSES = ("open", "asked")

# Days, not minutes: a review is a daily practice, not a cramming session, so FSRS's
# learning steps are off. No fuzzing: the same history gives the same day on every device.
_SCHEDULER = fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


class ReviewError(ValueError):
    """A unit that cannot be found or graded as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One thing to review: a highlight, a reflection or an open question, in its note."""

    key: str
    kind: str  # "highlight" | "reflection" | "question"
    text: str
    path: NotePath
    title: str
    comment: str | None = None
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    """A unit's FSRS state as kept in front matter."""

    due: datetime
    stability: float
    difficulty: float
    reviewed: datetime
    reps: int = 1
    retired: bool = False

    def to_front(self) -> dict[str, object]:
        data: dict[str, object] = {
            "due": _iso(self.due),
            "stability": round(self.stability, 4),
            "difficulty": round(self.difficulty, 4),
            "reviewed": _iso(self.reviewed),
            "reps": self.reps,
        }
        if self.retired:
            data["retired"] = True
        return data

    @classmethod
    def from_front(cls, value: object) -> Schedule | None:
        if not isinstance(value, Mapping):
            return None
        due, reviewed = parse_when(value.get("due")), parse_when(value.get("reviewed"))
        stability, difficulty = value.get("stability"), value.get("difficulty")
        if due is None or reviewed is None:
            return None
        if not isinstance(stability, int | float) or not isinstance(difficulty, int | float):
            return None
        reps = value.get("reps")
        return cls(
            due=due,
            stability=float(stability),
            difficulty=float(difficulty),
            reviewed=reviewed,
            reps=reps if isinstance(reps, int) and not isinstance(reps, bool) else 1,
            retired=value.get("retired") is True,
        )


@dataclass(frozen=True, slots=True)
class Due:
    unit: Unit
    schedule: Schedule | None  # None: never reviewed


def _iso(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat()


def units_of(note: Note) -> list[Unit]:
    """The note's highlights, reflections and, for an open question, the question itself."""

    def unit(kind: str, text: str, comment: str | None = None) -> Unit:
        key = units.unit_key(text)
        return Unit(key, kind, text, note.path, note.title, comment, note.source)

    found = [unit("highlight", mark.text, mark.comment) for mark in units.highlights(note.body)]
    found += [unit("reflection", item.text) for item in units.reflections(note.body)]
    if note.kind is Kind.QUESTION and (note.status or "open") in OPEN_STATUSES:
        found.append(unit("question", note.title))
    unique = {unit.key: unit for unit in reversed(found)}  # the first of equal texts wins
    return [unit for unit in found if unique[unit.key] is unit]


def may_hold_units(_path: NotePath, text: str) -> bool:
    """The cheap test (a scan.Pick) for a note that may hold a unit."""
    return "==" in text or units.REFLECTIONS_HEADING in text or "question" in text


def may_be_reviewed(_path: NotePath, text: str) -> bool:
    """The cheap test (a scan.Pick) for a note that may keep a review schedule."""
    return REVIEW_KEY in text


def schedules(note: Note) -> dict[str, Schedule]:
    raw = note.front.get(REVIEW_KEY)
    if not isinstance(raw, Mapping):
        return {}
    found = {str(key): Schedule.from_front(value) for key, value in raw.items()}
    return {key: value for key, value in found.items() if value is not None}


def all_due(library: Library, now: datetime) -> list[Due]:
    """Every unit that is due now or never reviewed, the most overdue first, then new ones
    from the oldest note."""
    return due_among(scan.notes(library, may_hold_units), now)


def due_among(notes: Iterable[Note], now: datetime) -> list[Due]:
    """`all_due` of these notes (those `may_hold_units` chose, in path order)."""
    overdue: list[Due] = []
    new: list[Due] = []
    for note in notes:
        kept = schedules(note)
        for unit in units_of(note):
            schedule = kept.get(unit.key)
            if schedule is None:
                new.append(Due(unit, None))
            elif not schedule.retired and _day(schedule.due, now) <= now.date():
                overdue.append(Due(unit, schedule))
    overdue.sort(key=lambda d: d.schedule.due if d.schedule else now)
    return overdue + new


def _day(when: datetime, now: datetime) -> date:
    """The day `when` falls on where the person is (a unit due today is due all day)."""
    return when.astimezone(now.tzinfo).date()


def reviewed_today(library: Library, now: datetime) -> int:
    """How many units were graded on `now`'s day (they count against the daily number)."""
    return reviewed_among(scan.notes(library, may_be_reviewed), now)


def reviewed_among(notes: Iterable[Note], now: datetime) -> int:
    """`reviewed_today` of these notes (those `may_be_reviewed` chose)."""
    today = now.date()
    count = 0
    for note in notes:
        for schedule in schedules(note).values():
            if _day(schedule.reviewed, now) == today:
                count += 1
    return count


def today(library: Library, now: datetime, per_day: int) -> list[Due]:
    """The day's review: at most `per_day` units, fewer once some were graded today."""
    room = max(per_day - reviewed_today(library, now), 0)
    return all_due(library, now)[:room]


def today_among(
    held: Iterable[Note], reviewed: Iterable[Note], now: datetime, per_day: int
) -> list[Due]:
    """`today` of notes already read: `held` chosen by `may_hold_units`, `reviewed` by
    `may_be_reviewed`."""
    room = max(per_day - reviewed_among(reviewed, now), 0)
    return due_among(held, now)[:room]


def find(library: Library, key: str) -> Unit:
    """The unit whose key starts with `key` (at least 4 characters)."""
    wanted = key.strip().lower()
    if len(wanted) < 4:
        raise ReviewError("Give at least the first 4 characters of the unit's key.")
    matches = [
        unit
        for note in scan.notes(library, may_hold_units)
        for unit in units_of(note)
        if unit.key.startswith(wanted)
    ]
    if not matches:
        raise ReviewError(f"No highlight, reflection or question has the key {key!r}.")
    if len({(u.path, u.key) for u in matches}) > 1:
        raise ReviewError(f"The key {key!r} names more than one unit; give more characters.")
    return matches[0]


def next_schedule(previous: Schedule | None, grade: str, now: datetime) -> Schedule:
    """What FSRS makes of one more grade."""
    rating = GRADES.get(grade)
    if rating is None:
        raise ReviewError(f"Grade a unit again, hard, good or easy, not {grade!r}.")
    card = fsrs.Card(card_id=1, due=now)
    if previous is not None:
        card = fsrs.Card(
            card_id=1,
            state=fsrs.State.Review,
            stability=previous.stability,
            difficulty=previous.difficulty,
            due=previous.due,
            last_review=previous.reviewed,
        )
    card, _log = _SCHEDULER.review_card(card, rating, review_datetime=now)
    assert card.stability is not None and card.difficulty is not None
    return Schedule(
        due=card.due,
        stability=card.stability,
        difficulty=card.difficulty,
        reviewed=now,
        reps=(previous.reps + 1) if previous else 1,
    )


def grade(library: Library, unit: Unit, grade_name: str, now: datetime) -> tuple[Schedule, Changes]:
    """Grade a unit (again, hard, good, easy) and write its new schedule into its note."""
    return _change(library, unit, lambda old: next_schedule(old, grade_name, now))


def snooze(library: Library, unit: Unit, now: datetime, days: int = 1) -> tuple[Schedule, Changes]:
    """Bring the unit back in `days` days, keeping what FSRS knows of it."""

    def later(old: Schedule | None) -> Schedule:
        due = now + timedelta(days=days)
        if old is None:
            return Schedule(due=due, stability=0.0, difficulty=0.0, reviewed=now, reps=0)
        return Schedule(due, old.stability, old.difficulty, old.reviewed, old.reps, old.retired)

    return _change(library, unit, later)


def retire(library: Library, unit: Unit, now: datetime) -> tuple[Schedule, Changes]:
    """Never show the unit again (its history stays in the note)."""

    def retired(old: Schedule | None) -> Schedule:
        if old is None:
            return Schedule(now, 0.0, 0.0, now, 0, retired=True)
        return Schedule(old.due, old.stability, old.difficulty, old.reviewed, old.reps, True)

    return _change(library, unit, retired)


def _change(
    library: Library, unit: Unit, make: Callable[[Schedule | None], Schedule]
) -> tuple[Schedule, Changes]:
    text, stamp = library.read_text(unit.path)
    front, _body = frontmatter.read(text)
    raw = front.get(REVIEW_KEY)
    if raw is not None and not isinstance(raw, Mapping):
        raise ReviewError(
            Message("`review:` in {path} is not a mapping; fix it by hand first.", path=unit.path)
        )
    kept = dict(raw or {})
    old = Schedule.from_front(kept.get(unit.key))
    if old is not None and old.reps == 0 and old.stability == 0.0:
        old = None  # snoozed or retired before any grade: FSRS starts fresh
    new = make(old)
    kept[unit.key] = new.to_front()
    _stamp, changes = library.save(
        unit.path, frontmatter.update(text, {REVIEW_KEY: kept}), expected=stamp
    )
    return new, changes
