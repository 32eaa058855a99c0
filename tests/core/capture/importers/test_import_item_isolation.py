"""Imports go item by item: deep nesting, impossible dates and failures cost one item, never all."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_import_enex import enex, media, note, resource

from ponder.core.capture.importers import ImportReport
from ponder.core.capture.importers.report import ImportReport as Report
from ponder.core.capture.importers.writer import isolated
from ponder.core.library import Library

DEEP = {
    "divs": "<div>" * 495 + "deepest" + "</div>" * 495,
    "lists": "<ul><li>" * 248 + "deepest" + "</li></ul>" * 248,
    "tables": "<table><tr><td>" * 111 + "deepest" + "</td></tr></table>" * 111,
}


@pytest.fixture(params=["UTC", "Asia/Tokyo", "Pacific/Kiritimati", "America/Los_Angeles"])
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run in a time zone east or west of UTC (year 9999 overflowed only east of it)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_enex_notes_after_a_hostile_one_are_all_imported(
    tmp_path: Path, run: Callable[..., ImportReport], zone: str, body: Callable[[str], str]
) -> None:
    far = "<updated>99991231T235959Z</updated>"
    notes = [note("before")]
    notes += [note(f"deep {name}", html) for name, html in DEEP.items()]
    notes += [note("far future", created="99991231T235959Z", extra=far), note("after")]
    report = run(enex(tmp_path, *notes), "enex")
    assert not report.failed, report.failed
    assert len(report.imported) == 6
    for name in DEEP:
        assert "deepest" in body(f"notes/deep {name}.md")  # flattened, not lost
    assert any("99991231T235959Z" in notice for notice in report.notices)


def test_links_with_year_9999_import_in_every_time_zone(
    tmp_path: Path, run: Callable[..., ImportReport], zone: str
) -> None:
    pinboard = tmp_path / "pinboard.json"
    pinboard.write_text(
        '[{"href": "https://a.example/far", "description": "far", "time": "9999-12-31T23:59:59Z"},'
        ' {"href": "https://a.example/ok", "description": "ok", "time": "2020-01-01T00:00:00Z"}]',
        "utf-8",
    )
    assert len(run(pinboard, "pinboard-json").imported) == 2
    pocket = tmp_path / "ril_export.html"
    pocket.write_text(
        "<ul>"
        '<li><a href="https://p.example/far" time_added="253402300799000000">far</a></li>'
        '<li><a href="https://p.example/ok" time_added="1577836800">ok</a></li>'
        "</ul>",
        "utf-8",
    )
    assert len(run(pocket, "pocket-html").imported) == 2
    csv = tmp_path / "pocket.csv"
    csv.write_text(
        "title,url,time_added,tags,status\n"
        "far,https://c.example/far,253402300799999,,unread\n"
        "ok,https://c.example/ok,1577836800,,unread\n",
        "utf-8",
    )
    assert len(run(csv, "pocket-csv").imported) == 2


def test_a_failing_item_is_its_own_failure_and_the_rest_goes_on() -> None:
    report = Report("enex", "x.enex")
    done: list[str] = []

    def fails(name: str) -> None:
        raise RecursionError(f"too deep in {name}")

    isolated(report, "bad one", fails, "bad")
    isolated(report, "good one", done.append, "good")
    assert done == ["good"]
    [failure] = report.failed
    assert failure.item == "bad one"
    assert "RecursionError: too deep in bad" in failure.reason


def test_an_enex_attachment_named_like_a_note_stays_an_attachment(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    # Issue 10: an attachment `*.md` became an indexed note of its own.
    planted = b"---\ntitle: Planted\n---\nfindme planted text\n"
    body = note("With a file", media(planted, "text/markdown"))
    export = body.replace("</note>", resource(planted, "text/markdown", "evil.md") + "</note>")
    report = run(enex(tmp_path, export), "enex")
    assert report.imported == ["notes/With a file.md"]
    assert report.attachments == ["attachments/evil.md.txt"]
    assert (library.vault.root / "attachments/evil.md.txt").read_bytes() == planted
    library.reconcile()
    assert not library.search("findme").hits
    assert sorted(library.index.stamps()) == ["notes/With a file.md"]
