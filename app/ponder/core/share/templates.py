"""Draft templates (resources/templates/share/<name>.md) and what fills their placeholders.

Placeholders are `string.Template`'s: `$name` or `${name}`, `$$` for a dollar sign; unknown
ones stay as written. The values are listed in resources/templates/share/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from importlib import resources
from string import Template

from ponder.core.messages import Message
from ponder.core.share.markup import parse_body

TEMPLATES = ("insight", "question", "roundup", "weekly")
LEARNED_HEADING = "What did I learn today?"
"""The journal template's heading (resources/templates/journal.md) the weekly draft gathers."""

_BLANK_RUN = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")


class TemplateError(ValueError):
    """A template name Ponder does not ship."""


def load(name: str) -> str:
    """The text of the share template `name`."""
    if name not in TEMPLATES:
        known = ", ".join(TEMPLATES)
        raise TemplateError(
            Message("No share template {name!r}; choose one of {known}.", name=name, known=known)
        )
    folder = resources.files("ponder.resources").joinpath("templates/share")  # one arg: bundles
    return folder.joinpath(f"{name}.md").read_text("utf-8")


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders replaced; runs of blank lines left by empty values
    are closed up, so a missing `$sources` leaves no hole."""
    text = Template(template).safe_substitute(values)
    return _BLANK_RUN.sub("\n\n", text).strip() + "\n"


def iso_week(day: date) -> tuple[str, date, date]:
    """(`YYYY-Www`, Monday, Sunday) of the ISO week holding `day`."""
    year, week, weekday = day.isocalendar()
    monday = day - timedelta(days=weekday - 1)
    return f"{year}-W{week:02d}", monday, monday + timedelta(days=6)


def learned_section(body: str, heading: str = LEARNED_HEADING) -> str:
    """The Markdown under `heading` in a journal note, up to the next heading of its level or
    higher; "" when the note has no such heading or left it empty."""
    lines = body.split("\n")
    nodes = parse_body(body).children
    start: int | None = None
    level = 0
    for node in nodes:
        if node.type != "heading" or node.map is None:
            continue
        this_level = int(node.tag[1:])
        title = node.children[0].content.strip() if node.children else ""
        if start is not None and this_level <= level:
            return "\n".join(lines[start : node.map[0]]).strip()
        if start is None and title.casefold() == heading.casefold():
            start, level = node.map[1], this_level
    return "\n".join(lines[start:]).strip() if start is not None else ""


def day_heading(day: date) -> str:
    return f"**{day.strftime('%A')}, {day.day} {day.strftime('%B')}**"
