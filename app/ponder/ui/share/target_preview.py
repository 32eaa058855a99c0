"""One target's tab in the composer: the post exactly as it will be sent, and how long it is."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ponder.ui.core_text import core_text

if TYPE_CHECKING:
    from ponder.core.share.limits import LengthCheck
    from ponder.core.share.sending import Prepared

METER_WIDTH = 160


def shown_text(prepared: Prepared) -> str:
    """What a plain-text view shows: the Teams card as JSON, else the parts of the thread."""
    if prepared.outgoing.card is not None:  # an Adaptive Card is what goes out
        return json.dumps(prepared.outgoing.card, indent=2, ensure_ascii=False)
    if len(prepared.parts) == 1:
        return prepared.parts[0]
    total = len(prepared.parts)
    return "\n\n".join(
        f"── {number}/{total} ──\n{part}" for number, part in enumerate(prepared.parts, 1)
    )


def shown_html(prepared: Prepared) -> str | None:
    """The HTML the network receives (Matrix, e-mail), when it is sent as HTML; a file or the
    clipboard's HTML twin is not what a reader sees first."""
    return prepared.outgoing.html if prepared.outgoing.markdown is None else None


class TargetPreview(QWidget):
    """The preview (monospace text, or HTML in a browser without link following), a length
    meter per part, and the reason it cannot be sent when there is one. Emits no signals."""

    def __init__(self, account_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetPreview")
        self._label = account_label
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._meter_widgets: list[QWidget] = []
        self._meter_texts: list[QLabel] = []
        self.meters = QGridLayout()
        self.meters.setContentsMargins(0, 0, 0, 0)
        self.meters.setHorizontalSpacing(10)
        self.meters.setVerticalSpacing(4)
        self.meters.setColumnStretch(2, 1)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setAccessibleName(self.tr("Post to {0}, as sent").format(account_label))
        self.html_view = QTextBrowser(self)
        self.html_view.setOpenLinks(False)
        self.html_view.setAccessibleName(self.tr("Post to {0}, as HTML").format(account_label))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.text_view)
        self.stack.addWidget(self.html_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.meters)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)

    def show_prepared(self, prepared: Prepared) -> None:
        html = shown_html(prepared)
        if html is not None:
            self.html_view.setHtml(html)
            self.stack.setCurrentWidget(self.html_view)
        else:
            self.text_view.setPlainText(shown_text(prepared))
            self.stack.setCurrentWidget(self.text_view)
        self._show_meters(prepared.checks)
        self.problem.setText(core_text(prepared.problem or ""))
        self.problem.setVisible(prepared.problem is not None)

    def show_error(self, message: str) -> None:
        self._show_meters(())
        self.problem.setText(message)
        self.problem.show()
        self.text_view.clear()
        self.stack.setCurrentWidget(self.text_view)

    def meter_texts(self) -> list[str]:
        """The meters' texts, in order (for tests and screen readers)."""
        return [label.text() for label in self._meter_texts]

    def _show_meters(self, checks: tuple[LengthCheck, ...]) -> None:
        for widget in self._meter_widgets:
            self.meters.removeWidget(widget)
            widget.deleteLater()
        self._meter_widgets, self._meter_texts = [], []
        for row, check in enumerate(checks):
            self._add_meter(row, check, len(checks))

    def _add_meter(self, row: int, check: LengthCheck, total: int) -> None:
        name = self.tr("Post") if total == 1 else self.tr("Part {n}/{total}")
        part = QLabel(name.format(n=row + 1, total=total), self)
        part.setObjectName("hint")
        bar = QProgressBar(self)
        bar.setObjectName("lengthMeter")
        bar.setProperty("over", not check.ok)
        bar.setFixedWidth(METER_WIDTH)
        bar.setTextVisible(False)
        bar.setRange(0, max(check.limit or check.count, 1))
        bar.setValue(min(check.count, bar.maximum()))
        text = QLabel(_meter_text(check), self)
        text.setObjectName("meterOver" if not check.ok else "meterText")
        bar.setAccessibleName(self.tr("Length of {0}").format(part.text()))
        bar.setAccessibleDescription(text.text())
        bar.setToolTip(text.text())
        for column, widget in enumerate((part, bar, text)):
            self.meters.addWidget(widget, row, column)
        self._meter_widgets += [part, bar, text]
        self._meter_texts.append(text)


def _meter_text(check: LengthCheck) -> str:
    if check.limit is None:
        return f"{check.count:,} {check.unit}"
    text = f"{check.count:,} / {check.limit:,} {check.unit}"
    if check.minimum and check.count < check.minimum:
        at_least = QCoreApplication.translate("TargetPreview", "{text} (at least {n})")
        return at_least.format(text=text, n=f"{check.minimum:,}")
    return text
