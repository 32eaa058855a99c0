"""Links between Evernote notes, resolved once a whole export is written.

An export names a linked note only by the link's text, its title then; the importer writes
`[[title]]`. Ponder finds a note by its title, but Obsidian and others only by its file name,
which differs when the title has characters a file name cannot hold or when a title was used
twice. So after each import, every `[[title]]` written by an Evernote import, in this export
or an earlier one, that names an imported note whose file is called otherwise becomes
`[[file name|title]]`. A link to a note not imported yet stays `[[title]]` and is fixed by the
import that brings that note.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from ponder.core import frontmatter
from ponder.core.capture.importers.enml import wikilink
from ponder.core.capture.importers.report import ImportReport
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense.resolve import basename_key
from ponder.core.vault import ChangedOnDiskError, VaultError

ENEX_ID_PREFIX = "enex-"


def link_imported_notes(library: Library, report: ImportReport) -> None:
    """One pass over the index's names (not one per note: imports can be large)."""
    imported = set(report.imported)
    by_title: dict[str, NotePath] = {}
    for path, title, _aliases in library.note_names():
        if path in imported:
            by_title.setdefault(title, path)
    resolver = library.link_resolver()  # Obsidian's rule: file names and paths, never titles
    fixed = 0
    for title, target in sorted(by_title.items()):
        plain = wikilink(title)
        name = plain[2:-2]
        if resolver.resolve_target(name) == target:
            continue  # the link already reaches the note's file
        better = wikilink(title, PurePosixPath(target).stem)
        for source in library.linking_to([basename_key(name)]):
            fixed += _rewrite(library, source, plain, better)
    if fixed:
        report.notices.append(
            f"{fixed} links between Evernote notes now name the note's file (its title could "
            "not be its file name), so other Markdown apps follow them too."
        )


def _rewrite(library: Library, path: NotePath, old: str, new: str) -> int:
    """Replace the link in one note written by an Evernote import; how many were replaced."""
    try:
        text, stamp = library.read_text(path)
        front, _body = frontmatter.read(text)
    except (VaultError, OSError, frontmatter.FrontMatterError):
        return 0
    if not str(front.get("id", "")).startswith(ENEX_ID_PREFIX) or old not in text:
        return 0
    count = text.count(old)
    try:
        library.save(path, text.replace(old, new), expected=stamp)
    except (ChangedOnDiskError, VaultError):
        return 0
    return count
