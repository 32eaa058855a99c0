"""The response to shared posts, kept in the draft's front matter (`responses:`, one entry per
post), so it survives deleting the cache and travels with the notes.

An entry: `{channel, account, url, read, likes, boosts, replies, reactions, by_reaction,
history}` — the counts of the latest read, when it was (`read`), and `history`, one
`{at, <counts>}` per read that changed them. Counts a network does not have are left out. A
response recorded by hand is `{channel: by-hand, account: <where>, read, <counts>, note}`.
`keep_replies: true` on an entry saves the replies as notes (see replies.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ponder.core.library import Library
from ponder.core.model import Changes, NotePath
from ponder.core.share.channels.read_back import PostRef, Responses
from ponder.core.share.drafts import DraftError, edit_front

BY_HAND = "by-hand"
COUNTS = ("likes", "boosts", "replies", "reactions")
MIN_INTERVAL = timedelta(minutes=15)
"""A post is read at most this often, unless the person asks for a shorter interval."""


@dataclass(frozen=True, slots=True)
class SharedPost:
    """One `shared:` entry of a draft: where it went, and its response so far (if any)."""

    draft: NotePath
    channel: str
    account: str
    ref: PostRef
    at: datetime | None
    response: Mapping[str, object]

    @property
    def key(self) -> tuple[str, str]:
        return self.account, self.ref.url

    @property
    def read(self) -> datetime | None:
        return _time(self.response.get("read"))

    def counts(self) -> dict[str, int]:
        return self.counts_of(self.response)

    @staticmethod
    def counts_of(entry: Mapping[str, object]) -> dict[str, int]:
        """The counts an entry holds, in the order of COUNTS."""
        return {name: v for name in COUNTS if isinstance(v := entry.get(name), int)}

    def due(self, now: datetime, interval: timedelta = MIN_INTERVAL) -> bool:
        """Not read yet, or last read at least `interval` ago (a read in the future — a clock
        set back — counts as long ago)."""
        read = self.read
        return read is None or not (now - interval < read <= now)


def shared_posts(library: Library, draft: NotePath) -> list[SharedPost]:
    """The posts of `draft` (its `shared:` entries), each with its response."""
    front = library.read(draft).front
    found = {_entry_key(e): e for e in _entries(front.get("responses"))}
    posts = []
    for entry in _entries(front.get("shared")):
        # a network that gives no link (a webhook): the time it was posted tells posts apart
        url = str(entry.get("url") or "") or f"posted {entry.get('at')}"
        post_id = entry.get("id")
        ref = PostRef(url, str(post_id) if post_id is not None else None)
        account = str(entry.get("account") or "")
        response = found.get((account, url), {})
        posts.append(SharedPost(draft, str(entry.get("channel") or ""), account, ref,
                                _time(entry.get("at")), response))  # fmt: skip
    return posts


def by_hand(library: Library, draft: NotePath) -> list[Mapping[str, object]]:
    """The responses the person recorded by hand."""
    entries = _entries(library.read(draft).front.get("responses"))
    return [e for e in entries if e.get("channel") == BY_HAND]


def record_read(
    library: Library, post: SharedPost, found: Responses, at: datetime, *,
    secrets: Sequence[str] = (),
) -> Changes:  # fmt: skip
    """Store what one read found on `post`'s entry (counts, `read`, `history` when they
    changed). Nothing that looks like one of `secrets` is written."""
    counts = {name: found.counts[name] for name in COUNTS if name in found.counts}
    stamp = at.replace(microsecond=0)

    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        entries = _entries(front.get("responses"))
        old = next((e for e in entries if _entry_key(e) == post.key), None)
        entry: dict[str, object] = dict(old or {})
        entry.update(channel=post.channel, account=post.account, url=post.ref.url, read=stamp)
        for name in COUNTS:  # the latest read's counts replace the earlier ones, all of them
            entry.pop(name, None)
        entry.update(counts)
        if found.by_reaction:
            entry["by_reaction"] = {_clean(k, secrets): v for k, v in found.by_reaction.items()}
        history = _entries(entry.get("history"))
        last = {k: v for k, v in history[-1].items() if k != "at"} if history else None
        if last != counts:
            history.append({"at": stamp, **counts})
        entry["history"] = history
        return {"responses": _replaced(entries, old, entry)}

    return edit_front(library, post.draft, edit)


def record_by_hand(
    library: Library,
    draft: NotePath,
    *,
    where: str,
    counts: Mapping[str, int],
    note: str = "",
    at: datetime,
) -> Changes:
    """Add a response the person heard of outside Ponder ("3 replies in the team meeting")."""
    where = " ".join(where.split())
    if not where:
        raise DraftError("Say where the response came from (a meeting, a channel, a person).")
    if any(value < 0 for value in counts.values()) or not (counts or note.strip()):
        raise DraftError("Give at least one count (zero or more) or a note.")
    entry: dict[str, object] = {"channel": BY_HAND, "account": where}
    entry["read"] = at.replace(microsecond=0)
    entry.update({name: counts[name] for name in COUNTS if name in counts})
    if note.strip():
        entry["note"] = " ".join(note.split())

    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        return {"responses": [*_entries(front.get("responses")), entry]}

    return edit_front(library, draft, edit)


def set_keep_replies(library: Library, post: SharedPost, keep: bool) -> Changes:
    """Opt a post in (or out) of saving its replies as notes."""

    def edit(front: Mapping[str, object]) -> Mapping[str, object]:
        entries = _entries(front.get("responses"))
        old = next((e for e in entries if _entry_key(e) == post.key), None)
        entry = dict(old or {"channel": post.channel, "account": post.account})
        entry["url"] = post.ref.url
        entry["keep_replies"] = keep
        return {"responses": _replaced(entries, old, entry)}

    return edit_front(library, post.draft, edit)


def _entries(value: object) -> list[dict[str, object]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise DraftError("`responses:` or `shared:` is not a list; Ponder leaves it to you.")
    return [item for item in value if isinstance(item, dict)]


def _entry_key(entry: Mapping[str, object]) -> tuple[str, str]:
    return str(entry.get("account") or ""), str(entry.get("url") or "")


def _replaced(
    entries: list[dict[str, object]], old: dict[str, object] | None, new: dict[str, object]
) -> list[dict[str, object]]:
    if old is None:
        return [*entries, new]
    return [new if entry is old else entry for entry in entries]


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _clean(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "…")
    return text
