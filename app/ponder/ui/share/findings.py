"""The composer's privacy findings: what to look at before a draft leaves Ponder."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponder.ui.core_text import core_text
from ponder.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ponder.core.share.privacy import Finding

ROWS_SHOWN = 4


_KINDS = {
    "email": QT_TRANSLATE_NOOP("FindingsPanel", "E-mail address"),
    "phone": QT_TRANSLATE_NOOP("FindingsPanel", "Phone number"),
    "note-link": QT_TRANSLATE_NOOP("FindingsPanel", "Link to a note"),
    "unresolved-link": QT_TRANSLATE_NOOP("FindingsPanel", "Broken link"),
    "local-link": QT_TRANSLATE_NOOP("FindingsPanel", "Local link"),
    "private-address": QT_TRANSLATE_NOOP("FindingsPanel", "Private address"),
    "private-term": QT_TRANSLATE_NOOP("FindingsPanel", "Private term"),
    "internal": QT_TRANSLATE_NOOP("FindingsPanel", "Marked internal"),
    "placeholder": QT_TRANSLATE_NOOP("FindingsPanel", "Unfilled template line"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FindingsPanel", _KINDS[kind]) if kind in _KINDS else kind


def merged(findings: Iterable[Finding]) -> list[Finding]:
    """Findings of every target, each once, in the order they appear in the draft."""
    unique = {(f.position, f.kind, f.excerpt): f for f in findings}
    return [unique[key] for key in sorted(unique)]


class FindingsPanel(QFrame):
    """A warning heading and one row per finding (kind, excerpt, advice); hidden when there is
    nothing to look at. Emits no signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyWarning")
        self.heading = QLabel(self)
        self.heading.setObjectName("warningTitle")
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findingsList")
        self.tree.setAccessibleName(self.tr("Privacy findings"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Found"), self.tr("Advice")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree)
        self.hide()

    def show_findings(self, findings: list[Finding]) -> None:
        self.tree.clear()
        for finding in findings:
            item = QTreeWidgetItem(
                [kind_label(finding.kind), _one_line(finding.excerpt), core_text(finding.advice)]
            )
            item.setToolTip(2, core_text(finding.advice))
            item.setToolTip(1, finding.excerpt)
            self.tree.addTopLevelItem(item)
        count = len(findings)
        heading = (
            self.tr("⚠ 1 thing to check before posting: it may not be yours to share.")
            if count == 1
            else self.tr("⚠ {n} things to check before posting: they may not be yours to share.")
        )
        self.heading.setText(heading.format(n=count))
        rows = min(count, ROWS_SHOWN)
        row_height = self.tree.sizeHintForRow(0) if count else 0
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows * row_height + 6)
        self.tree.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if count > ROWS_SHOWN
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVisible(bool(count))

    def kinds(self) -> list[str]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 60 else line[:59] + "…"
