"""Reader comments worth keeping go in their own section of the clip, after the article text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from article_server import ArticleServer

from ponder.core.capture.address_policy import AddressPolicy
from ponder.core.capture.clip import ClipOptions, fill_clip, save_clip
from ponder.core.capture.clip_text import ARTICLE_HEADING, COMMENTS_HEADING
from ponder.core.capture.extract import extract
from ponder.core.capture.page_cache import PageCache
from ponder.core.library import Library

BLOG = "0e014df693f182824fe5e24030ddbe1d0b96ddb9685cf20d5766457ed32ffa2d"  # a comment under it


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "vault", tmp_path / "cache", create=True) as lib:
        yield lib


def test_comments_follow_the_article_in_their_own_section(
    library: Library, server: ArticleServer, tmp_path: Path
) -> None:
    path, _ = save_clip(library, server.url(f"/article/{BLOG}"))
    options = ClipOptions(policy=AddressPolicy(allow_local=True))
    result = fill_clip(library, path, PageCache(tmp_path / "pages"), options)
    assert result.outcome == "ok" and result.article is not None
    body = library.read(result.path).body
    article, _, comments = body.partition(f"\n{COMMENTS_HEADING}\n")
    assert (
        ARTICLE_HEADING in article and "What is your favorite weekend family activity?" in article
    )
    assert "refillable bottles" in comments and "refillable bottles" not in article
    assert "refillable bottles" not in result.article.markdown


def test_no_comment_section_or_too_little_said_adds_none() -> None:
    article = "".join(
        f"<p>Paragraph {n} of a plain article with enough words in it to be an article.</p>"
        for n in range(10)
    )
    plain = f"<html><body><article>{article}</article></body></html>"
    assert extract(plain, "https://x.example/a").comments is None
    short = plain.replace(
        "</article>", '</article><div id="comments"><div class="comment"><p>Nice.</p></div></div>'
    )
    assert extract(short, "https://x.example/a").comments is None
