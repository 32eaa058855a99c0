"""Follow feeds: subscribe (feed, page or OPML), refresh (conditional, scheduled, backing off,
capped, de-duplicated), unsubscribe, mute, mark read. The one entry point for the CLI and UI."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.feeds import items
from ponder.core.capture.feeds.fetching import alternate_feeds, fetch_feed, is_page
from ponder.core.capture.feeds.parsing import Entry, FeedFormatError, ParsedFeed, parse_feed
from ponder.core.capture.feeds.state import FeedState, StateStore
from ponder.core.capture.feeds.subscriptions import Subscription, Subscriptions
from ponder.core.capture.fetch import FetchError, FetchLimits, HttpStatusError, Page
from ponder.core.library import Library
from ponder.core.messages import Message, said
from ponder.core.model import Changes, NotePath
from ponder.core.notes import INBOX
from ponder.core.urls import page_key
from ponder.core.vault import VaultError

MAX_NEW_ITEMS = 20
"""New inbox items one refresh of one feed may add; older entries past it are marked seen."""


class FeedError(Exception):
    """Subscribing failed; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class FeedOptions:
    policy: AddressPolicy = field(default_factory=AddressPolicy)
    limits: FetchLimits = field(default_factory=FetchLimits)
    max_new: int = MAX_NEW_ITEMS


class FeedOutcome(StrEnum):
    """How one feed's refresh went."""

    NEW = "new"
    UNCHANGED = "unchanged"  # 304, or nothing new
    FAILED = "failed"
    OFFLINE = "offline"
    NOT_DUE = "not-due"
    MUTED = "muted"


@dataclass(frozen=True, slots=True)
class Refreshed:
    """One feed's refresh."""

    sub: Subscription
    outcome: FeedOutcome
    added: tuple[NotePath, ...] = ()
    passed_over: int = 0
    message: str = ""
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """What the Feeds view and `ponder feeds list` show for one feed."""

    sub: Subscription
    state: FeedState
    unread: int
    items: int


class FeedService:
    """Built by the composition root (or the CLI) for one vault."""

    def __init__(
        self,
        library: Library,
        store: StateStore,
        options: FeedOptions | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.library = library
        self.subscriptions = Subscriptions(library.root)
        self.states = store
        self.options = options or FeedOptions()
        self._now = now or (lambda: datetime.now().astimezone())

    def subscribe(self, url: str) -> tuple[Subscription, bool]:
        """Follow the feed at `url`, or the first feed a page at `url` announces. Fetches once
        to check it is a feed (nothing goes to the inbox until the first refresh)."""
        if page_key(url) is None:
            raise FeedError(Message("{url!r} is not a web address (http:// or https://).", url=url))
        feed_url, parsed = self._find_feed(url.strip())
        sub = Subscription(
            url=feed_url,
            title=parsed.title if parsed.title != feed_url else "",
            site=parsed.site or "",
            added=self._now().replace(microsecond=0).isoformat(),
        )
        return self.subscriptions.add(sub)

    def subscribe_many(self, urls: Iterable[str]) -> list[tuple[str, Subscription | str]]:
        """Follow several feeds (from an OPML list); each result is the subscription or why not.
        The feeds are not fetched now: OPML names feed addresses already."""
        results: list[tuple[str, Subscription | str]] = []
        for url in urls:
            if page_key(url) is None:
                results.append((url, "not a web address"))
                continue
            stamp = self._now().replace(microsecond=0).isoformat()
            sub, _new = self.subscriptions.add(Subscription(url=url.strip(), added=stamp))
            results.append((url, sub))
        return results

    def _find_feed(self, url: str) -> tuple[str, ParsedFeed]:
        """(the feed's address, the feed): `url` itself, or the feed its page announces."""
        feed_url = url
        try:
            page = self._get(url)
            if is_page(page):
                found = alternate_feeds(page.text(), page.url)
                if not found:
                    raise FeedError(Message("{url} is a web page that announces no feed.", url=url))
                feed_url = found[0]
                page = self._get(feed_url)
            parsed = parse_feed(page.body, page.url, page.content_type, page.charset)
        except FetchError as exc:
            raise FeedError(exc.reason) from exc
        except FeedFormatError as exc:
            raise FeedError(Message("{url}: {error}", url=feed_url, error=said(exc))) from exc
        return feed_url, parsed

    def _get(self, url: str) -> Page:
        fetched = fetch_feed(url, self.options.policy, self.options.limits)
        if fetched.page is None:  # a 304 to a request without validators: a broken server
            raise FeedError(Message("{url} answered 'not modified' to a first request.", url=url))
        return fetched.page

    def unsubscribe(self, sub: Subscription) -> bool:
        """Stop following; the items already in the inbox stay."""
        removed = self.subscriptions.remove(sub.key) is not None
        self.states.drop(sub.key)
        return removed

    def set_muted(self, sub: Subscription, muted: bool) -> Subscription | None:
        return self.subscriptions.change(sub.key, muted=muted)

    def statuses(self) -> list[FeedStatus]:
        subs = self.subscriptions.load()
        states = self.states.load()
        counts: dict[str, list[int]] = {}
        for item in items.feed_items(self.library):
            tally = counts.setdefault(page_key(item.feed) or item.feed, [0, 0])
            tally[0] += item.unread
            tally[1] += 1
        return [
            FeedStatus(s, states.get(s.key, FeedState()), *counts.get(s.key, [0, 0])) for s in subs
        ]

    def mark_all_read(self, sub: Subscription) -> Changes:
        paths = [
            i.path
            for i in items.feed_items(self.library)
            if i.unread and (page_key(i.feed) or i.feed) == sub.key
        ]
        return items.mark_read(self.library, paths)

    def refresh(
        self,
        only: Iterable[Subscription] | None = None,
        *,
        force: bool = False,
        online: bool = True,
    ) -> list[Refreshed]:
        """Refresh the given feeds (all, by default). Without `force`, muted feeds and feeds
        not yet due (interval, backoff) are left; offline, nothing is fetched at all."""
        chosen = list(only) if only is not None else self.subscriptions.load()
        results: list[Refreshed] = []
        for sub in chosen:
            state = self.states.get(sub.key)
            if not online:
                results.append(
                    Refreshed(sub, FeedOutcome.OFFLINE, message="The computer is offline.")
                )
            elif not force and sub.muted:
                results.append(Refreshed(sub, FeedOutcome.MUTED))
            elif not force and not state.due(self._now(), sub.interval):
                results.append(Refreshed(sub, FeedOutcome.NOT_DUE))
            else:
                results.append(self._refresh_one(sub, state))
        return results

    def _refresh_one(self, sub: Subscription, state: FeedState) -> Refreshed:
        now = self._now()
        try:
            fetched = fetch_feed(
                sub.url, self.options.policy, self.options.limits,
                etag=state.etag, modified=state.modified,
            )  # fmt: skip
            if fetched.page is None:
                self.states.put(sub.key, state.succeeded(now, fetched.etag, fetched.modified))
                return Refreshed(
                    sub, FeedOutcome.UNCHANGED, message="Not modified since the last refresh."
                )
            page = fetched.page
            parsed = parse_feed(page.body, page.url, page.content_type, page.charset)
        except (FetchError, FeedFormatError) as exc:
            reason = exc.reason if isinstance(exc, FetchError) else str(exc)
            retry = exc.retry_after if isinstance(exc, HttpStatusError) else None
            self.states.put(sub.key, state.failed(now, reason, sub.interval, retry))
            return Refreshed(sub, FeedOutcome.FAILED, message=reason)
        result = self._add_entries(sub, state, parsed)
        done = state.succeeded(now, fetched.etag, fetched.modified).with_seen(
            [e.id for e in parsed.entries]
        )
        self.states.put(sub.key, _with_added(done, len(result.added)))
        return result

    def _add_entries(self, sub: Subscription, state: FeedState, parsed: ParsedFeed) -> Refreshed:
        seen = set(state.seen)
        keys: set[str] = set()
        fresh: list[Entry] = []
        for entry in _newest_first(parsed.entries):
            key = page_key(entry.link) if entry.link else None
            if entry.id in seen or (key is not None and (key in keys or self._known(key))):
                continue
            if key is not None:
                keys.add(key)
            fresh.append(entry)
        kept, passed = fresh[: self.options.max_new], len(fresh) - self.options.max_new
        title = parsed.title if parsed.title != sub.url else sub.title or sub.url
        now = self._now()
        drafts = [(INBOX, *items.item_text(e, sub, title, now)) for e in kept]
        results, changes = self.library.create_notes(drafts) if drafts else ([], Changes())
        added = tuple(r for r in results if not isinstance(r, VaultError))
        failed = [str(r) for r in results if isinstance(r, VaultError)]
        outcome = FeedOutcome.NEW if added else FeedOutcome.UNCHANGED
        message = _summary(len(added), max(passed, 0), failed, parsed.warning)
        return Refreshed(sub, outcome, added, max(passed, 0), message, changes)

    def _known(self, key: str) -> bool:
        """The same page is in the vault already: a clip, an import or another feed's item."""
        return bool(self.library.with_page(key))


def _newest_first(entries: list[Entry]) -> list[Entry]:
    """Dated entries newest first, then undated ones in feed order (feeds list newest first)."""
    dated = sorted(
        (e for e in entries if e.published),
        key=lambda e: datetime.fromisoformat(e.published or ""),
        reverse=True,
    )
    return dated + [e for e in entries if not e.published]


def _with_added(state: FeedState, count: int) -> FeedState:
    return replace(state, added_last=count)


def _summary(added: int, passed: int, failed: list[str], warning: str | None) -> str:
    parts = [f"{added} new item{'s' if added != 1 else ''} in the inbox."]
    if passed:
        parts.append(
            f"{passed} older entr{'ies' if passed != 1 else 'y'} passed over (the cap per refresh)."
        )
    if failed:
        parts.append(f"{len(failed)} could not be saved: {failed[0]}")
    if warning:
        parts.append(warning)
    return " ".join(parts)
