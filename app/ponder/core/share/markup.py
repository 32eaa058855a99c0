"""A draft's Markdown as a markdown-it tree, and the plain-text writer the other dialects extend."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin

from ponder.core import frontmatter
from ponder.core.markdown import (
    MAX_NESTING,
    _tag_rule,
    _task_glyphs,
    _wikilink_rule,
)
from ponder.core.markdown_extract import wikilink_label
from ponder.core.markdown_guard import guard

Links = Callable[[str], str | None]
"""Maps a `[[wikilink]]` target to the public URL it stands for, or None (shared as text)."""

PUBLIC_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only link schemes that leave Ponder as links; anything else is shared as its label."""


def no_links(_target: str) -> str | None:
    """A Links that resolves nothing: every wikilink is shared as plain text."""
    return None


def public_url(url: str) -> str | None:
    """`url` if it may be shared as a link (http, https, mailto with a host or address)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in PUBLIC_SCHEMES:
        return None
    if parts.scheme.lower() == "mailto":
        return url if parts.path else None
    return url if parts.hostname else None


class _OpenMarkdown(MarkdownIt):
    """Parses every link, whatever its scheme: the writers decide what may leave as a link,
    so a `file:` link becomes its label instead of staying as literal Markdown text."""

    def validateLink(self, url: str) -> bool:
        return True


@cache
def _parser() -> MarkdownIt:
    """The core's Markdown dialect (wikilinks, tags, footnotes, GFM tables), raw HTML off."""
    md = _OpenMarkdown("js-default", {"maxNesting": MAX_NESTING})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin).use(gfm_autolink_plugin)
    md.inline.ruler.before("link", "wikilink", _wikilink_rule)
    md.inline.ruler.before("link", "tag", _tag_rule)
    md.core.ruler.push("task_glyphs", _task_glyphs)
    guard(md)  # no quadratic bracket scans: the composer parses a draft once per target
    return md


def parse(markdown: str) -> SyntaxTreeNode:
    """The tree of a draft's body; front matter, if any, is left out."""
    return parse_body(frontmatter.split(markdown).body)


def parse_body(body: str) -> SyntaxTreeNode:
    """The tree of a note body (no front matter); node maps are line ranges of `body`."""
    return SyntaxTreeNode(_parser().parse(body))


def indent_after_first(marker: str, text: str) -> str:
    """`marker` before the first line of `text`, the others indented to line up under it."""
    pad = " " * len(marker)
    lines = text.split("\n")
    rest = [pad + line if line else line for line in lines[1:]]
    return "\n".join([marker + lines[0], *rest])


def prefix_lines(prefix: str, text: str) -> str:
    """Every line of `text` behind `prefix` (trailing spaces dropped on empty lines)."""
    return "\n".join(
        (prefix + line).rstrip() if not line else prefix + line for line in text.split("\n")
    )


class TextWriter:
    """Plain text: what Mastodon, Viva Engage, Matrix's `body` and e-mail's text part get.

    Subclasses override the small hooks (`text`, `strong`, `link`, `quote`...); the walk over
    the tree stays here.
    """

    bullet = "• "
    block_separator = "\n\n"

    def __init__(self, links: Links = no_links) -> None:
        self.links = links

    def document(self, root: SyntaxTreeNode) -> str:
        return self.blocks(root.children).strip("\n")

    # -- blocks --------------------------------------------------------------------------------

    def blocks(self, nodes: Iterable[SyntaxTreeNode]) -> str:
        parts = (self.block(node) for node in nodes)
        return self.block_separator.join(part for part in parts if part)

    def block(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "paragraph":
            return self.paragraph(self.inline(node.children[0]) if node.children else "")
        if kind == "heading":
            return self.heading(int(node.tag[1:]), self.inline(node.children[0]))
        if kind == "blockquote":
            return self.quote(self.blocks(node.children))
        if kind in ("bullet_list", "ordered_list"):
            return self.list_block(node)
        if kind in ("fence", "code_block"):
            return self.code_block(node.content.rstrip("\n"), node.info.strip())
        if kind == "hr":
            return self.rule()
        if kind == "table":
            return self.table(node)
        if kind == "footnote_block":
            return self.footnotes(node)
        return self.blocks(node.children)

    def paragraph(self, text: str) -> str:
        return text

    def heading(self, level: int, text: str) -> str:
        return text

    def quote(self, text: str) -> str:
        return prefix_lines("> ", text)

    def list_block(self, node: SyntaxTreeNode) -> str:
        start = int(str(node.attrs.get("start", 1)))
        items: list[str] = []
        for number, item in enumerate(node.children, start):
            marker = f"{number}. " if node.type == "ordered_list" else self.bullet
            body = "\n".join(b for b in (self.block(child) for child in item.children) if b)
            items.append(indent_after_first(marker, body))
        return "\n".join(items)

    def code_block(self, code: str, info: str) -> str:
        return code

    def rule(self) -> str:
        return "———"

    def table(self, node: SyntaxTreeNode) -> str:
        return "\n".join(" | ".join(cells) for cells in self.table_rows(node))

    def table_rows(self, node: SyntaxTreeNode) -> list[list[str]]:
        rows = [row for section in node.children for row in section.children]
        return [
            [self.inline(cell.children[0]) if cell.children else "" for cell in row.children]
            for row in rows
        ]

    def footnotes(self, node: SyntaxTreeNode) -> str:
        notes = []
        for note in node.children:
            body = self.blocks(child for child in note.children if child.type != "footnote_anchor")
            notes.append(indent_after_first(self.text(f"[{int(note.meta['id']) + 1}] "), body))
        return "\n".join(notes)

    # -- inline --------------------------------------------------------------------------------

    def inline(self, node: SyntaxTreeNode) -> str:
        return "".join(self.span(child) for child in node.children)

    def span(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "text":
            return self.text(node.content)
        if kind == "softbreak":
            return self.softbreak()
        if kind == "hardbreak":
            return self.hardbreak()
        if kind in ("strong", "em", "s"):
            return self.emphasis(kind, self.inline(node))
        if kind == "code_inline":
            return self.code_span(node.content)
        if kind == "link":
            return self.anchor(self.inline(node), str(node.attrs.get("href", "")))
        if kind == "image":
            return self.image(self.plain(node), str(node.attrs.get("src", "")))
        if kind == "wikilink":
            target, heading, alias = node.meta["parts"]
            label = self.text(wikilink_label(target, heading, alias))
            url = self.links(target) if target else None
            return self.link(label, url) if url else label
        if kind == "tag":
            return self.text("#" + str(node.meta["name"]))
        if kind == "footnote_ref":
            return self.footnote_ref(int(node.meta["id"]) + 1)
        return self.inline(node) if node.children else self.text(node.content)

    def plain(self, node: SyntaxTreeNode) -> str:
        """The text of a node's children without any markup (an image's alt text)."""
        return "".join(
            self.plain(child) if child.children else self.text(child.content)
            for child in node.children
        )

    def anchor(self, label: str, href: str) -> str:
        url = public_url(href)
        return self.link(label, url) if url else label

    def text(self, text: str) -> str:
        return text

    def softbreak(self) -> str:
        return "\n"

    def hardbreak(self) -> str:
        return "\n"

    def emphasis(self, kind: str, text: str) -> str:
        return text

    def code_span(self, code: str) -> str:
        return code

    def link(self, label: str, url: str) -> str:
        bare = url.removeprefix("mailto:")  # an address reads as itself, not as mailto:…
        if label in (url, bare) or not label.strip():
            return bare
        return f"{label} ({bare})"

    def image(self, alt: str, src: str) -> str:
        url = public_url(src)
        return self.link(alt or url, url) if url else alt

    def footnote_ref(self, number: int) -> str:
        return self.text(f"[{number}]")
