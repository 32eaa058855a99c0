"""Clipping a page again: re-extraction carries the person's highlights and reflections over;
a page already clipped is found (however its URL is written) and a new version links back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from article_server import ArticleServer
from hypothesis import given
from hypothesis import strategies as st

from ponder.core import frontmatter
from ponder.core.capture import clip_keep
from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.clip import ClipOptions, existing_clip, fill_clip, reextract, save_clip
from ponder.core.capture.clip_text import ARTICLE_HEADING, KEPT_HEADING
from ponder.core.capture.page_cache import PageCache
from ponder.core.capture.quick import make_capture, save_capture
from ponder.core.library import Library
from ponder.core.model import Kind, NotePath
from ponder.core.sense import units

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
LOCAL = ClipOptions(policy=AddressPolicy(allow_local=True))
SENTENCE = "Gaming used to be so simple."


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "vault", tmp_path / "cache", create=True) as lib:
        yield lib


@pytest.fixture
def cache(tmp_path: Path, library: Library) -> PageCache:
    return PageCache.for_vault(library.vault.root, tmp_path / "cache")


def clipped(library: Library, cache: PageCache, url: str, reflection: str = "why") -> NotePath:
    path, _ = save_clip(library, url, reflection=reflection)
    return fill_clip(library, path, cache, LOCAL).path


def edit(library: Library, path: NotePath, change: object) -> None:
    note = library.read(path)
    assert callable(change)
    library.save(path, change(note.text), expected=note.stamp)


def test_highlights_and_reflections_move_into_the_new_extraction(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    path = clipped(library, cache, server.url(f"/article/{WSJ}"))
    edit(library, path, lambda t: t.replace(SENTENCE, f"=={SENTENCE}== %%so true%%"))
    edit(library, path, lambda t: units.append_reflection(t, "Streaming is cheap.", _day()))
    before = library.read(path).text
    reextract(library, path, cache, LOCAL)
    after = library.read(path).text
    body = frontmatter.split(after).body
    assert KEPT_HEADING not in after and body.count(ARTICLE_HEADING) == 1
    assert f"=={SENTENCE}== %%so true%%" in body  # on the same words of the new text
    assert body.rstrip().endswith("- **2026-12-04** Streaming is cheap.")  # still last
    assert body.startswith("why\n\n" + ARTICLE_HEADING)
    assert after == before  # the same page extracted the same way: nothing moved at all
    reextract(library, path, cache, LOCAL)
    assert library.read(path).text == after


def test_a_highlight_whose_words_are_gone_keeps_the_earlier_section(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    url = server.add("/changing", "<article><p>" + "First version of the words. " * 20 + "</p>")
    path = clipped(library, cache, url)
    edit(library, path, lambda t: t.replace("First version", "==First version==", 1))
    cache.store(library.read(path).id or "", "<article><p>" + "Other words now. " * 30 + "</p>")
    reextract(library, path, cache, LOCAL)
    body = library.read(path).body
    assert body.count(KEPT_HEADING) == 1 and "==First version==" in body
    assert body.index(KEPT_HEADING) < body.index(ARTICLE_HEADING + "\n")
    assert "Other words now." in body.split(ARTICLE_HEADING + "\n")[-1]


def test_a_page_clipped_before_is_found_however_its_link_is_written(
    library: Library, cache: PageCache, server: ArticleServer
) -> None:
    url = server.url("/article/page?id=7")
    server.add("/article/page", "<article><p>" + "Words of a page. " * 30 + "</p></article>")
    first = clipped(library, cache, url)
    variant = url.replace("http://127.0.0.1", "HTTP://127.0.0.1") + "&utm_source=feed"
    variant = variant.replace("/page?", "/page/?")
    assert existing_clip(library, variant) == first
    capture = make_capture("", "", (), Kind.NOTE, url=variant, reflection="Read it again.")
    assert capture is not None
    found = save_capture(capture, library)
    assert found.existing and found.path == first and found.changes.updated == {first}
    assert "Read it again." in units.reflections(library.read(first).body)[0].text
    assert len(list(library.vault.root.rglob("*.md"))) == 1  # no duplicate

    again = save_capture(capture, library, again=first)
    assert not again.existing and again.path != first
    note = library.read(again.path)
    assert note.front["source"]["previous"] == first  # type: ignore[index]
    assert f"[[{first.removesuffix('.md')}]]" in note.body
    filled = fill_clip(library, again.path, cache, LOCAL).path
    assert library.resolve_link(first.removesuffix(".md"), filled) == first
    assert existing_clip(library, url) == filled  # the newest version is the one opened


def _day():  # type: ignore[no-untyped-def]
    from datetime import date

    return date(2026, 12, 4)


words = st.text(alphabet="abcdefgh", min_size=1, max_size=6)


@given(st.lists(words, min_size=1, max_size=40), st.data())
def test_carried_highlights_mark_the_same_words_and_nothing_else(
    parts: list[str], data: st.DataObject
) -> None:
    section = f"{ARTICLE_HEADING}\n\n" + " ".join(parts)
    first = data.draw(st.integers(0, len(parts) - 1))
    last = data.draw(st.integers(first, len(parts) - 1))
    chosen = " ".join(parts[first : last + 1])
    before = " ".join(parts[:first])
    after = " ".join(parts[last + 1 :])
    old = f"{ARTICLE_HEADING}\n\n" + " ".join(p for p in (before, f"=={chosen}==", after) if p)
    carried, placed = clip_keep.carry_highlights(old, section)
    assert placed and clip_keep.unmarked(carried) == section
    assert [h.text for h in units.highlights(carried)] == [chosen]
