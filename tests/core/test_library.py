"""The facade on a real vault and a real Whoosh index: create, save, reconcile, bad input, watch."""

from __future__ import annotations

import hashlib
import os
import queue
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ponder.core import frontmatter
from ponder.core.library import Library
from ponder.core.model import Changes, Kind, NotePath
from ponder.core.vault import ChangedOnDiskError
from ponder.core.watch import WatchBatch

TZ = timezone(timedelta(hours=1))


def fixed_clock() -> datetime:
    return datetime(2026, 11, 22, 9, 30, tzinfo=TZ)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    root.mkdir()
    return root


@pytest.fixture
def library(vault_dir: Path, tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(vault_dir, tmp_path / "cache")
    lib._now = fixed_clock  # the facade's clock is injectable; fix it for stable journal paths
    yield lib
    lib.close()


def paths(lib: Library, query: str) -> set[str]:
    return {hit.path for hit in lib.search(query, limit=100).hits}


def test_create_note_writes_front_matter_and_is_searchable(
    library: Library, vault_dir: Path
) -> None:
    path, changes = library.create_note(
        "Build cache", tags=["engineering", "#ci"], body="Why it misses"
    )
    assert changes == Changes(added=frozenset({path}))
    assert path == "notes/Build cache.md"
    front, body = frontmatter.read((vault_dir / path).read_text("utf-8"))
    assert front["title"] == "Build cache" and front["kind"] == "note"
    assert front["tags"] == ["engineering", "ci"]
    assert body.strip() == "Why it misses"
    assert paths(library, "misses") == {path}
    assert paths(library, "tag:ci") == {path}
    again, _ = library.create_note("Build cache")
    assert again == "notes/Build cache 2.md"


def test_save_refuses_a_file_changed_on_disk(library: Library, vault_dir: Path) -> None:
    path, _ = library.create_note("Plan", body="one")
    text, stamp = library.vault.read(path)
    (vault_dir / path).write_text(text + "edited elsewhere\n", "utf-8")
    os.utime(vault_dir / path, ns=(stamp.mtime_ns + 10**9, stamp.mtime_ns + 10**9))
    with pytest.raises(ChangedOnDiskError) as caught:
        library.save(path, text + "mine\n", expected=stamp)
    assert caught.value.theirs is not None and "edited elsewhere" in caught.value.theirs
    assert "mine" not in (vault_dir / path).read_text("utf-8")
    fresh_text, fresh = library.vault.read(path)
    new_stamp, changes = library.save(path, fresh_text + "mine\n", expected=fresh)
    assert changes.updated == {path}
    assert library.known_digest(path) == new_stamp.digest
    assert paths(library, "mine") == {path}


def test_journal_appends_to_todays_note(library: Library, vault_dir: Path) -> None:
    path, first = library.append_journal("Learned about caches")
    assert path == "journal/2026-11-22.md" and first.added == {path}
    later = fixed_clock() + timedelta(hours=2)
    _, second = library.append_journal("Shared it with the team", later)
    assert second.updated == {path}
    text = (vault_dir / path).read_text("utf-8")
    front, body = frontmatter.read(text)
    assert front["kind"] == "journal"
    assert front["updated"] == later.isoformat(timespec="seconds")
    assert "What did I learn today?" in body
    assert body.index("**09:30** Learned") < body.index("**11:30** Shared")
    assert paths(library, "kind:journal caches") == {path}


def test_reconcile_follows_outside_edits(library: Library, vault_dir: Path, tmp_path: Path) -> None:
    (vault_dir / "a.md").write_text("# Alpha\nfirst words\n", "utf-8")
    (vault_dir / "sub").mkdir()
    (vault_dir / "sub" / "b.md").write_text("bravo words\n", "utf-8")
    report = library.reconcile()
    assert report.changes.added == {"a.md", "sub/b.md"}
    assert paths(library, "words") == {"a.md", "sub/b.md"}
    assert library.search("title:alpha").hits[0].title == "Alpha"

    (vault_dir / "a.md").write_text("# Alpha\nchanged text\n", "utf-8")
    os.utime(vault_dir / "a.md", (time.time() + 5, time.time() + 5))
    (vault_dir / "sub" / "b.md").unlink()
    report = library.reconcile()
    assert report.changes.updated == {"a.md"} and report.changes.removed == {"sub/b.md"}
    assert paths(library, "words") == set()
    assert paths(library, "changed") == {"a.md"}

    os.utime(vault_dir / "a.md", (time.time() + 50, time.time() + 50))  # touched, same bytes
    report = library.reconcile()
    assert report.reindexed == 1 and not report.changes

    library.close()
    reopened = Library.open(vault_dir, tmp_path / "cache")
    try:
        report = reopened.reconcile()
        assert report.scanned == 1 and report.reindexed == 0
        assert paths(reopened, "changed") == {"a.md"}
    finally:
        reopened.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_files_are_reported_untouched_and_the_rest_indexed(
    library: Library, vault_dir: Path
) -> None:
    bad = {
        "invalid-utf8.md": b"caf\xe9 au lait\n",
        "binary.md": bytes(range(256)) * 40,
        "huge.md": b"word " * (1024 * 1024),
        "malformed.md": b"---\ntitle: [unclosed\nkey: : :\n---\nmalformedbody text\n",
        "bomb.md": b"---\na: &a [x, x, x, x, x, x, x, x, x]\n"
        b"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        b"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        b"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
        b"---\nbombbody\n",
    }
    for name, data in bad.items():
        (vault_dir / name).write_bytes(data)
    (vault_dir / "good.md").write_text("a perfectly good note\n", "utf-8")
    before = {name: _digest(vault_dir / name) for name in bad}

    started = time.monotonic()
    report = library.reconcile()
    assert time.monotonic() - started < 20
    reasons = {p.path: p.reason for p in report.changes.problems}
    assert set(reasons) == set(bad)
    assert "UTF-8" in reasons["invalid-utf8.md"]
    assert "binary" in reasons["binary.md"].lower()
    assert "MB" in reasons["huge.md"]
    assert "YAML" in reasons["malformed.md"] or "front matter" in reasons["malformed.md"]
    assert "alias" in reasons["bomb.md"].lower()
    assert {p.path for p in library.problems()} == set(bad)
    assert before == {name: _digest(vault_dir / name) for name in bad}
    assert paths(library, "perfectly") == {"good.md"}
    # a note whose front matter is broken is still found by its text
    assert paths(library, "malformedbody") == {"malformed.md"}


def test_mass_disappearance_is_reported_not_applied(library: Library, vault_dir: Path) -> None:
    for i in range(10):
        (vault_dir / f"n{i}.md").write_text(f"note number{i}\n", "utf-8")
    library.reconcile()
    gone = frozenset(NotePath(f"n{i}.md") for i in range(10))
    changes = library.apply_external(WatchBatch(suspected_mass_removal=gone))
    assert not changes.removed
    assert "10 notes disappeared" in changes.problems[0].reason
    assert library.note_count() == 10


def test_trash_and_rename(library: Library, vault_dir: Path) -> None:
    path, _ = library.create_note("Old name", body="unique-zebra")
    changes = library.rename(path, NotePath("notes/New name.md"))
    assert changes.moved == ((path, "notes/New name.md"),)
    assert paths(library, "zebra") == {"notes/New name.md"}
    changes = library.trash(NotePath("notes/New name.md"))
    assert changes.removed == {"notes/New name.md"}
    assert paths(library, "zebra") == set()
    assert not (vault_dir / "notes" / "New name.md").exists()
    assert library.vault.trash_entries()


def test_watch_turns_outside_edits_into_changes(library: Library, vault_dir: Path) -> None:
    seen: queue.Queue[Changes] = queue.Queue()
    watcher = library.watch(seen.put, quiet_seconds=0.1)
    try:
        (vault_dir / "outside.md").write_text("written by another editor\n", "utf-8")
        changes = seen.get(timeout=10)
        assert changes.added == {"outside.md"}
        assert paths(library, "editor") == {"outside.md"}
        path, _ = library.create_note("Ours", body="own write")
        deadline = time.monotonic() + 1.0
        while (left := deadline - time.monotonic()) > 0:
            try:
                got = seen.get(timeout=left)
            except queue.Empty:
                break
            assert path not in got.added | got.updated, "our own write came back as an outside edit"
    finally:
        watcher.stop()


def test_kind_from_folder_and_resolve(library: Library, vault_dir: Path) -> None:
    (vault_dir / "clips").mkdir()
    (vault_dir / "clips" / "article.md").write_text("clipped text\n", "utf-8")
    library.reconcile()
    hit = library.search("clipped").hits[0]
    assert hit.kind is Kind.CLIP
    assert library.resolve("clips/article") == "clips/article.md"
    path, _ = library.create_note("Exact Title Here")
    assert library.resolve("exact title here") == path
    assert library.resolve("no such thing") is None
