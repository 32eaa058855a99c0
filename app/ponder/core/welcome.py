"""The note a new vault starts with, so the first look at Ponder is not an empty list."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ponder.core.library import Library
    from ponder.core.model import NotePath

WELCOME_TITLE = "Welcome to Ponder"


def add_welcome_note(library: Library) -> NotePath:
    """Write the welcome note at the top of the vault; returns its path."""
    text = resources.files("ponder.resources").joinpath("templates/welcome.md").read_text("utf-8")
    path, _changes = library.create_note(WELCOME_TITLE, body=text, folder="")
    return path
