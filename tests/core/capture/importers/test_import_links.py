"""Links become clip notes: front matter, folders as tags, duplicates, broken CSV and HTML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ponder.core.capture.importers import ImportReport
from ponder.core.library import Library
from ponder.core.model import Kind

Meta = Callable[[str], dict[str, object]]


def test_a_bookmark_becomes_a_clip_with_its_date_tags_and_description(
    shared: Callable[[str], Path],
    run: Callable[..., ImportReport],
    front: Meta,
    body: Callable[[str], str],
) -> None:
    report = run(shared("bookmarks/linkding__simple_valid_import_file.html"))
    assert sorted(report.imported) == [f"clips/test title {n}.md" for n in (1, 2, 3)]
    for n in (1, 2, 3):  # ADD_DATE in seconds, milliseconds and microseconds: one moment
        meta = front(f"clips/test title {n}.md")
        assert meta["kind"] == "clip" and meta["tags"] == [f"tag{n}"]
        assert str(meta["created"]).startswith("2021-03-21T14:39:19")
        assert meta["source"] == {"url": f"https://example.com/{n}", "captured": meta["created"]}
        assert body(f"clips/test title {n}.md").strip() == f"test description {n}"


def test_nested_folders_become_one_tag_and_private_is_kept(
    tmp_path: Path, run: Callable[..., ImportReport], front: Meta
) -> None:
    path = tmp_path / "bookmarks.html"
    path.write_text(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
        '<DT><H3 PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>\n<DL><p>\n'
        "<DT><H3>Tech Stuff</H3>\n<DD>about the folder\n<DL><p>\n<DT><H3>Python</H3>\n<DL><p>\n"
        '<DT><A HREF="https://docs.python.org/3/" PRIVATE="1" TAGS="docs">Python docs</A>\n'
        "<DD>The <b>reference</b>\n</DL><p>\n</DL><p>\n"
        '<DT><A HREF="javascript:alert(1)">bad</A>\n<DT><A>no address</A>\n</DL><p>\n</DL>',
        "utf-8",
    )
    report = run(path)
    assert report.imported == ["clips/Python docs.md"]
    meta = front("clips/Python docs.md")
    assert meta["tags"] == ["docs", "Tech-Stuff/Python"] and meta["private"] is True
    assert [s.reason for s in report.skipped] == [
        "it is not a web address (only http and https are imported)"
    ]
    assert [f.reason for f in report.failed] == ["it has no address"]


def test_a_link_clipped_earlier_or_listed_twice_is_skipped_with_the_reason(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    earlier, _ = library.create_note("Mine", kind=Kind.CLIP)
    text, stamp = library.vault.read(earlier)
    text = text.replace("---\n", "---\nsource:\n  url: HTTP://Example.com/a/?utm_source=x#top\n", 1)
    library.save(earlier, text, expected=stamp)
    path = tmp_path / "pocket.csv"
    path.write_text(
        "title,url,time_added,tags,status\n"
        "A,https://example.com/a/,1600322788,x|y,archive\n"
        "B,https://example.com/b,not-a-date,,unread\n"
        "B again,https://example.com/b#part,1600322788,,unread\n",
        "utf-8",
    )
    report = run(path)
    assert report.imported == ["clips/B.md"]
    reasons = {s.item: s.reason for s in report.skipped}
    assert reasons["https://example.com/a/"] == f"already in the vault ({earlier})"
    assert (
        reasons["https://example.com/b#part"]
        == "already in the vault (listed earlier in this file)"
    )


def test_a_csv_without_the_url_column_fails_with_a_clear_reason(
    tmp_path: Path, run: Callable[..., ImportReport]
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("title,time_added\nA,1\n", "utf-8")
    report = run(path, "pocket-csv")
    [failure] = report.failed
    assert "no url column" in failure.reason and "title, time_added" in failure.reason
    assert report.imported == [] and "1 failed" in report.summary()


def test_short_rows_huge_fields_and_bad_bytes_import_what_they_can(
    tmp_path: Path, run: Callable[..., ImportReport], front: Meta
) -> None:
    path = tmp_path / "export.csv"
    huge = "x" * 300_000
    path.write_bytes(
        (
            "URL,Title,Selection,Folder\n"
            "https://a.example/,Short row\n"
            f'https://b.example/,"{huge}",,Unread\n'
            "https://c.example/,Caf\udce9,,My Folder\n"
        ).encode("utf-8", "surrogateescape")
    )
    report = run(path, "instapaper-csv")
    assert sorted(report.imported) == ["clips/Caf�.md", "clips/Short row.md"]
    assert any("line" in f.item and "cannot be read as CSV" in f.reason for f in report.failed)
    assert any("not valid UTF-8" in n for n in report.notices)
    assert front("clips/Caf�.md")["tags"] == ["My-Folder"]


def test_pocket_html_sections_set_the_read_state(
    shared: Callable[[str], Path], run: Callable[..., ImportReport], front: Meta
) -> None:
    report = run(shared("pocket/wallabag__ril_export.html"))
    for path in report.imported:
        meta = front(path)
        assert meta["status"] == "unread" and meta["tags"] == ["ifttt", "new_entry_simple"]


def test_browser_json_and_pinboard_keep_dates_tags_and_text(
    shared: Callable[[str], Path],
    run: Callable[..., ImportReport],
    front: Meta,
    body: Callable[[str], str],
) -> None:
    chrome = run(shared("bookmarks/wallabag__chrome-bookmarks.json"))
    assert str(front(chrome.imported[0])["created"]).startswith("2016-09-20T13:15:29")  # WebKit µs
    firefox = run(shared("bookmarks/wallabag__firefox-bookmarks.json"))
    tagged = [p for p in firefox.imported if p.startswith("clips/Tarn")]
    assert front(tagged[0])["tags"] == ["test", "tag"]
    pinboard = run(shared("other/wallabag__pinboard_export.json"))
    scroller = "clips/Complexities of an Infinite Scroller.md"
    assert scroller in pinboard.imported
    assert front(scroller)["tags"] == ["infinite", "dom", "performance", "scroll"]
    assert body(scroller).startswith("TL;DR: Re-use your DOM elements")


def test_broken_json_is_reported(tmp_path: Path, run: Callable[..., ImportReport]) -> None:
    path = tmp_path / "bookmarks.json"
    path.write_text('{"roots": {"bookmark_bar": {"children": [', "utf-8")
    [failure] = run(path, "chrome-json").failed
    assert "not valid JSON" in failure.reason


def test_pinboard_and_chrome_titles_with_lone_surrogates_import_every_item(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library, front: Meta
) -> None:
    # Issue 10: `\ud800` is valid JSON; one such title once stopped the whole import.
    pinboard = tmp_path / "pinboard.json"
    pinboard.write_text(
        '[{"href": "https://a.example/1", "description": "bad \\ud800 title", "tags": "x\\udc00",'
        ' "time": "2020-01-01T00:00:00Z"},'
        ' {"href": "https://a.example/2", "description": "fine", "time": "2020-01-01T00:00:00Z"}]',
        "utf-8",
    )
    report = run(pinboard, "pinboard-json")
    assert len(report.imported) == 2 and not report.failed
    titles = sorted(str(front(p)["title"]) for p in report.imported)
    assert titles == ["bad \ufffd title", "fine"]
    assert any("U+FFFD" in notice for notice in report.notices)
    chrome = tmp_path / "Bookmarks"
    chrome.write_text(
        '{"roots": {"bookmark_bar": {"type": "folder", "name": "b\\ud800", "children": ['
        '{"type": "url", "name": "\\udfff", "url": "https://c.example/1"},'
        '{"type": "url", "name": "ok", "url": "https://c.example/2"}]}}}',
        "utf-8",
    )
    report = run(chrome, "chrome-json")
    assert len(report.imported) == 2 and not report.failed
    assert library.reconcile().changes.problems == ()
