"""Where daily notes live and how they start: folder, file-name date format, template file.

Defaults come from an Obsidian vault's `.obsidian/daily-notes.json` when there is one, and
Ponder's settings override them. Date formats use Obsidian's (moment.js) tokens.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path, PurePosixPath
from string import Template

from ponder.core.model import NotePath
from ponder.core.vault import NoteReadError, Vault

OBSIDIAN_DAILY = ".obsidian/daily-notes.json"
_TOKENS = re.compile(r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|E|WW|W|.", re.S)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_day(day: date, pattern: str) -> str:
    """`day` written with moment.js tokens (YYYY, MM, DD, Do, dddd, MMMM, WW, [literal]…)."""
    week = day.isocalendar().week
    values = {
        "YYYY": f"{day.year:04d}",
        "YY": f"{day.year % 100:02d}",
        "MMMM": day.strftime("%B"),
        "MMM": day.strftime("%b"),
        "MM": f"{day.month:02d}",
        "M": str(day.month),
        "Do": _ordinal(day.day),
        "DD": f"{day.day:02d}",
        "D": str(day.day),
        "dddd": day.strftime("%A"),
        "ddd": day.strftime("%a"),
        "E": str(day.isoweekday()),
        "WW": f"{week:02d}",
        "W": str(week),
    }
    out = []
    for token in _TOKENS.findall(pattern):
        if token.startswith("[") and token.endswith("]") and len(token) > 1:
            out.append(token[1:-1])
        else:
            out.append(values.get(token, token))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class JournalConfig:
    folder: str = "journal"
    date_format: str = "YYYY-MM-DD"
    template: str = ""  # a vault path of a Markdown file; "" means Ponder's own template

    def path(self, day: date) -> NotePath:
        """Where the journal note of `day` lives, e.g. `journal/2026-12-04.md`."""
        name = format_day(day, self.date_format or "YYYY-MM-DD").strip("/") or day.isoformat()
        folder = self.folder.strip().strip("/")
        return NotePath(f"{folder}/{name}.md" if folder else f"{name}.md")

    def body(self, vault: Vault, day: date) -> str:
        """A new journal note's body: the vault's template file if set and readable, else the
        one in resources/. `$date`, `$weekday`, `$long_date` and Obsidian's `{{date}}` and
        `{{title}}` are filled in."""
        text = _vault_template(vault, self.template) if self.template else None
        if text is None:
            folder = resources.files("ponder.resources").joinpath("templates")
            text = folder.joinpath("journal.md").read_text("utf-8")
        title = PurePosixPath(self.path(day)).stem
        text = text.replace("{{date}}", day.isoformat()).replace("{{title}}", title)
        return Template(text).safe_substitute(
            date=day.isoformat(),
            weekday=day.strftime("%A"),
            long_date=f"{day.day} {day.strftime('%B %Y')}",
        )


def _vault_template(vault: Vault, name: str) -> str | None:
    path = name.strip().strip("/")
    if not path.endswith(".md"):
        path += ".md"
    try:
        text, _stamp = vault.read(NotePath(path))
    except NoteReadError:
        return None
    return text


def from_obsidian(root: Path) -> JournalConfig:
    """The daily-note settings of an Obsidian vault, or Ponder's defaults."""
    try:
        data = json.loads((root / OBSIDIAN_DAILY).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return JournalConfig()
    if not isinstance(data, dict):
        return JournalConfig()
    found: dict[str, str] = {"folder": ""}  # Obsidian's own default is the vault's root
    found |= {
        name: value.strip()
        for name, key in (("folder", "folder"), ("date_format", "format"), ("template", "template"))
        if isinstance(value := data.get(key), str) and value.strip()
    }
    return replace(JournalConfig(), **found)


def resolve(
    root: Path, folder: str = "", date_format: str = "", template: str = ""
) -> JournalConfig:
    """The settings' values where set, else the Obsidian vault's, else the defaults."""
    base = from_obsidian(root)
    return JournalConfig(
        folder=folder.strip() or base.folder,
        date_format=date_format.strip() or base.date_format,
        template=template.strip() or base.template,
    )
