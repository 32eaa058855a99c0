"""What Ponder remembers about fetching each feed, kept outside the vault (a cache, not truth).

One JSON file per vault in the user state folder. Losing it costs one full fetch of each feed;
the inbox stays free of repeats because items are also matched by page (core/urls.py).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

from ponder.core.index import index_dir_for

MAX_SEEN = 2000
"""Entry ids remembered per feed beyond those it lists now (those are always kept)."""
MAX_BACKOFF = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FeedState:
    """Times are ISO 8601 text with an offset; `retry_at` is set while the feed backs off."""

    etag: str | None = None
    modified: str | None = None
    checked: str | None = None
    ok: str | None = None
    error: str | None = None
    failures: int = 0
    retry_at: str | None = None
    added_last: int = 0
    seen: tuple[str, ...] = field(default=())

    def due(self, now: datetime, interval_minutes: int) -> bool:
        """Whether a refresh that honours the schedule should fetch the feed now."""
        if self.retry_at is not None:
            return now >= datetime.fromisoformat(self.retry_at)
        if self.checked is None:
            return True
        return now >= datetime.fromisoformat(self.checked) + timedelta(minutes=interval_minutes)

    def succeeded(self, now: datetime, etag: str | None, modified: str | None) -> FeedState:
        return replace(
            self,
            etag=etag,
            modified=modified,
            checked=now.isoformat(),
            ok=now.isoformat(),
            error=None,
            failures=0,
            retry_at=None,
        )

    def failed(
        self, now: datetime, reason: str, interval_minutes: int, retry_after: str | None
    ) -> FeedState:
        """Back off exponentially: one interval, then two, four… at most a day, and never
        sooner than the site's Retry-After."""
        failures = self.failures + 1
        delay = min(timedelta(minutes=interval_minutes) * 2 ** (failures - 1), MAX_BACKOFF)
        delay = max(delay, _retry_after(retry_after, now))
        return replace(
            self,
            checked=now.isoformat(),
            error=reason,
            failures=failures,
            retry_at=(now + delay).isoformat(),
        )

    def with_seen(self, ids: list[str]) -> FeedState:
        """Every id the feed lists now, then older ones up to MAX_SEEN in all: an entry still
        in the feed is never forgotten, however long the feed is."""
        current = list(dict.fromkeys(ids))
        listed = set(current)
        older = [i for i in self.seen if i not in listed][: max(0, MAX_SEEN - len(current))]
        return replace(self, seen=tuple(current + older))


def _retry_after(value: str | None, now: datetime) -> timedelta:
    """Retry-After as seconds or an HTTP date; nothing usable counts as zero."""
    if not value:
        return timedelta()
    value = value.strip()
    if value.isdigit():
        return min(timedelta(seconds=int(value)), MAX_BACKOFF)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return timedelta()
    return min(max(when - now, timedelta()), MAX_BACKOFF) if when.tzinfo else timedelta()


class StateStore:
    """`<state>/feeds/<vault key>.json`: feed key → FeedState."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_vault(cls, vault_root: Path, state_root: Path) -> StateStore:
        name = index_dir_for(vault_root, state_root).name
        return cls(state_root / "feeds" / f"{name}.json")

    def load(self) -> dict[str, FeedState]:
        """Everything known; an unreadable file counts as empty (it is only a cache)."""
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        states: dict[str, FeedState] = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            try:
                value["seen"] = tuple(str(s) for s in value.get("seen", ()))
                states[str(key)] = FeedState(**value)
            except (TypeError, AttributeError):
                continue
        return states

    def get(self, key: str) -> FeedState:
        return self.load().get(key, FeedState())

    def put(self, key: str, state: FeedState) -> None:
        states = self.load()
        states[key] = state
        self._write(states)

    def drop(self, key: str) -> None:
        states = self.load()
        if states.pop(key, None) is not None:
            self._write(states)

    def _write(self, states: dict[str, FeedState]) -> None:
        data = {key: {**asdict(s), "seen": list(s.seen)} for key, s in states.items()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        tmp.write_text(json.dumps(data, indent=1), "utf-8")
        tmp.replace(self.path)
