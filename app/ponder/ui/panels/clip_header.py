"""The head of a clipped note: where it came from (link, site, author, date) and what can be
done with it again — fetch the page, extract it again, or clip it anew as a new version."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.core import frontmatter

WEB = ("http", "https")
LINK_CHARS = 60


def _source(text: str) -> tuple[dict[str, object], bool]:
    """The note's `source:` (a bare URL counts) and whether the note is a clip."""
    try:
        front = frontmatter.read(text)[0]
    except frontmatter.FrontMatterError:
        return {}, False
    value = front.get("source")
    is_clip = str(front.get("kind", "")).strip().lower() == "clip"
    if isinstance(value, str):
        return {"url": value}, is_clip
    return (value if isinstance(value, dict) else {}), is_clip


def _day(value: object) -> QDate | None:
    """A published or captured value as a date, when it reads as one."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    if isinstance(value, str):
        found = QDate.fromString(value[:10], "yyyy-MM-dd")
        return found if found.isValid() else None
    return None


def _long_date(day: QDate) -> str:
    """The locale's long date without the weekday ("19 November 2019", "19. November 2019")."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(day, pattern.strip())


class ClipHeader(QFrame):
    """Signals, each with the clip's path: `fetch_requested` (fetch the page anew),
    `extract_requested` (extract again from the kept page) and `new_version_requested` (clip
    the page again as a new note linking to this one)."""

    fetch_requested = Signal(str)
    extract_requested = Signal(str)
    new_version_requested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clipHeader")
        self.setAccessibleName(self.tr("Clip source"))
        self._opener = opener
        self._path: str | None = None
        self._offer_for: str | None = None
        self.link = QLabel(self)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.link.setWordWrap(True)
        self.link.linkActivated.connect(self._on_link_activated)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fetch_button = self._button(
            self.tr("Fetch again"), self.tr("Download the page again and extract its article")
        )
        self.fetch_button.clicked.connect(self._on_fetch_clicked)
        self.extract_button = self._button(
            self.tr("Extract again"),
            self.tr(
                "Extract the article again from the page Ponder kept (fetching it if none is "
                "kept). Your lines above the article, your highlights and your reflections are "
                "kept; other edits to the article are kept under their own heading."
            ),
        )
        self.extract_button.clicked.connect(self._on_extract_clicked)
        self.new_version_button = self._button(
            self.tr("Clip again as a new version"),
            self.tr("Make a new clip of this page that links to this one; this one stays"),
        )
        self.new_version_button.clicked.connect(self._on_new_version_clicked)
        self._lay_out()
        self.hide()

    def _button(self, label: str, tip: str) -> QPushButton:
        button = QPushButton(label, self)
        button.setToolTip(tip)
        button.setAccessibleName(label)
        return button

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.new_version_button)
        actions.addWidget(self.extract_button)
        actions.addWidget(self.fetch_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.link)
        layout.addLayout(actions)

    @property
    def path(self) -> str | None:
        return self._path

    def show_note(self, path: str | None, text: str) -> None:
        """Show the source of the note at `path` (hidden for a note that has no web source);
        only a clip offers to fetch or extract its page."""
        source, is_clip = _source(text)
        url = source.get("url")
        if path is None or not isinstance(url, str) or urlsplit(url).scheme.lower() not in WEB:
            self._path = None
            self.hide()
            return
        if self._offer_for != path:
            self._offer_for = None
        self._path = path
        self._show_source(url, source)
        self._show_state(source)
        if not is_clip:
            for button in (self.fetch_button, self.extract_button, self.new_version_button):
                button.hide()
            self.status.setText("")
        self.show()

    def offer_new_version(self, path: str) -> None:
        """Say that the page opened at `path` was clipped before, and offer a new version."""
        self._offer_for = path
        if self._path == path:
            self._show_offer()

    def set_busy(self, path: str, text: str) -> None:
        """While the page of `path` is fetched or extracted: say so, and take no second click."""
        if path != self._path:
            return
        self.status.setText(text)
        for button in (self.fetch_button, self.extract_button, self.new_version_button):
            button.setEnabled(False)

    def _show_source(self, url: str, source: dict[str, object]) -> None:
        parts = urlsplit(url)
        host = (parts.hostname or url).removeprefix("www.")
        shown = f"{host}{parts.path.rstrip('/')}"
        shown = html.escape(shown if len(shown) <= LINK_CHARS else f"{shown[: LINK_CHARS - 1]}…")
        facts = [f'<a href="{html.escape(url, quote=True)}">{shown}</a>']
        site = source.get("site_name") or source.get("site")
        if isinstance(site, str) and site.removeprefix("www.") != host:
            facts.append(html.escape(site))
        author = source.get("author")
        if isinstance(author, str) and author.strip():
            facts.append(html.escape(self.tr("by {author}").format(author=author.strip())))
        published = _day(source.get("published"))
        if published is not None:
            when = _long_date(published)
            facts.append(html.escape(self.tr("published {date}").format(date=when)))
        self.link.setText(" · ".join(facts))
        self.link.setToolTip(url)

    def _show_state(self, source: dict[str, object]) -> None:
        status = source.get("status")
        fetched = status in ("ok", "thin", "pdf")
        for button in (self.fetch_button, self.extract_button, self.new_version_button):
            button.setEnabled(True)
        self.fetch_button.show()
        self.extract_button.setVisible(status in ("ok", "thin"))
        self.fetch_button.setObjectName("" if fetched else "primary")
        self.fetch_button.setText(self.tr("Fetch again") if status else self.tr("Fetch the page"))
        self.fetch_button.style().polish(self.fetch_button)
        error = source.get("error")
        if status == "failed":
            reason = error if isinstance(error, str) else self.tr("no reason was given")
            failed = self.tr("Could not fetch this page: {reason}")
            self.status.setText(failed.format(reason=reason))
        elif status == "thin":
            self.status.setText(
                self.tr("Little text was found on this page; it may need JavaScript or a login.")
            )
        elif status is None:
            self.status.setText(self.tr("The page has not been fetched yet."))
        else:
            self.status.setText("")
        self.new_version_button.hide()
        if self._offer_for == self._path:
            self._show_offer()

    def _show_offer(self) -> None:
        self.status.setText(self.tr("You clipped this page before; this is that clip."))
        self.new_version_button.show()
        self.new_version_button.setEnabled(True)

    def _on_link_activated(self, link: str) -> None:
        url = QUrl(link)
        if url.scheme().lower() in WEB:
            self._opener(url)

    def _on_fetch_clicked(self) -> None:
        if self._path is not None:
            self.fetch_requested.emit(self._path)

    def _on_extract_clicked(self) -> None:
        if self._path is not None:
            self.extract_requested.emit(self._path)

    def _on_new_version_clicked(self) -> None:
        if self._path is not None:
            self._offer_for = None
            self.new_version_requested.emit(self._path)
