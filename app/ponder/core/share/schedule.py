"""Posting later: `scheduled:` in a draft's front matter, one entry per account
(`{account, at, accept_findings}`; `error` after a failed try), sent when Ponder runs at or
after that time.

A post whose time came while Ponder was running goes out by itself; one whose time passed
while Ponder was closed (before this run started) is `missed` and waits for the person to
say yes, since what was timely then may not be now. The clock is injected everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ponder.core.library import Library
from ponder.core.messages import said
from ponder.core.model import Changes, NotePath
from ponder.core.share import history, sending
from ponder.core.share.accounts import Account
from ponder.core.share.channels import Channel, ChannelError
from ponder.core.share.drafts import DraftError, edit_front


@dataclass(frozen=True, slots=True)
class Scheduled:
    """One post waiting for its time."""

    draft: NotePath
    title: str
    account: str
    at: datetime
    accept_findings: bool = False
    error: str | None = None

    def missed(self, started: datetime) -> bool:
        """Its time passed before this Ponder started: ask before sending."""
        return self.at <= started


def parse_time(text: str, now: datetime) -> datetime:
    """`2026-12-07 09:00` (local time unless an offset is given), not in the past."""
    try:
        when = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise DraftError(
            f"{text!r} is not a time Ponder understands; write it like 2026-12-07 09:00."
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # this computer's local time, with its own summer time rules
    if when <= now:
        raise DraftError(f"{when:%Y-%m-%d %H:%M} has passed; choose a later time.")
    return when.replace(second=0, microsecond=0)


def schedule(
    library: Library,
    draft: NotePath,
    accounts: Sequence[str],
    at: datetime,
    *,
    accept_findings: bool = False,
) -> Changes:
    """Schedule `draft` for each account at `at` (replacing an earlier time for it)."""

    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        kept = [e for e in _entries(front) if e.get("account") not in accounts]
        new = [{"account": name, "at": at, "accept_findings": accept_findings} for name in accounts]
        return {"scheduled": kept + new}

    return edit_front(library, draft, edit)


def unschedule(library: Library, draft: NotePath, account: str | None = None) -> Changes:
    """Cancel the draft's scheduled post to `account` (all of them when None)."""

    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        kept = [e for e in _entries(front) if account is not None and e.get("account") != account]
        return {"scheduled": kept}

    return edit_front(library, draft, edit)


def mark_failed(library: Library, item: Scheduled, error: str) -> Changes:
    """Keep the entry, with why it could not be sent (shown until the person acts)."""

    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        entries = [
            {**e, "error": error} if e.get("account") == item.account else e
            for e in _entries(front)
        ]
        return {"scheduled": entries}

    return edit_front(library, item.draft, edit)


_DRAFTS_AT_ONCE = 500


def indexed_drafts(library: Library) -> list[NotePath]:
    """The notes the index knows as drafts (`kind:draft`, which is also what a note in
    drafts/ without a kind is indexed as): all `pending` needs to read in a window, which
    keeps the index true, instead of every note of the vault."""
    results = library.search("kind:draft", limit=_DRAFTS_AT_ONCE, snippets=False)
    if results.total > len(results.hits):
        results = library.search("kind:draft", limit=results.total, snippets=False)
    return [hit.path for hit in results.hits]


def pending_indexed(library: Library) -> list[Scheduled]:
    """`pending` of the drafts the index knows (see indexed_drafts)."""
    return pending(library, indexed_drafts(library))


def pending(library: Library, drafts: Iterable[NotePath] | None = None) -> list[Scheduled]:
    """Every scheduled post of every draft (of those among `drafts`, when given), soonest
    first."""
    found: list[Scheduled] = []
    for info in history.list_drafts(library, drafts):
        front = library.read(info.path).front
        for entry in _entries(front):
            when = _time(entry.get("at"))
            if when is None or not entry.get("account"):
                continue
            error = entry.get("error")
            found.append(Scheduled(info.path, info.title, str(entry["account"]), when,
                                   entry.get("accept_findings") is True,
                                   str(error) if error else None))  # fmt: skip
    return sorted(found, key=lambda s: (s.at, s.draft, s.account))


def due(library: Library, now: datetime) -> list[Scheduled]:
    """The scheduled posts whose time has come and that have not failed."""
    return [s for s in pending(library) if s.at <= now and s.error is None]


def send_scheduled(
    library: Library,
    item: Scheduled,
    account: Account,
    channel: Channel,
    *,
    private_terms: Sequence[str],
    now: datetime,
) -> str | None:
    """Send one scheduled post through the usual pipeline; None when it went out (and its
    entry is gone), else the sentence saying why not (kept on the entry). Blocking."""
    try:
        limits = sending.instance_limits(channel)
        prepared = sending.prepare(library, item.draft, account, private_terms=private_terms,
                                   limits=limits)  # fmt: skip
        sending.send(library, prepared, channel, accept_findings=item.accept_findings, now=now)
    except (sending.SendError, DraftError) as exc:
        error = said(exc)
    except ChannelError as exc:
        error = exc.message
    else:
        unschedule(library, item.draft, item.account)
        return None
    mark_failed(library, item, error)
    return error


def _entries(front: Mapping[str, object]) -> list[dict[str, object]]:
    value = front.get("scheduled")
    if value is None:
        return []
    if not isinstance(value, list):
        raise DraftError("`scheduled:` is not a list; Ponder leaves it for you to fix.")
    return [e for e in value if isinstance(e, dict)]


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
