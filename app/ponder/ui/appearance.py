"""The window's look follows one choice: the theme setting, or the desktop's colour scheme when
the setting is "system" — at start-up, when Preferences change, and when the desktop switches."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication

from ponder.core.settings import Settings
from ponder.ui import theme as themes
from ponder.ui.main_window import MainWindow
from ponder.ui.session import Session

MIN_FONT_SIZE = 6  # the setting's own bounds
MAX_FONT_SIZE = 48


class Appearance(QObject):
    """Applies the theme to the application (palette, style sheet) and to the surfaces that
    draw their own colours (the editor's highlighter, the preview). Emits no signals."""

    def __init__(self, app: QApplication, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._session = session
        self.current = themes.resolve(session.settings.theme)
        session.settings_changed.connect(self._on_session_settings_changed)
        app.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self.apply(self.current)

    def apply(self, chosen: themes.Theme) -> None:
        """Every widget, the editor's highlighter and the preview in `chosen`'s colours."""
        self.current = chosen
        if self._app.styleSheet() != themes.style_sheet(chosen):  # start-up applied it already
            themes.apply(self._app, chosen)  # (a second time would re-polish every widget)
        self._window.note_panel.set_theme(chosen)

    def toggle(self) -> None:
        """Light ↔ dark, remembered as the setting (so "system" becomes an explicit choice)."""
        other = "light" if self.current.name == "dark" else "dark"
        self._session.update_settings(replace(self._session.settings, theme=other))

    def zoom(self, steps: int) -> None:
        """Make the note's text `steps` points larger (or smaller); 0 goes back to the default."""
        settings = self._session.settings
        size = Settings().editor_font_size if steps == 0 else settings.editor_font_size + steps
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        self._session.update_settings(replace(settings, editor_font_size=size))

    @Slot(object)
    def _on_session_settings_changed(self, settings: Settings) -> None:
        chosen = themes.resolve(settings.theme)
        if chosen != self.current:
            self.apply(chosen)

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        chosen = themes.resolve(self._session.settings.theme, scheme)
        if chosen != self.current:
            self.apply(chosen)
