"""Help ▸ Search query language: what can be typed into the search field, with examples."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class QueryHelp(QDialog):
    """A read-only page of examples. Emits no signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryHelp")
        self.setWindowTitle(self.tr("Search query language"))
        self.resize(640, 520)
        self.page = QTextBrowser(self)
        self.page.setAccessibleName(self.tr("Search query language"))
        self.page.setOpenLinks(False)
        self.page.setHtml(self.page_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("cache docker", self.tr("notes with both words (any form: cache, caching, cached)")),
            ('"build cache"', self.tr("the exact phrase")),
            ("cach*", self.tr("words starting with “cach”")),
            ("cache OR docker", self.tr("either word")),
            ("cache -docker, NOT draft", self.tr("leave out notes with a word")),
            ("(a OR b) c", self.tr("group with parentheses")),
            ("tag:rust, #rust", self.tr("a tag (#rust/async counts as #rust too)")),
            ("kind:clip, kind:journal", self.tr("one kind of note")),
            ("title:cache, path:journal/", self.tr("a word in the title, a folder")),
            ("site:example.com", self.tr("clips from one web site")),
            ("created:2026-01..2026-03", self.tr("created in a range of days or months")),
            ("updated:>2026-11-01", self.tr("changed after a day")),
            ("sort:updated, sort:title", self.tr("the order (default: best match first)")),
        ]

    def page_html(self) -> str:
        intro = self.tr(
            "Type into the search field above the note list (Ctrl+K). Results update as you "
            "type; an empty search lists the newest notes first."
        )
        cells = "".join(
            f"<tr><td><code>{html.escape(query)}</code></td><td>{html.escape(meaning)}</td></tr>"
            for query, meaning in self.rows()
        )
        head = f"<tr><th>{self.tr('You type')}</th><th>{self.tr('Finds')}</th></tr>"
        return (
            f"<p>{html.escape(intro)}</p>"
            f'<table border="1" cellspacing="0" cellpadding="6" width="100%">{head}{cells}</table>'
        )
