"""Pocket's CSV export (title,url,time_added,tags,status) and Instapaper's CSV export."""

from __future__ import annotations

from pathlib import Path

from ponder.core.capture.importers.dates import from_epoch
from ponder.core.capture.importers.links import LinkItem, Rejected, clean_tags, split_tags
from ponder.core.capture.importers.report import ImportReport
from ponder.core.capture.importers.sources import csv_rows, read_text

_POCKET_STATUS = {"unread": "unread", "archive": "read", "read": "read"}
_INSTAPAPER_STATUS = {"unread": "unread", "archive": "read"}


def read_pocket_csv(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    items: list[LinkItem | Rejected] = []
    for row in csv_rows(read_text(path, report), ("url",)):
        if isinstance(row, Rejected):
            items.append(row)
            continue
        items.append(
            LinkItem(
                url=row["url"].strip(),
                title=row.get("title", ""),
                added=from_epoch(row.get("time_added", "")),
                tags=split_tags(row.get("tags", ""), "|,"),
                status=_POCKET_STATUS.get(row.get("status", "").strip().lower()),
            )
        )
    return items


def read_instapaper_csv(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    """Folder `Unread`/`Archive` is the read state; `Starred` and any other folder become tags."""
    items: list[LinkItem | Rejected] = []
    for row in csv_rows(read_text(path, report), ("url",)):
        if isinstance(row, Rejected):
            items.append(row)
            continue
        folder = row.get("folder", "").strip()
        status = _INSTAPAPER_STATUS.get(folder.lower())
        tags = clean_tags([*_instapaper_tags(row.get("tags", "")), *([] if status else [folder])])
        items.append(
            LinkItem(
                url=row["url"].strip(),
                title=row.get("title", ""),
                added=from_epoch(row.get("timestamp", "")),
                tags=tags,
                description=_quote(row.get("selection", "")),
                status=status,
            )
        )
    return items


def _instapaper_tags(field: str) -> list[str]:
    """Newer exports write tags as `["a", "b"]`; older ones have no such column."""
    return [t.strip().strip('"') for t in field.strip().strip("[]").split(",")]


def _quote(text: str) -> str:
    """A highlighted passage as a Markdown block quote."""
    lines = text.strip().splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines)
