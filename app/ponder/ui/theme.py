"""Light and dark themes: one set of colours drives the Qt palette, the widget style sheet and the
preview's CSS, so every surface agrees."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    window: str
    surface: str  # editor, lists
    sidebar: str
    text: str
    muted: str
    accent: str
    accent_text: str
    selection: str
    border: str
    link: str
    code_bg: str
    mark: str  # the background of bars that ask for attention
    hit: str  # a search match inside text, with `hit_text` on it
    hit_text: str


LIGHT = Theme(
    name="light",
    window="#f6f5f2",
    surface="#fffefb",
    sidebar="#efede8",
    text="#24292f",
    muted="#6a6f76",
    accent="#2f6f73",
    accent_text="#ffffff",
    selection="#cfe3e1",
    border="#dcd9d2",
    link="#1f6f8b",
    code_bg="#f1efe9",
    mark="#fbe7a6",
    hit="#fbe7a6",
    hit_text="#24292f",
)

DARK = Theme(
    name="dark",
    window="#1d2024",
    surface="#22262b",
    sidebar="#191c1f",
    text="#dfe2e6",
    muted="#959ca5",
    accent="#5fb3a8",
    accent_text="#10201e",
    selection="#2f4a48",
    border="#33383e",
    link="#7cc4d8",
    code_bg="#2a2f35",
    mark="#5b4a1a",
    hit="#e2bc5a",
    hit_text="#1d2024",
)


def resolve(choice: str, scheme: Qt.ColorScheme | None = None) -> Theme:
    """The theme for a setting value: "light", "dark", or "system" (the platform's scheme —
    `scheme` when the caller was just told it — light when the platform does not say, as
    offscreen and bare X servers do not)."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def contrast(foreground: str | QColor, background: str | QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21; body text wants 4.5 or more)."""

    def luminance(colour: str | QColor) -> float:
        c = QColor(colour)
        channels = [
            v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
            for v in (c.redF(), c.greenF(), c.blueF())
        ]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    low, high = sorted((luminance(foreground), luminance(background)))
    return (high + 0.05) / (low + 0.05)


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.window,
        role.WindowText: theme.text,
        role.Base: theme.surface,
        role.AlternateBase: theme.sidebar,
        role.Text: theme.text,
        role.Button: theme.window,
        role.ButtonText: theme.text,
        role.Highlight: theme.selection,
        role.HighlightedText: theme.text,
        role.ToolTipBase: theme.surface,
        role.ToolTipText: theme.text,
        role.PlaceholderText: theme.muted,
        role.Link: theme.link,
        role.BrightText: theme.accent,
        role.Mid: theme.border,
    }
    for key, value in colours.items():
        pal.setColor(key, QColor(value))
    for key in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, key, QColor(theme.muted))
    return pal


def style_sheet(theme: Theme) -> str:
    """Widget styling; object names (`#sidebar`, `#noteList`...) are set by the panels."""
    t = theme
    return f"""
QMainWindow, QDialog {{ background: {t.window}; }}
QSplitter::handle {{ background: {t.border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QSplitter::handle:vertical {{ height: 1px; }}
#sidebar, #sidebar QTreeView {{ background: {t.sidebar}; border: none; }}
QTreeView, QListView, QTableView {{
    background: {t.surface}; border: none; outline: 0;
    selection-background-color: {t.selection}; selection-color: {t.text};
}}
QTreeView::item, QListView::item {{ padding: 4px 6px; border-radius: 4px; }}
QTreeView::item:selected, QListView::item:selected {{ background: {t.selection}; color: {t.text}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QSpinBox, QDoubleSpinBox, QComboBox {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; border-radius: 6px;
    selection-background-color: {t.selection}; selection-color: {t.text};
}}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox {{ padding: 5px 8px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus {{ border: 1px solid {t.accent}; }}
#editor, #preview {{ border: none; border-radius: 0; }}
QLineEdit#noteTitle {{
    background: {t.surface}; border: none; border-radius: 0; font-size: 15pt; font-weight: 600;
    padding: 8px 14px 4px 14px;
}}
#properties {{ background: {t.surface}; border-bottom: 1px solid {t.border}; }}
#properties QLineEdit, #properties QLabel {{
    background: transparent; border: none; padding: 1px 4px;
}}
#properties QLineEdit:focus {{ background: {t.window}; border: 1px solid {t.accent}; }}
#properties QLabel {{ color: {t.muted}; }}
#properties QToolButton {{ color: {t.muted}; }}
QPushButton {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 6px; padding: 5px 14px;
}}
QPushButton:hover {{ border-color: {t.accent}; }}
QPushButton:default, QPushButton#primary {{
    background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
}}
QToolButton {{ border: none; padding: 4px; border-radius: 4px; color: {t.text}; }}
QToolButton:hover {{ background: {t.selection}; }}
QTabBar::tab {{
    background: transparent; color: {t.muted}; padding: 6px 12px; border: none;
    border-bottom: 2px solid transparent;
}}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 2px solid {t.accent}; }}
QTabWidget::pane {{ border: none; }}
QStatusBar {{ background: {t.sidebar}; color: {t.muted}; border-top: 1px solid {t.border}; }}
QStatusBar QLabel {{ color: {t.muted}; padding: 0 6px; }}
QProgressBar {{
    background: {t.border}; border: none; border-radius: 3px; max-height: 6px; color: transparent;
}}
QProgressBar::chunk {{ background: {t.accent}; border-radius: 3px; }}
QMenuBar {{ background: {t.window}; color: {t.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {t.selection}; color: {t.text}; }}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 24px 5px 12px; border-radius: 4px; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: 4px; }}
QLabel#sectionTitle {{ color: {t.muted}; font-weight: 600; padding: 8px 8px 2px 8px; }}
QLabel#hint {{ color: {t.muted}; }}
QFrame#clipHeader {{ background: {t.surface}; border-bottom: 1px solid {t.border}; }}
QFrame#infoBar {{ background: {t.mark}; border-bottom: 1px solid {t.border}; }}
QCalendarWidget QAbstractItemView {{ selection-background-color: {t.accent}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 5px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 5px; min-width: 30px; }}
QToolButton#linkIt {{ color: {t.accent}; font-weight: 600; padding: 2px 8px; }}
QToolButton#linkIt:hover {{ background: {t.selection}; }}
QDialog#fuzzyPopup {{ background: {t.surface}; border: 1px solid {t.border}; }}
QLineEdit#fuzzyField {{ padding: 8px 10px; font-size: 12pt; }}
QListView#fuzzyList {{ background: {t.surface}; }}
QLabel#dialogTitle {{ font-size: 14pt; font-weight: 600; }}
QLabel#fieldError {{ color: {"#b3261e" if t.name == "light" else "#f2b8b5"}; }}
QLabel#meterOver {{ color: {"#b3261e" if t.name == "light" else "#f2b8b5"}; font-weight: 600; }}
QLabel#meterText, QLabel#sectionLabel {{ color: {t.muted}; }}
QLabel#sectionLabel {{ font-weight: 600; }}
QProgressBar#lengthMeter[over="true"]::chunk {{
    background: {"#b3261e" if t.name == "light" else "#f2b8b5"};
}}
QFrame#privacyWarning {{ background: {t.mark}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame#privacyWarning QTreeWidget {{ background: transparent; }}
QLabel#warningTitle {{ font-weight: 600; }}
#targetPicker::indicator {{
    width: 14px; height: 14px; border: 1px solid {t.muted}; border-radius: 4px;
    background: {t.surface};
}}
#targetPicker::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; }}
QComboBox[chevron="true"]::drop-down {{ border: none; width: 22px; }}
QAbstractSpinBox[chevron="true"]::up-button, QAbstractSpinBox[chevron="true"]::down-button {{
    border: none; width: 22px;
}}
#preferences QCheckBox::indicator, #firstRun QRadioButton::indicator {{
    width: 14px; height: 14px; border: 1px solid {t.muted}; background: {t.surface};
}}
#preferences QCheckBox::indicator {{ border-radius: 4px; }}
#firstRun QRadioButton::indicator {{ border-radius: 8px; }}
#preferences QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; }}
#firstRun QRadioButton::indicator:checked {{
    border-color: {t.accent};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {t.accent}, stop: 0.5 {t.accent}, stop: 0.6 {t.surface}, stop: 1 {t.surface});
}}
#journalCalendar QWidget#qt_calendar_navigationbar {{ background: {t.surface}; }}
#journalCalendar QToolButton {{ color: {t.text}; font-weight: 600; padding: 4px 8px; }}
#journalCalendar #qt_calendar_prevmonth, #journalCalendar #qt_calendar_nextmonth,
#journalCalendar QToolButton#dayStep {{ font-size: 14pt; font-weight: 400; min-width: 24px; }}
#journalCalendar QToolButton::menu-indicator {{ image: none; width: 0; }}
#journalCalendar QAbstractItemView {{
    background: {t.surface}; selection-background-color: {t.accent};
    selection-color: {t.accent_text};
}}
"""


def preview_css(theme: Theme) -> str:
    """CSS for the Markdown preview (QTextBrowser's subset of CSS 2)."""
    t = theme
    return f"""
body {{ color: {t.text}; background: {t.surface}; line-height: 150%; }}
h1, h2, h3, h4 {{ color: {t.text}; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }}
h1 {{ font-size: 22pt; }} h2 {{ font-size: 17pt; }} h3 {{ font-size: 14pt; }}
a {{ color: {t.link}; text-decoration: none; }}
a.tag {{ color: {t.accent}; }}
a.missing {{ color: {t.muted}; }}
code {{ background: {t.code_bg}; font-family: monospace; }}
pre {{ background: {t.code_bg}; padding: 8px; font-family: monospace; white-space: pre-wrap; }}
blockquote {{ color: {t.muted}; margin-left: 12px; padding-left: 10px; }}
table {{ border-color: {t.border}; }}
th {{ background: {t.code_bg}; padding: 4px 8px; }}
td {{ padding: 4px 8px; }}
hr {{ color: {t.border}; }}
"""


def apply(app: QApplication, theme: Theme) -> None:
    """Fusion plus our palette and style sheet: the same look on every platform."""
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme))
