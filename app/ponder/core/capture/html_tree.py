"""A small typed element tree for sanitized HTML, built with the standard library's parser.

nh3's output is well-formed (every element closed, void elements known), so a plain stack
parser is enough; the shape follows ElementTree (`text` inside, `tail` after an element).
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
MAX_DEPTH = 48
"""Elements nest at most this deep; deeper ones are flattened into the one at this depth (their
text and images are kept, their structure is not). Real pages stay far below it; a hostile page
nested hundreds deep would otherwise exhaust the writer's recursion."""


class Node:
    """One element: tag, attributes, text before its first child, children, text after it."""

    __slots__ = ("attrs", "children", "parent", "tag", "tail", "text")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None = None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Node] = []
        self.text = ""
        self.tail = ""

    def __iter__(self) -> Iterator[Node]:
        return iter(self.children)

    def get(self, name: str) -> str | None:
        return self.attrs.get(name)

    def iter(self, tag: str | None = None) -> Iterator[Node]:
        """This element and every element below it, in document order (only `tag` if given)."""
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            yield from child.iter(tag)

    def iterancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def find(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def text_content(self) -> str:
        return self.text + "".join(c.text_content() + c.tail for c in self.children)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("div", {})
        self._current = self.root
        self._depth = 0
        self._flattened: list[str] = []  # open elements below MAX_DEPTH, innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth >= MAX_DEPTH and tag not in VOID_TAGS:
            self._flattened.append(tag)
            self.handle_data(" ")  # words of flattened blocks stay apart
            return
        node = Node(tag, {k: v or "" for k, v in attrs}, self._current)
        self._current.children.append(node)
        if tag not in VOID_TAGS:
            self._current = node
            self._depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._flattened:  # nh3's output is well formed: end tags come innermost first
            if self._flattened[-1] == tag:
                self._flattened.pop()
                self.handle_data(" ")
            return
        for depth, node in enumerate([self._current, *self._current.iterancestors()], 1):
            if node.tag == tag and node is not self.root:
                self._current = node.parent or self.root
                self._depth -= depth
                return

    def handle_data(self, data: str) -> None:
        if self._current.children:
            self._current.children[-1].tail += data
        else:
            self._current.text += data


def parse_fragment(html: str) -> Node:
    """A `div` holding the elements of `html` (unclosed elements end at the fragment's end)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root
