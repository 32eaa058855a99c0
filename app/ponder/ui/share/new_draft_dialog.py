"""New draft: a title, a template (with the draft it would make, previewed), the notes it
draws from, and the accounts it is meant for; Create writes it and opens the composer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import PurePosixPath

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.share.accounts import Account
from ponder.ui.session import Session

PREVIEW_CHANNEL = "new-draft-preview"
PREVIEW_DELAY_MS = 250
DATA = Qt.ItemDataRole.UserRole + 1
NEEDS_NO_SOURCES = "weekly"  # gathers the week's journal notes itself


def preview_job(
    library: Library, *, sources: Sequence[str], template: str, title: str
) -> tuple[str, str]:
    """Runs in the pool: (title, body) of the draft these choices would make (its front
    matter is Ponder's bookkeeping, not what the person previews)."""
    from ponder.core import frontmatter
    from ponder.core.share.drafts import draft_text

    paths = [NotePath(s) for s in sources]
    made, text = draft_text(library, paths, template=template, title=title or None)
    return made, frontmatter.split(text).body


class NewDraftDialog(QDialog):
    """Signals: `create_requested(str template, str title, list sources, list targets)` when
    Create is chosen (the title is "" to keep the template's)."""

    create_requested = Signal(str, str, list, list)

    def __init__(
        self,
        session: Session,
        templates: Mapping[str, str],
        sources: Sequence[str],
        accounts: Sequence[Account],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newDraft")
        self.setWindowTitle(self.tr("New draft"))
        self._session = session
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.templates = self._list(self.tr("Template"))
        for name, label in templates.items():
            self._add(self.templates, label, name, checkable=False)
        self.templates.setCurrentRow(0)
        self.sources = self._list(self.tr("Notes it draws from"))
        for path in sources:
            self._add(self.sources, PurePosixPath(path).stem, path, checkable=True, tip=path)
        self.targets = self._list(self.tr("Post to"))
        for account in accounts:
            self._add(self.targets, account.label, account.name, checkable=True, checked=False)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("draftPreview")
        self.preview.setAccessibleName(self.tr("The draft as it will be written"))
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._lay_out(len(sources), bool(accounts))
        self._connect()
        self.resize(900, 600)
        self._changed()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.setWordWrap(True)  # a template's line wraps rather than scrolling sideways
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return widget

    def _add(
        self,
        widget: QListWidget,
        label: str,
        value: str,
        *,
        checkable: bool,
        checked: bool = True,
        tip: str = "",
    ) -> None:
        item = QListWidgetItem(label, widget)
        item.setData(DATA, value)
        item.setToolTip(tip or label)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _lay_out(self, sources: int, accounts: bool) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        side = QVBoxLayout()
        for label, widget in (
            (self.tr("T&emplate"), self.templates),
            (self.tr("&Notes it draws from ({n})").format(n=sources), self.sources),
            (self.tr("&Post to"), self.targets),
        ):
            title = QLabel(label, self)
            title.setObjectName("sectionLabel")
            title.setBuddy(widget)
            side.addWidget(title)
            side.addWidget(widget, 1)
        if not accounts:
            self.targets.hide()
            side.addWidget(QLabel(self.tr("No accounts yet: add one in the composer."), self))
        preview = QVBoxLayout()
        title = QLabel(self.tr("P&review"), self)
        title.setObjectName("sectionLabel")
        title.setBuddy(self.preview)
        preview.addWidget(title)
        preview.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(side, 2)
        columns.addLayout(preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._changed)
        self.templates.currentRowChanged.connect(self._changed)
        self.sources.itemChanged.connect(self._changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # -- choices -------------------------------------------------------------------------------

    def template(self) -> str:
        item = self.templates.currentItem()
        return str(item.data(DATA)) if item is not None else ""

    def chosen_sources(self) -> list[str]:
        return self._checked(self.sources)

    def chosen_targets(self) -> list[str]:
        return self._checked(self.targets)

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            str(widget.item(row).data(DATA))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _ready(self) -> bool:
        return bool(self.chosen_sources()) or self.template() == NEEDS_NO_SOURCES

    @Slot()
    def _changed(self) -> None:
        ready = self._ready()
        self.create_button.setEnabled(ready)
        self.hint.setText(
            "" if ready else self.tr("Tick a note to draw from, or choose the weekly template.")
        )
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._ready():
            self.preview.setPlainText("")
            return
        job = partial(
            preview_job,
            sources=self.chosen_sources(),
            template=self.template(),
            title=self.title_edit.text().strip(),
        )
        self._session.read(job, self._on_preview, self._on_preview_failed, channel=PREVIEW_CHANNEL)

    def _on_preview(self, made: tuple[str, str]) -> None:
        if not Shiboken.isValid(self):
            return  # closed (and deleted) while the preview was being made
        title, text = made
        self.title_edit.setPlaceholderText(title)
        self.preview.setPlainText(text)

    def _on_preview_failed(self, error: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self.preview.setPlainText(self.tr("No preview: {reason}").format(reason=error))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self._ready():
            return
        self.create_requested.emit(
            self.template(),
            self.title_edit.text().strip(),
            self.chosen_sources(),
            self.chosen_targets(),
        )
        self.accept()
