"""Clipped HTML made safe (nh3, an explicit allow-list) and turned into clean Markdown.

Public API (stable; other modules import it):

- `sanitize_html(html, base_url=None) -> str`: an HTML fragment with only harmless tags and
  attributes left; scripts, styles, frames, forms, event handlers and `javascript:` URLs are
  gone, and relative URLs are made absolute against `base_url`.
- `html_to_markdown(html, base_url=None) -> str`: sanitizes first, then writes CommonMark/GFM:
  headings, paragraphs, emphasis, links, images, (nested) lists, blockquotes, fenced code,
  simple tables as GFM tables, hard line breaks. No raw HTML survives, and text that would
  read as Markdown syntax is escaped. Neither function raises on any input string.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import nh3

from ponder.core.capture.html_tree import VOID_TAGS, parse_fragment
from ponder.core.capture.markdown_writer import MarkdownWriter

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "article", "aside", "b", "blockquote", "br", "caption", "center", "cite",
        "code", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd",
        "li", "main", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span",
        "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "time", "tr", "tt", "u", "ul", "var",
    }
)  # fmt: skip
"""Tags kept; any other tag is unwrapped (its text stays) unless it is in DROPPED_TAGS."""

DROPPED_TAGS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "noscript", "template", "object",
        "embed", "applet", "svg", "math", "form", "input", "button", "select", "textarea",
        "option", "canvas", "audio", "video", "head", "title", "meta", "link", "base", "nav",
    }
)  # fmt: skip
"""Tags removed together with everything inside them."""

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "data-src"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
    "pre": {"class"},
    "code": {"class"},
}
_URL_ATTRIBUTES = frozenset({"href", "src", "data-src"})
MAX_RAW_DEPTH = 400
_OPTIONAL_END = frozenset(
    [
        "li",
        "p",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "option",
        "optgroup",
        "rb",
        "rt",
        "rp",
        "html",
        "head",
        "body",
    ]
)
_RAW_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def sanitize_html(html: str, base_url: str | None = None) -> str:
    """`html` with only allow-listed tags and attributes, URLs absolute and safe."""

    def keep_attribute(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in _URL_ATTRIBUTES:
            return value
        return safe_url(value, base_url)

    return nh3.clean(
        _flatten_deep(_CONTROL.sub("", html)),
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=keep_attribute,
        url_schemes=set(SAFE_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def _flatten_deep(html: str) -> str:
    """`html` with tags nested past MAX_RAW_DEPTH replaced by spaces (their text stays).

    The sanitizer's parser slows quadratically with depth (20,000 nested lists took 22 s);
    real pages stay far below the limit, so for them this is one `count`."""
    if html.count("<") <= MAX_RAW_DEPTH:
        return html
    depth = 0
    out: list[str] = []
    last = 0
    for match in _RAW_TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in VOID_TAGS or name in _OPTIONAL_END or self_closing:
            continue  # not counted: pages often leave `<li>` and `<p>` unclosed
        deep = depth >= MAX_RAW_DEPTH if not closing else depth > MAX_RAW_DEPTH
        depth = max(0, depth - 1) if closing else depth + 1
        if deep:
            out.append(html[last : match.start()])
            out.append(" ")
            last = match.end()
    out.append(html[last:])
    return "".join(out)


def safe_url(value: str, base_url: str | None) -> str | None:
    """`value` made absolute against `base_url`; None unless it is http(s), mailto or a
    relative reference that stays relative (no base)."""
    value = value.strip()
    if not value:
        return None
    try:
        joined = urljoin(base_url, value) if base_url else value
        scheme = urlsplit(joined).scheme.lower()
    except ValueError:
        return None
    if scheme in SAFE_SCHEMES or (not scheme and not base_url):
        return joined
    return None


def html_to_markdown(html: str, base_url: str | None = None) -> str:
    """Clean Markdown for `html` (a page or a fragment); empty text for nothing readable."""
    clean = sanitize_html(html, base_url)
    if not clean.strip():
        return ""
    return MarkdownWriter().document(parse_fragment(clean))
