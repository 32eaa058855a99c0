"""Compare the buffer with the version on disk: a unified diff, and a choice between the two."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

CONTEXT_LINES = 3
_STYLES = {
    "+": "background:#e3f4e1; color:#1d4d1a;",
    "-": "background:#fbe4e2; color:#6b1d17;",
    "@": "color:#6a6f76;",
}


def diff_html(ours: str, theirs: str) -> str:
    """`theirs` → `ours` as a unified diff in HTML: removed lines red, added lines green."""
    lines = difflib.unified_diff(
        theirs.splitlines(),
        ours.splitlines(),
        fromfile="on disk",
        tofile="yours",
        n=CONTEXT_LINES,
        lineterm="",
    )
    rows: list[str] = []
    for line in lines:
        if line.startswith(("---", "+++")):
            continue
        style = _STYLES.get(line[:1], "")
        text = html.escape(line) or "&nbsp;"
        rows.append(f'<div style="{style} white-space:pre-wrap;">{text}</div>')
    if not rows:
        same = QCoreApplication.translate("CompareDialog", "The two versions are the same.")
        return f"<p>{html.escape(same)}</p>"
    return '<div style="font-family:monospace;">' + "".join(rows) + "</div>"


class CompareDialog(QDialog):
    """Non-modal. Signals: `kept_mine()`, `took_theirs()` (the dialog closes after either)."""

    kept_mine = Signal()
    took_theirs = Signal()

    def __init__(self, ours: str, theirs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 560)
        intro = QLabel(
            self.tr("Lines in red are only on disk; lines in green are only in your version."),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Differences"))
        self.view.setOpenLinks(False)
        self.view.setHtml(diff_html(ours, theirs))
        buttons = QDialogButtonBox(self)
        mine = QPushButton(self.tr("Keep mine"), self)
        mine.setToolTip(self.tr("Save your version over the one on disk"))
        theirs_button = QPushButton(self.tr("Take theirs"), self)
        theirs_button.setToolTip(self.tr("Load the version on disk; your edits are dropped"))
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        mine.clicked.connect(self._on_mine_clicked)
        theirs_button.clicked.connect(self._on_theirs_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _on_mine_clicked(self) -> None:
        self.kept_mine.emit()
        self.accept()

    def _on_theirs_clicked(self) -> None:
        self.took_theirs.emit()
        self.accept()
