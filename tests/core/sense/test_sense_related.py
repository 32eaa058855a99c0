"""Related notes: content, tags, links and sites, with a reason, never already-linked notes."""

from __future__ import annotations

from pathlib import Path

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import related


def _note(library: Library, folder: str, title: str, body: str, tags: str = "") -> NotePath:
    front = f"---\ntitle: {title}\n" + (f"tags: [{tags}]\n" if tags else "") + "---\n"
    (path,), _ = library.create_notes([(folder, title, front + body)])
    assert isinstance(path, str)
    return NotePath(path)


def test_content_tags_and_reasons(library: Library) -> None:
    focus = _note(
        library,
        "notes",
        "Deep work",
        "Deep work needs attention. Attention residue hurts.\n",
        "focus",
    )
    residue = _note(library, "notes", "Residue", "Attention residue after switching work.\n")
    tagged = _note(library, "notes", "Calendars", "Block the mornings.\n", "focus")
    _note(library, "notes", "Pasta", "Boil water, add salt.\n")
    found = related.related(library, focus)
    paths = [r.path for r in found]
    assert paths[:2] == [residue, tagged] or set(paths[:2]) == {residue, tagged}
    assert NotePath("notes/Pasta.md") not in paths
    by_path = {r.path: r for r in found}
    assert "attention" in by_path[residue].terms and "residue" in by_path[residue].terms
    assert by_path[residue].reason.startswith("shares: ")
    assert by_path[tagged].reason == "shares: #focus"


def test_already_linked_notes_are_left_out(library: Library) -> None:
    source = _note(library, "notes", "Hub", "Attention residue, see [[Residue]].\n")
    _note(library, "notes", "Residue", "Attention residue again.\n")
    back = _note(library, "notes", "Back", "Links [[Hub]] about attention residue.\n")
    other = _note(library, "notes", "Other", "Attention residue elsewhere.\n")
    paths = [r.path for r in related.related(library, source)]
    assert paths == [other]
    assert back not in paths


def test_shared_links_and_site_boost(library: Library) -> None:
    a = _note(library, "notes", "A", "About [[Topic]].\n")
    b = _note(library, "notes", "B", "Also [[Topic]].\n")
    clip = "---\ntitle: C1\nsource: {url: 'https://site.example/1'}\n---\nalpha\n"
    clip2 = "---\ntitle: C2\nsource: {url: 'https://site.example/2'}\n---\nbeta\n"
    (c1, c2), _ = library.create_notes([("clips", "C1", clip), ("clips", "C2", clip2)])
    (near,) = related.related(library, a)
    assert near.path == b and near.reason.endswith("both link to Topic")
    (same,) = related.related(library, NotePath(str(c1)))
    assert same.path == c2 and same.reason == "same site: site.example"


def test_limit(library: Library, tmp_path: Path) -> None:
    first = _note(library, "notes", "N0", "shared words here\n")
    for n in range(1, 15):
        _note(library, "notes", f"N{n}", f"shared words here {n}\n")
    assert len(related.related(library, first)) == related.LIMIT
    assert len(related.related(library, first, 3)) == 3
