"""Bookmarks as JSON: Chrome's `Bookmarks` file, Firefox's backup, Pinboard's export."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from ponder.core import unicode_text
from ponder.core.capture.importers.dates import from_epoch, from_iso, from_webkit
from ponder.core.capture.importers.links import LinkItem, Rejected, clean_tags, split_tags
from ponder.core.capture.importers.report import ImportFileError, ImportReport
from ponder.core.capture.importers.sources import read_text

MAX_DEPTH = 100
"""Folders nested deeper than this are not followed (a crafted file could nest thousands)."""
_FIREFOX_LINK = "text/x-moz-place"
_FIREFOX_DESCRIPTION = "bookmarkProperties/description"

Json = object


def load_json(path: Path, report: ImportReport) -> Json:
    try:
        data = json.loads(read_text(path, report))
    except RecursionError as exc:
        raise ImportFileError("The JSON file nests too deeply to be a real export.") from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be cut short or not an export of this kind."
        ) from exc
    # `"\ud800"` is valid JSON but no text a note can hold: replaced (U+FFFD) and counted.
    data, replaced = unicode_text.clean_data(data)
    if replaced:
        report.notices.append(f"{replaced} unpaired surrogate escape(s) were replaced by U+FFFD.")
    return data


def read_chrome_json(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    """Chrome's `roots` (bookmark bar, other, mobile); folders below them become a nested tag."""
    data = load_json(path, report)
    roots = data.get("roots") if isinstance(data, dict) else None
    if not isinstance(roots, dict):
        raise ImportFileError("The JSON has no `roots`; it is not a Chrome bookmarks file.")
    items: list[LinkItem | Rejected] = []
    for root in roots.values():
        if isinstance(root, dict):
            items.extend(_chrome_nodes(root.get("children"), (), report))
    return items


def _chrome_nodes(
    children: Json, folders: tuple[str, ...], report: ImportReport
) -> Iterator[LinkItem | Rejected]:
    if not isinstance(children, list):
        return
    if len(folders) > MAX_DEPTH:
        report.notices.append(f"Folders nested over {MAX_DEPTH} deep were not read.")
        return
    for node in children:
        if not isinstance(node, dict):
            continue
        name = str(node.get("name") or "")
        if node.get("type") == "folder":
            yield from _chrome_nodes(node.get("children"), (*folders, name), report)
        elif node.get("type") == "url":
            yield _link(node.get("url"), name, from_webkit(node.get("date_added")), folders)


def read_firefox_json(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    """Firefox's bookmark backup; the top containers (toolbar, menu, other) are not tags."""
    data = load_json(path, report)
    if not isinstance(data, dict) or "children" not in data:
        raise ImportFileError("The JSON has no `children`; it is not a Firefox bookmarks backup.")
    items: list[LinkItem | Rejected] = []
    for root in _list(data.get("children")):
        items.extend(_firefox_nodes(_list(root.get("children")), (), report))
    return items


def _firefox_nodes(
    children: list[Mapping[str, Json]], folders: tuple[str, ...], report: ImportReport
) -> Iterator[LinkItem | Rejected]:
    if len(folders) > MAX_DEPTH:
        report.notices.append(f"Folders nested over {MAX_DEPTH} deep were not read.")
        return
    for node in children:
        title = str(node.get("title") or "")
        if "children" in node or node.get("type") == f"{_FIREFOX_LINK}-container":
            yield from _firefox_nodes(_list(node.get("children")), (*folders, title), report)
        elif node.get("type") == _FIREFOX_LINK:
            item = _link(node.get("uri"), title, from_epoch(node.get("dateAdded")), folders)
            if isinstance(item, LinkItem):
                item = LinkItem(
                    item.url,
                    item.title,
                    item.added,
                    updated=from_epoch(node.get("lastModified")),
                    tags=clean_tags([*split_tags(str(node.get("tags") or "")), *item.tags]),
                    description=_firefox_description(node),
                )
            yield item


def _firefox_description(node: Mapping[str, Json]) -> str:
    for anno in _list(node.get("annos")):
        if anno.get("name") == _FIREFOX_DESCRIPTION:
            return str(anno.get("value") or "")
    return ""


def read_pinboard_json(path: Path, report: ImportReport) -> list[LinkItem | Rejected]:
    """Pinboard's `[{href, description, extended, time, tags, toread, shared}]`."""
    data = load_json(path, report)
    if not isinstance(data, list):
        raise ImportFileError("The JSON is not a list of bookmarks; it is not a Pinboard export.")
    items: list[LinkItem | Rejected] = []
    for entry in _list(data):
        href = entry.get("href")
        if not isinstance(href, str) or not href.strip():
            items.append(Rejected(str(entry.get("description") or "a bookmark"), "no address"))
            continue
        items.append(
            LinkItem(
                url=href.strip(),
                title=str(entry.get("description") or ""),
                added=from_iso(entry.get("time")),
                tags=split_tags(str(entry.get("tags") or ""), " "),
                description=str(entry.get("extended") or ""),
                status="unread" if entry.get("toread") == "yes" else None,
                private=entry.get("shared") == "no",
            )
        )
    return items


def _link(
    url: Json, title: str, added: datetime | None, folders: tuple[str, ...]
) -> LinkItem | Rejected:
    if not isinstance(url, str) or not url.strip():
        return Rejected(title or "a bookmark", "it has no address")
    return LinkItem(url.strip(), title, added, tags=clean_tags(["/".join(clean_tags(folders))]))


def _list(value: Json) -> list[Mapping[str, Json]]:
    """The dicts in a JSON list (anything else in it is ignored)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
