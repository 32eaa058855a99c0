"""`ponder feeds`: follow RSS, Atom and JSON feeds into the inbox (add, list, refresh, remove…)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ponder.cli_capture import EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, CaptureError
from ponder.core import settings
from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.feeds.fetching import machine_online
from ponder.core.capture.feeds.service import (
    FeedError,
    FeedOptions,
    FeedOutcome,
    FeedService,
    Refreshed,
)
from ponder.core.capture.feeds.state import StateStore
from ponder.core.capture.feeds.subscriptions import Subscription, SubscriptionError, find
from ponder.core.capture.importers.opml import Feed, read_opml
from ponder.core.capture.importers.report import ImportFileError, ImportReport
from ponder.core.library import Library

if TYPE_CHECKING:
    from ponder.output import Output


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feeds = sub.add_parser("feeds", help="follow RSS, Atom and JSON feeds into the inbox")
    actions = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="follow a feed, the feed a page announces, or an OPML list"
    )
    add.add_argument("url", metavar="URL|FILE", help="a feed or page address, or an OPML file")
    add.add_argument("--pick", metavar="N,M…", help="OPML: follow these numbered feeds")
    add.add_argument("--all", action="store_true", help="OPML: follow every feed listed")
    listing = actions.add_parser("list", help="the feeds followed: unread, last refresh, errors")
    refresh = actions.add_parser("refresh", help="fetch feeds that are due (or FEED, now)")
    refresh.add_argument("feed", nargs="?", metavar="FEED", help="number, address or title")
    refresh.add_argument("--force", action="store_true", help="ignore intervals and backoff")
    remove = actions.add_parser("remove", help="stop following a feed (its items stay)")
    mute = actions.add_parser("mute", help="stop refreshing a feed on its own")
    unmute = actions.add_parser("unmute", help="refresh a muted feed again")
    read = actions.add_parser("mark-read", help="mark every item of a feed read")
    for parser in (remove, mute, unmute, read):
        parser.add_argument("feed", metavar="FEED", help="number, address or title")
    for parser in (add, listing, refresh, remove, mute, unmute, read):
        parser.add_argument("--json", action="store_true", help="stable output for scripts")
        parser.add_argument(
            "--allow-local",
            action="store_true",
            help="allow addresses on this computer or network (setting allow_local_addresses)",
        )


def cmd_feeds(library: Library, args: argparse.Namespace, out: Output, loaded: object) -> int:
    service = _service(library, args, loaded)
    handler = {
        "add": _add,
        "list": _list,
        "refresh": _refresh,
        "remove": _remove,
        "mute": _mute,
        "unmute": _mute,
        "mark-read": _mark_read,
    }[args.feeds_command]
    try:
        return handler(service, args, out)
    except (FeedError, SubscriptionError) as exc:
        raise CaptureError(str(exc)) from exc


def _service(library: Library, args: argparse.Namespace, loaded: object) -> FeedService:
    prefs = loaded.settings if isinstance(loaded, settings.LoadedSettings) else settings.Settings()
    local = bool(args.allow_local) or prefs.allow_local_addresses
    store = StateStore.for_vault(library.root, settings.Dirs.for_user().state)
    return FeedService(library, store, FeedOptions(policy=AddressPolicy(allow_local=local)))


def _add(service: FeedService, args: argparse.Namespace, out: Output) -> int:
    path = Path(args.url).expanduser()
    if not args.url.lower().startswith(("http://", "https://")) and path.is_file():
        return _add_opml(service, path, args, out)
    sub, new = service.subscribe(args.url)
    if args.json:
        out.json({"feed": _feed_json(sub), "added": new})
    else:
        out.line(f"{'Following' if new else 'Already following'} {sub.name} ({sub.url}).")
    return EXIT_OK


def _add_opml(service: FeedService, path: Path, args: argparse.Namespace, out: Output) -> int:
    try:
        listed = read_opml(path, ImportReport("opml", path.name)).feeds
    except ImportFileError as exc:
        raise CaptureError(f"{path.name}: {exc}") from exc
    chosen = _chosen(listed, args.pick, args.all)
    if chosen is None:
        if args.json:
            out.json({"listed": [_outline_json(n, f) for n, f in enumerate(listed, 1)]})
        else:
            for number, feed in enumerate(listed, 1):
                out.line(f"{number:>3}  {feed.title}  {feed.xml_url}")
            out.warn("nothing followed yet: pass --pick 1,3 (numbers above) or --all.")
        return EXIT_OK
    results = service.subscribe_many(f.xml_url for f in chosen)
    followed = [r for _u, r in results if isinstance(r, Subscription)]
    if args.json:
        out.json(
            {
                "followed": [_feed_json(s) for s in followed],
                "refused": [{"url": u, "reason": r} for u, r in results if isinstance(r, str)],
            }
        )
    else:
        for url, result in results:
            out.line(
                f"Following {url}" if isinstance(result, Subscription) else f"Not {url}: {result}"
            )
    return EXIT_OK


def _chosen(listed: list[Feed], pick: str | None, everything: bool) -> list[Feed] | None:
    if everything:
        return listed
    if not pick:
        return None
    chosen: list[Feed] = []
    for part in pick.replace(" ", "").split(","):
        if not part.isdigit() or not 1 <= int(part) <= len(listed):
            raise CaptureError(
                f"--pick: {part!r} is not a number from 1 to {len(listed)}.", EXIT_USAGE
            )
        chosen.append(listed[int(part) - 1])
    return chosen


def _list(service: FeedService, args: argparse.Namespace, out: Output) -> int:
    statuses = service.statuses()
    if args.json:
        out.json(
            [
                {
                    **_feed_json(s.sub),
                    "unread": s.unread,
                    "items": s.items,
                    "last_refresh": s.state.checked,
                    "last_ok": s.state.ok,
                    "error": s.state.error,
                    "retry_at": s.state.retry_at,
                }
                for s in statuses
            ]
        )
        return EXIT_OK
    if not statuses:
        out.line("No feeds followed yet: ponder feeds add URL")
    for number, s in enumerate(statuses, 1):
        muted = " (muted)" if s.sub.muted else ""
        when = s.state.checked or "never"
        out.line(f"{number:>3}  {s.sub.name}{muted} — {s.unread} unread — refreshed {when}")
        if s.state.error:
            out.line(f"     error: {s.state.error} (next try {s.state.retry_at})")
    return EXIT_OK


def _refresh(service: FeedService, args: argparse.Namespace, out: Output) -> int:
    only = [_one(service, args.feed)] if args.feed else None
    results = service.refresh(only, force=args.force or only is not None, online=machine_online())
    if args.json:
        out.json([_result_json(r) for r in results])
    else:
        for result in results:
            if result.outcome not in (FeedOutcome.NOT_DUE, FeedOutcome.MUTED):
                out.line(f"{result.sub.name}: {result.message or result.outcome}")
    failed = [r for r in results if r.outcome in (FeedOutcome.FAILED, FeedOutcome.OFFLINE)]
    return EXIT_FAILED if failed and len(failed) == len(results) else EXIT_OK


def _remove(service: FeedService, args: argparse.Namespace, out: Output) -> int:
    sub = _one(service, args.feed)
    service.unsubscribe(sub)
    if args.json:
        out.json({"removed": _feed_json(sub)})
    else:
        out.line(f"No longer following {sub.name}; its items stay in the inbox.")
    return EXIT_OK


def _mute(service: FeedService, args: argparse.Namespace, out: Output) -> int:
    sub = service.set_muted(_one(service, args.feed), args.feeds_command == "mute")
    assert sub is not None
    if args.json:
        out.json(_feed_json(sub))
    else:
        out.line(f"{sub.name} is {'muted' if sub.muted else 'refreshed again'}.")
    return EXIT_OK


def _mark_read(service: FeedService, args: argparse.Namespace, out: Output) -> int:
    sub = _one(service, args.feed)
    changes = service.mark_all_read(sub)
    if args.json:
        out.json({"feed": _feed_json(sub), "marked": len(changes.updated)})
    else:
        out.line(f"Marked {len(changes.updated)} items of {sub.name} read.")
    return EXIT_OK


def _one(service: FeedService, ref: str) -> Subscription:
    sub = find(service.subscriptions.load(), ref)
    if sub is None:
        raise CaptureError(
            f"No feed matches {ref!r} (give its number from `ponder feeds list`, its address "
            "or its title).",
            EXIT_NOT_FOUND,
        )
    return sub


def _feed_json(sub: Subscription) -> dict[str, object]:
    return {
        "url": sub.url,
        "title": sub.title,
        "site": sub.site,
        "interval": sub.interval,
        "muted": sub.muted,
    }


def _outline_json(number: int, feed: Feed) -> dict[str, object]:
    return {"number": number, "title": feed.title, "url": feed.xml_url}


def _result_json(result: Refreshed) -> dict[str, object]:
    return {
        "feed": result.sub.url,
        "outcome": result.outcome,
        "added": [str(p) for p in result.added],
        "passed_over": result.passed_over,
        "message": result.message,
    }
