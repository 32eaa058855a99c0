"""Variants side by side: each framing of a draft, its text, and the targets it is scheduled
for or was sent to (with the responses so far); each column's Open button opens that draft
in the composer."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.core.model import NotePath
from ponder.core.share import variants
from ponder.core.share.variants import Target, Variant
from ponder.ui.dates import short_moment
from ponder.ui.session import Session


class VariantsDialog(QDialog):
    """Signals: `draft_chosen(str)` to open one of the variants in the composer (its Open
    button: Tab to it, Space)."""

    draft_chosen = Signal(str)

    def __init__(self, session: Session, draft: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variants")
        self.setWindowTitle(self.tr("Variants"))
        self.session = session
        self.draft = NotePath(draft)
        self.shown: list[Variant] = []
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("dialogTitle")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid, 1)
        layout.addWidget(close)
        session.changed.connect(self._on_session_changed)
        self.resize(900, 600)

    def refresh(self) -> None:
        draft = self.draft
        self.session.read(
            lambda lib: variants.variants(lib, draft), self.show_variants, self._on_failed
        )

    def show_variants(self, found: list[Variant]) -> None:
        self.shown = found
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if len(found) < 2:
            self.heading.setText(
                self.tr("This draft has no variant yet: Share ▸ New variant of this draft.")
            )
        else:
            self.heading.setText(self.tr("{n} framings of the same insight").format(n=len(found)))
        for column, variant in enumerate(found):
            self._column(column, variant)

    def _column(self, column: int, variant: Variant) -> None:
        letter = variant.letter or "A"
        name = variant.title.removesuffix(f" ({letter})")  # new_variant names B "… (B)"
        title = QLabel(self.tr("{letter} · {title}").format(letter=letter, title=name))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setPlainText(variant.body)
        text.setAccessibleName(self.tr("Text of variant {letter}").format(letter=variant.letter))
        targets = QListWidget()
        targets.setAccessibleName(self.tr("Targets of variant {letter}").format(
            letter=variant.letter))  # fmt: skip
        targets.setMaximumHeight(96)
        for target in variant.targets:
            targets.addItem(self._target_text(target))
        if not variant.targets:
            targets.addItem(self.tr("Not scheduled or sent yet"))
        open_button = QPushButton(self.tr("Open {letter}").format(letter=letter))
        open_button.setAutoDefault(False)
        open_button.clicked.connect(partial(self.draft_chosen.emit, variant.path))
        self.grid.addWidget(title, 0, column)
        self.grid.addWidget(text, 1, column)
        self.grid.addWidget(QLabel(self.tr("Targets")), 2, column)
        self.grid.addWidget(targets, 3, column)
        self.grid.addWidget(open_button, 4, column, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(column, 1)

    def _target_text(self, target: Target) -> str:
        when = ""
        if target.at is not None:
            when = short_moment(target.at)
        if not target.sent:
            return self.tr("{account} · scheduled {when}").format(account=target.account, when=when)
        if target.responses is None:
            return self.tr("{account} · sent {when}").format(account=target.account, when=when)
        return self.tr("{account} · sent {when} · {n} responses").format(
            account=target.account, when=when, n=target.responses
        )

    def _on_failed(self, error: BaseException) -> None:
        self.heading.setText(str(error))

    def _on_session_changed(self, _changes: object, _initiator: object) -> None:
        if self.isVisible():
            self.refresh()
