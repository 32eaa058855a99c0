"""Browser clipping: turn the clip server on or off, copy the bookmarklet or the API token,
and read how to connect the Joplin Web Clipper extension."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ponder.ui.clip_service import ClipService


class BrowserClippingDialog(QDialog):
    """Shows the service's live state; the checkbox is the `clip_server` setting."""

    def __init__(self, service: ClipService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browserClipping")
        self.setWindowTitle(self.tr("Browser clipping"))
        self._service = service
        heading = QLabel(self.tr("Clip from your browser"), self)
        heading.setObjectName("dialogTitle")
        self.enabled = QCheckBox(self.tr("Let browsers clip into Ponder"), self)
        self.enabled.setToolTip(self.tr("A server on 127.0.0.1 only, ports 41184–41194"))
        self.enabled.setChecked(service.session.settings.clip_server)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self.state = QLabel(self)
        self.state.setObjectName("hint")
        self.state.setWordWrap(True)
        self.bookmarklet = self._field(self.tr("Bookmarklet"))
        self.token = self._field(self.tr("API token"))
        self.copy_bookmarklet = self._copy_button(self.bookmarklet, self.tr("Copy bookmarklet"))
        self.copy_token = self._copy_button(self.token, self.tr("Copy token"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Bookmarklet:"), self), 0, 0)
        grid.addWidget(self.bookmarklet, 0, 1)
        grid.addWidget(self.copy_bookmarklet, 0, 2)
        grid.addWidget(QLabel(self.tr("API token:"), self), 1, 0)
        grid.addWidget(self.token, 1, 1)
        grid.addWidget(self.copy_token, 1, 2)
        help_text = QLabel(self._help(), self)
        help_text.setWordWrap(True)
        help_text.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        for widget in (heading, self.enabled, self.state):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(help_text)
        layout.addWidget(buttons)
        service.state_changed.connect(self._show_state)
        self._show_state(service.port)
        self.resize(620, 420)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        return field

    def _copy_button(self, field: QLineEdit, label: str) -> QPushButton:
        button = QPushButton(label, self)
        button.clicked.connect(lambda: QGuiApplication.clipboard().setText(field.text()))
        return button

    def _help(self) -> str:
        return self.tr(
            "<p><b>Bookmarklet:</b> copy it and make a new bookmark with it as the address "
            "(URL). On any page, click the bookmark: Ponder opens a small page where you add "
            "why it matters and tags; the page is fetched and saved as a clip.</p>"
            "<p><b>Joplin Web Clipper:</b> install the extension; it finds Ponder by itself. "
            "The first time, Ponder asks you to allow it. Clips go to the notebook you pick "
            "(Ponder's folders), with their tags and screenshots.</p>"
        )

    @Slot(bool)
    def _on_enabled_toggled(self, on: bool) -> None:
        session = self._service.session
        session.update_settings(replace(session.settings, clip_server=on))
        self.state.setText(self.tr("Starting…") if on else self.tr("Stopping…"))

    @Slot(int)
    def _show_state(self, port: int) -> None:
        from ponder.core.capture.bookmarklet import bookmarklet_source

        running = port > 0
        for widget in (self.bookmarklet, self.token, self.copy_bookmarklet, self.copy_token):
            widget.setEnabled(running)
        token = self._service.api_token or ""
        self.bookmarklet.setText(bookmarklet_source(port, token) if running else "")
        self.token.setText(self._service.api_token or "")
        for field in (self.bookmarklet, self.token):
            field.setCursorPosition(0)
        if running:
            text = self.tr("On: listening on 127.0.0.1:{port}.").format(port=port)
            if self._service.warning:
                text += " " + self._service.warning
        else:
            text = self.tr("Off. Turn it on to clip from a browser.")
        self.state.setText(text)
