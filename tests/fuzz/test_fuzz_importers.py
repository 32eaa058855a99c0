"""Every importer over hostile exports: an import never raises, and each item is imported,
skipped or failed with a reason while the vault's index stays usable."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_corpus import CASES, DATES, HTML, JSON_TITLES, fuzz
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.capture.importers import FORMATS, import_path
from ponder.core.library import Library

HOSTILE = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "\x00", "\ud800", "]]>", "<![CDATA[", "&#xD800;", "'\"", "\\",
                     "---", "[[", "#", "\r\n", "../../etc/passwd", "con.md", "x.md", *DATES]),
    st.sampled_from(HTML),
)  # fmt: skip
URLS = st.one_of(
    st.sampled_from(["https://a.example/1", "http://b.example/x?y#z", "javascript:alert(1)",
                     "file:///etc/passwd", "", "https://\ud800.example/", "ftp://x"]),
    st.text(max_size=20),
)  # fmt: skip
DATE_VALUES = st.one_of(st.sampled_from(DATES), st.integers(), st.floats(), st.text(max_size=12))
RESOURCES = [
    "",
    "<resource><data>!!</data></resource>",
    '<resource><data encoding="base64">aGk=</data><mime>text/markdown</mime>'
    "<resource-attributes><file-name>evil.md</file-name></resource-attributes></resource>",
]
_serial = itertools.count()


def xml_text(value: str) -> str:
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@st.composite
def enex(draw: st.DrawFn) -> str:
    notes = []
    for _ in range(draw(st.integers(0, 3))):
        content = draw(HOSTILE)
        resource = draw(st.sampled_from(RESOURCES))
        notes.append(
            f"<note><title>{xml_text(draw(HOSTILE))}</title>"
            f"<content><![CDATA[<en-note>{content.replace(']]>', '')}</en-note>]]></content>"
            f"<created>{xml_text(str(draw(DATE_VALUES)))}</created>"
            f"<updated>{xml_text(str(draw(DATE_VALUES)))}</updated>{resource}</note>"
        )
    return f'<?xml version="1.0"?><en-export>{"".join(notes)}</en-export>'


def link(draw: st.DrawFn) -> dict[str, object]:
    return {"url": draw(URLS), "title": draw(HOSTILE), "time": draw(DATE_VALUES)}


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, str]:
    fmt = draw(st.sampled_from(sorted(f for f in FORMATS if f != "markdown-folder")))
    items = [link(draw) for _ in range(draw(st.integers(0, 4)))]
    if fmt == "enex":
        return fmt, draw(enex())
    if fmt == "pinboard-json":
        pins = [{"href": i["url"], "description": i["title"], "time": i["time"],
                 "tags": draw(HOSTILE), "extended": draw(HOSTILE)} for i in items]  # fmt: skip
        text = json.dumps(pins, ensure_ascii=True)
        if draw(st.booleans()):
            text = text.replace(
                '"description": ""', f'"description": {draw(st.sampled_from(JSON_TITLES))}'
            )
        return fmt, text
    if fmt == "chrome-json":
        children = [{"type": "url", "name": i["title"], "url": i["url"],
                     "date_added": str(i["time"])} for i in items]  # fmt: skip
        return fmt, json.dumps({"roots": {"bookmark_bar": {"type": "folder", "name":
                               draw(HOSTILE), "children": children}}})  # fmt: skip
    if fmt == "firefox-json":
        children = [{"type": "text/x-moz-place", "title": i["title"], "uri": i["url"],
                     "dateAdded": i["time"]} for i in items]  # fmt: skip
        return fmt, json.dumps({"type": "text/x-moz-place-container", "children": children})
    if fmt in ("pocket-csv", "instapaper-csv"):
        head = (
            "title,url,time_added,tags,status"
            if fmt == "pocket-csv"
            else "URL,Title,Selection,Folder,Timestamp"
        )
        rows = [",".join(json.dumps(str(v)) for v in i.values()) for i in items]
        return fmt, "\n".join([head, *rows, draw(HOSTILE)])
    if fmt == "opml":
        outlines = "".join(
            f'<outline text="{xml_text(str(i["title"]))}" xmlUrl="{xml_text(str(i["url"]))}"/>'
            for i in items
        )
        return fmt, f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'
    anchors = "".join(
        f'<li><a href="{xml_text(str(i["url"]))}" time_added="{xml_text(str(i["time"]))}" '
        f'ADD_DATE="{xml_text(str(i["time"]))}">{i["title"]}</a>'
        for i in items
    )
    return fmt, f"<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><p>{anchors}{draw(HOSTILE)}</DL>"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("fuzz-import-vault")
    with Library.open(root, tmp_path_factory.mktemp("fuzz-import-cache")) as opened:
        yield opened


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-exports")


def run_import(library: Library, inbox: Path, fmt: str, text: str) -> None:
    CASES[f"importer {fmt}"] += 1
    path = inbox / f"export-{next(_serial)}.{fmt.split('-')[-1]}"
    # A lone surrogate becomes bytes that are not UTF-8: the readers' repair path runs too.
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    report = import_path(library, fmt, path)
    for note in report.imported:
        assert (library.vault.root / note).is_file()
    for outcome in (*report.failed, *report.skipped):
        assert outcome.reason


@fuzz(150)
@given(exports())
def test_every_importer_takes_hostile_exports(
    library: Library, inbox: Path, export: tuple[str, str]
) -> None:
    run_import(library, inbox, *export)
    assert library.reconcile().scanned >= 0


def test_the_index_is_whole_after_all_of_them(library: Library) -> None:
    library.reconcile()
    on_disk = {e.path for e in library.vault.scan()}
    assert set(library.index.stamps()) <= on_disk
