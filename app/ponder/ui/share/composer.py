"""The composer: one draft's text, the accounts to post to, each post as it will be sent,
what to check before posting, and the Post button."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ponder.core import frontmatter
from ponder.core.share.channels.registry import KINDS
from ponder.core.share.delivery import PARTIAL, Delivery, outcomes
from ponder.ui.core_text import core_text
from ponder.ui.document import Document
from ponder.ui.editor import EditorPalette, MarkdownEditor
from ponder.ui.panels.info_bar import BarAction, InfoBar
from ponder.ui.prompter import Prompter
from ponder.ui.session import Session
from ponder.ui.share.findings import FindingsPanel, merged
from ponder.ui.share.later import PostLater
from ponder.ui.share.posting import PostFlow, PostState
from ponder.ui.share.previews import PreviewRenderer
from ponder.ui.share.service import ShareService
from ponder.ui.share.target_picker import TargetPicker
from ponder.ui.share.target_preview import TargetPreview

if TYPE_CHECKING:
    from ponder.core.share.sending import Prepared

BUTTON_WIDTH = 96


def _local_now() -> datetime:
    return datetime.now().astimezone()


_STATE_MARKS = {
    PostState.POSTING: "…",
    PostState.POSTED: "✓",
    PostState.FAILED: "✗",
    PostState.UNKNOWN: "?",
}


class ComposerDialog(QDialog):
    """Signals: `accounts_requested()` when the person asks to add or remove accounts."""

    accounts_requested = Signal()

    def __init__(
        self,
        session: Session,
        service: ShareService,
        prompter: Prompter,
        path: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setWindowTitle(self.tr("Compose — {name}").format(name=PurePosixPath(path).stem))
        self.path = path
        self._service = service
        self.document = Document(session, self)
        self.renderer = PreviewRenderer(session, service, self.document, self)
        self.flow = PostFlow(session, service, prompter, self.document, self)
        self.later = PostLater(session, prompter, _local_now, self)
        self.previews: dict[str, TargetPreview] = {}
        self._results: dict[str, str] = {}
        self.states: dict[str, PostState] = {}
        self._build()
        self._connect()
        self._on_service_accounts_changed()
        self._update_post_button()
        self.resize(1180, 760)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(PurePosixPath(self.path).stem, self)
        self.heading.setObjectName("dialogTitle")
        self.save_state = QLabel(self)
        self.save_state.setObjectName("hint")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.info_bar = InfoBar(self)
        self.editor = MarkdownEditor(parent=self)
        self.editor.setObjectName("composerEditor")
        self.editor.setAccessibleName(self.tr("Draft text"))
        self.editor.setReadOnly(True)
        self.picker = TargetPicker(self)
        self.accounts_button = self._button(
            self.tr("Accounts…"), self.tr("Add or remove the accounts you post to")
        )
        self.key_warning = QLabel(self)
        self.key_warning.setObjectName("hint")
        self.key_warning.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("targetTabs")
        self.tabs.setAccessibleName(self.tr("Each post as it will be sent"))
        self.empty = QLabel(self.tr("Tick an account above to see the post as it will be sent."))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.findings = FindingsPanel(self)
        self.results = QLabel(self)
        self.results.setObjectName("postResults")
        self.results.setWordWrap(True)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.results.setAccessibleName(self.tr("Where the posts went"))
        self.post_button = self._button(
            self.tr("Post"), self.tr("Post to every ticked account (Ctrl+Return)")
        )
        self.post_button.setObjectName("primary")
        self.later_button = self._button(
            self.tr("Post later…"), self.tr("Post to every ticked account at a time you choose")
        )
        self.close_button = self._button(self.tr("Close"), self.tr("Close the composer (Esc)"))
        self.retry_button = self._button(
            self.tr("Retry failed"), self.tr("Send again to the accounts that did not take it")
        )
        self.retry_button.hide()
        self._lay_out()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.setMinimumWidth(BUTTON_WIDTH)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.save_state)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(14, 0, 0, 0)
        side_layout.setSpacing(8)
        targets_row = QHBoxLayout()
        post_to = QLabel(self.tr("Post to"), side)
        post_to.setObjectName("sectionLabel")
        targets_row.addWidget(post_to, 1)
        targets_row.addWidget(self.accounts_button)
        side_layout.addLayout(targets_row)
        side_layout.addWidget(self.picker)
        side_layout.addWidget(self.key_warning)
        side_layout.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(side)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 660])
        buttons = QHBoxLayout()
        buttons.addWidget(self.results, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.info_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        doc = self.document
        doc.loaded.connect(self._on_document_loaded)
        doc.reloaded.connect(self._on_document_reloaded)
        doc.state_changed.connect(self._on_document_state_changed)
        doc.conflicted.connect(self._on_document_conflicted)
        doc.changed_outside.connect(self._on_document_conflicted)
        doc.deleted_outside.connect(self._on_document_deleted_outside)
        doc.save_failed.connect(self._on_document_save_failed)
        doc.load_failed.connect(self._on_document_save_failed)
        self.editor.text_edited.connect(self._on_editor_text_edited)
        self.picker.targets_changed.connect(self._on_picker_targets_changed)
        self.renderer.prepared.connect(self._on_renderer_prepared)
        self.flow.target_state.connect(self._on_flow_target_state)
        self.flow.finished.connect(self._on_flow_finished)
        self.info_bar.action_triggered.connect(self._on_info_bar_action_triggered)
        self.accounts_button.clicked.connect(self.accounts_requested)
        self.post_button.clicked.connect(self.post)
        self.later_button.clicked.connect(self.post_later)
        self.later.scheduled.connect(self.results.setText)
        self.retry_button.clicked.connect(self.retry_failed)
        self.close_button.clicked.connect(self.close)
        self.results.linkActivated.connect(self._on_results_link_activated)
        self._service.accounts_changed.connect(self._on_service_accounts_changed)
        self.finished.connect(self._on_finished)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.post)

    # -- public --------------------------------------------------------------------------------

    def reopen(self) -> None:
        """Load the draft afresh and bring the composer to the front."""
        self.editor.setReadOnly(True)
        self.document.open(self.path)
        self.apply_palette()
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def post(self) -> None:
        if self.flow.running or not self.picker.checked():
            return
        self._results, self.states = {}, {}
        self.post_button.setEnabled(False)
        self.flow.start(self.picker.checked())

    @Slot()
    def post_later(self) -> None:
        self.later.ask(self.path, self.picker.checked(), bool(self.findings.kinds()))

    def retry_failed(self) -> None:
        """Send again only to the accounts that failed or never answered."""
        again = self.not_sent()
        if self.flow.running or not again:
            return
        self.retry_button.hide()
        self.post_button.setEnabled(False)
        self.flow.start(again)

    def not_sent(self) -> list[str]:
        return [a for a, s in self.states.items() if s in (PostState.FAILED, PostState.UNKNOWN)]

    def apply_palette(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.editor.set_palette(EditorPalette.dark() if dark else EditorPalette.light())

    # -- the draft -----------------------------------------------------------------------------

    @Slot(object)
    def _on_document_state_changed(self, _state: object) -> None:
        self.save_state.setText(self.document.state_text())

    @Slot(str, str)
    def _on_document_loaded(self, _path: str, text: str) -> None:
        self.editor.set_text(text)
        self.editor.setReadOnly(False)
        self.renderer.render_now()
        try:
            front = frontmatter.read(text)[0]
        except frontmatter.FrontMatterError:
            return
        targets = front.get("targets")
        if isinstance(targets, list) and targets and not self.picker.checked():
            self.picker.set_checked([str(name) for name in targets])  # as chosen in New draft
        self._show_delivery(front)

    def _show_delivery(self, front: dict[str, object]) -> None:
        """The targets that did not take the last post (as the draft's `delivery:` keeps
        them), so Retry failed still reaches them after the composer was closed."""
        if self.flow.running:
            return
        states = {Delivery.FAILED: PostState.FAILED, Delivery.UNKNOWN: PostState.UNKNOWN}
        for outcome in outcomes(front).values():
            state = states.get(outcome.state)
            if state is not None and outcome.account not in self.states:
                reason = outcome.reason or self.tr("no reason was kept")
                self._on_flow_target_state(outcome.account, state, reason)
        if front.get("status") == PARTIAL and self.not_sent():
            self.results.setText(
                self.tr("Partly posted.") + "<br>" + "<br>".join(self._results.values())
            )
        self.retry_button.setVisible(bool(self.not_sent()))

    @Slot(str)
    def _on_document_reloaded(self, text: str) -> None:
        self.info_bar.clear()
        self.editor.set_text(text)
        self.renderer.render_now()

    @Slot()
    def _on_editor_text_edited(self) -> None:
        self.document.edit(self.editor.text())
        self.renderer.request()

    @Slot()
    def _on_document_conflicted(self) -> None:
        message = self.tr("The draft changed on disk after you opened it; nothing was overwritten.")
        self.info_bar.show_message(
            message,
            [
                BarAction("reload", self.tr("Reload"), self.tr("Take the version on disk")),
                BarAction("keep", self.tr("Keep mine"), self.tr("Save this text over it")),
            ],
        )

    @Slot(str)
    def _on_document_deleted_outside(self, _path: str) -> None:
        self.info_bar.show_message(
            self.tr("The draft was deleted on disk."),
            [BarAction("again", self.tr("Save again"), self.tr("Write this text back"))],
        )

    @Slot(str)
    def _on_document_save_failed(self, message: str) -> None:
        self.info_bar.show_message(message)

    @Slot(str)
    def _on_info_bar_action_triggered(self, action: str) -> None:
        if action == "reload":
            self.document.reload()
        elif action == "keep":
            self.document.keep_mine()
        elif action == "again":
            self.document.save_again()

    # -- targets and previews ------------------------------------------------------------------

    @Slot()
    def _on_service_accounts_changed(self) -> None:
        accounts = self._service.accounts()
        self.picker.set_accounts(accounts)
        warning = None
        if accounts and self._service.warning:  # the core's reason names keyring classes
            warning = self.tr(
                "No secure keyring is open on this computer, so secrets are kept only until "
                "Ponder quits and asked for again next time."
            )
        if not accounts:
            warning = (
                self.tr("No accounts yet: add one with Accounts…")
                if self._service.loaded
                else self.tr("Loading accounts…")
            )
        self.key_warning.setText(warning or "")
        self.key_warning.setVisible(bool(warning))

    @Slot(list)
    def _on_picker_targets_changed(self, names: list[str]) -> None:
        for name in list(self.previews):
            if name not in names:
                self.previews.pop(name).deleteLater()
        self.tabs.clear()
        for name in names:
            account = self._service.account(name)
            label = core_text(account.label) if account is not None else name
            preview = self.previews.get(name) or TargetPreview(label, self.tabs)
            self.previews[name] = preview
            self.tabs.addTab(preview, name)
            self.tabs.setTabToolTip(self.tabs.count() - 1, label)
            spec = KINDS.get(account.kind) if account is not None else None
            if spec is not None and spec.server_limits is not None:  # the server has its own
                self._service.fetch_limits(name, self._on_limits_fetched)
        self.stack.setCurrentWidget(self.tabs if names else self.empty)
        self._update_post_button()
        self.renderer.targets = tuple(names)
        self.renderer.render_now()

    def _on_limits_fetched(self, _name: str) -> None:
        self.renderer.request()

    @Slot(object)
    def _on_renderer_prepared(self, found: dict[str, Prepared | str]) -> None:
        for name, prepared in found.items():
            preview = self.previews.get(name)
            if preview is None:
                continue
            if isinstance(prepared, str):
                preview.show_error(prepared)
            else:
                preview.show_prepared(prepared)
                if prepared.rendered.title:
                    self.heading.setText(prepared.rendered.title)
        ready = [p for p in found.values() if not isinstance(p, str)]
        self.findings.show_findings(merged(f for p in ready for f in p.findings))

    # -- posting -------------------------------------------------------------------------------

    @Slot(str, str, str)
    def _on_flow_target_state(self, account: str, state: str, text: str) -> None:
        shown = html.escape(text)
        if state == PostState.POSTED and text.startswith(("https://", "http://")):
            shown = f'<a href="{html.escape(text, quote=True)}">{shown}</a>'
        posted = PostState(state)
        self.states[account] = posted
        self._results[account] = f"{_STATE_MARKS[posted]} <b>{html.escape(account)}</b>: {shown}"
        self.results.setText("<br>".join(self._results.values()))

    @Slot()
    def _on_flow_finished(self) -> None:
        self._update_post_button()
        self.retry_button.setVisible(bool(self.not_sent()))

    def _update_post_button(self) -> None:
        """Post only does something with an account ticked; the button says so instead."""
        ready = bool(self.picker.checked()) and not self.flow.running
        self.post_button.setEnabled(ready)
        self.post_button.setToolTip(
            self.tr("Post to every ticked account (Ctrl+Return)")
            if self.picker.checked()
            else self.tr("Tick an account to post to (add one with Accounts…)")
        )

    @Slot(str)
    def _on_results_link_activated(self, url: str) -> None:
        if url.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(url))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self.document.close()  # saves what is pending; Esc and the window's × both end here
