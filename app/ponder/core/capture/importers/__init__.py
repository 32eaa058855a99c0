"""Importers for what people already have: read-later exports, bookmarks, Evernote, vaults.

Public API (the CLI's `ponder import FORMAT PATH` and File ▸ Import use only this):

- `FORMATS`: format name → `Format(name, description, extensions)`; no extensions: a folder.
- `detect_format(path) -> str | None`: the format of a file or folder, by name and content.
- `import_path(library, fmt, path, *, progress=None, cancel=None, now=None) -> ImportReport`.
- `ImportReport`: `imported` (note paths), `attachments`, `skipped` and `failed`
  (`Outcome(item, reason)`), `notices`, `cancelled`, `changes`, and `summary()`.

Links become `clip` notes in `clips/` (deduplicated by their source URL against the whole
vault); Evernote notes become `note`s, or `clip`s when Evernote recorded the web page they
came from; an OPML file becomes one note listing its feeds; a Markdown folder is copied.
Modules: registry (formats, detection, the run), writer (dedupe, batched writes), one
module per family of formats, and report, dates, links, files, sources, safe_xml helpers.
"""

from ponder.core.capture.importers.registry import FORMATS, Format, detect_format, import_path
from ponder.core.capture.importers.report import ImportReport, Outcome

__all__ = ["FORMATS", "Format", "ImportReport", "Outcome", "detect_format", "import_path"]
