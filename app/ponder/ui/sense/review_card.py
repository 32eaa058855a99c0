"""The review card: one unit at a time with its source, the note's reflections and related
notes. Keys: 1 again, 2 good, 3 easy, S snooze a day, R retire, D draft a post, O open the
note, L link the note to another (picked by name), Ctrl+1–3 link it to a related note shown;
Ctrl+Return adds the reflection typed below."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import inbox, related, review, units
from ponder.core.sense.related import Related
from ponder.core.share import drafts
from ponder.ui.core_text import core_text
from ponder.ui.dialogs.note_picker import NotePicker
from ponder.ui.operations import Changed, Operation, only
from ponder.ui.sense.related_panel import PathRole, fill
from ponder.ui.session import Session

_Loaded = tuple[list[str], list[Related]]
RELATED_SHOWN = 3


def _load(library: Library, unit: review.Unit) -> _Loaded:
    note = library.read(unit.path)
    notes = [r.text for r in units.reflections(note.body)]
    return notes, related.related(library, unit.path, RELATED_SHOWN)


class ReviewCard(QDialog):
    """Signals: `note_requested(str)` to open a unit's note (or a draft made from it)."""

    note_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCard")
        self.setWindowTitle(self.tr("Daily review"))
        self.session = session
        self.due: list[review.Due] = []
        self.position = 0
        self.counter = QLabel()
        self.counter.setObjectName("reviewCounter")
        self.kind = QLabel()
        self.text = QLabel()
        self.text.setObjectName("reviewText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.text.setFont(font)
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.reflections = QLabel()
        self.reflections.setWordWrap(True)
        self.related = QListWidget()
        self.related.setAccessibleName(self.tr("Related notes"))
        self.related.setMaximumHeight(90)
        self.related.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.picker: NotePicker | None = None
        self.reflection = QLineEdit()
        self.reflection.setPlaceholderText(
            self.tr("Add a reflection (Ctrl+Return); Esc leaves the box")
        )
        self.buttons = self._buttons()
        self._lay_out()
        self._shortcuts()
        self.resize(720, 520)

    def _buttons(self) -> dict[str, QPushButton]:
        specs: list[tuple[str, str, Callable[[], None]]] = [
            ("again", self.tr("Again (1)"), lambda: self.grade("again")),
            ("good", self.tr("Good (2)"), lambda: self.grade("good")),
            ("easy", self.tr("Easy (3)"), lambda: self.grade("easy")),
            ("snooze", self.tr("Snooze (S)"), self.snooze),
            ("retire", self.tr("Retire (R)"), self.retire),
            ("draft", self.tr("Draft a post (D)"), self.draft),
            ("link", self.tr("Link… (L)"), self.link),
            ("open", self.tr("Open note (O)"), self.open_note),
        ]
        buttons = {}
        for name, label, slot in specs:
            button = QPushButton(label)
            button.setObjectName(f"review_{name}")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons[name] = button
        return buttons

    def _shortcuts(self) -> None:
        keys: list[tuple[str, Callable[[], None]]] = [
            ("1", lambda: self.grade("again")),
            ("2", lambda: self.grade("good")),
            ("3", lambda: self.grade("easy")),
            ("S", self.snooze),
            ("R", self.retire),
            ("D", self.draft),
            ("O", self.open_note),
            ("L", self.link),
            ("Ctrl+Return", self.add_reflection),
        ]
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)
        for n in range(RELATED_SHOWN):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, partial(self.link_related, n))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.reflection, self.setFocus)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.counter)
        layout.addLayout(top)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.comment)
        layout.addWidget(self.source)
        layout.addWidget(self.reflections, 1)
        layout.addWidget(QLabel(self.tr("Related (Ctrl+1–3 links one)")))
        layout.addWidget(self.related)
        layout.addWidget(self.reflection)
        for names in (("again", "good", "easy"), ("snooze", "retire", "draft", "link", "open")):
            row = QHBoxLayout()
            for name in names:
                row.addWidget(self.buttons[name])
            layout.addLayout(row)
        layout.addWidget(self.status)

    def start(self) -> None:
        per_day = self.session.settings.review_per_day
        now = datetime.now().astimezone()
        self.session.read(
            lambda lib: review.today(lib, now, per_day), self.show_due, channel="review"
        )

    def show_due(self, due: list[review.Due]) -> None:
        self.due, self.position = due, 0
        self._show_current()

    def current(self) -> review.Due | None:
        return self.due[self.position] if self.position < len(self.due) else None

    def _show_current(self) -> None:
        item = self.current()
        for button in self.buttons.values():
            button.setEnabled(item is not None)
        self.reflection.setEnabled(item is not None)
        self.related.clear()
        self.reflections.clear()
        self.status.clear()
        self.setFocus()
        if item is None:
            self.counter.clear()
            self.kind.clear()
            self.text.setText(self.tr("Nothing more to review today."))
            self.comment.clear()
            self.source.clear()
            return
        unit = item.unit
        self.counter.setText(
            self.tr("{n} of {total}").format(n=self.position + 1, total=len(self.due))
        )
        kinds = {
            "highlight": self.tr("Highlight"),
            "reflection": self.tr("Reflection"),
            "question": self.tr("Open question"),
        }
        self.kind.setText(kinds.get(unit.kind, unit.kind))
        self.text.setText(unit.text)
        self.comment.setText(unit.comment or "")
        source = unit.source
        parts = [unit.title]
        if source is not None:
            parts += [p for p in (source.author, source.site, source.url) if p]
        self.source.setText(" · ".join(parts))
        self.session.read(lambda lib: _load(lib, unit), self._on_loaded, channel="review-card")

    def _on_loaded(self, loaded: _Loaded) -> None:
        notes, found = loaded
        if notes:
            lines = "\n".join(f"• {text}" for text in notes)
            self.reflections.setText(self.tr("Your reflections:\n{lines}").format(lines=lines))
        fill(self.related, found)

    def _write(self, work: Callable[[Library], Changed[object]], advance: bool) -> None:
        self.session.run(Operation(work, on_done=self._on_written, on_error=self._on_failed), self)
        if advance:
            self.position += 1
            self._show_current()

    def _on_written(self, result: Changed[object]) -> None:
        if isinstance(result.value, str):  # a new draft: open it
            self.note_requested.emit(result.value)

    def _on_failed(self, error: BaseException) -> None:
        self.session.problem.emit(core_text(error))

    def grade(self, name: str) -> None:
        item = self.current()
        if item is not None:
            now = datetime.now().astimezone()
            unit = item.unit
            self._write(lambda lib: only(review.grade(lib, unit, name, now)[1]), advance=True)

    def snooze(self) -> None:
        item = self.current()
        if item is not None:
            now, unit = datetime.now().astimezone(), item.unit
            self._write(lambda lib: only(review.snooze(lib, unit, now)[1]), advance=True)

    def retire(self) -> None:
        item = self.current()
        if item is not None:
            now, unit = datetime.now().astimezone(), item.unit
            self._write(lambda lib: only(review.retire(lib, unit, now)[1]), advance=True)

    def draft(self) -> None:
        item = self.current()
        if item is not None:
            unit = item.unit
            self._write(
                lambda lib: Changed.of(
                    drafts.new_draft(lib, [unit.path], selections={unit.path: unit.text})
                ),
                advance=False,
            )

    def add_reflection(self) -> None:
        item, text = self.current(), self.reflection.text().strip()
        if item is not None and text:
            now, path = datetime.now().astimezone(), item.unit.path
            self._write(lambda lib: only(inbox.reflect(lib, path, text, now)), advance=False)
            self.reflection.clear()
            shown = self.reflections.text()
            line = f"• {text}"
            self.reflections.setText(f"{shown}\n{line}" if shown else line)
            self.setFocus()

    def link(self) -> None:
        """Pick a note by name and link the unit's note to it."""
        item = self.current()
        if item is None:
            return
        self.picker = NotePicker(
            self.session, self, self.tr("Link this note to…"), exclude=(item.unit.path,)
        )
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.note_chosen.connect(self._on_picker_note_chosen)
        self.picker.show()

    def _on_picker_note_chosen(self, path: str) -> None:
        self._link_to(NotePath(path))

    def link_related(self, n: int) -> None:
        """Link the unit's note to the n-th related note shown (counting from 0)."""
        row = self.related.item(n)
        if row is not None:
            self._link_to(NotePath(str(row.data(PathRole))))

    def _link_to(self, target: NotePath) -> None:
        item = self.current()
        if item is None:
            return
        now, path = datetime.now().astimezone(), item.unit.path
        self._write(lambda lib: only(inbox.link(lib, path, target, now)), advance=False)
        for n in range(self.related.count()):
            row = self.related.item(n)
            if row is not None and row.data(PathRole) == target:
                self.related.takeItem(n)  # linked now: no longer a suggestion
                break
        name = target.rsplit("/", 1)[-1].removesuffix(".md")
        self.status.setText(self.tr("Linked to {name}.").format(name=name))
        self.setFocus()

    def open_note(self) -> None:
        item = self.current()
        if item is not None:
            self.note_requested.emit(item.unit.path)
