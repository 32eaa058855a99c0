"""Tests for ponder.core.markdown: the fast extract for the index and the safe preview HTML."""

from __future__ import annotations

import os
import re
import tarfile
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ponder.core.markdown import (
    TOO_COMPLEX,
    extract,
    is_safe_url,
    note_href,
    parse_note_href,
    parse_tag_href,
    render_html,
    tag_href,
    wikilink_targets,
)
from ponder.core.model import Link
from shared_data import missing_shared_data

SHARED_DATA = Path(
    os.environ.get("PONDER_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data")
)

# --- helpers ---------------------------------------------------------------------------

# Written apart from the module under test: what a browser would treat as a URL scheme.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_ALLOWED_SCHEMES = {"http", "https", "mailto", "ponder-note", "ponder-tag"}
_SAFE_ELEMENTS = {
    "a", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
    "em", "strong", "s", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "img", "sup",
    "section", "span",  # span: the ==highlight== mark, with a fixed style
}  # fmt: skip
_HTML_TAG = re.compile(r"<[/!?]?[A-Za-z][^<>\n]*>")


class _Elements(HTMLParser):
    """Every start tag and its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def assert_safe_html(output: str) -> None:
    parser = _Elements()
    parser.feed(output)
    parser.close()
    for tag, attrs in parser.found:
        assert tag in _SAFE_ELEMENTS, output
        for name, value in attrs:
            assert not name.startswith("on"), output
            if name in ("href", "src"):
                # Browsers ignore control characters and spaces inside a scheme.
                squeezed = re.sub(r"[\x00-\x20]", "", value or "")
                scheme = _SCHEME.match(squeezed)
                assert scheme is None or scheme.group(1).lower() in _ALLOWED_SCHEMES, value
    assert "<script" not in output.lower()


def wiki(target: str, alias: str | None = None, heading: str | None = None, line: int = 1) -> Link:
    return Link(target, "wiki", alias, heading, line)


def without_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return text


# --- extract: headings and title -------------------------------------------------------


def test_title_is_the_first_level_one_heading_with_markup_stripped() -> None:
    body = "intro\n\n## Second\n\n# **Bold** [link](https://x.org) `code` ##\n\n# Later\n"
    result = extract(body)
    assert result.title == "Bold link code"
    assert result.headings == ("Second", "Bold link code", "Later")


def test_setext_headings_and_a_hash_tag_line_that_is_not_a_heading() -> None:
    result = extract("#notaheading\n\nFirst line\nof title\n=====\n\nSub\n---\n")
    assert result.title == "First line of title"
    assert result.headings == ("First line of title", "Sub")
    assert result.tags == ("notaheading",)


def test_no_heading_means_no_title_and_a_list_before_dashes_is_not_a_heading() -> None:
    result = extract("- item\n---\n> quote\n---\n")
    assert result.title is None
    assert result.headings == ()


# --- extract: links ---------------------------------------------------------------------


def test_wikilink_variants_with_line_numbers() -> None:
    body = "[[a]] and [[a|b]]\n[[a#h]]\n\n[[a#h|b]] ![[embed]] [[ ]] [[#local]]"
    assert extract(body).links == (
        wiki("a", line=1),
        wiki("a", alias="b", line=1),
        wiki("a", heading="h", line=2),
        wiki("a", alias="b", heading="h", line=4),
        wiki("embed", line=4),
        wiki("", heading="local", line=4),
    )


def test_dendron_targets_stay_whole_and_table_escaped_bar_is_an_alias() -> None:
    body = "| [[recipes.ingredients.shopping\\|Shop]] | [[recipes.italian.desserts.tiramisu]] |"
    assert [(x.target, x.alias) for x in extract(body).links] == [
        ("recipes.ingredients.shopping", "Shop"),
        ("recipes.italian.desserts.tiramisu", None),
    ]


def test_markdown_links_autolinks_and_bare_urls() -> None:
    body = (
        "[text](notes/a.md#part) <https://auto.org/x> <me@example.org>\n"
        "see https://bare.org/a_(b)). and (https://x.org/y).\n"
        "![image](pic.png) [ref link][r] and [r]\n\n"
        "[r]: https://ref.org 'Title'\n"
    )
    links = extract(body).links
    assert [(x.target, x.kind, x.line) for x in links] == [
        ("notes/a.md#part", "markdown", 1),
        ("https://auto.org/x", "markdown", 1),
        ("mailto:me@example.org", "markdown", 1),
        ("https://bare.org/a_(b)", "markdown", 2),
        ("https://x.org/y", "markdown", 2),
        ("https://ref.org", "markdown", 3),
        ("https://ref.org", "markdown", 3),
    ]
    assert links[0].alias == "text"


def test_code_keeps_its_text_but_gives_no_links_or_tags() -> None:
    body = (
        "`[[inline]] #inline https://inline.org`\n\n"
        "```md\n[[fenced]] #fenced\n```\n\n"
        "~~~\n[[tilde]]\n~~~\n\n"
        "    [[indented]] #indented\n\n"
        "after [[real]] #real"
    )
    result = extract(body)
    assert result.links == (wiki("real", line=13),)
    assert result.tags == ("real",)
    for word in ("[[inline]] #inline", "[[fenced]] #fenced", "[[tilde]]", "[[indented]]"):
        assert word in result.text


def test_crlf_line_numbers() -> None:
    assert extract("one\r\ntwo\r\n[[three]]\rfour [[x]]").links == (
        wiki("three", line=3),
        wiki("x", line=4),
    )


def test_wikilink_targets_are_unique_in_order() -> None:
    body = "[[b]] [[a|x]] [[b#h]] ![[c]] `[[code]]` [[#same-note]]"
    assert wikilink_targets(body) == ("b", "a", "c")


# --- extract: tags ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "tags"),
    [
        ("#tag", ("tag",)),
        ("#123 and #2026-review", ("2026-review",)),
        ("# Heading\n## Also", ()),
        ("https://x.org/a#b and x.org/#c and C# and a#b", ()),
        ("#café #日本 #a/b/c #snake_case", ("café", "日本", "a/b/c", "snake_case")),
        ("(#paren) *#em* #end. #dash-", ("paren", "em", "end", "dash")),
        ("#Idea then #idea then #IDEA", ("Idea",)),
        ("`#code` [x](#anchor) &#35;entity <a href='#x'>", ()),
        ("#[[multi word]] tag", ("multi word",)),
    ],
)
def test_tag_edge_cases(body: str, tags: tuple[str, ...]) -> None:
    assert extract(body).tags == tags


# --- extract: text and properties -------------------------------------------------------


def test_text_drops_markup_keeps_words_urls_and_code() -> None:
    body = (
        "# Head\n\n"
        "Some **bold** _em_ ~~gone~~ snake_case [label](https://l.org) [[t|alias]] [[plain]]\n"
        "<span style='x'>inside</span> &amp; &lt;kept&gt; `a < b` https://u.org/x\n\n"
        "- [ ] todo item\n- [x] done item\n\n"
        "| h1 | [[t\\|cell]] |\n|---|:-:|\n| c1 | c2 |\n\n"
        "<script>\nsecret()\n</script>\n"
        "Footnote[^1].\n\n[^1]: The footnote text.\n\n"
        "[def]: https://def.org 'Def Title'\n"
    )
    text = extract(body).text
    for kept in ("Head", "bold", "em", "gone", "snake_case", "label", "alias", "plain", "inside"):
        assert kept in text
    for kept in ("& &lt;kept&gt;", "a < b", "https://u.org/x", "todo item", "c1", "c2", "cell"):
        assert kept in text
    assert "The footnote text." in text
    for dropped in (
        "**",
        "~~",
        "[[",
        "https://l.org",
        "<span",
        "[ ]",
        "---",
        "secret",
        "[^1]",
        "|",
    ):
        assert dropped not in text
    assert "Def Title" not in text
    assert "https://def.org" not in text


def test_tags_inside_code_html_keep_their_words_without_angle_brackets() -> None:
    text = extract("`<div class='x'>`\n\n```\n<b>bold</b>\n```").text
    assert _HTML_TAG.search(text) is None
    assert "div class='x'" in text
    assert "bold" in text


def test_logseq_properties_become_properties_text_links_and_tags() -> None:
    body = (
        "title:: Foo\nalias:: a, b\ntags:: x, [[y]], #z\n\n"
        "- block\n  Title:: ignored second\n\t- id:: 64f0\n\t  source:: [[Some Page]] here\n"
        "```\nlater:: inside code\n```\n"
    )
    result = extract(body)
    assert result.properties == {
        "title": "Foo",
        "alias": "a, b",
        "tags": "x, [[y]], #z",
        "id": "64f0",
        "source": "[[Some Page]] here",
    }
    assert result.tags == ("x", "y", "z")
    assert [x.target for x in result.links] == ["y", "Some Page"]
    assert "Foo" in result.text
    assert "Some Page here" in result.text
    assert "Title::" not in result.text
    assert "later:: inside code" in result.text


def test_front_matter_is_the_callers_business_but_a_logseq_page_needs_none() -> None:
    result = extract("title:: Only Properties")
    assert result.title is None
    assert result.properties == {"title": "Only Properties"}


# --- extract: robustness and speed ------------------------------------------------------


def test_a_five_megabyte_body_is_extracted_in_seconds() -> None:
    paragraph = "Some *text* with [[link]], #tag, `code` and https://x.org/y.\n" * 3 + "\n"
    body = paragraph * (5_000_000 // len(paragraph))
    started = time.process_time()
    result = extract(body)
    assert time.process_time() - started < 10
    assert len(result.links) == body.count("[[link]]") * 2
    assert result.tags == ("tag",)


@pytest.mark.parametrize(
    "hostile",
    [
        "[" * 200_000,
        "` `` " * 40_000,
        "<a " * 60_000,
        "[[a" * 60_000,
        "[a](" * 50_000,
        "&a" * 100_000,
    ],
)
def test_pathological_input_stays_linear(hostile: str) -> None:
    started = time.process_time()
    extract(hostile)
    assert time.process_time() - started < 5


_FRAGMENTS = [
    "# ", "## ", "#tag", "#123", "[[", "]]", "[[a|b]]", "[[a#h]]", "![[e]]", "[", "]", "(", ")",
    "[x](", "javascript:alert(1)", "JaVaScRiPt:", "data:text/html,<b>x</b>", "vbscript:x",
    "file:///etc/passwd", "&#106;", "&#x6A;", "&colon;", "&lt;", "&#10;", "<", ">", "<script>",
    "</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>", "<!--", "-->", "`",
    "``", "```", "~~~", "*", "**", "_", "~~", "|", "---", "===", "- [ ] ", "- [x] ", "1. ",
    "> ", "    ", "\t", "[^1]", "[^1]: ", "[ref]: javascript:x", "[ref]", "![i](", ")",
    "https://x.org/a#b", "<https://x.org>", "<javascript:alert(1)>", "www.x.org", "a@b.c",
    "mailto:a@b.c", "key:: value", "tags:: x, [[y]]", "\\", "&amp;", "\r\n", "word", "日本",
]  # fmt: skip
_SEPARATORS = ["", " ", "\n", "\n\n", "  ", "\n    ", "\n> ", "\n- ", "\n|"]
markdownish = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS), st.text(max_size=4)),
    max_size=40,
).map("".join)
any_text = st.one_of(st.text(), markdownish)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_extract_never_raises_and_keeps_its_promises(body: str) -> None:
    result = extract(body)
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert _HTML_TAG.search(result.text) is None
    assert result.title is None or result.title in result.headings
    assert all(tag and not tag.startswith("#") for tag in result.tags)
    assert len({tag.casefold() for tag in result.tags}) == len(result.tags)
    for link in result.links:
        assert 1 <= link.line <= len(lines)
        if link.kind == "wiki":  # line numbers stay aligned through every construct
            assert link.target in lines[link.line - 1].replace("\\|", "|")


# --- render_html ------------------------------------------------------------------------


def test_gfm_table_strikethrough_and_task_glyphs() -> None:
    html = render_html("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [ ] open\n- [x] done\n")
    assert '<table border="1" cellspacing="0">' in html
    assert "<td><s>2</s></td>" in html
    assert "<li>☐ open</li>" in html
    assert "<li>☑ done</li>" in html
    assert "<input" not in html


def test_footnotes() -> None:
    html = render_html("Claim[^n].\n\n[^n]: Source of the claim.\n")
    assert '<a href="#fn1" id="fnref1">' in html
    assert "Source of the claim." in html


def test_front_matter_at_the_top_is_not_shown() -> None:
    html = render_html("---\nsecret: yes\n---\n# Title\n")
    assert "secret" not in html
    assert '<h1><a name="title"></a>Title</h1>' in html


def test_wikilinks_render_with_targets_headings_aliases_and_missing_class() -> None:
    html = render_html(
        "[[a]] [[a|b]] [[a#h]] [[a#h|b]] ![[embed]] [[gone]] [[x y/é]]",
        note_exists=lambda target: target != "gone",
    )
    assert '<a class="wikilink" href="ponder-note:a">a</a>' in html
    assert '<a class="wikilink" href="ponder-note:a">b</a>' in html
    assert '<a class="wikilink" href="ponder-note:a#h">a#h</a>' in html
    assert '<a class="wikilink" href="ponder-note:a#h">b</a>' in html
    assert '<a class="wikilink embed" href="ponder-note:embed">embed</a>' in html
    assert '<a class="wikilink missing" href="ponder-note:gone">gone</a>' in html
    assert 'href="ponder-note:x%20y%2F%C3%A9"' in html


def test_tags_render_as_links_only_where_extract_finds_them() -> None:
    body = "#idea #123 #2026-review #café C# https://x.org/a#b `#code`\n\n# Heading"
    html = render_html(body)
    assert '<a class="tag" href="ponder-tag:idea">#idea</a>' in html
    assert '<a class="tag" href="ponder-tag:2026-review">#2026-review</a>' in html
    assert '<a class="tag" href="ponder-tag:caf%C3%A9">#café</a>' in html
    assert html.count('class="tag"') == len(extract(body).tags) == 3
    assert '<a href="https://x.org/a#b">' in html
    assert "<code>#code</code>" in html


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img"),
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("[x](JaVaScRiPt:alert(1))", "[x](JaVaScRiPt:alert(1))"),
        ("[x](data:text/html,<b>hi</b>)", "[x](data:text/html,"),
        ("[x](&#106;avascript:alert(1))", "[x](javascript:alert(1))"),
        ("[x](javascript&#58;alert(1))", "[x](javascript:alert(1))"),
        ("[x](vbscript:msgbox)", "[x](vbscript:msgbox)"),
        ("[x](file:///etc/passwd)", "[x](file:///etc/passwd)"),
        ("<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"),
        ("<file:///etc/passwd>", "&lt;file:///etc/passwd&gt;"),
        ("![x](data:image/png;base64,AAAA)", "![x](data:image/png;base64,AAAA)"),
        ("[x][r]\n\n[r]: javascript:alert(1)", "[x][r]"),
    ],
)
def test_hostile_input_renders_as_plain_text(body: str, shown: str) -> None:
    html = render_html(body)
    assert_safe_html(html)
    assert "<a " not in html
    assert shown in html


def test_the_safety_check_itself_catches_raw_html() -> None:
    from markdown_it import MarkdownIt

    unsafe = MarkdownIt("commonmark").render("<img src=x onerror=alert(1)>\n\n[x](vbscript:y)")
    with pytest.raises(AssertionError):
        assert_safe_html(unsafe)
    with pytest.raises(AssertionError):
        assert_safe_html('<a href=" java\tscript:alert(1)">x</a>')


def test_allowed_links_are_kept() -> None:
    html = render_html(
        "[w](https://a.org) [m](mailto:a@b.org) [r](notes/x.md) [h](#part) <http://b.org>"
    )
    for href in ("https://a.org", "mailto:a@b.org", "notes/x.md", "#part", "http://b.org"):
        assert f'href="{href}"' in html


def test_remote_images_become_links() -> None:
    body = "![a cat](https://img.org/cat.png) ![local](attachments/dog.png) ![x](//img.org/x)"
    html = render_html(body)
    assert '<a href="https://img.org/cat.png">[image: a cat]</a>' in html
    assert '<img src="attachments/dog.png" alt="local">' in html
    assert '<img src="https:' not in html and '<img src="//' not in html


def test_thirty_levels_of_lists_and_quotes_render_completely() -> None:
    nested_list = "\n".join("  " * level + f"- level{level}" for level in range(30))
    nested_quote = "\n".join(">" * (level + 1) + f" quote{level}" for level in range(30))
    list_html, quote_html = render_html(nested_list), render_html(nested_quote)
    assert all(f"level{level}" in list_html for level in range(30))
    assert list_html.count("<ul>") == 30
    assert all(f"quote{level}" in quote_html for level in range(30))
    assert quote_html.count("<blockquote>") == 30


def test_a_five_megabyte_body_renders() -> None:
    plain = "Plain words in a paragraph that goes on for a while without any markup.\n"
    paragraph = plain * 4 + "Then a [[link]] and a #tag.\n\n"
    body = paragraph * (5_000_000 // len(paragraph))
    html = render_html(body)
    assert html.count('class="wikilink"') == body.count("[[link]]")
    assert html.endswith("</p>\n")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_render_never_raises_and_is_always_safe(body: str) -> None:
    assert_safe_html(render_html(body, note_exists=lambda target: len(target) % 2 == 0))


@given(st.text(), st.text())
def test_note_and_tag_hrefs_round_trip(target: str, heading: str) -> None:
    assert parse_note_href(note_href(target, heading)) == (target, heading or None)
    assert parse_tag_href(tag_href(target)) == target
    assert parse_note_href("https://x.org") is None
    assert parse_tag_href("ponder-note:x") is None


def test_is_safe_url() -> None:
    for url in ("https://a", "HTTP://a", "mailto:x", "rel/a.md", "#h", "a/b:c", "?q=a:b", ""):
        assert is_safe_url(url), url
    for url in ("javascript:x", " JavaScript:x", "data:x", "vbscript:x", "file:x", "ftp:x", "c:x"):
        assert not is_safe_url(url), url


# --- real corpora -------------------------------------------------------------------------


def test_foam_wikilinks_in_files_read_by_hand(corpus: Callable[[str], Path]) -> None:
    docs = corpus("foam") / "docs" / "user"
    faq = extract((docs / "frequently-asked-questions.md").read_text(encoding="utf-8"))
    assert [(x.target, x.line) for x in faq.links if x.kind == "wiki"] == [
        ("recommended-extensions", 11),
        ("wikilinks", 13),
        ("foam-logging-in-vscode", 32),
        ("telemetry", 34),
    ]
    assert faq.title == "Frequently Asked Questions"
    # The link reference definitions Foam writes at the end are not text.
    assert "features/wikilinks.md" not in faq.text
    assert "Recommended Extensions" not in faq.text

    recipes = extract((docs / "recipes" / "recipes.md").read_text(encoding="utf-8"))
    expected = """how-to-write-recipes web-clipper markup-converter migrating-from-obsidian
        migrating-from-onenote search-and-navigate-notes graph-view backlinking backlinking
        wikilinks commands daily-notes tags templates orphans diagrams-in-markdown
        automatically-expand-urls-to-well-titled-links custom-markdown-preview-styles
        add-images-to-notes shows-image-preview-on-hover embeds write-your-notes-in-github-gist
        automatic-git-syncing publish-to-github-pages publish-to-gitlab-pages
        publish-to-azure-devops-wiki publish-to-vercel publish-to-netlify-with-eleventy
        generate-gatsby-site generate-material-for-mkdocs-site publish-to-github
        math-support-with-mathjax publish-to-github-pages math-support-with-katex export-to-pdf
        real-time-collaboration capture-notes-with-drafts-pro
        capture-notes-with-shortcuts-and-github-actions how-to-write-recipes how-to-write-recipes"""
    assert [x.target for x in recipes.links if x.kind == "wiki"] == expected.split()
    assert "recipe" in recipes.tags


def test_foam_corpus_wikilinks_match_a_plain_regex_outside_code(
    corpus: Callable[[str], Path],
) -> None:
    checked = 0
    for path in sorted(corpus("foam").rglob("*.md")):
        body = path.read_text(encoding="utf-8")
        found = [x.target for x in extract(body).links if x.kind == "wiki"]
        written = [
            m.split("|")[0].split("#")[0].strip() for m in re.findall(r"\[\[(.+?)\]\]", body)
        ]
        assert set(found) <= set(written), path
        if "`" not in body and "    " not in body:
            assert found == [w for w in written if w], path
            checked += 1
    assert checked > 10


def test_logseq_properties_tags_and_links(corpus: Callable[[str], Path]) -> None:
    pages = corpus("logseq-docs") / "pages"
    embed = extract((pages / "page_embed.md").read_text(encoding="utf-8"))
    assert embed.properties["title"] == "Page embed"
    assert embed.properties["alias"] == "term/embedded page"
    assert embed.properties["collapsed"] == "true"
    assert embed.properties["name"] == "Page embed"
    assert embed.tags == ("embed",)
    targets = [x.target for x in embed.links]
    for target in ("Feature", "All Platforms", "embed", "Block embed", "term/page"):
        assert target in targets
    assert "Allows an entire page to be displayed" in embed.text
    assert embed.headings == ("Usage", "Functionality")

    props = extract((pages / "Properties.md").read_text(encoding="utf-8"))
    assert props.properties["type"] == "[[Feature]]"
    # These appear inside fenced examples only.
    assert "motor" not in props.tags
    assert "triples" not in props.tags
    assert "tags:: motor, steering wheel" in props.text


def test_logseq_corpus_properties(corpus: Callable[[str], Path]) -> None:
    with_type = 0
    for path in sorted(corpus("logseq-docs").rglob("*.md")):
        result = extract(path.read_text(encoding="utf-8"))
        with_type += "type" in result.properties
        assert all(key == key.lower() for key in result.properties)
    assert with_type > 50


def test_dendron_hierarchical_targets(corpus: Callable[[str], Path]) -> None:
    vault = corpus("dendron-site") / "vault"
    body = without_front_matter(
        (vault / "changelog.release.2020-09-13.md").read_text(encoding="utf-8")
    )
    links = [(x.target, x.heading) for x in extract(body).links if x.kind == "wiki"]
    assert ("dendron.topic.note-reference", "summary,1:#*") in links
    assert ("archive.pkg.dendron-snippet-maker", None) in links
    tutorial = extract(
        without_front_matter((vault / "tutorial.main.linking-notes.md").read_text(encoding="utf-8"))
    )
    # The tutorial shows its wikilinks inside backticks, as examples to type; one is real.
    wikis = [(x.target, x.alias, x.line) for x in tutorial.links if x.kind == "wiki"]
    assert wikis == [("Rich Formatting", "tutorial.rich-formatting", 107)]
    assert "[[recipes.ingredients.shopping-list]]" in tutorial.text


@pytest.mark.slow
def test_tldr_every_page_extracts_with_its_title_and_far_faster_than_rendering() -> None:
    archive = SHARED_DATA / "corpora" / "tldr.tar.gz"
    if not archive.exists():
        missing_shared_data(archive)
    with tarfile.open(archive) as tar:
        bodies = [
            tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            for member in tar
            if member.isfile() and member.name.endswith(".md") and "/pages" in member.name
        ]
    assert len(bodies) > 30_000
    started = time.process_time()
    results = [extract(body) for body in bodies]
    extract_seconds = time.process_time() - started
    for body, result in zip(bodies, results, strict=True):
        assert result.title == body.split("\n", 1)[0].removeprefix("# ").strip()
    sample = bodies[::40]
    started = time.process_time()
    for body in sample:
        render_html(body)
    render_seconds = (time.process_time() - started) * 40
    assert extract_seconds * 4 < render_seconds, (extract_seconds, render_seconds)


# --- bounded rendering (issue 10) -----------------------------------------------------------


@pytest.mark.parametrize("unit", ["[![[", "[[", "![", "[", "^[", "![!["])
def test_unclosed_brackets_render_in_linear_time(unit: str) -> None:
    text = unit * (150_000 // len(unit))  # once 10 s per preview render
    start = time.perf_counter()
    html = render_html(text, budget_seconds=None)
    assert time.perf_counter() - start < 1.0
    assert TOO_COMPLEX not in html
    assert html.count("[") == text.count("[")  # every bracket is still there, as text


def test_brackets_that_close_later_still_make_links() -> None:
    html = render_html("[[[ [a](https://a.example) ![b](https://b.example/i.png) [[Note]] ^[fn]")
    assert '<a href="https://a.example">a</a>' in html
    assert "wikilink" in html and "[image: b]" in html


def test_past_its_budget_a_note_is_escaped_plain_text_with_a_notice() -> None:
    body = "<script>x</script> " + "[![[x]] " * 20_000
    start = time.perf_counter()
    html = render_html(body, budget_seconds=0.05)
    assert time.perf_counter() - start < 1.0
    assert html.startswith(TOO_COMPLEX)
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert render_html("# fine", budget_seconds=0.05).startswith("<h1>")


def test_share_drafts_parse_unclosed_brackets_in_linear_time() -> None:
    # The composer parses a draft once per target: 150 KB of `[![[` took 12 s each.
    from ponder.core.share import markup

    start = time.perf_counter()
    tree = markup.parse("[![[" * 37_500)
    assert time.perf_counter() - start < 1.0
    assert tree.children
