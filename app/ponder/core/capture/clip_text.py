"""The text of a clip note: the person's lines, the article section, status lines, attachments.

Every edit takes the note's text as it is on disk now and changes front matter through
frontmatter.update (minimal edits), so whatever the person wrote meanwhile is kept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ponder.core import frontmatter
from ponder.core.attachments import link_from
from ponder.core.capture import clip_keep
from ponder.core.capture.extract import Article
from ponder.core.capture.fetch import FetchError, fetch
from ponder.core.filenames import safe_filename
from ponder.core.model import NotePath

if TYPE_CHECKING:
    from ponder.core.capture.clip import ClipOptions
    from ponder.core.library import Library

Edit = Callable[[str], str]

ARTICLE_HEADING = "## From the page"
"""The heading the article goes under; what is above it is the person's."""
KEPT_HEADING = "## From the page, as you had edited it"
COMMENTS_HEADING = "### Reader comments"
"""Within the article section, after the article text: what readers wrote under it."""
"""Where an edited article section goes when the page is extracted again: nothing is lost."""
_NOTICE = re.compile(r"^> \*\*Ponder:\*\* .*\n?", re.MULTILINE)
_IMAGE = re.compile(r"(!\[[^\]]*\]\()(<?)(https?://[^)\s>]+)(>?\))")
_IMAGE_TYPES = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
}


def person_lines(reflection: str | None, selection: str | None) -> str:
    """The body a clip starts with: the reflection, then the selection as a quote."""
    parts = [reflection.strip()] if reflection and reflection.strip() else []
    if selection and selection.strip():
        parts.append("\n".join(f"> {line}".rstrip() for line in selection.strip().splitlines()))
    return "\n\n".join(parts)


def previous_line(previous: NotePath) -> str:
    """The line a new version of a clip starts with: a link to the version before it."""
    return f"Clipped again; the earlier version: [[{PurePosixPath(previous).with_suffix('')}]]"


def source_fields(article: Article, url: str | None, outcome: str) -> dict[str, object]:
    """`source:` values from the article. `site` is the host name, which the index's `site:`
    search matches (with parent domains); the publication's own name goes in `site_name`."""
    fields: dict[str, object] = {
        "site": urlsplit(url).hostname if url else None,
        "site_name": article.site_name,
        "author": article.author,
        "published": article.published,
        "canonical": article.canonical_url if article.canonical_url != url else None,
        "status": outcome,
    }
    return {k: v for k, v in fields.items() if v}


def with_article(text: str, markdown: str, source: dict[str, object], message: str) -> str:
    """`text` with the article under ARTICLE_HEADING (replacing an earlier one) and `source:`
    completed; the person's lines above the heading stay as they are."""
    notice = f"> **Ponder:** {message}\n\n" if source.get("status") == "thin" else ""
    section = f"{ARTICLE_HEADING}\n\n{notice}{markdown.strip()}\n"
    return _with_section(text, section, source, remove=("error",))


def with_failure(text: str, reason: str) -> str:
    """`text` with one line saying why the page could not be clipped (replacing an old one)."""
    text = _update_source(text, {"status": "failed", "error": reason})
    split = frontmatter.split(text)
    head = text[: len(text) - len(split.body)]
    body = _NOTICE.sub("", split.body).rstrip()
    line = f"> **Ponder:** could not clip this page: {reason}"
    return head + (body + "\n\n" if body else "") + line + "\n"


def with_pdf(text: str, link: str, url: str) -> str:
    name = PurePosixPath(link).name
    section = (
        f"{ARTICLE_HEADING}\n\nThe address is a PDF document: [{name}]({link}) (from {url}).\n"
    )
    return _with_section(text, section, {"status": "pdf", "file": link}, remove=("error",))


def _with_section(
    text: str, section: str, source: dict[str, object], remove: tuple[str, ...]
) -> str:
    """The note with a new article section. Highlights the person marked in the earlier one
    are marked again on the same words, and a `## Reflections` section after it stays last
    (see `clip_keep`); an earlier section edited otherwise (it no longer matches the digest
    Ponder noted when it wrote it) is kept whole above the new one."""
    article, tail = clip_keep.split_tail(_page_part(frontmatter.split(text).body))
    noted = _noted(text)
    edited = bool(article) and article != section.strip() and _digest(article) != noted
    shown = section
    if edited and _digest(clip_keep.unmarked(article)) == noted:
        shown, placed_all = clip_keep.carry_highlights(article, section)
        edited = not placed_all
    text = _update_source(text, {**source, "extract": _digest(section)}, remove=remove)
    head = text[: len(text) - len(frontmatter.split(text).body)]
    parts = [_person_part(frontmatter.split(text).body)]
    if edited:
        kept = article.removeprefix(ARTICLE_HEADING).strip()
        parts.append(f"{KEPT_HEADING}\n\n{kept}")
    parts += [shown.strip(), tail]
    return head + "\n\n".join(part for part in parts if part) + "\n"


def _page_part(body: str) -> str:
    """The article section (from its heading to the end), or ""."""
    lines = body.split("\n")
    if ARTICLE_HEADING not in lines:
        return ""
    cut = len(lines) - 1 - lines[::-1].index(ARTICLE_HEADING)
    return "\n".join(lines[cut:]).strip()


def _digest(section: str) -> str:
    return hashlib.blake2b(section.strip().encode("utf-8"), digest_size=8).hexdigest()


def _noted(text: str) -> str | None:
    """The digest of the article section as Ponder last wrote it (`source: extract`)."""
    try:
        source = frontmatter.read(text)[0].get("source")
    except frontmatter.FrontMatterError:
        return None
    value = source.get("extract") if isinstance(source, dict) else None
    return value if isinstance(value, str) else None


def _person_part(body: str) -> str:
    """The body above the article heading, without Ponder's notices."""
    lines = body.split("\n")
    if ARTICLE_HEADING in lines:
        cut = len(lines) - 1 - lines[::-1].index(ARTICLE_HEADING)
        lines = lines[:cut]
    return _NOTICE.sub("", "\n".join(lines)).strip()


def _update_source(text: str, values: dict[str, object], remove: tuple[str, ...] = ()) -> str:
    try:
        front = frontmatter.read(text)[0]
    except frontmatter.FrontMatterError:
        return text  # the person broke the front matter; leave it for them to mend
    old = front.get("source")
    source: dict[str, object] = dict(old) if isinstance(old, dict) else {}
    if isinstance(old, str):
        source["url"] = old
    source.update(values)
    for key in remove:
        source.pop(key, None)
    return frontmatter.update(text, {"source": source})


def write_attachment(library: Library, note: NotePath, url: str, data: bytes, ext: str) -> str:
    """Store `data` under attachments/ (never over a file); the link to it from `note`."""
    wanted = safe_filename(PurePosixPath(urlsplit(url).path).stem or "download", extension=ext)
    stored, _created = library.add_attachment(wanted, data)
    return link_from(note, stored)


def localise_images(library: Library, note: NotePath, markdown: str, options: ClipOptions) -> str:
    """Download the article's images into attachments/ and point the Markdown at them;
    an image that cannot be fetched keeps its web link."""
    stored: dict[str, str] = {}

    def replace(match: re.Match[str]) -> str:
        url = match.group(3)
        if url not in stored:
            try:
                page = fetch(url, policy=options.policy, limits=options.limits, accept=_IMAGE_TYPES)
            except FetchError:
                return match.group()
            ext = _IMAGE_TYPES[page.content_type]
            try:
                stored[url] = write_attachment(library, note, url, page.body, ext)
            except OSError:
                return match.group()
        return f"{match.group(1)}{stored[url].replace(' ', '%20')})"

    return _IMAGE.sub(replace, markdown)
