"""What a draft quotes from a note: the person's selection or reflection, else its opening."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from ponder.core.markdown_extract import extract
from ponder.core.model import Note
from ponder.core.share.markup import parse_body, public_url

CLIP_ARTICLE_HEADING = "From the page"
"""The heading a clip's article goes under (capture/clip_text.py); above it is the person's."""
MAX_EXCERPT_CHARS = 700
"""Opening paragraphs are taken until the excerpt is about this long."""

_NOTICE = re.compile(r"^>\s*\*\*Ponder:\*\*")
_LINK_UNSAFE = re.compile(r"[\[\]|#^]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_CODE_SPAN = re.compile(r"(`+).+?\1")


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One source of a draft: the note, the Markdown taken from it, and where it came from."""

    note: Note
    text: str

    @property
    def url(self) -> str | None:
        url = self.note.source.url if self.note.source else None
        return public_url(url) if url else None

    @property
    def wikilink(self) -> str:
        """A `[[path|title]]` link back to the note; the path alone always resolves."""
        target = str(PurePosixPath(self.note.path).with_suffix(""))
        label = " ".join(_LINK_UNSAFE.sub(" ", self.note.title).split()) or target
        return f"[[{target}|{label}]]" if label != target else f"[[{target}]]"

    @property
    def reference(self) -> str:
        """What the note is known by outside Ponder: its id, else its path."""
        return str(self.note.id) if self.note.id else self.note.path


def excerpt(note: Note, selection: str | None = None) -> Excerpt:
    """The selection if given, else the person's own lines (a clip's reflection and the
    passage they selected) and the article's passages they marked `==like this==`; a clip
    with none of those quotes its article's opening paragraph, so a draft never quotes
    nothing."""
    if selection and selection.strip():
        return Excerpt(note, selection.strip())
    own = [_opening(note.body), _highlights(_article(note.body))]
    text = "\n\n".join(part for part in own if part)
    if not text and note.source is not None and note.source.url:
        text = _opening(_article(note.body), limit=1)
    return Excerpt(note, text)


def _highlights(body: str) -> str:
    """The `==marked==` passages of `body` outside code, each once, without the marks."""
    marked = [
        " ".join(match[1].split())
        for node in parse_body(body).walk()
        if node.type == "inline"
        for match in _HIGHLIGHT.finditer(_CODE_SPAN.sub("", node.content))
    ]
    return "\n\n".join(dict.fromkeys(marked))  # the same passage marked twice is quoted once


def _article(body: str) -> str:
    """The part of a clip under its article heading, or "" when it has none."""
    for node in parse_body(body).children:
        title = node.children[0].content if node.children else ""
        if node.type == "heading" and node.map is not None and _is_article_heading(title):
            return "\n".join(body.split("\n")[node.map[1] :])
    return ""


def _opening(body: str, limit: int | None = None) -> str:
    """The opening blocks of `body` up to its first heading after them (or the article
    heading), about MAX_EXCERPT_CHARS long or `limit` blocks."""
    lines = body.split("\n")
    chosen: list[str] = []
    size = 0
    for node in parse_body(body).children:
        if node.type == "heading":
            if chosen or _is_article_heading(node.children[0].content if node.children else ""):
                break
            continue
        if node.type not in ("paragraph", "blockquote", "bullet_list", "ordered_list"):
            continue
        start, end = node.map or (0, 0)
        block = "\n".join(lines[start:end]).strip()
        if not block or _NOTICE.match(block):
            continue
        chosen.append(block)
        size += len(block)
        if size >= MAX_EXCERPT_CHARS or len(chosen) == limit:
            break
    return "\n\n".join(chosen)


def _is_article_heading(text: str) -> bool:
    return text.strip().casefold() == CLIP_ARTICLE_HEADING.casefold()


def quoted(item: Excerpt) -> str:
    """The excerpt as a block quote, attributed by a `[[link]]` to its note. For a page the
    line credits its author and site, and the link becomes the page (`source.url`) when
    rendered for a network; a note without a public page is the person's own, and its
    attribution line is left out for readers (see attribution.py)."""
    lines = [f"> {line}".rstrip() for line in item.text.split("\n")] if item.text else []
    attribution = f"> — {credit(item)}"
    return "\n".join([*lines, ">", attribution] if lines else [attribution])


def credit(item: Excerpt) -> str:
    """`Author, Site: [[link]]` for a page (whichever of author and site are known)."""
    if item.url is None or item.note.source is None:
        return item.wikilink
    site = item.note.front.get("source")
    site_name = site.get("site_name") if isinstance(site, dict) else None
    names = [item.note.source.author, str(site_name or "") or item.note.source.site]
    byline = ", ".join(_label(name) for name in dict.fromkeys(names) if name and name.strip())
    return f"{byline}: {item.wikilink}" if byline else item.wikilink


def excerpts_block(items: Sequence[Excerpt]) -> str:
    return "\n\n".join(quoted(item) for item in items)


def sources_block(items: Sequence[Excerpt]) -> str:
    """A `## Sources` section: each page by its public URL; notes without one by `[[link]]`."""
    if not items:
        return ""
    lines = [f"- [{_label(i.note.title)}]({i.url})" if i.url else f"- {i.wikilink}" for i in items]
    return "## Sources\n\n" + "\n".join(lines)


def links_block(items: Sequence[Excerpt]) -> str:
    """A bullet list for a roundup: each source linked, with the first sentence of its excerpt."""
    lines = []
    for item in items:
        link = f"[{_label(item.note.title)}]({item.url})" if item.url else item.wikilink
        gist = first_sentence(item.text)
        lines.append(f"- {link} — {gist}" if gist else f"- {link}")
    return "\n".join(lines)


def first_sentence(markdown: str) -> str:
    """The first sentence of the plain text of `markdown`, on one line."""
    text = " ".join(extract(markdown).text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def _label(title: str) -> str:
    """A title safe as link text."""
    return " ".join(title.replace("[", "(").replace("]", ")").split())
