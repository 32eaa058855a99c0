"""Process inbox: one capture at a time ("3 of 17"), a reflection, tags, related notes, and one
key per decision — Alt+K keep as insight, Alt+A archive, Alt+D delete, Alt+Q question,
Alt+R draft, Alt+S skip. Keyboard-first: the reflection box has the focus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import inbox, related
from ponder.core.sense.related import Related
from ponder.ui.core_text import core_text
from ponder.ui.operations import Changed, Operation, only
from ponder.ui.sense.related_panel import PathRole, fill
from ponder.ui.session import Session

EXCERPT_CHARS = 700


@dataclass(frozen=True, slots=True)
class _Shown:
    item: inbox.Item
    excerpt: str
    related: list[Related]


def _load(library: Library, path: NotePath) -> tuple[str, list[Related]]:
    note = library.read(path)
    text = note.body.replace(inbox.ARTICLE_HEADING, "").strip()
    excerpt = text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else "")
    return excerpt, related.related(library, path, 5)


class ProcessInboxDialog(QDialog):
    """Signals: `note_created(str)` for a question or draft made from an item (to open it)."""

    note_created = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processInbox")
        self.setWindowTitle(self.tr("Process inbox"))
        self.session = session
        self.items: list[inbox.Item] = []
        self.position = 0
        self.counter = QLabel()
        self.counter.setObjectName("inboxCounter")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.source = QLabel()
        self.source.setOpenExternalLinks(False)
        self.excerpt = QLabel()
        self.excerpt.setWordWrap(True)
        self.reflection = QPlainTextEdit()
        self.reflection.setPlaceholderText(self.tr("What does this mean for me and my work?"))
        self.reflection.setAccessibleName(self.tr("Reflection"))
        self.reflection.setTabChangesFocus(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.related = QListWidget()
        self.related.setAccessibleName(self.tr("Related notes"))
        self.related.setMaximumHeight(110)
        self.related.itemActivated.connect(self._on_related_activated)
        self.buttons = self._buttons()
        self._lay_out()
        self.resize(760, 560)

    def _buttons(self) -> dict[str, QPushButton]:
        specs: list[tuple[str, str, Callable[[], None]]] = [
            ("keep", self.tr("&Keep as insight"), self.keep),
            ("archive", self.tr("&Archive"), self.archive),
            ("delete", self.tr("&Delete"), self.delete),
            ("question", self.tr("Turn into a &question"), self.question),
            ("draft", self.tr("Sta&rt a draft"), self.draft),
            ("skip", self.tr("&Skip"), self.skip),
        ]
        buttons = {}
        for name, label, slot in specs:
            button = QPushButton(label)
            button.setObjectName(f"inbox_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons[name] = button
        return buttons

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.excerpt, 1)
        layout.addWidget(QLabel(self.tr("Reflection")))
        layout.addWidget(self.reflection, 1)
        layout.addWidget(self.tags)
        layout.addWidget(QLabel(self.tr("Related (Enter links it in the reflection)")))
        layout.addWidget(self.related)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        layout.addLayout(row)

    def start(self) -> None:
        """Load the inbox and show its first item."""
        self.session.read(inbox.items, self._on_items, channel="process-inbox")

    def _on_items(self, items: list[inbox.Item]) -> None:
        self.items, self.position = items, 0
        self._show_current()

    def current(self) -> inbox.Item | None:
        return self.items[self.position] if self.position < len(self.items) else None

    def _show_current(self) -> None:
        item = self.current()
        for button in self.buttons.values():
            button.setEnabled(item is not None)
        self.reflection.clear()
        self.tags.clear()
        self.related.clear()
        if item is None:
            self.counter.setText("")
            self.title.setText(self.tr("The inbox is empty. Well done."))
            self.source.clear()
            self.excerpt.clear()
            return
        total = len(self.items)
        self.counter.setText(self.tr("{n} of {total}").format(n=self.position + 1, total=total))
        self.title.setText(item.title)
        self.source.setText(" · ".join(part for part in (item.site, item.url) if part))
        self.excerpt.setText(self.tr("Loading…"))
        self.reflection.setFocus()
        path = item.path
        self.session.read(lambda lib: _load(lib, path), self._on_loaded, channel="inbox-item")

    def _on_loaded(self, loaded: tuple[str, list[Related]]) -> None:
        excerpt, found = loaded
        self.excerpt.setText(excerpt)
        fill(self.related, found)

    def _on_related_activated(self) -> None:
        row = self.related.currentItem()
        if row is None:
            return
        target = NotePath(str(row.data(PathRole))).removesuffix(".md")
        self.reflection.appendPlainText(f"[[{target}]]")
        self.reflection.setFocus()

    # -- the decisions -------------------------------------------------------------------------

    def _act(self, work: Callable[[Library, NotePath, datetime], Changed[object]]) -> None:
        item = self.current()
        if item is None:
            return
        now = datetime.now().astimezone()
        path = item.path
        job = lambda lib: work(lib, path, now)  # noqa: E731
        self.session.run(Operation(job, on_done=self._on_done, on_error=self._on_failed), self)
        self.position += 1
        self._show_current()

    def _on_done(self, result: Changed[object]) -> None:
        if isinstance(result.value, str):  # a new question or draft
            self.note_created.emit(result.value)

    def _on_failed(self, error: BaseException) -> None:
        self.session.problem.emit(core_text(error))

    def keep(self) -> None:
        text = self.reflection.toPlainText()
        tags = [t for t in self.tags.text().split(",") if t.strip()]
        self._act(lambda lib, path, now: only(inbox.keep(lib, path, now, text, tags)))

    def archive(self) -> None:
        self._act(lambda lib, path, now: only(inbox.archive(lib, path, now)))

    def delete(self) -> None:
        self._act(lambda lib, path, _now: only(inbox.delete(lib, path)))

    def question(self) -> None:
        text = self.reflection.toPlainText().strip()
        self._act(lambda lib, path, now: Changed.of(inbox.to_question(lib, path, text, now)))

    def draft(self) -> None:
        self._act(lambda lib, path, now: Changed.of(inbox.to_draft(lib, path, now)))

    def skip(self) -> None:
        if self.current() is not None:
            self.position += 1
            self._show_current()
