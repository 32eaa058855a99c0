"""The notes most related to one note: by content (key terms), boosted by shared tags, link
targets and source site; notes already linked either way are left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ponder.core import markdown
from ponder.core.library import Library
from ponder.core.model import Note, NotePath

LIMIT = 10
TAG_BOOST = 0.3  # per shared tag, against a content score scaled to 0..1
LINK_BOOST = 0.25  # per link target both notes point at
SITE_BOOST = 0.2
_PER_SIGNAL = 50  # notes read per tag, site or link target


@dataclass(frozen=True, slots=True)
class Related:
    path: NotePath
    title: str
    score: float
    terms: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    site: str | None = None

    @property
    def reason(self) -> str:
        """Why it is related, in words: "shares: attention, deep work · #focus · same site"."""
        parts = []
        tagged = {t.casefold() for t in self.tags}
        words = [t for t in self.terms if t.casefold() not in tagged][:4]
        shared = [*words, *(f"#{t}" for t in self.tags)]
        if shared:
            parts.append("shares: " + ", ".join(shared))
        if self.links:
            parts.append("both link to " + ", ".join(self.links[:3]))
        if self.site:
            parts.append(f"same site: {self.site}")
        return " · ".join(parts)


@dataclass
class _Candidate:
    title: str
    score: float = 0.0
    terms: tuple[str, ...] = ()
    tags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    site: str | None = None


def _linked(library: Library, note: Note, targets: list[str]) -> set[NotePath]:
    """The notes `note` links to and the notes linking to it."""
    pure = PurePosixPath(note.path)
    names = [pure.stem, str(pure.with_suffix("")), note.title, *note.aliases]
    found = set(library.linking_to(names))
    if targets:
        resolver = library.link_resolver()
        found |= {p for t in targets if (p := resolver.resolve_target(t)) is not None}
    return found


def related(library: Library, path: NotePath, limit: int = LIMIT) -> list[Related]:
    """Up to `limit` notes most related to the note at `path`, best first."""
    note = library.read(path)
    extract = markdown.extract(note.body)
    targets = [link.target for link in extract.links if link.kind == "wiki" and link.target]
    exclude = _linked(library, note, targets) | {path}
    found: dict[NotePath, _Candidate] = {}
    similar = library.similar(f"{note.title}\n{extract.text}", exclude=exclude, limit=limit * 2)
    best = max((s.score for s in similar), default=0.0) or 1.0
    for hit in similar:
        found[hit.path] = _Candidate(hit.title, hit.score / best, hit.terms)
    for tag in note.tags[:10]:
        for tagged in library.search(f'tag:"{tag}"', limit=_PER_SIGNAL, snippets=False).hits:
            if tagged.path not in exclude:
                _get(found, tagged.path, tagged.title).tags.append(tag)
    for target in dict.fromkeys(targets):
        for source in library.linking_to([target])[:_PER_SIGNAL]:
            if source not in exclude:
                _get(found, source, _title(source)).links.append(target)
    site = note.source.site if note.source else None
    if site:
        for same in library.search(f'site:"{site}"', limit=_PER_SIGNAL, snippets=False).hits:
            if same.path not in exclude:
                _get(found, same.path, same.title).site = site
    ranked = [
        Related(
            path=p,
            title=c.title,
            score=c.score
            + TAG_BOOST * len(c.tags)
            + LINK_BOOST * len(c.links)
            + (SITE_BOOST if c.site else 0.0),
            terms=c.terms,
            tags=tuple(c.tags),
            links=tuple(c.links),
            site=c.site,
        )
        for p, c in found.items()
    ]
    ranked.sort(key=lambda r: (-r.score, r.path))
    return ranked[:limit]


def _get(found: dict[NotePath, _Candidate], path: NotePath, title: str) -> _Candidate:
    if path not in found:
        found[path] = _Candidate(title)
    return found[path]


def _title(path: NotePath) -> str:
    return PurePosixPath(path).stem
