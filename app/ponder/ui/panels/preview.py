"""The Markdown preview: safe HTML from the core in a QTextBrowser that follows no link itself."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from ponder.core import frontmatter, markdown
from ponder.core.library import Library
from ponder.core.markdown_obsidian import anchor_name, section
from ponder.core.model import Changes
from ponder.core.sense.resolve import LinkResolver
from ponder.core.vault import VaultError
from ponder.ui import theme as themes
from ponder.ui.core_text import core_text
from ponder.ui.fonts import with_emoji
from ponder.ui.session import Session

OUTSIDE_SCHEMES = frozenset({"http", "https", "mailto"})
READABLE_COLUMNS = 86
MIN_SIDE_MARGIN = 24
# Said here, not in the theme's CSS, because they are about measure, not colour.
_EXTRA_CSS = "p, li { line-height: 145%; } h1 { margin-top: 4px; } ul, ol { margin-left: 6px; }"
MAX_IMAGE_BYTES = 20 * 1024 * 1024
_HEADING_FIRST = re.compile(r"\A\s*#\s")


@dataclass(frozen=True, slots=True)
class _Rendered:
    html: str
    resolver: LinkResolver


def _render_job(
    lib: Library, *, text: str, path: str | None, resolver: LinkResolver | None
) -> _Rendered:
    """Runs in the pool: the note's body as safe HTML, headed by its title."""
    resolver = resolver or lib.link_resolver()
    body = frontmatter.split(text).body
    title = _title(text, path)
    head = "" if not title or _HEADING_FIRST.match(body) else f"<h1>{html.escape(title)}</h1>\n"
    exists = functools.partial(_exists, resolver, path)
    embed = functools.partial(_embed, lib, resolver, path)
    file_url = functools.partial(_file_url, lib, path, {})
    rendered = markdown.render_html(body, note_exists=exists, embed=embed, file_url=file_url)
    return _Rendered(head + rendered, resolver)


def _exists(resolver: LinkResolver, source: str | None, target: str) -> bool:
    return resolver.resolve_target(target, source) is not None


def _embed(
    lib: Library, resolver: LinkResolver, source: str | None, target: str, heading: str | None
) -> tuple[str, str] | None:
    """The Markdown `![[target#heading]]` shows: the note, or the section, without its front
    matter; None for a missing note (the embed stays a link)."""
    found = resolver.resolve_target(target, source)
    if found is None or not found.lower().endswith(".md"):
        return None
    try:
        text, _stamp = lib.read_text(found)
    except VaultError:
        return None
    return found, section(frontmatter.split(text).body, heading)


def _file_url(
    lib: Library, source: str | None, cache: dict[str, LinkResolver], target: str
) -> str | None:
    """The file URL of an attachment (`![[image.png|300]]`); the vault is walked only for a
    render that embeds one."""
    if "files" not in cache:
        cache["files"] = lib.link_resolver(with_files=True)
    found = cache["files"].resolve_target(target, source)
    return (lib.root / found).as_uri() if found else None


def _title(text: str, path: str | None) -> str:
    try:
        value = frontmatter.read(text)[0].get("title")
    except frontmatter.FrontMatterError:
        value = None
    if isinstance(value, str) and value.strip():
        return value.strip()
    return PurePosixPath(path).stem if path else ""


class PreviewPanel(QTextBrowser):
    """The rendered note. Renders run in the pool, never more than one queued.

    Signals:
    - `note_link_clicked(str target, str heading)`: a `[[link]]` to a note that exists.
    - `missing_note_clicked(str target)`: a `[[link]]` to a note not written yet.
    - `tag_clicked(str tag)`
    - `status_message(str)`: e.g. a refused link, for the status bar.
    - `rendered()`: a render landed.
    - `escape_pressed()`: Esc while reading (the window moves the keyboard on).
    """

    note_link_clicked = Signal(str, str)
    missing_note_clicked = Signal(str)
    tag_clicked = Signal(str)
    status_message = Signal(str)
    rendered = Signal()
    escape_pressed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Preview"))
        self.setAccessibleDescription(self.tr("The note as it reads, with working links"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._session = session
        self._opener = opener
        self._path: str | None = None
        self._resolver: LinkResolver | None = None
        self._pending_anchor: tuple[str, str] | None = None  # (note path, anchor) to show
        self._busy = False
        self._queued: str | None = None
        self._text: str | None = None
        self.render_count = 0
        self._channel = f"preview-{id(self)}"
        self.document().setDocumentMargin(MIN_SIDE_MARGIN)
        self.set_theme(themes.LIGHT)
        self.anchorClicked.connect(self._on_anchor_clicked)
        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_settings_changed)

    # -- content -------------------------------------------------------------------------------

    def set_note(self, path: str | None, text: str) -> None:
        """Show another note (or the same one moved): images resolve beside it."""
        self._path = path
        folder = self._vault_root() / PurePosixPath(path or "").parent
        self.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.verticalScrollBar().setValue(0)
        self.show_text(text)

    def show_text(self, text: str) -> None:
        """Render `text` soon. While a render runs only the newest text is kept."""
        self._text = text
        if self._busy or not self.isVisible():
            self._queued = text
            return
        self._start(text)

    def set_theme(self, theme: themes.Theme) -> None:
        self.document().setDefaultStyleSheet(themes.preview_css(theme) + _EXTRA_CSS)
        if self._text is not None:
            self.show_text(self._text)

    def _start(self, text: str) -> None:
        self._busy, self._queued = True, None
        self.render_count += 1
        job = functools.partial(
            _render_job,
            text=text,
            path=self._path,
            resolver=self._resolver,
        )
        self._session.read(job, self._on_render_done, self._on_render_error, channel=self._channel)

    def _on_render_done(self, result: _Rendered) -> None:
        self._resolver = result.resolver
        scroll = self.verticalScrollBar().value()
        self.setHtml(result.html)
        self._fit_measure()
        self.verticalScrollBar().setValue(scroll)
        pending, self._pending_anchor = self._pending_anchor, None
        if pending is not None and pending[0] == self._path:
            self.scrollToAnchor(pending[1])  # a `[[Note#Heading]]` that opened this note
        self._finish()
        self.rendered.emit()

    def _on_render_error(self, error: BaseException) -> None:
        self.setPlainText(core_text(error))
        self._finish()

    def _finish(self) -> None:
        self._busy = False
        if self._queued is not None and self.isVisible():
            self._start(self._queued)

    def set_font(self, family: str, size: int) -> None:
        """Read in the editor's font: the same words should not change size between views."""
        font = QFont(family, size) if family else QFont(self.font().family(), size)
        self.document().setDefaultFont(with_emoji(font))
        self._fit_measure()

    def _fit_measure(self) -> None:
        # Long lines are hard to read: keep the text column to a comfortable measure.
        measure = QFontMetrics(self.document().defaultFont()).averageCharWidth() * READABLE_COLUMNS
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - measure) // 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if frame.leftMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            root.setFrameFormat(frame)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_measure()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._queued is not None and not self._busy:
            self._start(self._queued)

    def _on_session_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.added or changes.removed or changes.moved or changes.updated:
            self._resolver = None  # titles and names may have changed: missing links too
            if self._text is not None and (changes.added or changes.removed or changes.moved):
                self.show_text(self._text)

    def _on_settings_changed(self, _settings: object) -> None:
        if self._text is not None:
            self.show_text(self._text)

    # -- links and resources -------------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        href = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        note = markdown.parse_note_href(href)
        tag = markdown.parse_tag_href(href)
        scheme = url.scheme().lower()
        if note is not None:
            self._open_note_link(*note)
        elif tag is not None:
            self.tag_clicked.emit(tag)
        elif scheme in OUTSIDE_SCHEMES:
            self._opener(url)
        elif not scheme and href.startswith("#"):
            self.scrollToAnchor(url.fragment())
        elif not scheme and self._open_file_link(url.path()):
            pass
        elif not scheme and url.path().endswith(".md"):
            self._open_relative(url.path())
        else:
            shown = href if len(href) < 80 else href[:77] + "…"
            self.status_message.emit(self.tr("Ponder does not open links like {0}").format(shown))

    def _open_note_link(self, target: str, heading: str | None) -> None:
        if self._resolver is None:
            self.note_link_clicked.emit(target, heading or "")
            return
        # resolved here, where the linking note is known (a note beside it wins)
        found = self._resolver.resolve_target(target, self._path)
        if found is None:
            self.missing_note_clicked.emit(target)
        elif found == self._path and heading:
            self.scrollToAnchor(anchor_name(heading))
        else:
            self._pending_anchor = (found, anchor_name(heading)) if heading else None
            self.note_link_clicked.emit(found, heading or "")

    def _open_file_link(self, link: str) -> bool:
        """A Markdown link to a note (`other.md`, `../a/b.md`, `Note`), read as sense/resolve
        reads it; False when it names no note."""
        if self._resolver is None:
            return False
        found = self._resolver.resolve_path(link, self._path, relative=True)
        if found is None or not found.lower().endswith(".md"):
            return False
        self.note_link_clicked.emit(found, "")
        return True

    def _open_relative(self, link: str) -> None:
        folder = PurePosixPath(self._path or "").parent
        parts: list[str] = []
        for part in (folder / link).parts:
            if part == "..":
                if parts:
                    parts.pop()
            elif part != ".":
                parts.append(part)
        target = "/".join(parts)
        self.note_link_clicked.emit(target, "")

    def _vault_root(self) -> Path:
        return self._session.library.root

    @override
    def loadResource(self, type: int, name: QUrl | str) -> object:
        url = QUrl(name) if isinstance(name, str) else name
        if type != QTextDocument.ResourceType.ImageResource.value:
            return None
        if url.scheme().lower() not in {"", "file"}:
            return None  # nothing from the web (remote images render as links)
        return self._local_image(url)

    def _local_image(self, url: QUrl) -> QImage | None:
        root = self._vault_root().resolve()
        base = self.document().baseUrl()
        local = base.resolved(url).toLocalFile() if url.isRelative() else url.toLocalFile()
        try:
            path = Path(local).resolve()
            if not path.is_relative_to(root) or path.stat().st_size > MAX_IMAGE_BYTES:
                return None
        except OSError:
            return None
        image = QImage(str(path))
        return None if image.isNull() else image
