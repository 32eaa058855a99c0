"""Export a draft to a Markdown or HTML file in a folder the person chose."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Mapping
from pathlib import Path

from ponder.core.messages import Message
from ponder.core.share.channels import ChannelError, Outgoing, PostResult
from ponder.core.share.channels.spec import (
    CANNOT_READ,
    ChannelSpec,
    FieldSpec,
    ReadBack,
    Tools,
)
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import unlimited

FORMATS = ("md", "html")
_UNSAFE = re.compile(r"[^\w\- ]+")


class FileExport:
    """Writes a new file each time (never over an existing one) and gives its path."""

    kind = "file"

    def __init__(self, folder: Path, file_format: str = "md") -> None:
        if file_format not in FORMATS:
            raise ChannelError(f"Ponder exports .md or .html files, not .{file_format}.")
        self._folder = folder
        self._format = file_format

    def post(self, outgoing: Outgoing) -> PostResult:
        content = self._render(outgoing)
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            path = _write_new(self._folder, file_stem(outgoing), self._format, content)
        except OSError as exc:
            raise ChannelError(
                f"Ponder could not write to {self._folder}: {exc.strerror or exc}."
            ) from None
        return PostResult(str(path), True)

    def _render(self, outgoing: Outgoing) -> str:
        if self._format == "md":
            heading = f"# {outgoing.title}\n\n" if outgoing.title else ""
            return heading + outgoing.joined_markdown() + "\n"
        title = html.escape(outgoing.title or "Ponder export")
        body = outgoing.html or f"<pre>{html.escape(outgoing.joined())}</pre>"
        return (
            '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
        )


def file_stem(outgoing: Outgoing) -> str:
    """A file name from the title (or the first words), safe on every file system."""
    words = outgoing.title or outgoing.text[:60]
    stem = _UNSAFE.sub("", words).strip().replace(" ", "-")[:60].strip("-")
    return stem or "ponder-export"


def _write_new(folder: Path, stem: str, suffix: str, content: str) -> Path:
    """Create `stem.suffix`, or `stem-2.suffix`…, exclusively, so nothing is overwritten."""
    data = content.encode("utf-8")
    for number in range(1, 1000):
        path = folder / (f"{stem}.{suffix}" if number == 1 else f"{stem}-{number}.{suffix}")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return path
    raise ChannelError(f"{folder} already holds 999 exports called {stem}; choose another folder.")


def _build(values: Mapping[str, str], _secret: str, _tools: Tools) -> FileExport:
    return FileExport(Path(values["folder"]).expanduser(), values.get("format") or "md")


SPEC = ChannelSpec(
    "file",
    Message("File (.md or .html)"),
    (
        FieldSpec("folder", Message("Folder")),
        FieldSpec("format", Message("Format"), False, default="md", choices=("md", "html")),
    ),
    _build,
    dialect=Dialect.WEBHOOK,  # Markdown, with an HTML twin for .html exports
    audience="internal",  # a file on this computer
    measure=unlimited,
    idempotency="none: each export is a new file",
    read_back=ReadBack((), f"A file has no readers Ponder can ask; {CANNOT_READ}."),
)
