"""Clip a URL: save the note at once, then fetch, extract and fill it in — never losing it.

Where clips go: a clip with the person's reflection is made sense of already and goes to
`clips/` (KIND_FOLDERS); one without goes to `inbox/` with `status: unprocessed`, the folder
the sidebar's Inbox shows, so it waits there to be made sense of.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ponder.core.capture import clip_text
from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.extract import Article, extract
from ponder.core.capture.fetch import HTML_TYPES, PDF_TYPE, FetchError, FetchLimits, Page, fetch
from ponder.core.capture.page_cache import PageCache
from ponder.core.library import Library
from ponder.core.messages import Message
from ponder.core.model import Changes, Kind, Note, NotePath
from ponder.core.notes import INBOX, KIND_FOLDERS, new_note_text
from ponder.core.vault import ChangedOnDiskError, VaultError

UNPROCESSED = "unprocessed"
_SAVE_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class ClipOptions:
    """How a clip fetches: the address policy, limits, and whether images are downloaded."""

    policy: AddressPolicy = field(default_factory=AddressPolicy)
    limits: FetchLimits = field(default_factory=FetchLimits)
    download_images: bool = False


class ClipOutcome(StrEnum):
    """How filling a clip went (also the clip's `source.status`)."""

    OK = "ok"
    THIN = "thin"  # little text: a paywall, or a page that needs JavaScript
    PDF = "pdf"  # kept in attachments/ and linked
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ClipResult:
    """How filling a clip went."""

    path: NotePath
    outcome: ClipOutcome
    message: str
    changes: Changes
    article: Article | None = None


def save_clip(
    library: Library,
    url: str,
    *,
    title: str | None = None,
    tags: Iterable[str] = (),
    reflection: str | None = None,
    selection: str | None = None,
    now: datetime | None = None,
    previous: NotePath | None = None,
) -> tuple[NotePath, Changes]:
    """Write the clip note now: URL, title (or the URL), tags, reflection and selection.
    A clip made again as a new version names the `previous` one in `source: previous` and
    links to it in its first line (so each shows the other in its backlinks)."""
    when = (now or datetime.now().astimezone()).replace(microsecond=0)
    reflection = (reflection or "").strip() or None
    source: dict[str, object] = {"url": url, "captured": when}
    if previous is not None:
        source["previous"] = previous
    extra: dict[str, object] = {"source": source}
    if reflection is None:
        extra["status"] = UNPROCESSED
    body = clip_text.person_lines(reflection, selection)
    if previous is not None:
        body = "\n\n".join(part for part in (clip_text.previous_line(previous), body) if part)
    name = (title or "").strip() or url
    text = new_note_text(name, Kind.CLIP, when, tags=tags, body=body, extra=extra)
    folder = KIND_FOLDERS[Kind.CLIP] if reflection else INBOX
    results, changes = library.create_notes([(folder, name, text)])
    created = results[0]
    if isinstance(created, VaultError):
        raise created
    return created, changes


def existing_clip(library: Library, url: str) -> NotePath | None:
    """The newest clip of `url`'s page (URLs compared by `urls.page_key`), if any: one that no
    other version names as its `previous`, captured last."""
    found = [_note(library, path) for path in library.all_with_source(url)]
    versions = [note for note in found if note is not None]
    superseded = {_source(n.front).get("previous") for n in versions}
    latest = [n for n in versions if n.path not in superseded] or versions
    if not latest:
        return None
    return max(latest, key=lambda n: (_captured(n.front), n.path)).path


def _note(library: Library, path: NotePath) -> Note | None:
    """The note, or None when it went away since the index saw it (moved a moment ago)."""
    try:
        return library.read(path)
    except (VaultError, OSError):
        return None


def unfetched_feed_item(library: Library, path: NotePath) -> bool:
    """A light feed item (summary only) whose page was never fetched: clipping it fills it."""
    front = library.read(path).front
    return isinstance(front.get("feed"), dict) and "status" not in _source(front)


def _source(front: dict[str, object]) -> dict[str, object]:
    value = front.get("source")
    return value if isinstance(value, dict) else {}


def _captured(front: dict[str, object]) -> str:
    """When a clip was captured, as sortable text ("" when unknown)."""
    when = _source(front).get("captured") or front.get("created")
    return when.isoformat() if isinstance(when, datetime) else str(when or "")


def fill_clip(
    library: Library, path: NotePath, cache: PageCache, options: ClipOptions | None = None
) -> ClipResult:
    """Fetch and extract the clip's page and write it into the note; failures become a line
    in the note (and `source: status`), never an exception."""
    options = options or ClipOptions()
    note = library.read(path)
    url = note.source.url if note.source else None
    if not url:
        return ClipResult(
            path, ClipOutcome.FAILED, Message("The note has no source URL to fetch."), Changes()
        )
    try:
        page = fetch(
            url, policy=options.policy, limits=options.limits, accept=HTML_TYPES | {PDF_TYPE}
        )
    except FetchError as exc:
        return _record_failure(library, path, exc.reason)
    if page.is_pdf:
        return _store_pdf(library, path, page)
    html = page.text()
    if note.id:
        cache.store(note.id, html)
    return _apply_article(library, path, extract(html, page.url), page.url, options)


def reextract(
    library: Library, path: NotePath, cache: PageCache, options: ClipOptions | None = None
) -> ClipResult:
    """Extract the clip again from the page kept in the cache (fetching it if none is kept);
    the text under the note's article heading is replaced, the person's lines above it kept."""
    note = library.read(path)
    html = cache.load(note.id) if note.id else None
    if html is None:
        return fill_clip(library, path, cache, options)
    url = note.source.url if note.source and note.source.url else None
    article = extract(html, url)
    return _apply_article(library, path, article, url, options or ClipOptions())


def _apply_article(
    library: Library, path: NotePath, article: Article, url: str | None, options: ClipOptions
) -> ClipResult:
    markdown = article.markdown
    if options.download_images:
        markdown = clip_text.localise_images(library, path, markdown, options)
    if article.comments:
        markdown = f"{markdown.rstrip()}\n\n{clip_text.COMMENTS_HEADING}\n\n{article.comments}"
    if article.is_thin:
        outcome = ClipOutcome.THIN
        message = Message(
            "Ponder found little text on this page ({words} words); it may be behind "
            "a paywall or need JavaScript. The link is kept.",
            words=article.words,
        )
    else:
        said = Message("Clipped {words} words ({how}).", words=article.words, how=article.extractor)
        outcome, message = ClipOutcome.OK, said
    source = clip_text.source_fields(article, url, outcome.value)
    changes = _update(
        library, path, lambda text: clip_text.with_article(text, markdown, source, message)
    )
    changes = changes.merge(_retitle(library, path, article.title))
    final = changes.moved[-1][1] if changes.moved else path
    return ClipResult(final, outcome, message, changes, article)


def _record_failure(library: Library, path: NotePath, reason: str) -> ClipResult:
    changes = _update(library, path, lambda text: clip_text.with_failure(text, reason))
    return ClipResult(path, ClipOutcome.FAILED, reason, changes)


def _store_pdf(library: Library, path: NotePath, page: Page) -> ClipResult:
    try:
        link = clip_text.write_attachment(library, path, page.url, page.body, ".pdf")
    except OSError as exc:
        reason = Message(
            "The page is a PDF, but it could not be saved in attachments/ ({error}).",
            error=exc.strerror,
        )
        return _record_failure(library, path, reason)
    message = Message("The address is a PDF; it is kept in attachments/ and linked here.")
    changes = _update(library, path, lambda text: clip_text.with_pdf(text, link, page.url))
    return ClipResult(path, ClipOutcome.PDF, message, changes)


def _update(library: Library, path: NotePath, edit: clip_text.Edit) -> Changes:
    """Apply `edit` to the note as it is on disk now; if it changes under us, read and retry."""
    for attempt in range(_SAVE_ATTEMPTS):
        text, stamp = library.read_text(path)
        new_text = edit(text)
        if new_text == text:
            return Changes()
        try:
            return library.save(path, new_text, expected=stamp)[1]
        except ChangedOnDiskError:
            if attempt == _SAVE_ATTEMPTS - 1:
                raise
    return Changes()


def _retitle(library: Library, path: NotePath, title: str | None) -> Changes:
    """Give a clip still named by its URL the page's title (file name and links follow)."""
    if not title:
        return Changes()
    note = library.read(path)
    if note.title != (note.source.url if note.source else None):
        return Changes()
    new_path, changes = library.retitle(path, title)
    return changes if new_path != path else Changes()
