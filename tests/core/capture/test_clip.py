"""The clip flow on a real Library and a real local server: save first, fill, fail clearly."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from article_server import ArticleServer

from ponder.core import frontmatter
from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.clip import ClipOptions, fill_clip, reextract, save_clip
from ponder.core.capture.clip_text import ARTICLE_HEADING
from ponder.core.capture.page_cache import PageCache
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
LOCAL = ClipOptions(policy=AddressPolicy(allow_local=True))
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "vault", tmp_path / "cache", create=True) as lib:
        yield lib


@pytest.fixture
def cache(tmp_path: Path, library: Library) -> PageCache:
    return PageCache.for_vault(library.vault.root, tmp_path / "cache")


def source(library: Library, path: NotePath) -> dict[str, object]:
    value = frontmatter.read(library.vault.read(path)[0])[0]["source"]
    assert isinstance(value, dict)
    return value


def test_save_clip_writes_at_once_and_fill_completes_it(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    url = server.url(f"/article/{WSJ}")
    path, changes = save_clip(
        library, url, tags=["games"], reflection="Compare prices", selection="one\ntwo"
    )
    assert path.startswith("clips/") and changes.added == {path}
    note = library.read(path)
    assert note.kind is Kind.CLIP and note.title == url and note.tags == ("games",)
    assert note.status is None and note.source and note.source.url == url
    assert note.body == "Compare prices\n\n> one\n> two\n"
    result = fill_clip(library, path, cache, LOCAL)
    assert result.outcome == "ok" and result.path.startswith("clips/Google Stadia")
    note = library.read(result.path)
    assert note.title.startswith("Google Stadia")
    assert note.body.startswith("Compare prices\n\n> one\n> two\n\n" + ARTICLE_HEADING)
    assert "Gaming used to be so simple." in note.body
    src = source(library, result.path)
    assert src["site"] == "127.0.0.1" and src["author"] == "Sarah E Needleman"
    assert src["published"] == "2019-11-19" and src["status"] == "ok"
    assert str(src["canonical"]).startswith("https://www.wsj.com/")
    assert cache.load(str(note.id)) is not None


def test_clip_without_reflection_waits_in_the_inbox(library: Library) -> None:
    path, _ = save_clip(library, "https://example.org/a", title="Later")
    note = library.read(path)
    assert path == "inbox/Later.md" and note.status == "unprocessed" and note.kind is Kind.CLIP


def test_failures_become_a_line_in_the_note(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    server.add("/pic.png", PNG, content_type="image/png")
    cases = {
        "/missing": "not found (HTTP 404)",
        "/pic.png": "image/png",
        "/hang": "did not answer in time",
    }
    options = ClipOptions(policy=LOCAL.policy, limits=LOCAL.limits.__class__(read_timeout=0.5))
    for route, words in cases.items():
        path, _ = save_clip(library, server.url(route), reflection="mine")
        result = fill_clip(library, path, cache, options)
        assert result.outcome == "failed" and words in result.message
        text = library.vault.read(path)[0]
        assert "mine" in text and "could not clip this page: " in text and words in text
        assert source(library, path)["status"] == "failed"


def test_refused_address_is_recorded_and_never_requested(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    path, _ = save_clip(library, server.url("/secret"))
    result = fill_clip(library, path, cache)  # default: local addresses refused
    assert result.outcome == "failed" and "allow-local" in result.message
    assert server.requests == []


def test_paywall_stub_is_thin_not_empty(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    stub = "<html><head><title>Locked</title></head><body><p>Subscribe to read.</p></body></html>"
    path, _ = save_clip(library, server.add("/locked", stub))
    result = fill_clip(library, path, cache, LOCAL)
    assert result.outcome == "thin" and "paywall" in result.message
    body = library.read(result.path).body
    assert "Subscribe to read." in body and "paywall" in body


def test_pdf_is_kept_as_an_attachment(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
    path, _ = save_clip(library, server.add("/paper.pdf", pdf, content_type="application/pdf"))
    result = fill_clip(library, path, cache, LOCAL)
    assert result.outcome == "pdf"
    assert (library.vault.root / "attachments" / "paper.pdf").read_bytes() == pdf
    assert "](../attachments/paper.pdf)" in library.read(path).body


def test_images_can_be_downloaded(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    words = "A paragraph of the article with enough words to count as text. " * 10
    image = "<p><img src='/i.png' alt='pic'></p>"
    page = f"<html><body><article><p>{words}</p>{image}<p>{words}</p></article></body></html>"
    server.add("/i.png", PNG, content_type="image/png")
    path, _ = save_clip(library, server.add("/with-image", page))
    options = ClipOptions(policy=LOCAL.policy, download_images=True)
    result = fill_clip(library, path, cache, options)
    assert "![pic](../attachments/i.png)" in library.read(result.path).body
    assert (library.vault.root / "attachments" / "i.png").read_bytes() == PNG


def test_reextract_works_offline_and_keeps_the_persons_lines(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    path, _ = save_clip(library, server.url(f"/article/{WSJ}"), reflection="first thought")
    path = fill_clip(library, path, cache, LOCAL).path
    text, stamp = library.vault.read(path)
    edited = text.replace("first thought", "first thought\n\nA second thought.")
    library.save(path, edited, expected=stamp)
    requests = len(server.requests)
    result = reextract(library, path, cache, LOCAL)
    assert len(server.requests) == requests  # from the cache, not the network
    body = library.read(result.path).body
    assert body.startswith("first thought\n\nA second thought.\n\n" + ARTICLE_HEADING)
    assert body.count(ARTICLE_HEADING) == 1 and "Gaming used to be so simple." in body


def test_fill_keeps_edits_made_after_the_clip_was_saved(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    gate = threading.Event()
    path, _ = save_clip(library, server.url("/slow-page"), reflection="before")
    words = "Text of a page that takes its time to arrive at the reader. " * 10

    def edit_while_fetching() -> None:
        text, stamp = library.vault.read(path)
        library.vault.save(
            path, text.replace("before", "before\n\nwritten meanwhile"), expected=stamp
        )
        gate.set()

    server.add("/slow-page", f"<article><p>{words}</p></article>")
    editor = threading.Thread(target=edit_while_fetching)
    editor.start()
    gate.wait(5)
    result = fill_clip(library, path, cache, LOCAL)
    editor.join()
    body = library.read(result.path).body
    assert "written meanwhile" in body and "Text of a page" in body


def test_the_same_page_is_found_by_its_link_or_canonical_address(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    url = server.url(f"/article/{WSJ}")
    path, _ = save_clip(library, url, reflection="x")
    path = fill_clip(library, path, cache, LOCAL).path
    assert library.with_source(url + "#section") == path
    assert library.with_source(url.replace("http://", "HTTPS://") + "/?utm_source=feed") == path
    assert library.with_source(server.url("/article/other")) is None
    canonical = library.read(path).front["source"]["canonical"]  # type: ignore[index]
    if canonical and canonical != url:
        assert library.with_source(canonical) == path


def test_reextract_keeps_the_persons_edits_to_the_article(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    path, _ = save_clip(library, server.url(f"/article/{WSJ}"), reflection="why")
    path = fill_clip(library, path, cache, LOCAL).path
    note = library.read(path)
    edited = note.text.replace(
        "Gaming used to be so simple.", "Gaming used to be so simple. (My note: not really.)"
    )
    library.save(path, edited, expected=note.stamp)
    reextract(library, path, cache, LOCAL)
    text = library.read(path).text
    assert "(My note: not really.)" in text  # kept, under its own heading
    assert text.count("## From the page, as you had edited it") == 1
    assert text.count("## From the page\n") == 1 and text.startswith("---")
    reextract(library, path, cache, LOCAL)  # nothing edited since: nothing more is kept
    assert library.read(path).text == text
