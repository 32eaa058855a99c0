"""The daily journal: where today's note lives, how it starts, how entries are appended."""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources
from string import Template

from ponder.core.model import NotePath

JOURNAL_FOLDER = "journal"


def journal_path(day: date) -> NotePath:
    """`journal/YYYY-MM-DD.md`."""
    return NotePath(f"{JOURNAL_FOLDER}/{day.isoformat()}.md")


def journal_body(day: date) -> str:
    """The body of a new journal note, from the template in resources/templates/journal.md."""
    template = (
        resources.files("ponder.resources").joinpath("templates/journal.md").read_text("utf-8")
    )
    return Template(template).safe_substitute(
        date=day.isoformat(),
        weekday=day.strftime("%A"),
        long_date=f"{day.day} {day.strftime('%B %Y')}",
    )


def append_entry(text: str, entry: str, when: datetime) -> str:
    """`text` with a `- HH:MM entry` line added at the end; continuation lines are indented."""
    lines = entry.strip().splitlines() or [""]
    item = f"- **{when:%H:%M}** {lines[0]}"
    item += "".join(f"\n  {line}" if line.strip() else "\n" for line in lines[1:])
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return text + item.replace("\n", newline) + newline
