"""The feeds a person follows, kept in the vault as `feeds.yaml` so they sync with the notes."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from ponder.core import frontmatter
from ponder.core.urls import page_key

FILE_NAME = "feeds.yaml"
DEFAULT_INTERVAL = 60
"""Minutes between two refreshes of a feed, unless its `interval` says otherwise."""
MIN_INTERVAL = 5
_HEADER = (
    "# The feeds Ponder follows into inbox/. Edit freely: url is required; interval is in\n"
    "# minutes; muted feeds are not refreshed on their own.\n"
    "# Fetch state (ETag, errors, entries seen) is kept outside the vault.\n"
)
_KNOWN = ("url", "title", "site", "interval", "muted", "added")
_TRUE = frozenset({"true", "yes", "on", "1"})


class SubscriptionError(Exception):
    """feeds.yaml cannot be read or written; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed followed. `extra` keeps keys Ponder does not know, exactly as found."""

    url: str
    title: str = ""
    site: str = ""
    interval: int = DEFAULT_INTERVAL
    muted: bool = False
    added: str = ""
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """What two subscriptions to the same feed share (the one page rule)."""
        return page_key(self.url) or self.url.strip()

    @property
    def name(self) -> str:
        return self.title or self.url

    def as_data(self) -> dict[str, object]:
        data: dict[str, object] = {"url": self.url}
        if self.title:
            data["title"] = self.title
        if self.site:
            data["site"] = self.site
        data["interval"] = self.interval
        data["muted"] = self.muted
        if self.added:
            data["added"] = self.added
        data.update({k: v for k, v in self.extra.items() if k not in _KNOWN})
        return data


def from_data(data: Mapping[object, object], where: str) -> Subscription:
    url = data.get("url")
    if not isinstance(url, str) or not url.strip():
        raise SubscriptionError(f"{where} has no `url:`; every feed needs its address.")
    return Subscription(
        url=url.strip(),
        title=_text(data.get("title")),
        site=_text(data.get("site")),
        interval=_interval(data.get("interval"), where),
        muted=_text(data.get("muted")).lower() in _TRUE,
        added=_text(data.get("added")),
        extra={str(k): v for k, v in data.items() if str(k) not in _KNOWN},
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


def _interval(value: object, where: str) -> int:
    if value is None or value == "":
        return DEFAULT_INTERVAL
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise SubscriptionError(
            f"{where}: interval {value!r} is not a number of minutes."
        ) from None
    return max(MIN_INTERVAL, minutes)


class Subscriptions:
    """Reads and writes `<vault>/feeds.yaml`; every change re-reads the file first, so an edit
    made elsewhere meanwhile is kept."""

    def __init__(self, vault_root: Path) -> None:
        self.path = vault_root / FILE_NAME

    def load(self) -> list[Subscription]:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise SubscriptionError(f"{self.path} cannot be read ({exc}).") from exc
        try:
            data = frontmatter.load(text, first_line=1)
        except frontmatter.FrontMatterError as exc:
            raise SubscriptionError(
                f"{self.path}: {exc} Fix the file; nothing was changed."
            ) from exc
        feeds = data.get("feeds") or []
        if not isinstance(feeds, list):
            raise SubscriptionError(f"{self.path}: `feeds:` must be a list of feeds.")
        found: dict[str, Subscription] = {}
        for number, item in enumerate(feeds, 1):
            if not isinstance(item, dict):
                raise SubscriptionError(f"{self.path}: feed {number} is not `url: …` lines.")
            sub = from_data(item, f"{self.path}: feed {number}")
            found.setdefault(sub.key, sub)
        return list(found.values())

    def save(self, subscriptions: Iterable[Subscription]) -> None:
        """Write atomically (temp file, fsync, rename)."""
        items = [s.as_data() for s in subscriptions]
        text = _HEADER + (
            "feeds:" + frontmatter.dump_value(items) + "\n" if items else "feeds: []\n"
        )
        tmp = self.path.with_name(f".{FILE_NAME}.{secrets.token_hex(4)}.tmp")
        try:
            with tmp.open("w", encoding="utf-8", newline="\n") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            tmp.replace(self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise SubscriptionError(f"{self.path} cannot be written ({exc.strerror}).") from exc

    def add(self, sub: Subscription) -> tuple[Subscription, bool]:
        """(the subscription, True) once added; (the one already there, False) for a feed
        followed already."""
        subs = self.load()
        for known in subs:
            if known.key == sub.key:
                return known, False
        self.save([*subs, sub])
        return sub, True

    def change(self, key: str, **changes: object) -> Subscription | None:
        subs = self.load()
        for i, known in enumerate(subs):
            if known.key == key:
                subs[i] = replace(known, **changes)  # type: ignore[arg-type]
                self.save(subs)
                return subs[i]
        return None

    def remove(self, key: str) -> Subscription | None:
        subs = self.load()
        kept = [s for s in subs if s.key != key]
        if len(kept) == len(subs):
            return None
        self.save(kept)
        return next(s for s in subs if s.key == key)


def find(subs: list[Subscription], ref: str) -> Subscription | None:
    """The feed named by its number in `ponder feeds list`, its address, or its title."""
    ref = ref.strip()
    if ref.isdigit() and 1 <= int(ref) <= len(subs):
        return subs[int(ref) - 1]
    key = page_key(ref)
    for sub in subs:
        if (key is not None and sub.key == key) or sub.url == ref:
            return sub
    matches = [s for s in subs if s.title.casefold() == ref.casefold()]
    return matches[0] if len(matches) == 1 else None
