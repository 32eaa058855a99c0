"""A web page made into an Article: metadata and the readable text as Markdown.

trafilatura finds the main text: its precision and default modes combined (extract_merge.py
says how), as HTML, then our own html_markdown; trafilatura's port of readability takes over
when that gives next to nothing; the whole sanitized page is the last resort, so a page never
gives an empty clip.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ponder.core.capture.html_markdown import html_to_markdown, safe_url

MIN_WORDS = 40
"""Fewer words than this from an extractor counts as "next to nothing"."""
MIN_COMMENT_WORDS = 30
"""Reader comments are kept (in their own section) when they say at least this much."""
_COMMENT_MARKUP = re.compile(r"""(?:id|class)\s*=\s*["'][^"']*comment""", re.IGNORECASE)

_WORD = re.compile(r"\w+")
_IMAGE = re.compile(r"!\[[^\]]*\]\(<?([^)\s>]+)>?\)")
_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)", re.I
)
_CANONICAL = re.compile(
    r"<link\b(?=[^>]*\brel\s*=\s*[\"']?canonical\b)[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]+)", re.I
)
_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Article:
    """What a clip keeps of a page; `extractor` names the method that produced `markdown`."""

    markdown: str
    extractor: str
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    published: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    description: str | None = None
    images: tuple[str, ...] = ()
    comments: str | None = None
    """Reader comments worth keeping, as Markdown, apart from the article text."""

    @property
    def words(self) -> int:
        return word_count(self.markdown)

    @property
    def is_thin(self) -> bool:
        """Too little text to be the article (a paywall, a login page, a JavaScript app)."""
        return self.words < MIN_WORDS


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def extract(html: str, url: str | None = None) -> Article:
    """The article in `html` (fetched from `url`, used for relative links and metadata)."""
    meta = _metadata(html, url)
    title = meta.get("title")
    body, extractor = _best_body(html, url, title)
    images = tuple(dict.fromkeys(_IMAGE.findall(body)))
    lead_image = meta.get("image")
    if lead_image and lead_image not in images:
        images = (lead_image, *images)
    return Article(
        markdown=body,
        extractor=extractor,
        title=title,
        author=meta.get("author"),
        site_name=meta.get("sitename"),
        published=meta.get("date"),
        canonical_url=meta.get("canonical"),
        language=meta.get("language"),
        description=meta.get("description"),
        images=images,
        comments=_comments(html, url),
    )


def _best_body(html: str, url: str | None, title: str | None) -> tuple[str, str]:
    """(Markdown, extractor name): the first extractor with enough text, else the longest."""
    candidates: list[tuple[str, str]] = []
    for name, method in (
        ("trafilatura", _trafilatura),
        ("readability", _readability),
        ("page", _whole_page),
    ):
        body = _drop_title_heading(method(html, url), title)
        if word_count(body) >= MIN_WORDS:
            return body, name
        candidates.append((body, name))
    body, name = max(candidates, key=lambda c: word_count(c[0]))
    if not body.strip():
        return (title or url or "(this page has no text)") + "\n", "none"
    return body, name


def _trafilatura(html: str, url: str | None) -> str:
    from ponder.core.capture.extract_merge import combine, without_hidden

    visible = without_hidden(html)
    try:
        precise = _trafilatura_html(visible, url, precise=True)
        full = _trafilatura_html(visible, url, precise=False)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return ""  # the parser gave up on this page; the next extractor tries
    found = combine(precise, full)
    return html_to_markdown(found, url) if found else ""


def _trafilatura_html(html: str, url: str | None, *, precise: bool) -> str | None:
    """trafilatura's HTML output: precision mode without images (captions are not text), or
    its default mode with them."""
    import trafilatura  # a fifth of a second to import: only when a page is extracted

    found: str | None = trafilatura.extract(
        html,
        url=url,
        output_format="html",
        favor_precision=precise,
        include_comments=False,
        include_tables=True,
        include_images=not precise,
        include_links=True,
        include_formatting=True,
    )
    return found


def _comments(html: str, url: str | None) -> str | None:
    """The page's reader comments as Markdown paragraphs, when it marks up a comment section
    and they come to MIN_COMMENT_WORDS words or more (a lone "1 comment" is not worth it)."""
    if not _COMMENT_MARKUP.search(html):
        return None  # no comment section: spare the third extraction
    import trafilatura

    from ponder.core.capture.extract_merge import without_hidden

    try:
        doc = trafilatura.bare_extraction(without_hidden(html), url=url, include_comments=True)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    text = getattr(doc, "comments", None)
    if not isinstance(text, str) or word_count(text) < MIN_COMMENT_WORDS:
        return None
    paragraphs = [line.strip() for line in text.splitlines() if word_count(line) >= 3]
    markdown = "\n".join(html_to_markdown(f"<p>{_escape(p)}</p>", url) for p in paragraphs)
    return markdown.strip() or None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _readability(html: str, url: str | None) -> str:
    # trafilatura's own port of readability: the same algorithm as readability-lxml, without a
    # second package that asks for lxml[html-clean] again (which old pips cannot resolve).
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type stubs
    from lxml.html import HTMLParser, document_fromstring  # type: ignore[import-untyped]
    from trafilatura.readability_lxml import Document

    try:
        tree = document_fromstring(html, parser=HTMLParser(remove_comments=True))
        summary: str = Document(tree).summary()
    except (etree.LxmlError, ValueError, TypeError, AttributeError, RecursionError, LookupError):
        return ""  # the parser gave up on this page; the whole page is the last resort
    return html_to_markdown(summary, url)


def _whole_page(html: str, url: str | None) -> str:
    return html_to_markdown(html, url)


def _drop_title_heading(body: str, title: str | None) -> str:
    """trafilatura repeats the title as a first heading; the note has it in front matter."""
    first, _, rest = body.partition("\n\n")
    if title and first.startswith("# ") and _same_words(first[2:], title):
        return rest
    return body


def _same_words(a: str, b: str) -> bool:
    return _WORD.findall(a.casefold()) == _WORD.findall(b.casefold())


def _metadata(html: str, url: str | None) -> dict[str, str]:
    """Title, author, site, date, description, image and canonical URL from trafilatura's
    metadata (OpenGraph, JSON-LD, <meta>), with our own look at <link rel=canonical> and lang."""
    import trafilatura

    out: dict[str, str] = {}
    try:
        doc = trafilatura.extract_metadata(html, default_url=url)
    except (ValueError, TypeError, AttributeError, RecursionError):
        doc = None
    if doc is not None:
        for key in ("title", "author", "sitename", "date", "description", "image"):
            value = getattr(doc, key, None)
            if isinstance(value, str) and value.strip():
                out[key] = value.strip()
    canonical = _CANONICAL.search(html)
    canonical_url = safe_url(canonical.group(1), url) if canonical else None
    if canonical_url is None and doc is not None and isinstance(doc.url, str):
        canonical_url = doc.url if doc.url != url else None
    if canonical_url:
        out["canonical"] = canonical_url
    out.setdefault("author", _json_ld_author(html) or "")
    lang = _LANG.search(html[:5000])
    if lang:
        out["language"] = lang.group(1).replace("_", "-")
    return {k: v for k, v in out.items() if v}


def _json_ld_author(html: str) -> str | None:
    """The author named in JSON-LD, when trafilatura did not find one."""
    for block in _JSON_LD.findall(html):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            author = item.get("author") if isinstance(item, dict) else None
            if isinstance(author, list):
                author = author[0] if author else None
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str) and author.strip():
                return author.strip()
    return None
