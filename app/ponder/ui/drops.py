"""What was dropped on the window, sorted into web links, local files and plain text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData

from ponder.core.urls import single_url


@dataclass(frozen=True, slots=True)
class Drop:
    links: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()
    text: str = ""

    @classmethod
    def from_mime(cls, mime: QMimeData) -> Drop:
        links: list[str] = []
        files: list[Path] = []
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile():
                files.append(Path(url.toLocalFile()))
            elif url.scheme() in ("http", "https"):
                links.append(url.toString())
        text = mime.text().strip() if mime.hasText() else ""
        if not links and not files and single_url(text):
            return cls(links=(text,))
        if links or files:
            text = ""  # a browser also offers the link as text: one capture, not two
        return cls(tuple(links), tuple(files), text)

    def __bool__(self) -> bool:
        return bool(self.links or self.files or self.text)
