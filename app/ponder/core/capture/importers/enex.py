"""Evernote exports (ENEX, export3.dtd), read as a stream so a 1 GB file needs little memory."""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import Element

from ponder.core.attachments import safe_name
from ponder.core.capture.importers.dates import from_enex
from ponder.core.capture.importers.enex_links import link_imported_notes
from ponder.core.capture.importers.enex_notes import NoteBytes, NoteScanner
from ponder.core.capture.importers.enml import (
    Resource,
    enml_to_markdown,
    media_markdown,
    read_resource,
)
from ponder.core.capture.importers.enml_tasks import read_tasks
from ponder.core.capture.importers.links import clean_tags
from ponder.core.capture.importers.report import ImportFileError
from ponder.core.capture.importers.safe_xml import NotWellFormed, parse_xml
from ponder.core.capture.importers.writer import Draft, ImportWriter, isolated
from ponder.core.model import Kind
from ponder.core.notes import KIND_FOLDERS, new_note_text
from ponder.core.urls import WEB_SCHEMES
from ponder.core.vault import VaultError

_CHUNK = 1 << 16
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class CleanStream:
    """The file's bytes as valid UTF-8 XML: bad bytes become �, stray control bytes go.

    Counts what it read (for progress) and what it repaired (for the report), so a
    damaged export still yields every note the parser can reach.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.bytes_read = 0
        self.repaired = 0

    def read(self, size: int = -1, /) -> bytes:
        while True:
            chunk = self._raw.read(size if size and size > 0 else _CHUNK)
            self.bytes_read += len(chunk)
            text = self._decoder.decode(chunk, final=not chunk)
            self.repaired += max(0, text.count("\ufffd") - chunk.count(b"\xef\xbf\xbd"))
            cleaned, removed = _XML_INVALID.subn("", text)
            self.repaired += removed
            if cleaned or not chunk:
                return cleaned.encode("utf-8")


def import_enex(
    path: Path,
    writer: ImportWriter,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Every `<note>` in the file, written as it is read; stops early if `cancel()` says so."""
    total = path.stat().st_size
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise ImportFileError(f"Ponder could not read {path}: {exc.strerror or exc}.") from exc
    with raw:
        stream = CleanStream(raw)
        try:
            _read_notes(stream, writer, total, progress, cancel)
        finally:
            if stream.repaired:
                writer.report.notices.append(
                    f"{stream.repaired} characters that are not valid UTF-8 or XML were "
                    "replaced or removed while reading."
                )


def _read_notes(
    stream: CleanStream,
    writer: ImportWriter,
    total: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Each note parsed on its own: a broken one is reported with its place and title, and
    every other note is imported. Links between the notes are resolved once all are written."""
    for found in NoteScanner(stream):
        note = _parse_note(found, writer)
        if note is not None:
            label = f"note {found.number} (line {found.line}): {found.title}"
            isolated(writer.report, label, add_note, note, writer)
        if progress is not None:
            progress(stream.bytes_read, total)
        if cancel is not None and cancel():
            writer.report.cancelled = True
            break
    writer.flush()
    link_imported_notes(writer.library, writer.report)


def _parse_note(found: NoteBytes, writer: ImportWriter) -> Element | None:
    label = f"note {found.number} (line {found.line}): {found.title}"
    if not found.complete:
        writer.report.fail(
            label,
            "the note is cut short (not well-formed XML: its </note> is missing); it was "
            "left out and the other notes were imported",
        )
        return None
    try:
        return parse_xml(found.data, "ENEX")
    except NotWellFormed as exc:
        detail = str(exc).split("(", 1)[-1].split(")", 1)[0]
        writer.report.fail(
            label,
            f"the note is not well-formed XML ({detail}); it was left out and the other "
            "notes were imported",
        )
    except ImportFileError as exc:
        writer.report.fail(label, f"{exc} It was left out.")
    return None


def note_id(title: str, created: str, content: str) -> str:
    """A stable id from the title, the creation time and the content.

    ENEX carries no note GUID; these survive a re-export of the same notebook, while two
    different notes with the same title and time (Evernote allows it) get two ids.
    """
    basis = f"{title}\0{created}\0{content}"
    return "enex-" + hashlib.blake2b(basis.encode("utf-8", "replace"), digest_size=8).hexdigest()


def add_note(note: Element, writer: ImportWriter) -> None:
    title = " ".join((note.findtext("title") or "").split()) or "Untitled"
    created_text = (note.findtext("created") or "").strip()
    content = note.findtext("content") or ""
    key = note_id(title, created_text, content)
    known = writer.known_id(key)
    if known is not None:
        writer.report.skip(title, f"imported before ({known})")
        return
    media, names = _store_resources(note, title, writer)
    converted = enml_to_markdown(content, media, read_tasks(note))
    if converted.missing:
        writer.report.notices.append(
            f"{title}: {len(converted.missing)} attachment(s) it shows are not in the export."
        )
    body = converted.markdown.rstrip()
    unshown = [md for digest, md in media.items() if digest not in converted.shown]
    if unshown:
        body += "\n\n## Attachments\n\n" + "\n".join(f"- {md}" for md in unshown)
        listed = ", ".join(names[d] for d in media if d not in converted.shown)
        writer.report.notices.append(
            f"{title}: attachments not shown in the note linked at its end: {listed}."
        )
    kind, extra = _front_matter(note, title, created_text, writer)
    extra["id"] = key
    created = from_enex(created_text) or writer.now()
    tags = clean_tags(t.text or "" for t in note.findall("tag"))
    text = new_note_text(title, kind, created, tags=tags, body=body, extra=extra)
    writer.add(Draft(title, KIND_FOLDERS[kind], title, text), key)


def _front_matter(
    note: Element, title: str, created_text: str, writer: ImportWriter
) -> tuple[Kind, dict[str, object]]:
    """A clip when Evernote recorded a web address it came from; else a note."""
    extra: dict[str, object] = {}
    created = from_enex(created_text)
    if created_text and created is None:
        writer.report.notices.append(
            f"{title}: the creation date {created_text[:40]!r} cannot be read; "
            "the import time is used."
        )
    updated = from_enex(note.findtext("updated") or "")
    if updated is not None and (created is None or updated > created):
        extra["updated"] = updated.astimezone()
    attributes = note.find("note-attributes")
    url = (attributes.findtext("source-url") or "").strip() if attributes is not None else ""
    author = (attributes.findtext("author") or "").strip() if attributes is not None else ""
    if url.split(":", 1)[0].lower() in WEB_SCHEMES:
        source: dict[str, object] = {"url": url}
        if author:
            source["author"] = author
        source["captured"] = (created or writer.now()).astimezone()
        extra["source"] = source
        return Kind.CLIP, extra
    if author:
        extra["author"] = author
    return Kind.NOTE, extra


def _store_resources(
    note: Element, title: str, writer: ImportWriter
) -> tuple[dict[str, str], dict[str, str]]:
    """Write each attachment once; (MD5 → the Markdown that shows or links it, MD5 → name)."""
    media: dict[str, str] = {}
    names: dict[str, str] = {}
    for number, element in enumerate(note.findall("resource"), 1):
        try:
            resource: Resource = read_resource(element)
        except ValueError as exc:
            writer.report.fail(f"{title}: attachment {number}", f"left out: {exc}")
            continue
        if resource.md5 in media:
            continue
        name = safe_name(resource.file_name(), resource.md5)
        try:
            stored = writer.attach(name, resource.data)
        except (OSError, VaultError) as exc:
            writer.report.fail(f"{title}: {name}", f"the attachment was not saved: {exc}")
            continue
        if resource.mime.lower().startswith("image/") and not resource.is_image():
            writer.report.notices.append(
                f"{title}: {name} is declared {resource.mime} but is not an image the "
                "preview can show; it is linked as a file."
            )
        media[resource.md5] = media_markdown(resource, stored.rsplit("/", 1)[-1])
        names[resource.md5] = name
    return media, names
