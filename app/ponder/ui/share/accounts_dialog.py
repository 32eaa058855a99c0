"""Add and remove share accounts: a kind, the fields it needs, and its secret (kept in the
keyring, never in the accounts file)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.core.share.channels.registry import KINDS, FieldSpec
from ponder.ui.chevrons import ChevronComboBox
from ponder.ui.core_text import core_text
from ponder.ui.prompter import Prompter
from ponder.ui.share.service import ShareService

KIND_ROW = 1  # the form's rows: name, kind, then the kind's own fields

Editor = QLineEdit | QComboBox


class AccountsDialog(QDialog):
    """The accounts on the left (Delete removes one), a form to add one on the right. Saving
    and removing run in the pool. Emits only QDialog's own signals."""

    def __init__(
        self, service: ShareService, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareAccounts")
        self.setWindowTitle(self.tr("Share accounts"))
        self._service = service
        self._prompter = prompter
        self.editors: dict[str, Editor] = {}
        self.accounts = QListWidget(self)
        self.accounts.setAccessibleName(self.tr("Accounts"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected account and its secret"))
        self.remove_button.setAutoDefault(False)  # Enter must never remove an account
        self.help = QLabel(self)
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)
        self.help.setOpenExternalLinks(False)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("e.g. team-slack"))
        self.kind = ChevronComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of account"))
        self.kind.setToolTip(self.tr("Where the account posts"))
        for spec in KINDS.values():
            self.kind.addItem(core_text(spec.label), spec.name)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("hint")
        self.warning.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add account"), self)
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("Check the fields, then save the account"))
        self.add_button.setAutoDefault(False)
        self._lay_out()
        self._connect()
        self._on_kind_changed(0)
        self._on_service_accounts_changed()
        self.resize(760, 480)

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("Share accounts"), self)
        heading.setObjectName("dialogTitle")
        left = QVBoxLayout()
        left.addWidget(self.accounts, 1)
        left.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        # One form for the name, the kind and the kind's own fields: one column of labels.
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Kind:"), self.kind)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addLayout(self.form)
        right.addWidget(self.help)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.warning)
        layout.addLayout(columns, 1)
        layout.addWidget(close)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.accounts.currentRowChanged.connect(self._on_accounts_current_row_changed)
        self._service.accounts_changed.connect(self._on_service_accounts_changed)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.accounts, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- the form ------------------------------------------------------------------------------

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        while self.form.rowCount() > KIND_ROW + 1:
            self.form.removeRow(KIND_ROW + 1)
        self.editors = {}
        kind = KINDS[str(self.kind.currentData())]
        how = core_text(kind.how_to) if kind.how_to else ""
        self.help.setText(self.tr("How do I get this? {how}").format(how=how) if how else "")
        self.help.setVisible(bool(how))
        for field in kind.fields:
            editor = self._editor(field)
            self.form.addRow(core_text(field.label) + ":", editor)
            self.editors[field.name] = editor
        self.error.clear()

    def _editor(self, spec: FieldSpec) -> Editor:
        if spec.choices:
            box = ChevronComboBox(self)
            box.addItems(list(spec.choices))
            box.setCurrentText(spec.default)
            box.setAccessibleName(core_text(spec.label))
            return box
        field = QLineEdit(self)
        field.setAccessibleName(core_text(spec.label))
        field.setText(spec.default)
        if spec.secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setToolTip(self.tr("Kept in the keyring, never in a file"))
        elif spec.is_url:
            field.setPlaceholderText("https://…")
        return field

    def values(self) -> tuple[dict[str, str], str | None]:
        """The public field values and the secret, as typed."""
        spec = KINDS[str(self.kind.currentData())]
        values: dict[str, str] = {}
        secret: str | None = None
        for field in spec.fields:
            editor = self.editors[field.name]
            text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
            if field.secret:
                secret = text.strip() or None
            else:
                values[field.name] = text.strip()
        return values, secret

    @Slot()
    def add(self) -> None:
        values, secret = self.values()
        kind = str(self.kind.currentData())
        self.add_button.setEnabled(False)
        self._service.add(
            self.name.text().strip(), kind, values, secret, self._on_added, self._on_failed
        )

    def _on_added(self, _account: object) -> None:
        self.add_button.setEnabled(True)
        self.name.clear()
        self._on_kind_changed(self.kind.currentIndex())

    def _on_failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.error.setText(core_text(error))

    # -- the list ------------------------------------------------------------------------------

    @Slot()
    def remove_selected(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        question = self.tr("Remove the account “{name}” and forget its secret?").format(name=name)
        if self._prompter.confirm(self.tr("Remove account"), question, yes=self.tr("Remove")):
            self._service.remove(name, self._on_removed, self._on_failed)

    @Slot(int)
    def _on_accounts_current_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)

    def _on_removed(self, _name: object) -> None:
        self.error.clear()

    @Slot()
    def _on_service_accounts_changed(self) -> None:
        self.accounts.clear()
        for account in self._service.accounts():
            self.accounts.addItem(core_text(account.label))
            item = self.accounts.item(self.accounts.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, account.name)
        self._on_accounts_current_row_changed(self.accounts.currentRow())
        notes = [*map(core_text, self._service.problems)]
        if self._service.warning:  # the core's reason names keyring classes: see the log
            notes.append(
                self.tr(
                    "No secure keyring is open on this computer, so secrets are kept only until "
                    "Ponder quits and asked for again next time."
                )
            )
        self.warning.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))
