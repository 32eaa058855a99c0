"""Evernote imports that keep everything: tasks, links between notes, notes sharing a title and
time, every attachment, and every note of a file with one broken note (files in enex_faults/)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ponder.core.capture.importers import ImportReport
from ponder.core.library import Library

FAULTS = Path(__file__).parent / "enex_faults"
Run = Callable[..., ImportReport]


@pytest.fixture
def fault(tmp_path: Path) -> Callable[[str], Path]:
    def copy(name: str) -> Path:
        target = tmp_path / "in" / name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(FAULTS / name, target)
        return target

    return copy


def test_tasks_become_task_items_with_due_date_and_status(
    fault: Callable[[str], Path], run: Run, body: Callable[[str], str]
) -> None:
    report = run(fault("tasks.enex"))
    assert report.imported == ["notes/Trip planning.md"] and not report.failed
    text = body("notes/Trip planning.md")
    assert "Content not supported" not in text and "placeholder" not in text
    # In the placeholder's place, in Evernote's order; the due date in the task's time zone.
    tasks = "- [x] Renew passport ✅ 2026-11-12\n- [ ] Book the train ⏫ 📅 2026-11-21\n"
    assert "Before we go:\n\n" + tasks in text
    assert "- [x] Passport\n- [ ] Charger" in text  # the Evernote 10 checklist
    # A task whose group has no placeholder is kept at the end.
    assert text.rstrip().endswith("## Tasks\n\n- [ ] Ask Ben about \\[the\\] tickets")


def test_note_links_become_wikilinks_resolved_after_the_export_and_later(
    fault: Callable[[str], Path], run: Run, body: Callable[[str], str], library: Library
) -> None:
    report = run(fault("links.enex"))
    assert sorted(report.imported) == [
        "notes/Index.md",
        "notes/Note 2.md",
        "notes/Q3- plans-ideas.md",
    ]
    index = body("notes/Index.md")
    # Side by side links stay two links; a title that cannot be a file name names the file.
    assert "See [[Note 2]][[Q3- plans-ideas|Q3: plans/ideas?]] and [[Later: the sequel]]." in index
    assert "[a site](https://example.org/)" in index and "evernote:" not in index
    assert "[[Index]]" in body("notes/Note 2.md")
    assert library.resolve_link("Q3- plans-ideas") == "notes/Q3- plans-ideas.md"
    # The note the link names arrives with a later export: the old link now reaches it too.
    later = run(fault("links-later.enex"))
    assert later.imported == ["notes/Later- the sequel.md"]
    assert "[[Later- the sequel|Later: the sequel]]" in body("notes/Index.md")
    assert "[[Index]] links back" in body("notes/Later- the sequel.md")
    assert any("links between Evernote notes" in n for n in later.notices)


def test_notes_with_the_same_title_and_time_are_both_kept(
    fault: Callable[[str], Path], run: Run, body: Callable[[str], str]
) -> None:
    path = fault("same-title.enex")
    report = run(path)
    assert len(report.imported) == 2 and not report.skipped
    texts = sorted(body(p) for p in report.imported)
    assert [t.strip() for t in texts] == ["Budget: agreed.", "Hiring: two people."]
    assert len({Path(p).name for p in report.imported}) == 2
    again = run(path)  # importing the same export twice adds nothing
    assert again.imported == [] and len(again.skipped) == 2


def test_every_attachment_has_an_extension_and_unshown_ones_are_linked(
    fault: Callable[[str], Path], run: Run, body: Callable[[str], str], library: Library
) -> None:
    report = run(fault("attachments.enex"))
    names = sorted(Path(a).name for a in report.attachments)
    assert len(names) == 4 and all("." in n and not n.endswith(".") for n in names)
    assert "scan.png" in names and "Voice memo.amr" in names
    assert any(n.endswith(".pdf") for n in names) and any(n.endswith(".bin") for n in names)
    text = body("notes/Receipts.md")
    assert "![scan.png](../attachments/scan.png)" in text
    tail = text.split("## Attachments", 1)[1]
    assert "[Voice memo.amr](../attachments/Voice%20memo.amr)" in tail
    assert tail.count("- [") == 3 and "scan.png" not in tail
    for attachment in report.attachments:
        assert (library.vault.root / attachment).is_file()


def test_one_malformed_note_is_reported_and_every_other_imported(
    fault: Callable[[str], Path], run: Run, body: Callable[[str], str]
) -> None:
    report = run(fault("malformed.enex"))
    assert sorted(report.imported) == ["notes/Five.md", "notes/One.md", "notes/Three.md"]
    assert [f.item for f in report.failed] == [
        "note 2 (line 9): R&D plans",
        "note 4 (line 19): Four",
    ]
    assert all("not well-formed" in f.reason for f in report.failed)
    assert "A note about XML: is a closing tag." in body("notes/Three.md")  # CDATA: no end
