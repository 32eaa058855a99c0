"""Evernote's ENML note bodies to Markdown, with `<en-media>` pointing at stored attachments."""

from __future__ import annotations

import base64
import binascii
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from ponder.core.capture.html_markdown import html_to_markdown
from ponder.core.capture.importers.markdown_text import escape, link_target

_MEDIA = re.compile(r"<en-media\b([^>]*?)/?>(?:\s*</en-media>)?", re.IGNORECASE)
_TODO = re.compile(r"<en-todo\b([^>]*?)/?>(?:\s*</en-todo>)?", re.IGNORECASE)
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
        """The name it had, or its hash with an extension for its MIME type."""
        if self.name.strip():
            return self.name
        extension = mimetypes.guess_extension(self.mime.split(";")[0].strip().lower()) or ""
        return f"{self.md5}{extension}"


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


def enml_to_markdown(enml: str, media: dict[str, str]) -> tuple[str, list[str]]:
    """(Markdown, hashes of `<en-media>` with no attachment) for an ENML body.

    `media` maps a resource's MD5 to its Markdown. `<en-media>` becomes a token the
    HTML converter leaves alone and is swapped for that Markdown afterwards; to-do boxes
    become ☐/☑; encrypted parts cannot be read and are marked as such.
    """
    snippets: list[str] = []
    missing: list[str] = []

    def on_media(match: re.Match[str]) -> str:
        digest = _attributes(match[1]).get("hash", "").strip().lower()
        snippet = media.get(digest)
        if snippet is None:
            missing.append(digest or "(no hash)")
            snippet = "*(an attachment missing from the export)*"
        snippets.append(snippet)
        return f"<span>{_PLACEHOLDER.format(len(snippets) - 1)}</span>"

    def on_todo(match: re.Match[str]) -> str:
        return "☑ " if _attributes(match[1]).get("checked", "").lower() == "true" else "☐ "

    html = _PROLOGUE.sub("", enml)
    html = _CRYPT.sub("<p>(encrypted text; Ponder cannot decrypt it)</p>", html)
    html = _TODO.sub(on_todo, _MEDIA.sub(on_media, html))
    markdown = html_to_markdown(html)
    return _PLACEHOLDER_FOUND.sub(lambda m: snippets[int(m[1])], markdown), missing


def _attributes(text: str) -> dict[str, str]:
    return {m[1].lower(): m[2] if m[2] is not None else m[3] for m in _ATTRIBUTE.finditer(text)}
