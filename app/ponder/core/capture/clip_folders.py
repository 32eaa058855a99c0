"""The vault's folders as Joplin notebooks: stable ids, a tree, and the way back from an id."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ponder.core.paths import is_hidden_part

CLIPS = "clips"
DEFAULT_FOLDERS = (CLIPS, "inbox", "notes")
"""Always offered, in this order (the extension preselects the first), even before they exist."""
_NOT_FOR_CLIPS = frozenset({"attachments", "journal", "journals", "drafts", "node_modules"})
_MAX_DEPTH = 3
_MAX_FOLDERS = 500


def stable_id(name: str) -> str:
    """An id that stays the same across runs: 32 hex digits, as Joplin's ids look."""
    return hashlib.blake2b(name.encode("utf-8"), digest_size=16).hexdigest()


def folder_id(path: str) -> str:
    return stable_id(f"folder:{path}")


def tag_id(tag: str) -> str:
    return stable_id(f"tag:{tag.casefold()}")


@dataclass(slots=True)
class Folder:
    """One vault folder (vault-relative path with `/`) and the folders inside it."""

    path: str
    children: list[Folder] = field(default_factory=list)

    def as_joplin(self, parent_id: str = "") -> dict[str, object]:
        own = folder_id(self.path)
        item: dict[str, object] = {
            "id": own,
            "title": self.path.rsplit("/", 1)[-1],
            "parent_id": parent_id,
        }
        if self.children:
            item["children"] = [child.as_joplin(own) for child in self.children]
        return item

    def walk(self) -> list[Folder]:
        return [self, *(f for child in self.children for f in child.walk())]


def folder_tree(root: Path) -> list[Folder]:
    """The folders a clip may go to: the defaults first, then the person's own folders."""
    budget = [_MAX_FOLDERS]
    top = {name: _folder(root, name, 1, budget) for name in _subfolders(root, top=True)}
    ordered = [top.pop(name) if name in top else Folder(name) for name in DEFAULT_FOLDERS]
    return ordered + sorted(top.values(), key=lambda f: f.path.casefold())


def resolve_folder(root: Path, wanted_id: str) -> str | None:
    """The vault-relative folder a notebook id names, None if no folder has that id now."""
    for top in folder_tree(root):
        for folder in top.walk():
            if folder_id(folder.path) == wanted_id:
                return folder.path
    return None


def _folder(root: Path, path: str, depth: int, budget: list[int]) -> Folder:
    folder = Folder(path)
    budget[0] -= 1
    if depth < _MAX_DEPTH:
        for name in _subfolders(root / path, top=False):
            if budget[0] <= 0:
                break
            folder.children.append(_folder(root, f"{path}/{name}", depth + 1, budget))
    return folder


def _subfolders(directory: Path, *, top: bool) -> list[str]:
    try:
        with os.scandir(directory) as listing:
            names = [e.name for e in listing if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    skip = _NOT_FOR_CLIPS if top else frozenset({"node_modules"})
    return sorted(
        (n for n in names if not is_hidden_part(n) and n.lower() not in skip), key=str.casefold
    )
