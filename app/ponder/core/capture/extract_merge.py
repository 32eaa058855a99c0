"""Two trafilatura extractions of one page made into one: precise, yet whole.

trafilatura's precision mode leaves out teasers, related-link lists and sign-up boxes, but on
an article split into several sections it sometimes keeps only the first; its default mode
keeps every section, and the clutter too. The rule:

1. Elements the reader cannot see (`hidden`, inline `display:none` or `visibility:hidden`) are
   removed before either extraction: pages carry hidden copies of their text for search
   engines (schema.org microdata), which the fallback extraction would otherwise take.
2. The default extraction is the base (it has the images and every section). Of its text
   blocks (paragraphs, headings, list items, cells…), one is kept when the precision
   extraction has the same text, or when it is prose: a paragraph or quote of at least
   PROSE_WORDS words of which at most MAX_LINKED is link text. A heading only the default
   extraction has is kept when it opens such a paragraph (a new section). Everything else
   only the default extraction found (teaser lists, short lines, link tables) is dropped.
3. The precision extraction runs without images, so figure captions are not taken for text.
"""

from __future__ import annotations

import re

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type stubs
from lxml import etree

PROSE_WORDS = 20
MAX_LINKED = 0.3
_WORD = re.compile(r"\w+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_LEAVES = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "pre",
    "blockquote",
    "dd",
    "dt",
)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def without_hidden(html: str) -> str:
    """`html` with the elements a reader cannot see removed (unchanged if there are none)."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    hidden = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))
    ]
    if not hidden:
        return html
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()
    return str(etree.tostring(tree, encoding="unicode"))


def combine(precise: str | None, full: str | None) -> str | None:
    """The default extraction `full` (HTML) cut down as the module docstring says."""
    if not full or not precise:
        return full or precise
    try:
        kept_text = " " + " ".join(_words(lxml.html.fromstring(precise))) + " "
        root = lxml.html.fromstring(full)
    except (etree.ParserError, ValueError):
        return full
    leaves = [
        el for el in root.iter(*_LEAVES) if not any(c.tag in _LEAVES for c in el.iterdescendants())
    ]
    keep = {el: _in(el, kept_text) or _prose(el) for el in leaves}
    for i, element in enumerate(leaves):
        if element.tag in _HEADINGS and not keep[element]:
            following = next((x for x in leaves[i + 1 :] if x.tag not in _HEADINGS), None)
            keep[element] = following is not None and keep[following] and _prose(following)
    for element, kept in keep.items():
        if not kept and element.getparent() is not None:
            element.drop_tree()
    return str(etree.tostring(root, encoding="unicode"))


def _words(element: etree._Element) -> list[str]:
    return _WORD.findall(" ".join(element.itertext()).casefold())


def _in(element: etree._Element, kept_text: str) -> bool:
    words = _words(element)
    return not words or f" {' '.join(words)} " in kept_text


def _prose(element: etree._Element) -> bool:
    if element.tag not in ("p", "blockquote"):
        return False
    count = len(_words(element))
    linked = sum(len(_words(a)) for a in element.iter("a"))
    return count >= PROSE_WORDS and linked <= MAX_LINKED * count
