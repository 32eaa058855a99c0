"""The note a new vault starts with, so the first look at Ponder is not an empty list."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ponder.core.library import Library
    from ponder.core.model import NotePath

WELCOME_TITLE = "Welcome to Ponder"
# The title of each translated welcome note (templates/welcome.<language>.md).
_TITLES = {"de": "Willkommen bei Ponder"}


def add_welcome_note(library: Library, language: str = "en") -> NotePath:
    """Write the welcome note at the top of the vault, in `language` (an ISO 639-1 code) when
    Ponder has that translation, else in English; returns its path."""
    templates = resources.files("ponder.resources").joinpath("templates")
    translated = templates.joinpath(f"welcome.{language}.md")
    if language in _TITLES and translated.is_file():
        source, title = translated, _TITLES[language]
    else:
        source, title = templates.joinpath("welcome.md"), WELCOME_TITLE
    path, _changes = library.create_note(title, body=source.read_text("utf-8"), folder="")
    return path
