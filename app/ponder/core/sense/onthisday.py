"""On this day: journal entries and notes from the same date in earlier months and years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ponder.core.library import Library
from ponder.core.model import Kind, NotePath

MONTHS_BACK = 11  # the same day in each of the last eleven months…
YEARS_BACK = 10  # …and in each of the last ten years
_PER_DAY = 20


@dataclass(frozen=True, slots=True)
class Memory:
    day: date
    path: NotePath
    title: str
    kind: Kind


def earlier_days(today: date) -> list[date]:
    """The same day of the month in earlier months, then the same date in earlier years
    (skipping months without that day, such as 31 February)."""
    days: list[date] = []
    for back in range(1, MONTHS_BACK + 1):
        month = today.month - back
        year = today.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        days += _valid(year, month, today.day)
    for back in range(1, YEARS_BACK + 1):
        days += _valid(today.year - back, today.month, today.day)
    return days


def _valid(year: int, month: int, day: int) -> list[date]:
    try:
        return [date(year, month, day)]
    except ValueError:
        return []


def memories(library: Library, today: date) -> list[Memory]:
    """Journal notes and notes created on an earlier same day, most recent day first."""
    found: dict[NotePath, Memory] = {}
    for day in earlier_days(today):
        journal = library.journal.path(day)
        if library.stamp(journal) is not None:
            found.setdefault(journal, Memory(day, journal, day.isoformat(), Kind.JOURNAL))
        hits = library.search(f"created:{day.isoformat()}", limit=_PER_DAY, snippets=False)
        for hit in hits.hits:
            found.setdefault(hit.path, Memory(day, hit.path, hit.title, hit.kind))
    return sorted(found.values(), key=lambda m: (-m.day.toordinal(), m.path))
