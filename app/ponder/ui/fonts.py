"""Font choices shared by the editor and the preview: a colour emoji font behind the text font
where the system has one (without it emoji fall back to whatever font has the glyph, or to
their text form)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

EMOJI_FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji Mozilla")


def emoji_family() -> str | None:
    """The first colour emoji font installed, if any."""
    installed = set(QFontDatabase.families())
    return next((family for family in EMOJI_FAMILIES if family in installed), None)


def with_emoji(font: QFont) -> QFont:
    """`font`, falling back to the system's colour emoji font for the characters it lacks."""
    emoji = emoji_family()
    if emoji is not None and emoji not in font.families():
        font.setFamilies([*font.families(), emoji])
    return font
