"""Combining trafilatura's precision and default extractions: whole articles, no clutter."""

from __future__ import annotations

from ponder.core.capture.extract import extract
from ponder.core.capture.extract_merge import combine, without_hidden


def prose(part: str) -> str:
    return (
        f"The committee met again on Tuesday and agreed, after a long debate, that plan {part} " * 2
    )


def test_hidden_copies_are_removed_before_extraction() -> None:
    html = (
        "<html><body><p>Seen text.</p>"
        '<div style="display: none" itemscope><p itemprop="articleBody">Hidden copy.</p></div>'
        "<section hidden><p>Also hidden.</p></section>"
        '<p style="visibility:hidden">Invisible.</p></body></html>'
    )
    visible = without_hidden(html)
    assert "Seen text." in visible
    assert "Hidden copy" not in visible and "Also hidden" not in visible
    assert "Invisible" not in visible
    plain = "<html><body><p>Nothing hidden.</p></body></html>"
    assert without_hidden(plain) == plain


def test_later_sections_stay_and_teasers_go() -> None:
    precise = f"<html><body><h2>Part one</h2><p>{prose('one')}</p></body></html>"
    full = (
        "<html><body><h2>Part one</h2>"
        f"<p>{prose('one')}</p>"
        '<img src="https://example.org/chart.png" alt="chart">'
        "<h2>Part two</h2>"
        f"<p>{prose('two')}</p>"
        "<h3>More from us</h3>"
        '<ul><li><a href="/a">Ten things you need to know today</a></li>'
        '<li><a href="/b">Why this one trick works</a></li></ul>'
        '<p><a href="/c">Sign up</a> for our newsletter</p>'
        "<p>"
        + " ".join(f'<a href="/{n}">Story number {n} on the site</a>' for n in range(6))
        + "</p></body></html>"
    )
    combined = combine(precise, full) or ""
    assert "Part two" in combined and "plan two" in combined  # the second section is kept
    assert "chart.png" in combined  # images come from the fuller extraction
    assert "More from us" not in combined and "Ten things" not in combined
    assert "Sign up" not in combined and "Story number" not in combined
    assert combine(None, full) == full and combine(precise, None) == precise


def test_a_page_with_a_hidden_duplicate_is_clipped_once() -> None:
    article = "".join(
        f"<p>Paragraph {n}: the river rose through the night and the town stayed awake to "
        f"watch the water, counting sandbags and calling neighbours {n}.</p>"
        for n in range(8)
    )
    hidden = "".join(
        f"<p>Teaser {n}: something unrelated happened elsewhere today.</p>" for n in range(30)
    )
    html = (
        "<html><head><title>Flood night</title></head><body>"
        f"<article><h1>Flood night</h1>{article}</article>"
        f'<div style="display:none">{hidden}</div></body></html>'
    )
    clip = extract(html, "https://news.example/flood")
    assert "Paragraph 7" in clip.markdown and "Teaser" not in clip.markdown
