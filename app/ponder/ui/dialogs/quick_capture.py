"""Quick capture: a thought or a link into the Inbox in a few keystrokes (window, tray, CLI)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken
from typing_extensions import override

from ponder.core.capture.quick import (
    Capture,
    Captured,
    make_capture,
    parse_tags,
    save_capture,
    title_for_text,
    title_for_url,
)
from ponder.core.library import Library
from ponder.core.model import Kind
from ponder.core.sense import questions
from ponder.core.urls import single_url
from ponder.ui.chevrons import ChevronComboBox
from ponder.ui.core_text import core_text
from ponder.ui.operations import Operation
from ponder.ui.prompter import Prompter, QtPrompter
from ponder.ui.session import Session

KINDS = (Kind.NOTE, Kind.QUESTION, Kind.REFLECTION, Kind.CLIP)


def save_question(title: str, text: str, tags: str, library: Library) -> Captured:
    """An open question, as `ponder ask` writes it: the title (or, without one, the text) is
    the question; with a title, the text is kept below it."""
    asked = title if title.strip() else text
    body = text if title.strip() else ""
    now = datetime.now().astimezone()
    path, changes = questions.ask(library, asked, now, body=body, tags=parse_tags(tags))
    return Captured(path, changes, is_clip=False)


def load_tags(library: Library) -> list[str]:
    """Known tags, most used first."""
    found = library.tag_counts()
    return sorted(found, key=lambda tag: (-found[tag], tag))


class QuickCaptureDialog(QDialog):
    """Title, text or URL, tags and kind; Ctrl+Enter saves to the Inbox, Esc cancels (asking
    first when something was typed). A single link becomes a clip, with a line for why it
    matters; the window fetches its page after the dialog closes. Question mode (Alt+Q, or
    the kind Question) saves an open question, as `ponder ask` does.

    Signals: `captured(str)` (the new note's vault path, after the change was published).
    `on_clip(path)` is called for a saved link, even if the dialog is gone by then: its page
    is still to be fetched. `on_existing(path)` is called instead for a link clipped before
    (nothing new is saved; a reflection typed here is added to that clip).
    """

    captured = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        on_clip: Callable[[str], None] | None = None,
        on_existing: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quickCapture")
        self._on_clip = on_clip
        self._on_existing = on_existing
        self.setWindowTitle(self.tr("Quick capture"))
        self._session = session
        self._prompter = prompter if prompter is not None else QtPrompter(self)
        self._kind_touched = False
        self._saving = False
        self._build_fields()
        self._build_layout()
        # An event filter, not a QShortcut: the text box would otherwise see Ctrl+Enter first,
        # and a capture window raised from the tray is not always the active window.
        fields = (
            self.title_edit,
            self.text_edit,
            self.why_edit,
            self.tags_edit,
            self.kind_box,
            self.question_box,
        )
        for field in fields:
            field.installEventFilter(self)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.kind_box.activated.connect(self._on_kind_activated)
        self.question_box.toggled.connect(self._on_question_box_toggled)
        self.title_edit.textChanged.connect(self._update_save_button)
        self.tags_edit.textEdited.connect(self._on_tags_edited)
        self._completer.activated.connect(self._on_completer_activated)
        session.read(load_tags, self._on_tags_loaded)
        self._update_save_button()
        self.resize(520, 400)

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setToolTip(self.tr("Left empty, the first line or the link names it"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("A thought, a quote, or a link…"))
        self.text_edit.setAccessibleName(self.tr("Text or link"))
        self.text_edit.setToolTip(self.tr("A single http(s) link is kept as the note's source"))
        self.text_edit.setTabChangesFocus(True)
        self.why_edit = QLineEdit(self)
        self.why_edit.setPlaceholderText(self.tr("Why does this matter to me?"))
        self.why_edit.setAccessibleName(self.tr("Why it matters"))
        self.why_edit.setToolTip(
            self.tr("One line of reflection; clips without one wait in the Inbox")
        )
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("reading, ideas"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setToolTip(self.tr("Comma-separated; known tags are suggested"))
        self._tag_model = QStringListModel(self)
        self._completer = QCompleter(self._tag_model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self.tags_edit)
        self.kind_box = ChevronComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.kind_box.setToolTip(self.tr("What the note is for"))
        labels = {
            Kind.NOTE: self.tr("Note"),
            Kind.QUESTION: self.tr("Question"),
            Kind.REFLECTION: self.tr("Reflection"),
            Kind.CLIP: self.tr("Clip"),
        }
        for kind in KINDS:
            self.kind_box.addItem(labels[kind], kind.value)
        self.kind_box.setMaximumWidth(220)
        self.question_box = QCheckBox(self.tr("Ask it as an open &question"), self)
        self.question_box.setToolTip(
            self.tr("Save an open question in notes/, as `ponder ask` does (Alt+Q)")
        )
        self.status = QLabel(self._idle_hint(False), self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

    def _build_layout(self) -> None:
        heading = QLabel(self.tr("Capture to the Inbox"), self)
        heading.setObjectName("dialogTitle")
        self.heading = heading
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Te&xt:"), self.text_edit)
        form.addRow(self.tr("&Why:"), self.why_edit)
        self._form = form
        form.addRow(self.tr("T&ags:"), self.tags_edit)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow("", self.question_box)
        self.save_button = QPushButton(self.tr("Save to Inbox"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the note in the Inbox (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        form.setRowVisible(self.why_edit, False)
        self.text_edit.setFocus()

    def set_text(self, text: str) -> None:
        """Start with `text` (a link from the clipboard or a drop); the cursor goes where the
        person types next: the reflection for a link, the end of the text otherwise."""
        self.text_edit.setPlainText(text)
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
        (self.why_edit if single_url(text) else self.text_edit).setFocus()

    # -- state ---------------------------------------------------------------------------------

    def has_input(self) -> bool:
        return any(
            (
                self.title_edit.text().strip(),
                self.text_edit.toPlainText().strip(),
                self.why_edit.text().strip(),
                self.tags_edit.text().strip(),
            )
        )

    def asking(self) -> bool:
        """Question mode: the capture is saved as an open question."""
        return self.question_box.isChecked()

    def _on_text_changed(self) -> None:
        text = self.text_edit.toPlainText()
        asking = self.asking()
        url = None if asking else single_url(text)  # a question may quote a link
        default = title_for_url(url) if url else title_for_text(text)
        self.title_edit.setPlaceholderText(default or self.tr("Title (optional)"))
        self._form.setRowVisible(self.why_edit, url is not None)
        if asking:
            self.save_button.setText(self.tr("Save question"))
        else:
            self.save_button.setText(self.tr("Save clip") if url else self.tr("Save to Inbox"))
        self._form.setRowVisible(self.kind_box, url is None and not asking)
        self._form.setRowVisible(self.question_box, url is None)
        if url and not self._kind_touched:
            self.kind_box.setCurrentIndex(self.kind_box.findData(Kind.CLIP.value))
        if not self._saving:
            self.status.setText(self._idle_hint(url is not None))
        self._update_save_button()

    def _idle_hint(self, link: bool) -> str:
        if link:
            return self.tr("A link: Ponder saves it now and fetches the page.")
        if self.asking():
            return self.tr("An open question · Ctrl+Enter saves")
        return self.tr("Ctrl+Enter saves · Esc cancels")

    def _on_kind_activated(self, _index: int) -> None:
        self._kind_touched = True
        if self.kind_box.currentData() == Kind.QUESTION.value:
            self.question_box.setChecked(True)

    def _on_question_box_toggled(self, asking: bool) -> None:
        wanted = Kind.QUESTION if asking else Kind.NOTE
        self.kind_box.setCurrentIndex(self.kind_box.findData(wanted.value))
        self.heading.setText(
            self.tr("Ask a question") if asking else self.tr("Capture to the Inbox")
        )
        self._on_text_changed()

    def _update_save_button(self) -> None:
        ready = not self._saving and self._capture() is not None
        self.save_button.setEnabled(ready)

    def _capture(self) -> Capture | None:
        if self.asking():
            asked = self.title_edit.text() or self.text_edit.toPlainText()
            return make_capture(asked, "", self.tags_edit.text(), Kind.QUESTION)
        kind = Kind.parse(self.kind_box.currentData())
        return make_capture(
            self.title_edit.text(),
            self.text_edit.toPlainText(),
            self.tags_edit.text(),
            kind,
            reflection=self.why_edit.text(),
        )

    # -- tags ----------------------------------------------------------------------------------

    def _on_tags_loaded(self, tags: list[str]) -> None:
        if Shiboken.isValid(self):
            self._tag_model.setStringList(tags)

    def _on_tags_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip().lstrip("#")
        popup = self._completer.popup()
        if not prefix:
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(prefix)
        self._completer.complete()

    def _on_completer_activated(self, tag: str) -> None:
        head = self.tags_edit.text().rsplit(",", 1)
        kept = f"{head[0]}, " if len(head) == 2 else ""
        self.tags_edit.setText(f"{kept}{tag}, ")

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the note on the writer thread; the dialog closes when it is on disk."""
        capture = self._capture()
        if capture is None or self._saving:
            return
        self._saving = True
        self._update_save_button()
        self.status.setText(self.tr("Saving…"))
        if self.asking():
            work = partial(
                save_question,
                self.title_edit.text(),
                self.text_edit.toPlainText(),
                self.tags_edit.text(),
            )
        else:
            work = partial(save_capture, capture)
        self._session.run(Operation(work, on_done=self._on_saved, on_error=self._on_failed), self)

    def _on_saved(self, result: Captured) -> None:
        if result.existing and self._on_existing is not None:
            self._on_existing(str(result.path))
        elif result.is_clip and self._on_clip is not None:
            self._on_clip(str(result.path))
        if not Shiboken.isValid(self):
            return
        self._saving = False
        self.accept()
        if not result.existing:
            self.captured.emit(str(result.path))

    def _on_failed(self, error: BaseException) -> None:
        if not Shiboken.isValid(self):
            self._session.problem.emit(core_text(error))
            return
        self._saving = False
        self._update_save_button()
        self.status.setText(self.tr("Not saved: {reason}").format(reason=error))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
                return True
        return super().eventFilter(watched, event)

    @override
    def reject(self) -> None:
        if self.has_input() and not self._prompter.confirm(
            self.tr("Discard this capture?"),
            self.tr("What you typed will be lost."),
            yes=self.tr("Discard"),
            no=self.tr("Keep editing"),
        ):
            return
        super().reject()
