"""Link resolution, the one place that decides which file a link names (see docs/links.md).

Obsidian's rule (`metadataCache.getFirstLinkpathDest`): an exact vault path, with or without
`.md`; else every file whose path ends with the link's path, a file in the linking note's own
folder first, then the shortest path. Display text never names a target, except in a Dendron
vault, where `[[label|target]]` puts the target after the bar. Logseq vaults also name pages by
their `title::` and `alias::` properties, after every file rule.
"""

from __future__ import annotations

import enum
import posixpath
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from ponder.core.model import Link, NotePath

DENDRON_VAULT = re.compile(r"^dendron://[^/]+/")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
NOTE_SUFFIX = ".md"


class Flavor(enum.StrEnum):
    """Whose conventions a vault follows; decided by the marker file at its root."""

    OBSIDIAN = "obsidian"
    DENDRON = "dendron"  # dendron.yml
    LOGSEQ = "logseq"  # logseq/config.edn


def vault_flavor(root: Path) -> Flavor:
    if (root / "dendron.yml").is_file():
        return Flavor.DENDRON
    if (root / "logseq" / "config.edn").is_file():
        return Flavor.LOGSEQ
    return Flavor.OBSIDIAN


@dataclass(frozen=True, slots=True)
class NoteName:
    """The names one note answers to: its path, its title and its aliases."""

    path: NotePath
    title: str = ""
    aliases: tuple[str, ...] = ()


def key(text: str) -> str:
    """How names compare: case-insensitive, in one Unicode normal form (macOS writes NFD)."""
    return unicodedata.normalize("NFC", text.strip()).casefold()


def link_path(link: Link, flavor: Flavor = Flavor.OBSIDIAN) -> str:
    """The path a link names, as written: Dendron's target after the bar, a Markdown link's
    destination decoded (`my%20note.md`); "" for a link to a heading of its own note."""
    if link.kind == "wiki":
        if flavor is Flavor.DENDRON and link.alias:  # `[[label|target#heading]]`
            return DENDRON_VAULT.sub("", link.alias.partition("#")[0].strip())
        return DENDRON_VAULT.sub("", link.target.strip())
    dest = link.target.strip()
    if dest.startswith("<") and dest.endswith(">"):
        dest = dest[1:-1]
    return unquote(dest.partition("#")[0]).strip()


def is_note_link(link: Link) -> bool:
    """Wikilinks, and Markdown links without a URL scheme (`https:`, `mailto:` are the web's)."""
    return link.kind == "wiki" or not _SCHEME.match(link.target.strip().lstrip("<"))


def basename_key(path: str) -> str:
    """The last part of a link path without `.md`: what the index files a link under."""
    name = key(path).rstrip("/").rsplit("/", 1)[-1]
    return name.removesuffix(NOTE_SUFFIX)


def spellings(path: str) -> list[str]:
    """The link paths (keyed, without `.md`) a note answers to by its file name: Logseq
    writes the page `ns/page` as `ns___page.md` (older versions `ns%2Fpage.md`)."""
    bare = key(path).removesuffix(NOTE_SUFFIX) if path.lower().endswith(NOTE_SUFFIX) else key(path)
    found = [bare]
    folder, _, stem = bare.rpartition("/")
    for spelled in (stem.replace("___", "/"), unquote(stem) if "%2f" in stem else stem):
        if spelled != stem:
            found.append(f"{folder}/{spelled}" if folder else spelled)
    return found


class LinkResolver:
    """Resolves link paths over a set of notes (and attachments) by the rules above."""

    def __init__(
        self,
        names: Iterable[NoteName],
        files: Iterable[str] = (),
        flavor: Flavor = Flavor.OBSIDIAN,
    ) -> None:
        self.flavor = flavor
        self._names = list(names)
        self._files = list(files)
        self._exact: dict[str, list[str]] = {}  # keyed path (with and without .md) → paths
        self._by_name: dict[str, list[tuple[str, str]]] = {}  # last part → (keyed path, path)
        self._named: dict[str, list[str]] = {}  # Logseq: keyed title or alias → paths
        for name in self._names:
            self._add(name.path, note=True)
            if flavor is Flavor.LOGSEQ:
                for text in (name.title, *name.aliases):
                    if text:
                        self._named.setdefault(key(text), []).append(name.path)
        for file in self._files:
            self._add(file, note=False)

    def _add(self, path: str, *, note: bool) -> None:
        keyed = [key(path)]
        if note:
            keyed += spellings(path)
        for spelled in dict.fromkeys(keyed):
            self._exact.setdefault(spelled, []).append(path)
            self._by_name.setdefault(spelled.rsplit("/", 1)[-1], []).append((spelled, path))

    def moved(self, old: NotePath, new: NotePath) -> LinkResolver:
        """The resolver as it will be once `old` is at `new`."""
        names = [
            NoteName(new, n.title, n.aliases) if n.path == old else n
            for n in self._names
            if n.path != new
        ]
        return LinkResolver(names, self._files, self.flavor)

    def resolve(self, link: Link, source: str | None = None) -> NotePath | None:
        """The file a link names, seen from the note `source` (vault-relative), or None."""
        if not is_note_link(link):
            return None
        target = link_path(link, self.flavor)
        if not target:  # `[[#Heading]]`, `[text](#heading)`: the note itself
            return NotePath(source) if source and (link.heading or "#" in link.target) else None
        return self.resolve_path(target, source, relative=link.kind != "wiki")

    def resolve_target(self, target: str, source: str | None = None) -> NotePath | None:
        """A wikilink target as written (`Note`, `Folder/Note#Heading`) → its file. A vault
        path that names a file as a whole (`notes/C# tips.md`) is that file."""
        whole = self._exact_match(target.strip()) if "#" in target else None
        if whole is not None:
            return whole
        path = DENDRON_VAULT.sub("", target.strip()).partition("#")[0].strip()
        return self.resolve_path(path, source) if path else None

    def resolve_path(
        self, target: str, source: str | None = None, *, relative: bool = False
    ) -> NotePath | None:
        """A link path → its file. Markdown links (`relative`) and `./`, `../` paths are
        first read from the linking note's folder, as every Markdown tool reads them."""
        folder = posixpath.dirname(source) if source else ""
        if target.startswith("/"):
            return self._exact_match(target.lstrip("/"))
        if relative or target.startswith(("./", "../")):
            joined = posixpath.normpath(posixpath.join(folder, target))
            if not joined.startswith("../"):
                found = self._exact_match(joined)
                if found or target.startswith(("./", "../")):
                    return found
        found = self._exact_match(target) or self._ending_with(target, folder)
        if found is None and self._named:
            found = _first(self._named.get(key(target), []), folder)
        return found

    def _exact_match(self, target: str) -> NotePath | None:
        keyed = key(target)
        for candidate in (keyed, keyed + NOTE_SUFFIX):
            paths = self._exact.get(candidate)
            if paths:
                exact = [p for p in paths if p in (target, target + NOTE_SUFFIX)]
                return NotePath(min(exact or paths, key=_order))
        return None

    def _ending_with(self, target: str, folder: str) -> NotePath | None:
        keyed = key(target).removeprefix("./")
        name = keyed.rsplit("/", 1)[-1]
        tail = "/" + keyed
        ends = (tail, tail + NOTE_SUFFIX)
        exact = (keyed, keyed + NOTE_SUFFIX)
        paths = [
            path
            for entries in (self._by_name.get(name, ()), self._by_name.get(name + NOTE_SUFFIX, ()))
            for spelled, path in entries
            if spelled in exact or spelled.endswith(ends)
        ]
        return _first(paths, folder)

    def names_for(self, path: NotePath) -> list[str]:
        """The keys the index files links to `path` under (see `basename_key`)."""
        found = [p.rsplit("/", 1)[-1] for p in spellings(path)]
        if self.flavor is Flavor.LOGSEQ:
            for name in self._names:
                if name.path == path:
                    found += [basename_key(t) for t in (name.title, *name.aliases) if t]
        return list(dict.fromkeys(f for f in found if f))

    def link_text(self, path: NotePath, source: str, *, suffix: bool = False) -> str:
        """The shortest wikilink path that names `path` from `source`: its name, else more of
        its folders, else the whole vault path (which always resolves to it)."""
        shown = path if suffix or not path.lower().endswith(NOTE_SUFFIX) else path[:-3]
        parts = shown.split("/")
        for start in range(len(parts) - 1, -1, -1):
            candidate = "/".join(parts[start:])
            if self.resolve_path(candidate, source) == path:
                return candidate
        return path

    def relative_text(self, path: NotePath, source: str) -> str:
        """`path` relative to `source`'s folder, the way Markdown links are written."""
        folder = posixpath.dirname(source) or "."
        return posixpath.relpath(path, folder)


def _order(path: str) -> tuple[int, str, str]:
    return len(path), key(path), path


def _first(paths: Iterable[str], folder: str) -> NotePath | None:
    """A file in `folder` first, then the shortest path; ties by name (deterministic)."""
    best = min(
        paths,
        key=lambda p: (posixpath.dirname(p) != folder, *_order(p)),
        default=None,
    )
    return NotePath(best) if best is not None else None
