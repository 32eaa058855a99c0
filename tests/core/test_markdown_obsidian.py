"""Obsidian's Markdown in the preview: callouts, embeds, block ids, highlights, comments."""

from __future__ import annotations

from ponder.core.markdown import render_html
from ponder.core.markdown_obsidian import MAX_EMBED_DEPTH, anchor_name, section

NOTES = {
    "a.md": "# A\nintro of a\n\n## Part\nthe part ^blk1\n\n## Next\nafter\n",
    "self.md": "I embed myself: ![[self]]",
    "ping.md": "ping ![[pong]]",
    "pong.md": "pong ![[ping]]",
}


def embed(target: str, heading: str | None) -> tuple[str, str] | None:
    path = f"{target.lower()}.md"
    return (path, section(NOTES[path], heading)) if path in NOTES else None


def test_callouts_are_boxes_with_icon_title_and_fold() -> None:
    html = render_html("> [!warning] Mind the gap\n> body text\n\nafter\n")
    assert 'class="callout callout-warning"' in html and "⚠  Mind the gap" in html
    assert "<p>body text</p>" in html and "[!warning]" not in html
    folded = render_html("> [!faq]- Why?\n> hidden answer\n")
    assert "Why? ▸" in folded and "hidden answer" not in folded  # `-` is closed
    opened = render_html("> [!tip]+ Open\n> shown answer\n")
    assert "shown answer" in opened
    plain = render_html("> just a quote\n")
    assert "<blockquote>" in plain and "callout" not in plain
    untitled = render_html("> [!note]\n> text\n")
    assert "✎  Note" in untitled


def test_block_ids_are_hidden_and_anchored() -> None:
    html = render_html("A sentence to link. ^abc-123\n\n- item ^x9\n")
    assert "^abc-123" not in html.replace('name="^abc-123"', "")
    assert '<a name="^abc-123"></a>A sentence to link.' in html
    assert '<a name="^x9"></a>item' in html


def test_headings_get_the_anchor_links_scroll_to() -> None:
    html = render_html("## Getting  Started\n")
    assert f'<a name="{anchor_name("getting started")}"></a>' in html
    assert anchor_name("Note#Getting Started") == anchor_name("getting   started")


def test_highlights_and_comments() -> None:
    html = render_html(
        "Some ==marked words== and %%a secret%% here.\n\n%%\nblock\nsecret\n%%\nend\n"
    )
    assert 'background-color: #fff59d; color: #1a1a1a;">marked words</span>' in html
    assert "secret" not in html and "end" in html
    assert "==not closed" in render_html("==not closed\n")
    assert "<code>%%x%%</code>" in render_html("`%%x%%`\n")  # code is code


def test_embeds_show_notes_and_sections_inline() -> None:
    html = render_html("![[A#Part]]", embed=embed)
    assert "the part" in html and "intro of a" not in html and "after" not in html
    assert "^blk1" not in html.replace('name="^blk1"', "")
    whole = render_html("![[A]]", embed=embed)
    assert "intro of a" in whole and "after" in whole
    block = render_html("![[A#^blk1]]", embed=embed)
    assert "the part" in block and "intro" not in block
    missing = render_html("![[Nowhere]]", embed=embed)
    assert 'class="wikilink embed"' in missing


def test_embeds_stop_at_cycles_and_depth() -> None:
    html = render_html("![[self]]", embed=embed)
    assert html.count("I embed myself") == 1  # itself again is a link
    assert 'href="ponder-note:self"' in html
    loop = render_html("![[ping]]", embed=embed)
    assert loop.count("ping ") == 1 and loop.count("pong ") == 1
    deep = {f"n{i}.md": f"level {i} ![[n{i + 1}]]" for i in range(10)}

    def chain(target: str, heading: str | None) -> tuple[str, str] | None:
        return (f"{target}.md", deep[f"{target}.md"]) if f"{target}.md" in deep else None

    nested = render_html("![[n0]]", embed=chain)
    assert nested.count("level ") == MAX_EMBED_DEPTH


def test_images_embed_at_their_size() -> None:
    html = render_html(
        "![[pic.png|300]] ![[pic.png|40x20]] ![[pic.png|a cat]] ![[gone.png]]",
        file_url=lambda t: "file:///vault/img/pic.png" if t == "pic.png" else None,
    )
    assert '<img src="file:///vault/img/pic.png" alt="pic.png" width="300" />' in html
    assert 'width="40" height="20"' in html and 'alt="a cat"' in html
    assert 'class="wikilink embed missing"' not in html  # no note_exists given
    assert 'href="ponder-note:gone.png"' in html
