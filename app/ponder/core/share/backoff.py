"""Waiting after failed reads: longer each time, or exactly as long as the network asked.

Kept apart from refresh.py (which loads every channel) so the window can hold one from the
start without loading the channels before they are needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=6)


@dataclass
class Backoff:
    """Per post (account, url): failures in a row and the time before which not to ask."""

    _state: dict[tuple[str, str], tuple[int, datetime]] = field(default_factory=dict)

    def not_before(self, key: tuple[str, str]) -> datetime | None:
        state = self._state.get(key)
        return state[1] if state else None

    def failed(
        self,
        key: tuple[str, str],
        now: datetime,
        retry_after: float | None,
        floor: timedelta = timedelta(0),
    ) -> datetime:
        """The time before which not to ask again: as long as the network asked (Retry-After),
        else doubling from FIRST_WAIT; never sooner than `floor` (the least time between two
        reads of one post, a failed one included)."""
        failures = self._state.get(key, (0, now))[0] + 1
        if retry_after is not None:
            wait = timedelta(seconds=retry_after)
        else:
            wait = min(FIRST_WAIT * 2 ** (failures - 1), LONGEST_WAIT)
        wait = max(wait, floor)
        self._state[key] = (failures, now + wait)
        return now + wait

    def succeeded(self, key: tuple[str, str]) -> None:
        self._state.pop(key, None)
