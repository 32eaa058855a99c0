"""Every shared export imports with the counts found by reading it; a re-import adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ponder.core.capture.importers import ImportReport, detect_format
from ponder.core.library import Library

# (file, format, notes, attachments, failed) — counted by reading each file:
CASES = [
    # 3 <DT><A HREF> entries (ADD_DATE in s, ms and µs), 3 distinct URLs
    ("bookmarks/linkding__simple_valid_import_file.html", "bookmarks-html", 3, 0, 0),
    # 1 node of "type": "url" under roots.bookmark_bar; "other" and "synced" are empty
    ("bookmarks/wallabag__chrome-bookmarks.json", "chrome-json", 1, 0, 0),
    # 2 "type": "text/x-moz-place" nodes in the toolbar; the "unfiled" container is empty
    ("bookmarks/wallabag__firefox-bookmarks.json", "firefox-json", 2, 0, 0),
    # 2 <DT><A HREF> entries (the trailing <script> is no bookmark)
    ("bookmarks/wallabag__shaarli-bookmarks.html", "bookmarks-html", 2, 0, 0),
    # 7 data rows after the header (one quoted title spans two lines), 7 distinct URLs
    ("pocket/wallabag__pocket.csv", "pocket-csv", 7, 0, 0),
    # 2 <li><a> under <h1>Unread</h1>; the Read Archive list is empty
    ("pocket/wallabag__ril_export.html", "pocket-html", 2, 0, 0),
    # 4 rows: folders Unread, Archive, Starred, test_tag
    ("other/wallabag__instapaper-export.csv", "instapaper-csv", 4, 0, 0),
    # 3 objects with "href"
    ("other/wallabag__pinboard_export.json", "pinboard-json", 3, 0, 0),
    # 1 <note>, no <resource>
    ("enex/enml2md__1_note.enex", "enex", 1, 0, 0),
    # 1 <note> with 2 <resource> (hello.txt, world.txt), both shown by <en-media>
    ("enex/enml2md__2_attachments.enex", "enex", 1, 2, 0),
    # 2 <note> elements, no resources
    ("enex/enml2md__2_notes.enex", "enex", 2, 0, 0),
    # 1 <note>, 1 image/jpeg <resource> shown by <en-media ...></en-media>
    ("enex/enml2md__en-media_end_tag.enex", "enex", 1, 1, 0),
    # 1 <note>, 1 image/png <resource> without <file-name>, shown by 4 <en-media>
    ("enex/enml2md__file-name.enex", "enex", 1, 1, 0),
    # 1 <note>, 1 image/png <resource> named foo.png
    ("enex/enml2md__image.enex", "enex", 1, 1, 0),
    # a bare <note> as the root element (no <en-export>)
    ("enex/enml2md__note.enex", "enex", 1, 0, 0),
    # OPML: always one note. The awesome-rss-feeds files are not well-formed XML (bare `&`,
    # quotes nested in attributes); 1 of 32 xmlUrl outlines (Saket Narayan) and 1 of 11
    # (From Head To Toe) are broken beyond reading: 1 failure each.
    ("opml/awesome-rss-feeds-CC0__Android.opml", "opml", 1, 0, 0),
    ("opml/awesome-rss-feeds-CC0__Android_Development.opml", "opml", 1, 0, 1),
    ("opml/awesome-rss-feeds-CC0__Apple.opml", "opml", 1, 0, 0),
    ("opml/awesome-rss-feeds-CC0__Architecture.opml", "opml", 1, 0, 0),
    ("opml/awesome-rss-feeds-CC0__Beauty.opml", "opml", 1, 0, 1),
    ("opml/listparser-MIT__cats-3-multiple.xml", "opml", 1, 0, 0),
    ("opml/listparser-MIT__outline-duplication-2.xml", "opml", 1, 0, 0),
]


@pytest.mark.parametrize(("name", "fmt", "notes", "attachments", "failed"), CASES)
def test_shared_file_imports_with_the_counted_items_and_reimports_nothing(
    shared: Callable[[str], Path],
    run: Callable[..., ImportReport],
    library: Library,
    name: str,
    fmt: str,
    notes: int,
    attachments: int,
    failed: int,
) -> None:
    path = shared(name)
    assert detect_format(path) == fmt
    report = run(path)
    assert (len(report.imported), len(report.attachments)) == (notes, attachments), report
    assert (len(report.skipped), len(report.failed)) == (0, failed), report
    assert report.changes.added == frozenset(report.imported)
    assert library.note_count() == notes
    for note in report.imported:
        assert library.resolve(note) == note  # indexed, not only written

    again = run(path)
    assert again.imported == [] and again.attachments == []
    assert len(again.skipped) == notes, again
    assert library.note_count() == notes
    assert "Imported 0 notes" in again.summary()


def test_every_format_is_described_with_extensions_for_the_file_dialog() -> None:
    from ponder.core.capture.importers import FORMATS

    assert {c[1] for c in CASES} | {"markdown-folder"} == set(FORMATS)
    for spec in FORMATS.values():
        assert spec.description
        assert spec.is_folder == (spec.name == "markdown-folder")
        assert all(ext.startswith(".") for ext in spec.extensions)
