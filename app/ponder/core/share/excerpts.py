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
    """The selection if given, else the person's own lines of a clip (reflection and the
    passage they highlighted), else the note's opening paragraphs."""
    if selection and selection.strip():
        return Excerpt(note, selection.strip())
    return Excerpt(note, _opening(note.body))


def _opening(body: str) -> str:
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
        if size >= MAX_EXCERPT_CHARS:
            break
    return "\n\n".join(chosen)


def _is_article_heading(text: str) -> bool:
    return text.strip().casefold() == CLIP_ARTICLE_HEADING.casefold()


def quoted(item: Excerpt) -> str:
    """The excerpt as a block quote, attributed by a `[[link]]` to its note; rendered for a
    network, that link becomes the note's page (`source.url`), or plain text if it has none."""
    lines = [f"> {line}".rstrip() for line in item.text.split("\n")] if item.text else []
    attribution = f"> — {item.wikilink}"
    return "\n".join([*lines, ">", attribution] if lines else [attribution])


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
