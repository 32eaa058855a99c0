"""What should not leave Ponder unnoticed: links to notes, private addresses, contact details,
private terms, and internal drafts on their way to a public network."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.markdown_extract import extract
from ponder.core.messages import Message
from ponder.core.model import NotePath
from ponder.core.sense.links import wikilink_spans
from ponder.core.share.attribution import private_sources
from ponder.core.share.channels.spec import Audience
from ponder.core.share.drafts import public_links

INTERNAL_TAGS = frozenset({"internal", "confidential", "private"})
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".intranet", ".lan", ".corp", ".home")
_MD_LINK = re.compile(
    r"\]\(\s*<?([^)\s>]+)|<((?:https?|file|mailto):[^>\s]+)>|(?:https?|file)://[^\s<>)\]]+"
)
_EMAIL = re.compile(r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w@-])")
_PHONE = re.compile(r"(?<![\w.+/:#-])(\+?\(?\d[\d ().\-]{5,}\d)(?![\w:/-]|\.\w)")
_DATE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./]\d{1,2}[./]\d{1,2}"
)
_YEARS = re.compile(r"(1\d|20)\d\d\s*[-–]\s*(1\d|20)\d\d")
_URL_TRAIL = ".,:;!?'\""
_PLACEHOLDER = re.compile(
    r"^[ \t]*(?:[#>*+-]+[ \t]+)?(?:[^\n]*:[ \t]*)?(?:…|\.\.\.)[ \t]*$"
    r"|\$\{?(?:title|date|excerpts|links|sources|learned|week|week_start|week_end)\b\}?",
    re.MULTILINE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:[ ,.]\d{3})+")


@dataclass(frozen=True, slots=True)
class Finding:
    """Something to look at before sharing. `excerpt` is the text as found, starting at
    character `position` of the draft as given (front matter included)."""

    kind: str
    excerpt: str
    position: int
    advice: str


def check_privacy(
    draft_markdown: str,
    *,
    library: Library,
    private_terms: Sequence[str],
    audience: Audience,
) -> list[Finding]:
    """Everything in the draft worth a second look before it goes to `audience`, in order."""
    parts = frontmatter.split(draft_markdown)
    offset = len(draft_markdown) - len(parts.body)
    body = parts.body
    findings = [
        *_wikilinks(body, library, private_sources(library, draft_markdown)),
        *_placeholders(body),
        *_links(body),
        *_emails(body),
        *_phones(body),
        *_terms(body, private_terms),
    ]
    moved = [Finding(f.kind, f.excerpt, f.position + offset, f.advice) for f in findings]
    if audience == "public":
        moved.extend(_internal(draft_markdown, parts, offset))
    return sorted(moved, key=lambda f: (f.position, f.kind))


def _wikilinks(body: str, library: Library, own: frozenset[NotePath]) -> Iterator[Finding]:
    """Links readers could not follow; those to the draft's own sources are Ponder's credit
    lines (left out for readers, see attribution.py) or shared as their plain title."""
    links = public_links(library)
    for span, link in wikilink_spans(body):
        excerpt = body[span.start : span.end]
        path = library.resolve_link(link.target)
        if path is None:
            yield Finding(
                "unresolved-link",
                excerpt,
                span.start,
                Message(
                    "This [[link]] names no note; it will be shared as plain text. "
                    "Fix or remove it."
                ),
            )
        elif path not in own and links(link.target) is None:
            yield Finding(
                "note-link",
                excerpt,
                span.start,
                Message(
                    "This links to one of your notes, which readers cannot open; it will be shared "
                    "as plain text. Link the public page instead, or quote what matters."
                ),
            )


def _placeholders(body: str) -> Iterator[Finding]:
    """Room a template left for the person's words (`…` alone or after a colon) and template
    placeholders (`$excerpts`) that nothing filled."""
    for match in _PLACEHOLDER.finditer(body):
        text = match[0].strip()
        start = match.start() + match[0].find(text)
        yield Finding(
            "placeholder",
            text,
            start,
            Message("The template left this for your own words; write them, or delete the line."),
        )


def _links(body: str) -> Iterator[Finding]:
    for match in _MD_LINK.finditer(body):
        url = match[1] or match[2] or match[0].rstrip(_URL_TRAIL)  # bare: no trailing dot
        advice = _link_advice(url)
        if advice is not None:
            kind, text = advice
            yield Finding(kind, url, match.start() + match[0].find(url), text)


def _link_advice(url: str) -> tuple[str, str] | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme == "file":
        return "local-link", Message("A file on your computer: nobody else can open it.")
    if not scheme and not url.startswith("#"):
        return "local-link", Message(
            "A link into your vault: readers cannot open it; link a public page."
        )
    if scheme in ("http", "https") and _private_host(parts.hostname or ""):
        return "private-address", Message("This address only works on your computer or network.")
    return None


def _private_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if not host:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost" or "." not in host or host.endswith(_PRIVATE_SUFFIXES)
    return not address.is_global


def _emails(body: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(body):
        yield Finding(
            "email",
            match[0],
            match.start(),
            Message("An e-mail address: share it only if its owner agreed."),
        )


def _phones(body: str) -> Iterator[Finding]:
    for match in _PHONE.finditer(body):
        candidate = match[1].rstrip(" (")
        if _looks_like_phone(candidate):
            yield Finding(
                "phone",
                candidate,
                match.start(1),
                Message("A phone number: share it only if its owner agreed."),
            )


def _looks_like_phone(text: str) -> bool:
    """Phone numbers, not dates, times, versions, years or large amounts."""
    digits = sum(char.isdigit() for char in text)
    if text.startswith("+"):
        return 8 <= digits <= 15
    if not 7 <= digits <= 15 or text.count("(") != text.count(")"):
        return False
    if _DATE.fullmatch(text) or _YEARS.fullmatch(text) or _THOUSANDS.fullmatch(text):
        return False
    if "." in text and not any(sep in text for sep in " -()"):
        return False  # 1.2.3.4: versions and addresses
    return any(sep in text for sep in " -()") or text.startswith("0")


def _terms(body: str, private_terms: Sequence[str]) -> Iterator[Finding]:
    words = sorted({t.strip() for t in private_terms if t.strip()}, key=len, reverse=True)
    if not words:
        return
    alternatives = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(body):
        yield Finding(
            "private-term",
            match[0],
            match.start(),
            Message("One of your private terms (Preferences ▸ Private terms)."),
        )


def _internal(text: str, parts: frontmatter.Split, offset: int) -> Iterator[Finding]:
    try:
        front, _ = frontmatter.read(text)
    except frontmatter.FrontMatterError:
        front = {}
    audience = str(front.get("audience", "")).strip().lower()
    advice = Message("This draft is marked internal and is about to go to a public network.")
    if audience == "internal" and parts.front is not None:
        where = parts.front.find("audience")
        yield Finding("internal", "audience: internal", len(parts.opening) + where, advice)
        return
    tags = front.get("tags")
    listed = tags if isinstance(tags, list) else str(tags or "").replace(",", " ").split()
    found = {str(tag).strip().lstrip("#").lower() for tag in listed} & INTERNAL_TAGS
    if found and parts.front is not None:
        tag = sorted(found)[0]
        where = max(parts.front.lower().find(tag), 0)
        start = len(parts.opening) + where
        yield Finding("internal", text[start : start + len(tag)], start, advice)
        return
    for tag in extract(parts.body).tags:
        if tag.lower() in INTERNAL_TAGS:
            where = parts.body.lower().find("#" + tag.lower())
            yield Finding("internal", "#" + tag, offset + max(where, 0), advice)
            return
