"""The daily journal's entries: appending a timestamped one, reading them back."""

from __future__ import annotations

import re
from datetime import datetime

_ENTRY = re.compile(r"^- \*\*\d{1,2}:\d{2}\*\* ")


def append_entry(text: str, entry: str, when: datetime) -> str:
    """`text` with a `- HH:MM entry` line added at the end; continuation lines are indented."""
    lines = entry.strip().splitlines() or [""]
    item = f"- **{when:%H:%M}** {lines[0]}"
    item += "".join(f"\n  {line}" if line.strip() else "\n" for line in lines[1:])
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return text + item.replace("\n", newline) + newline


def entries(body: str) -> list[str]:
    """The `- **HH:MM** …` items `append_entry` wrote, each with its continuation lines."""
    found: list[str] = []
    inside = False
    for line in body.splitlines():
        if _ENTRY.match(line):
            found.append(line)
            inside = True
        elif inside and line.startswith("  ") and line.strip():
            found[-1] += "\n" + line
        else:
            inside = False
    return found
