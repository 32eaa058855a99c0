"""Clip notes made from what the Joplin Web Clipper posts: sanitized Markdown and screenshots."""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from ponder.core import frontmatter
from ponder.core.capture.clip_folders import CLIPS, folder_id, resolve_folder
from ponder.core.capture.clip_http import ClipError
from ponder.core.capture.html_markdown import html_to_markdown, sanitize_html
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, Note
from ponder.core.notes import parse_when

MAX_IMAGE_BYTES = 15 * 1024 * 1024
MAX_TITLE = 200
MAX_URL = 4096
MAX_TAGS = 50
_DATA_URL = re.compile(r"data:image/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)", re.IGNORECASE)
_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}

OnChanges = Callable[[Changes], None]


@dataclass(frozen=True, slots=True)
class Screenshot:
    extension: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ClipPayload:
    """A POST /notes body, checked: everything Ponder keeps from it."""

    title: str
    body: str
    source_url: str | None
    folder: str
    tags: tuple[str, ...]
    screenshot: Screenshot | None


def parse_payload(data: Mapping[str, object], library: Library) -> ClipPayload:
    """Check and convert a Joplin note; HTML is sanitized with nh3 before it becomes Markdown.

    `crop_rect` is accepted and not applied: cropping a JPEG needs an image decoder Ponder
    does not ship, so the note keeps the whole visible tab. `convert_to: html` and
    `stylesheets` are ignored: notes are Markdown, and Ponder fetches nothing for a clip here.
    """
    source_url = web_url(_text(data, "source_url"))
    base_url = web_url(_text(data, "base_url")) or source_url
    html = _text(data, "body_html")
    if html:
        body = html_to_markdown(sanitize_html(html, base_url), base_url)
    else:
        body = _text(data, "body") or ""
    image = _text(data, "image_data_url")
    return ClipPayload(
        title=_title(_text(data, "title"), source_url),
        body=body,
        source_url=source_url,
        folder=_folder(library, _text(data, "parent_id")),
        tags=_tags(_text(data, "tags")),
        screenshot=decode_image(image) if image else None,
    )


def decode_image(data_url: str) -> Screenshot:
    """A PNG or JPEG from a data URL, refused unless its bytes really are that image type."""
    match = _DATA_URL.fullmatch(data_url.strip())
    if match is None:
        raise ClipError(400, "image_data_url must be a base64 PNG or JPEG data URL.")
    if len(match[2]) > MAX_IMAGE_BYTES * 4 // 3 + 16:
        raise ClipError(413, "The screenshot is larger than Ponder accepts.")
    try:
        data = base64.b64decode(re.sub(r"\s+", "", match[2]), validate=True)
    except (binascii.Error, ValueError):
        raise ClipError(400, "image_data_url is not valid base64.") from None
    extension = "png" if match[1].lower() == "png" else "jpg"
    if not data.startswith(_MAGIC[extension]):
        raise ClipError(400, f"image_data_url does not hold a {extension.upper()} image.")
    return Screenshot(extension, data)


def create_clip(library: Library, payload: ClipPayload, on_changes: OnChanges) -> Note:
    """Write the screenshot (if any) into attachments/, then the clip note that shows it."""
    body = payload.body
    attachment = None
    if payload.screenshot is not None:
        attachment = _write_attachment(library, payload.screenshot)
        body = f"{body.rstrip()}\n\n![Screenshot]({attachment})\n".lstrip("\n")
    try:
        path, changes = library.create_note(
            payload.title, kind=Kind.CLIP, tags=payload.tags, body=body, folder=payload.folder
        )
    except Exception:
        if attachment is not None:
            with contextlib.suppress(OSError):
                library.abspath(attachment).unlink()
        raise
    try:
        # Library.create_note takes no extra front matter: `source:` is a second, checked save.
        text, stamp = library.read_text(path)
        captured = parse_when(frontmatter.read(text)[0].get("created"))
        source: dict[str, object] = {"url": payload.source_url} if payload.source_url else {}
        source["captured"] = captured
        library.save(path, frontmatter.update(text, {"source": source}), expected=stamp)
    finally:
        on_changes(changes)  # the note exists either way
    return library.read(path)


def note_json(note: Note) -> dict[str, object]:
    """A note as Joplin's API returns one (times in epoch milliseconds)."""
    folder = note.path.rsplit("/", 1)[0] if "/" in note.path else ""
    created = _millis(note.created)
    updated = _millis(note.updated) or created
    return {
        "id": note.id or note.path,
        "parent_id": folder_id(folder) if folder else "",
        "title": note.title,
        "body": note.body,
        "source_url": note.source.url if note.source and note.source.url else "",
        "created_time": created,
        "updated_time": updated,
        "user_created_time": created,
        "user_updated_time": updated,
        "is_todo": 0,
        "markup_language": 1,
    }


def _write_attachment(library: Library, shot: Screenshot) -> str:
    name = f"clip-{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(4)}.{shot.extension}"
    stored, _created = library.add_attachment(name, shot.data)
    return stored


def _text(data: Mapping[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ClipError(400, f"{key} must be text.")


def web_url(value: str | None) -> str | None:
    """`value` if it is an absolute http(s) URL of sane length, else None."""
    if not value or len(value) > MAX_URL:
        return None
    value = value.strip()
    parts = urlsplit(value)
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _title(value: str | None, source_url: str | None) -> str:
    title = " ".join((value or "").split())[:MAX_TITLE].strip()
    if title:
        return title
    host = urlsplit(source_url).hostname if source_url else None
    return host or "Clip"


def _tags(value: str | None) -> tuple[str, ...]:
    tags = (" ".join(t.split()).lstrip("#")[:100] for t in (value or "").split(","))
    return tuple(t for t in tags if t)[:MAX_TAGS]


def _folder(library: Library, parent_id: str | None) -> str:
    """The chosen notebook's folder; an unknown id still saves the clip, into clips/."""
    if parent_id:
        found = resolve_folder(library.root, parent_id)
        if found is not None:
            return found
    return CLIPS


def _millis(when: datetime | None) -> int:
    return int(when.timestamp() * 1000) if when else 0
