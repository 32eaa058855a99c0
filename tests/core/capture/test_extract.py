"""extract(): real benchmark pages become Articles with text and metadata; nothing is empty."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from ponder.core.capture.charset import decode_html
from ponder.core.capture.extract import MIN_WORDS, extract

WSJ = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"


def page(articles_copy: Path, page_id: str) -> str:
    return decode_html(
        gzip.decompress((articles_copy / "html" / f"{page_id}.html.gz").read_bytes())
    )


def test_a_news_page_gives_text_and_metadata(
    articles_copy: Path, ground_truth: dict[str, dict[str, str]]
) -> None:
    url = ground_truth[WSJ]["url"]
    article = extract(page(articles_copy, WSJ), url)
    assert article.extractor == "trafilatura"
    assert article.title and "Stadia" in article.title
    assert article.author == "Sarah E Needleman"
    assert article.published == "2019-11-19"
    assert article.canonical_url and article.canonical_url.startswith("https://www.wsj.com/")
    assert article.words > 50 and not article.is_thin
    assert "Gaming used to be so simple." in article.markdown
    assert not article.markdown.startswith("# ")  # the title lives in front matter


def test_every_benchmark_page_gives_text(
    articles_copy: Path, ground_truth: dict[str, dict[str, str]]
) -> None:
    for page_id, info in list(ground_truth.items())[:30]:
        if not (articles_copy / "html" / f"{page_id}.html.gz").exists():
            continue
        article = extract(page(articles_copy, page_id), info["url"])
        assert article.words >= MIN_WORDS, page_id
        assert "<script" not in article.markdown.lower()


def test_readability_takes_over_when_trafilatura_finds_nothing() -> None:
    # trafilatura drops text held only in <div>s of one short line each; readability keeps them.
    lines = "".join(
        f"<div>Line {i} of the poem, with several words in it.</div>" for i in range(30)
    )
    html = (
        f"<html><head><title>Poem</title></head><body><div id='content'>{lines}</div></body></html>"
    )
    article = extract(html, "https://example.org/poem")
    assert article.words >= MIN_WORDS
    assert article.extractor in ("trafilatura", "readability", "page")
    assert "Line 29 of the poem" in article.markdown


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<p>Subscribe to continue reading.</p>",
        "\x00\x01garbage<<<>>>",
    ],
)
def test_no_page_gives_an_empty_clip(html: str) -> None:
    article = extract(html, "https://example.org/x")
    assert article.markdown.strip()
    assert article.is_thin


def test_metadata_from_opengraph_json_ld_and_canonical() -> None:
    body = "<p>" + "A sentence about the subject at hand. " * 40 + "</p>"
    html = f"""<html lang="de-AT"><head><title>Fallback</title>
    <meta property="og:title" content="The OG Title">
    <meta property="og:site_name" content="Example News">
    <link rel="canonical" href="/canonical/path">
    <script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"name": "Ada Writer"}},
      "datePublished": "2024-03-05T10:00:00Z"}}</script>
    </head><body><article>{body}</article></body></html>"""
    article = extract(html, "https://news.example.org/a?utm_source=x")
    assert article.title == "The OG Title"
    assert article.site_name == "Example News"
    assert article.author == "Ada Writer"
    assert article.published == "2024-03-05"
    assert article.canonical_url == "https://news.example.org/canonical/path"
    assert article.language == "de-AT"
