"""Evernote's ENML note bodies to Markdown, with `<en-media>` pointing at stored attachments."""

from __future__ import annotations

import base64
import binascii
import hashlib
import mimetypes
import re
from dataclasses import dataclass, field
from html import unescape as html_unescape
from xml.etree.ElementTree import Element

from ponder.core.capture.html_markdown import html_to_markdown
from ponder.core.capture.importers import enml_tasks
from ponder.core.capture.importers.markdown_text import escape, link_target

_MEDIA = re.compile(r"<en-media\b([^>]*?)/?>(?:\s*</en-media>)?", re.IGNORECASE)
_NOTE_LINK = re.compile(
    r"<a\b[^>]*?href\s*=\s*[\"'](evernote:[^\"']*|https?://(?:www\.)?evernote\.com/shard/"
    r"[^/\"']+/(?:nl|sh)/[^\"']*)[\"'][^>]*>(.*?)</a\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(r"<[^>]*>")
_LINK_MARK = "PonderEnLink{}Token"
_LINK_FOUND = re.compile(r"PonderEnLink(\d+)Token")
_WIKI_UNSAFE = re.compile(r"[\[\]|#^]")
_CRYPT = re.compile(r"<en-crypt\b.*?</en-crypt>", re.IGNORECASE | re.DOTALL)
_PROLOGUE = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PLACEHOLDER = "PonderEnMedia{}Token"
_PLACEHOLDER_FOUND = re.compile(r"PonderEnMedia(\d+)Token")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
_ATTACHMENTS_FROM_NOTE = "../attachments/"
"""Notes go one folder deep (notes/, clips/), attachments to attachments/ beside them."""


@dataclass(frozen=True, slots=True)
class Resource:
    """An attachment of a note, decoded; `md5` is what `<en-media hash>` refers to."""

    data: bytes
    mime: str
    name: str
    md5: str

    def is_image(self) -> bool:
        """Declared as an image and really one (a wrong MIME type is linked as a file)."""
        head = self.data[:16]
        riff_webp = head.startswith(b"RIFF") and head[8:12] == b"WEBP"
        looks = riff_webp or any(head.startswith(magic) for magic in _IMAGE_MAGIC)
        return self.mime.lower().startswith("image/") and looks

    def file_name(self) -> str:
        """The name it had (or its hash), with an extension for its MIME type if it has none."""
        name = self.name.strip() or self.md5
        if re.search(r"\.[A-Za-z0-9]{1,8}$", name):
            return name
        return name + extension_for(self.mime)


_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/heic": ".heic",
    "image/webp": ".webp",
    "audio/amr": ".amr",
    "audio/x-m4a": ".m4a",
    "audio/m4a": ".m4a",
    "audio/mp4": ".m4a",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "application/vnd.evernote.ink": ".ink",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


def extension_for(mime: str) -> str:
    """The usual extension for a MIME type; `.bin` for one nobody knows (a file without an
    extension opens nowhere)."""
    kind = mime.split(";")[0].strip().lower()
    known = _EXTENSIONS.get(kind) or mimetypes.guess_extension(kind, strict=False)
    return known or ".bin"


def read_resource(element: Element) -> Resource:
    """A `<resource>`; ValueError (with a reason) when its data cannot be decoded."""
    data_element = element.find("data")
    encoded = "".join((data_element.text or "").split()) if data_element is not None else ""
    if data_element is None or not encoded:
        raise ValueError("it has no data")
    encoding = (data_element.get("encoding") or "base64").lower()
    if encoding != "base64":
        raise ValueError(f"its data is in an unknown encoding {encoding!r}")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"its data is not valid base64 ({exc})") from exc
    mime = (element.findtext("mime") or "application/octet-stream").strip()
    name = element.findtext("resource-attributes/file-name") or ""
    return Resource(data, mime, name, hashlib.md5(data, usedforsecurity=False).hexdigest())


def media_markdown(resource: Resource, stored_name: str) -> str:
    """The Markdown for an attachment stored as `attachments/<stored_name>`."""
    target = link_target(_ATTACHMENTS_FROM_NOTE + stored_name)
    label = escape(resource.file_name())
    return f"![{label}]({target})" if resource.is_image() else f"[{label}]({target})"


@dataclass(slots=True)
class Converted:
    """An ENML body as Markdown: `missing` hashes of `<en-media>` with no attachment,
    `shown` hashes it does show, `links` the titles its Evernote note links name."""

    markdown: str
    missing: list[str] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


def enml_to_markdown(
    enml: str, media: dict[str, str], tasks: list[enml_tasks.Task] | None = None
) -> Converted:
    """Markdown for an ENML body. `media` maps a resource's MD5 to its Markdown.

    `<en-media>` and Evernote note links become tokens the HTML converter leaves alone and are
    swapped afterwards (for the attachment's Markdown, and for `[[title]]`); check boxes
    become task items and Evernote 10 task groups their `tasks`; encrypted parts cannot be
    read and are marked as such.
    """
    result = Converted("")
    snippets: list[str] = []

    def on_media(match: re.Match[str]) -> str:
        digest = _attributes(match[1]).get("hash", "").strip().lower()
        snippet = media.get(digest)
        if snippet is None:
            result.missing.append(digest or "(no hash)")
            snippet = "*(an attachment missing from the export)*"
        result.shown.add(digest)
        snippets.append(snippet)
        return f"<span>{_PLACEHOLDER.format(len(snippets) - 1)}</span>"

    def on_link(match: re.Match[str]) -> str:
        title = " ".join(html_unescape(_TAGS.sub("", match[2])).split())
        if not title:
            return ""
        result.links.append(title)
        return f"<span>{_LINK_MARK.format(len(result.links) - 1)}</span>"

    html = _PROLOGUE.sub("", enml)
    html = _CRYPT.sub("<p>(encrypted text; Ponder cannot decrypt it)</p>", html)
    html, groups = enml_tasks.mark_task_groups(html)
    html = enml_tasks.mark_todos(_NOTE_LINK.sub(on_link, _MEDIA.sub(on_media, html)))
    markdown = enml_tasks.todo_items(html_to_markdown(html))
    markdown = enml_tasks.place_tasks(markdown, groups, tasks or [])
    markdown = _LINK_FOUND.sub(lambda m: wikilink(result.links[int(m[1])]), markdown)
    result.markdown = _PLACEHOLDER_FOUND.sub(lambda m: snippets[int(m[1])], markdown)
    return result


def wikilink(title: str, target: str | None = None) -> str:
    """`[[title]]`, or `[[target|title]]` when the note's file name differs from its title;
    characters a wikilink cannot hold are left out of the target."""
    safe_title = _WIKI_UNSAFE.sub(" ", title).strip()
    if target is None or target == safe_title:
        return f"[[{safe_title}]]"
    return f"[[{target}|{safe_title}]]"


def _attributes(text: str) -> dict[str, str]:
    return {m[1].lower(): m[2] if m[2] is not None else m[3] for m in _ATTRIBUTE.finditer(text)}
