"""Drafts made from notes (kept as notes in `drafts/`), their status, and where they were shared."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.messages import Message, said
from ponder.core.model import Changes, Kind, NotePath, Problem
from ponder.core.notes import KIND_FOLDERS, new_note_text
from ponder.core.sense import journal
from ponder.core.share import delivery, templates
from ponder.core.share.excerpts import (
    Excerpt,
    excerpt,
    excerpts_block,
    links_block,
    sources_block,
)
from ponder.core.share.history import list_drafts
from ponder.core.share.markup import Links, public_url
from ponder.core.vault import NoteReadError, VaultError

STATUSES = ("draft", "ready", delivery.PARTIAL, delivery.POSTED)

_FrontEdit = Callable[[Mapping[str, object]], Mapping[str, object]]


class DraftError(ValueError):
    """A draft that cannot be made or changed as asked; the message says why."""


def new_draft(
    library: Library,
    sources: Sequence[NotePath],
    *,
    template: str = "insight",
    title: str | None = None,
    selections: Mapping[NotePath, str] | None = None,
    day: date | None = None,
    now: datetime | None = None,
    targets: Sequence[str] = (),
) -> tuple[NotePath, Changes]:
    """Write a new draft in `drafts/` from `template`, quoting each source note (the text
    `draft_text` gives)."""
    title, text = draft_text(
        library,
        sources,
        template=template,
        title=title,
        selections=selections,
        day=day,
        now=now,
        targets=targets,
    )
    results, changes = library.create_notes([(KIND_FOLDERS[Kind.DRAFT], title, text)])
    result = results[0]
    if isinstance(result, VaultError):
        raise result
    return result, changes


def draft_text(
    library: Library,
    sources: Sequence[NotePath],
    *,
    template: str = "insight",
    title: str | None = None,
    selections: Mapping[NotePath, str] | None = None,
    day: date | None = None,
    now: datetime | None = None,
    targets: Sequence[str] = (),
) -> tuple[str, str]:
    """(title, text) of the draft `new_draft` would write; nothing is written (the New draft
    dialog previews it).

    `selections` gives the passage to quote per source (else its reflection or opening).
    The weekly template gathers the journal notes of the ISO week holding `day` (today) and
    needs no sources. Front matter: `kind: draft`, `status: draft`, `targets:` (the accounts
    the composer ticks), and `sources:` (each note's id, else its path).
    """
    now = now or datetime.now().astimezone()
    body_template = templates.load(template)
    picked = selections or {}
    items = [excerpt(library.read(path), picked.get(path)) for path in sources]
    values = _values(template, items, now.date())
    if template == "weekly":
        learned, journals = _week(library, day or now.date(), values)
        values["learned"] = learned
        items = items + journals
        values["sources"] = sources_block(items)
    title = title or _default_title(template, items, values)
    values["title"] = title
    body = templates.fill(body_template, values)
    extra: dict[str, object] = {
        "status": "draft",
        "template": template,
        "targets": list(targets),
        "sources": [item.reference for item in items],
    }
    return title, new_note_text(title, Kind.DRAFT, now, body=body, extra=extra)


def _values(template: str, items: Sequence[Excerpt], today: date) -> dict[str, str]:
    return {
        "date": today.isoformat(),
        "excerpts": excerpts_block(items),
        "links": links_block(items),
        "sources": sources_block(items),
    }


def _week(library: Library, day: date, values: dict[str, str]) -> tuple[str, list[Excerpt]]:
    """Each journal note of the week (its "What did I learn today?" section and its log
    entries) under a heading per day, and the journal notes they came from."""
    week, monday, sunday = templates.iso_week(day)
    values.update(week=week, week_start=monday.isoformat(), week_end=sunday.isoformat())
    sections: list[str] = []
    journals: list[Excerpt] = []
    for offset in range(7):
        current = date.fromordinal(monday.toordinal() + offset)
        try:
            note = library.read(library.journal.path(current))
        except NoteReadError:
            continue
        # the "What did I learn today?" answer and every entry written with `ponder journal`
        answer = templates.learned_section(note.body)
        log = [entry for entry in journal.entries(note.body) if entry not in answer]
        learned = "\n\n".join(part for part in (answer, "\n".join(log)) if part)
        if learned:
            sections.append(f"{templates.day_heading(current)}\n\n{learned}")
            journals.append(Excerpt(note, learned))
    return "\n\n".join(sections), journals


def _default_title(template: str, items: Sequence[Excerpt], values: Mapping[str, str]) -> str:
    first = items[0].note.title if items else ""
    if template == "weekly":
        return f"What I learned in {values['week']}"
    if template == "roundup":
        return f"Roundup {values['date']}"
    if template == "question":
        return f"Question: {first}" if first else f"Question {values['date']}"
    return f"On {first}" if first else f"Draft {values['date']}"


_NOT_COPIED = ("id", "title", "kind", "created", "updated", "status", "shared", "responses",
               "scheduled", "variant", "variant_of")  # fmt: skip


def new_variant(
    library: Library, draft: NotePath, *, now: datetime | None = None
) -> tuple[NotePath, Changes]:
    """A second framing of `draft` to compare in Insights: the same text and sources in a new
    draft (`variant: B`, `variant_of:` the first's id), the first marked `variant: A`.
    Rewrite one of them; send each to a different target or at a different time."""
    now = now or datetime.now().astimezone()
    note = library.read(draft)
    if note.kind is not Kind.DRAFT:
        raise DraftError(
            Message(
                "{draft} is not a draft; make a draft first, then a variant of it.", draft=draft
            )
        )
    first = note.id or draft
    taken = {str(note.front.get("variant") or "A")} | _variant_letters(library, str(first))
    letter = next(chr(c) for c in range(ord("B"), ord("Z") + 1) if chr(c) not in taken)
    extra = {k: v for k, v in note.front.items() if k not in _NOT_COPIED}
    extra |= {"status": "draft", "variant": letter, "variant_of": str(first)}
    title = f"{note.title} ({letter})"
    text = new_note_text(title, Kind.DRAFT, now, body=note.body, extra=extra)
    results, changes = library.create_notes([(KIND_FOLDERS[Kind.DRAFT], title, text)])
    if isinstance(results[0], VaultError):
        raise results[0]
    if "variant" not in note.front:
        changes = changes.merge(edit_front(library, draft, lambda front: {"variant": "A"}))
    return results[0], changes


def _variant_letters(library: Library, first: str) -> set[str]:
    letters = set()
    for info in list_drafts(library):
        front = library.read(info.path).front
        if str(front.get("variant_of") or "") == first:
            letters.add(str(front.get("variant") or ""))
    return letters


def public_links(library: Library) -> Links:
    """Links for rendering: a `[[wikilink]]` stands for the public page of the note it names
    (its `source: url`), or for nothing (plain text) — never for a local path."""
    cache: dict[str, str | None] = {}

    def resolve(target: str) -> str | None:
        if target not in cache:
            path = library.resolve_link(target)
            cache[target] = _page_of(library, path) if path is not None else None
        return cache[target]

    return resolve


def _page_of(library: Library, path: NotePath) -> str | None:
    try:
        source = library.read(path).source
    except NoteReadError:
        return None
    return public_url(source.url) if source and source.url else None


def set_status(
    library: Library, draft: NotePath, status: str, *, now: datetime | None = None
) -> Changes:
    """Set the draft's `status:` (draft, ready, partial or posted) with a minimal edit."""
    if status not in STATUSES:
        known = ", ".join(STATUSES)
        raise DraftError(
            Message(
                "A draft's status is one of {known}, not {status!r}.", known=known, status=status
            )
        )
    return edit_front(library, draft, lambda front: {"status": status}, now)


def record_shared(
    library: Library,
    draft: NotePath,
    *,
    channel: str,
    account: str,
    url_or_id: str,
    at: datetime,
    post_id: str | None = None,
) -> Changes:
    """Add a `shared:` entry {channel, account, url, at, and the network's `id` of the post
    when it gave one (to read responses back)} to the draft and to each of its source notes;
    the draft's `delivery:` notes the account took it (`status:` follows, see `delivery`).
    Recording the same post twice changes nothing, so a retry after a failure is safe; a
    source that is gone or unreadable is reported, not fatal.
    """
    entry: dict[str, object] = {
        "channel": channel,
        "account": account,
        "url": url_or_id,
        "at": at.replace(microsecond=0),
    }
    if post_id and post_id != url_or_id:
        entry["id"] = post_id

    def sent(front: Mapping[str, object]) -> Mapping[str, object]:
        noted = delivery.with_outcome(front, account, delivery.Delivery.SENT, at)
        return {"shared": _appended(front, entry), **noted}

    changes = edit_front(library, draft, sent)
    for ref in _source_refs(library, draft):
        path = library.resolve(ref)
        if path is None:
            reason = Message(
                "The source {ref!r} of this draft was not found; its share was not noted.", ref=ref
            )
            changes = changes.merge(Changes(problems=(Problem(draft, reason),)))
            continue
        try:
            changes = changes.merge(
                edit_front(library, path, lambda front: {"shared": _appended(front, entry)})
            )
        except (DraftError, NoteReadError, frontmatter.FrontMatterError) as exc:
            changes = changes.merge(Changes(problems=(Problem(path, said(exc)),)))
    return changes


def record_failure(
    library: Library,
    draft: NotePath,
    *,
    account: str,
    reason: str,
    unknown: bool = False,
    at: datetime | None = None,
) -> Changes:
    """Note in the draft that `account` did not take its post (`unknown`: it may have), with
    the reason; a draft that reached other targets becomes `status: partial`."""
    state = delivery.Delivery.UNKNOWN if unknown else delivery.Delivery.FAILED
    when = at or datetime.now().astimezone()
    return edit_front(
        library, draft, lambda front: delivery.with_outcome(front, account, state, when, reason)
    )


def _appended(front: Mapping[str, object], entry: dict[str, object]) -> list[object]:
    shared = front.get("shared")
    if shared is None:
        shared = []
    if not isinstance(shared, list):
        raise DraftError(
            Message("`shared:` is not a list; Ponder leaves it for you to fix by hand.")
        )
    same = {k: str(v) for k, v in entry.items() if k != "at"}
    for old in shared:
        if isinstance(old, dict) and {k: str(old.get(k)) for k in same} == same:
            return shared
    return [*shared, entry]


def _source_refs(library: Library, draft: NotePath) -> list[str]:
    sources = library.read(draft).front.get("sources")
    if not isinstance(sources, list):
        return []
    return [str(ref) for ref in sources if isinstance(ref, str | int) and str(ref).strip()]


def edit_front(
    library: Library,
    path: NotePath,
    changes_for: _FrontEdit,
    now: datetime | None = None,
) -> Changes:
    """Change front-matter keys of `path` as read now; saved only over that same version."""
    text, stamp = library.read_text(path)
    front, _body = frontmatter.read(text)
    values = dict(changes_for(front))
    if now is not None and "updated" in front:
        values["updated"] = now.replace(microsecond=0)
    new_text = frontmatter.update(text, values)
    if new_text == text:
        return Changes()
    _stamp, changes = library.save(path, new_text, expected=stamp)
    return changes
