"""What the Shared view lists: the drafts, and what was shared where, read from the files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.notes import FOLDER_KINDS, parse_when
from ponder.core.share import delivery
from ponder.core.vault import NoteReadError


@dataclass(frozen=True, slots=True)
class SharedEntry:
    """One post: which draft went where, as whom, when, and the notes it drew on. `state` is
    SENT, or for a target that did not take it FAILED or UNKNOWN with its `reason`."""

    draft: NotePath
    title: str
    channel: str
    account: str
    url: str
    at: datetime | None
    sources: tuple[str, ...] = ()
    state: delivery.Delivery = delivery.Delivery.SENT
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """A draft as the Shared view lists it."""

    path: NotePath
    title: str
    status: str
    targets: tuple[str, ...]
    sources: tuple[str, ...]
    shared: int
    updated: datetime | None


def list_drafts(library: Library, paths: Iterable[NotePath] | None = None) -> list[DraftInfo]:
    """Every draft in the vault (`kind: draft`, or in `drafts/` without a kind), by title;
    with `paths`, the drafts among those notes only (the others are not read)."""
    drafts = [
        DraftInfo(
            path=path,
            title=_text(front.get("title")) or path.rsplit("/", 1)[-1].removesuffix(".md"),
            status=_text(front.get("status")) or "draft",
            targets=_strings(front.get("targets")),
            sources=_strings(front.get("sources")),
            shared=len(_entries(front)),
            updated=parse_when(front.get("updated")),
        )
        for path, front in _drafts(library, paths)
    ]
    return sorted(drafts, key=lambda d: (d.title.casefold(), d.path))


def shared_history(library: Library) -> list[SharedEntry]:
    """Every `shared:` entry of every draft, and each target whose last post did not arrive
    (its `delivery:` outcome), newest first (undated entries last)."""
    drafts = list(_drafts(library))
    found = [
        SharedEntry(
            draft=path,
            title=_text(front.get("title")) or path,
            channel=_text(entry.get("channel")) or "",
            account=_text(entry.get("account")) or "",
            url=_text(entry.get("url")) or "",
            at=parse_when(entry.get("at")),
            sources=_strings(front.get("sources")),
        )
        for path, front in drafts
        for entry in _entries(front)
    ]
    found += [
        SharedEntry(
            draft=path,
            title=_text(front.get("title")) or path,
            channel="",
            account=outcome.account,
            url="",
            at=outcome.at,
            sources=_strings(front.get("sources")),
            state=outcome.state,
            reason=outcome.reason,
        )
        for path, front in drafts
        for outcome in delivery.outcomes(front).values()
        if outcome.state is not delivery.Delivery.SENT
    ]
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(found, key=lambda e: (e.at is not None, e.at or oldest), reverse=True)


def _drafts(
    library: Library, paths: Iterable[NotePath] | None = None
) -> Iterator[tuple[NotePath, dict[str, object]]]:
    """(path, front matter) of each draft (among `paths`, or every note), read from the
    files (the index keeps no status)."""
    for path in (e.path for e in library.scan()) if paths is None else paths:
        in_drafts = FOLDER_KINDS.get(path.split("/", 1)[0].lower()) is Kind.DRAFT
        try:
            text, _stamp = library.read_text(path)
            head = frontmatter.split(text).front
            if not (in_drafts or (head and "draft" in head)):
                continue  # cheap: most notes are not drafts, and YAML is slow
            front = frontmatter.load(head) if head else {}
        except (NoteReadError, frontmatter.FrontMatterError):
            continue
        kind = Kind.parse(front["kind"]) if "kind" in front else None
        if kind is Kind.DRAFT or (kind is None and in_drafts):
            yield path, front


def _entries(front: dict[str, object]) -> list[dict[str, object]]:
    shared = front.get("shared")
    if not isinstance(shared, list):
        return []
    return [entry for entry in shared if isinstance(entry, dict)]


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(item) for item in value if isinstance(item, str | int))
