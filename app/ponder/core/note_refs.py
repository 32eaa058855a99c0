"""What a person may type to name a note: a path (absolute or vault-relative), an id, a title."""

from __future__ import annotations

import difflib
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ponder.core.model import NotePath
from ponder.core.vault import VaultError

if TYPE_CHECKING:
    from ponder.core.library import Library

_SHOWN = 8


class NoteRefError(VaultError):
    """A reference that names no note, or more than one; `candidates` are vault paths to offer."""

    def __init__(self, message: str, candidates: tuple[NotePath, ...] = ()) -> None:
        listed = "".join(f"\n  {c}" for c in candidates[:_SHOWN])
        more = f"\n  … and {len(candidates) - _SHOWN} more" if len(candidates) > _SHOWN else ""
        super().__init__(f"{message}{listed}{more}")
        self.candidates = candidates


def resolve_note(library: Library, ref: str) -> NotePath:
    """The one note `ref` names, tried in order: an absolute path inside the vault, a
    vault-relative path (`.md` optional), a front-matter id, an exact title (case-insensitive),
    then a unique file name anywhere in the vault. Raises NoteRefError (not found, ambiguous,
    or outside the vault) listing the notes the person may have meant."""
    text = ref.strip()
    if not text:
        raise NoteRefError("No note named: the reference is empty.")
    relative = _vault_relative(library, text)
    found = _existing_path(library, relative) or library.path_for_id(text)
    if found is not None:
        return found
    by_title = _by_title(library, text) or _by_file_name(library, relative)
    if len(by_title) == 1:
        return by_title[0]
    if by_title:
        raise NoteRefError(f"{ref!r} names {len(by_title)} notes; give one path:", by_title)
    raise NoteRefError(
        f"No note matches {ref!r} (as a path, id or title) in {library.root}."
        + (" Did you mean:" if (close := _close(library, relative)) else ""),
        close,
    )


def _vault_relative(library: Library, text: str) -> str:
    """An absolute (or ~) path as a vault path; anything else as typed, with `/` separators."""
    given = Path(text).expanduser()
    if not given.is_absolute():
        return text.replace("\\", "/").removeprefix("./")
    root = library.root.resolve()
    for candidate in (given, given.resolve()):
        if candidate.is_relative_to(root):
            return candidate.relative_to(root).as_posix()
        if candidate.is_relative_to(library.root):
            return candidate.relative_to(library.root).as_posix()
    raise NoteRefError(f"{text} is outside the vault {library.root}.")


def _existing_path(library: Library, relative: str) -> NotePath | None:
    stamps = library.indexed_stamps()
    for path in (relative, f"{relative}.md"):
        if path in stamps:
            return NotePath(path)
        try:
            if library.stamp(NotePath(path)) is not None:
                return NotePath(path)
        except VaultError:  # `../x` and friends: not a vault path, maybe a title
            continue
    return None


def _by_title(library: Library, text: str) -> tuple[NotePath, ...]:
    wanted = text.casefold()
    return tuple(
        sorted(path for path, title, _aliases in library.note_names() if title.casefold() == wanted)
    )


def _by_file_name(library: Library, relative: str) -> tuple[NotePath, ...]:
    """Notes whose path ends with the given one (`Build cache`, `notes/Build cache.md`)."""
    tail = relative.casefold().removesuffix(".md")
    if not tail:
        return ()
    return tuple(
        sorted(
            path
            for path in library.indexed_stamps()
            if ("/" + path.casefold().removesuffix(".md")).endswith("/" + tail)
        )
    )


def _close(library: Library, relative: str) -> tuple[NotePath, ...]:
    """Notes whose title or file name is near what was typed (a typo, a slug for a title)."""
    by_key: dict[str, NotePath] = {}
    for path, title, _aliases in library.note_names():
        by_key.setdefault(title.casefold(), path)
        by_key.setdefault(PurePosixPath(path).stem.casefold(), path)
        by_key.setdefault(path.casefold().removesuffix(".md"), path)
    typed = relative.casefold().removesuffix(".md").replace("-", " ").replace("_", " ")
    keys = difflib.get_close_matches(typed, list(by_key), n=_SHOWN, cutoff=0.6)
    return tuple(dict.fromkeys(by_key[k] for k in keys))
