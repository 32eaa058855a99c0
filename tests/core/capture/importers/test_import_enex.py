"""Evernote ENEX: note content, attachments, kinds, and files that are broken or hostile."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ponder.core.capture.importers import ImportReport
from ponder.core.library import Library

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
DOCTYPE = '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">\n'


def note(
    title: str,
    content: str = "<div>text</div>",
    *,
    created: str = "20130730T205204Z",
    extra: str = "",
) -> str:
    enml = f'<?xml version="1.0"?><en-note>{content}</en-note>'
    return (
        f"<note><title>{title}</title><content><![CDATA[{enml}]]></content>"
        f"<created>{created}</created>{extra}</note>"
    )


def resource(data: bytes, mime: str, name: str | None = None, *, raw: str | None = None) -> str:
    encoded = raw if raw is not None else base64.b64encode(data).decode()
    attributes = f"<resource-attributes><file-name>{name}</file-name></resource-attributes>"
    named = attributes if name is not None else ""
    return (
        f'<resource><data encoding="base64">{encoded}</data><mime>{mime}</mime>{named}</resource>'
    )


def media(data: bytes, mime: str) -> str:
    return f'<en-media type="{mime}" hash="{hashlib.md5(data).hexdigest()}"/>'


def enex(tmp_path: Path, *notes: str, prolog: str = HEAD + DOCTYPE) -> Path:
    path = tmp_path / "export.enex"
    path.write_text(f"{prolog}<en-export>{''.join(notes)}</en-export>", "utf-8")
    return path


def test_a_note_keeps_title_tags_dates_author_and_body(
    shared: Callable[[str], Path],
    run: Callable[..., ImportReport],
    library: Library,
    front: Callable[[str], dict[str, object]],
    body: Callable[[str], str],
) -> None:
    report = run(shared("enex/enml2md__1_note.enex"))
    [path] = report.imported
    assert path == "notes/Enml2md test fixture note.md"
    meta = front(path)
    assert meta["title"] == "Enml2md test fixture note" and meta["kind"] == "note"
    assert meta["tags"] == ["markdown", "evernote"]
    assert str(meta["created"]).startswith("2013-11-02T10:00:55")  # 20131102T100055Z, UTC here
    assert str(meta["updated"]).startswith("2013-11-02T10:03:49")
    assert meta["author"] == "Hideto Ishibashi"
    assert str(meta["id"]).startswith("enex-")
    assert body(path).strip() == "fixture content"
    assert [hit.path for hit in library.search("tag:evernote").hits] == [path]


def test_attachments_are_stored_once_and_linked_images_shown(
    shared: Callable[[str], Path],
    run: Callable[..., ImportReport],
    library: Library,
    body: Callable[[str], str],
) -> None:
    report = run(shared("enex/enml2md__2_attachments.enex"))
    root = library.vault.root
    assert sorted(report.attachments) == ["attachments/hello.txt", "attachments/world.txt"]
    assert (root / "attachments/hello.txt").read_bytes() == b"hello\n"
    text = body(report.imported[0])
    assert "[hello.txt](../attachments/hello.txt)" in text
    assert "[world.txt](../attachments/world.txt)" in text

    image = run(shared("enex/enml2md__image.enex"))
    assert "![foo.png](../attachments/foo.png)" in body(image.imported[0])
    assert (root / "attachments/foo.png").read_bytes().startswith(b"\x89PNG")

    unnamed = run(shared("enex/enml2md__file-name.enex"))
    [stored] = unnamed.attachments  # one resource, shown four times
    assert stored == "attachments/ce33294de7e0db8c113933fcafffc3d2.png"
    assert (
        body(unnamed.imported[0]).count(f"![ce33294de7e0db8c113933fcafffc3d2.png](../{stored})")
        == 4
    )


def test_a_note_with_a_source_url_is_a_clip(
    tmp_path: Path,
    run: Callable[..., ImportReport],
    library: Library,
    front: Callable[[str], dict[str, object]],
) -> None:
    attributes = (
        "<note-attributes><source-url>https://example.org/a?b=1</source-url>"
        "<author>Ann</author></note-attributes>"
    )
    report = run(enex(tmp_path, note("Clipped", extra=attributes), note("Mine")))
    assert sorted(report.imported) == ["clips/Clipped.md", "notes/Mine.md"]
    meta = front("clips/Clipped.md")
    assert meta["kind"] == "clip"
    source = meta["source"]
    assert isinstance(source, dict)
    assert source["url"] == "https://example.org/a?b=1" and source["author"] == "Ann"
    assert [h.path for h in library.search("site:example.org").hits] == ["clips/Clipped.md"]


def test_to_dos_and_missing_or_damaged_attachments_are_reported(
    tmp_path: Path, run: Callable[..., ImportReport], body: Callable[[str], str]
) -> None:
    png_lie = b"not really a png"
    content = (
        '<div><en-todo checked="true"/>done</div><div><en-todo/>open</div>'
        f'{media(png_lie, "image/png")}<en-media type="image/png" hash="00ff"/>'
    )
    extra = resource(png_lie, "image/png", "lie.png") + resource(
        b"", "image/png", raw="%%%not base64"
    )
    report = run(enex(tmp_path, note("Odd", content, extra=extra)))
    assert report.imported == ["notes/Odd.md"]
    text = body("notes/Odd.md")
    assert "- [x] done\n- [ ] open\n" in text
    assert "[lie.png](../attachments/lie.png)" in text and "![lie.png]" not in text
    assert "missing from the export" in text
    assert any("not valid base64" in f.reason for f in report.failed)
    assert any("is not an image" in n for n in report.notices)
    assert any("not in the export" in n for n in report.notices)


def test_resource_names_cannot_leave_the_attachments_folder(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    names = ["../../escape.txt", "/etc/passwd", "..\\..\\win.txt", "..", "C:\\x\\drive.txt"]
    blobs = [f"blob {i}".encode() for i in range(len(names))]
    extra = "".join(resource(b, "text/plain", n) for b, n in zip(blobs, names, strict=True))
    content = "".join(media(b, "text/plain") for b in blobs)
    source = tmp_path / "source"
    source.mkdir()
    report = run(enex(source, note("Names", content, extra=extra)))
    assert len(report.attachments) == len(names)
    assert all(a.startswith("attachments/") and a.count("/") == 1 for a in report.attachments)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "source", "vault"]
    assert sorted(p.name for p in source.iterdir()) == ["export.enex"]
    stored = {(library.vault.root / a).read_bytes() for a in report.attachments}
    assert stored == set(blobs)


def test_billion_laughs_is_refused_fast(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    prolog = f'{HEAD}<!DOCTYPE en-export [<!ENTITY lol0 "lol">{entities}]>'
    path = enex(tmp_path, note("Bomb", "<div>&amp;lol9;</div>"), prolog=prolog)
    path.write_text(path.read_text("utf-8").replace("<title>Bomb", "<title>&lol9;"), "utf-8")
    started = time.perf_counter()
    report = run(path)
    assert time.perf_counter() - started < 5
    assert report.imported == [] and library.note_count() == 0
    [failure] = report.failed
    assert "entities" in failure.reason


def test_an_external_entity_is_never_read(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", "utf-8")
    prolog = f'{HEAD}<!DOCTYPE en-export [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = enex(tmp_path, note("&xxe;"), prolog=prolog)
    report = run(path)
    assert report.imported == [] and len(report.failed) == 1
    assert "TOP-SECRET-VALUE" not in report.summary() + repr(report)
    for file in library.vault.root.rglob("*"):
        assert not file.is_file() or b"TOP-SECRET" not in file.read_bytes()


def test_a_truncated_file_keeps_the_notes_before_the_cut(
    tmp_path: Path, run: Callable[..., ImportReport], library: Library
) -> None:
    path = enex(tmp_path, note("First"), note("Second"))
    text = path.read_text("utf-8")
    path.write_text(text[: text.index("<note><title>Second") + 30], "utf-8")
    report = run(path)
    assert report.imported == ["notes/First.md"]
    [failure] = report.failed
    assert "not well-formed" in failure.reason and "cut short" in failure.reason
    assert failure.item == "note 2 (line 3): Second"


def test_bad_dates_invalid_utf8_and_control_bytes_are_repaired_and_reported(
    tmp_path: Path,
    run: Callable[..., ImportReport],
    front: Callable[[str], dict[str, object]],
    body: Callable[[str], str],
    now: datetime,
) -> None:
    path = enex(tmp_path, note("Dated", created="20139999T999999Z"), note("Bytes", "<div>AB</div>"))
    data = path.read_bytes().replace(b"<div>AB</div>", b"<div>A\xff\x01B</div>")
    path.write_bytes(data)
    report = run(path)
    assert sorted(report.imported) == ["notes/Bytes.md", "notes/Dated.md"]
    assert str(front("notes/Dated.md")["created"]).startswith(now.strftime("%Y-%m-%dT"))
    assert any("cannot be read" in n for n in report.notices)
    assert any("not valid UTF-8" in n for n in report.notices)
    assert "A\ufffdB" in body("notes/Bytes.md")


def test_progress_counts_bytes_and_cancel_stops_after_the_current_note(
    tmp_path: Path, run: Callable[..., ImportReport]
) -> None:
    path = enex(tmp_path, *(note(f"N{i}", created=f"2013073{i}T205204Z") for i in range(3)))
    seen: list[tuple[int, int]] = []
    report = run(path, progress=lambda done, total: seen.append((done, total)), cancel=lambda: True)
    assert report.cancelled and report.imported == ["notes/N0.md"]
    assert seen and seen[-1][1] == path.stat().st_size
    assert "cancelled" in report.summary()
