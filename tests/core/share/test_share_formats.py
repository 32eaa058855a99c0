"""Each network's rendering, checked structurally; never raises on any Markdown."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ponder.core.share.formats import Target, render
from ponder.core.share.html_writer import MATRIX_TAGS
from shared_data import missing_shared_data

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared" / "data" / "specs"
CARD_SCHEMA = HERE / "channels" / "specs" / "adaptive-card-1.5.json"

DRAFT = """---
title: Caches & keys
---
# Why <our> builds miss

We saw **bold** claims, _careful_ ones and ~~wrong~~ ones: `make -j`, [[Build caches]],
[[Private note]], #ci [the docs](https://example.com/docs?a=1&b=2), https://example.org/x
and [a file](file:///home/me/secret.txt) and [a note](notes/plan.md).[^1]

> Cache keys must be deterministic.
> - even in quotes

1. one
2. two
   - nested

```python
print("<b>")
```

| a | b |
|---|---|
| 1 | 2 |

---

![diagram](https://example.com/d.png) \\*not bold\\*

[^1]: A footnote.
"""


def links(target: str) -> str | None:
    return "https://example.com/cache" if target == "Build caches" else None


def rendered(target: Target) -> object:
    return render(DRAFT, target, links=links)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def html_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("target", list(Target))
def test_no_local_path_or_note_name_leaves_as_a_link(target: Target) -> None:
    result = render(DRAFT, target, links=links)
    everything = json.dumps(result.payload) + result.text + result.plain + (result.html or "")
    for local in ("file:", "/home/me", "notes/plan.md", "[[", "---\ntitle"):
        assert local not in everything
    assert "https://example.com/cache" in everything
    assert "Private note" in result.plain and result.title == "Caches & keys"


def test_slack_mrkdwn() -> None:
    result = render(DRAFT, Target.SLACK, links=links)
    text = result.text
    assert "*Why &lt;our&gt; builds miss*" in text
    assert "*bold*" in text and "_careful_" in text and "~wrong~" in text
    assert "<https://example.com/cache|Build caches>" in text
    assert "<https://example.com/docs?a=1&amp;b=2|the docs>" in text
    assert "Private note" in text and "a file" in text and "<file" not in text
    assert "> Cache keys must be deterministic." in text
    blocks = result.payload["blocks"]
    assert all(b["type"] == "section" and b["text"]["type"] == "mrkdwn" for b in blocks)
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks)


def test_slack_sections_split_at_blocks() -> None:
    long = "\n\n".join(f"Paragraph {i} " + "word " * 100 for i in range(20))
    result = render(long, Target.SLACK)
    assert len(result.parts) > 1 and all(len(part) <= 3000 for part in result.parts)
    assert "".join(result.parts).count("Paragraph") == 20


def test_teams_card_is_an_adaptive_card_1_5() -> None:
    result = render(DRAFT, Target.TEAMS, links=links)
    [attachment] = result.payload["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    blocks = [e for e in card["body"] if e["type"] == "TextBlock"]
    assert all(block["wrap"] is True for block in blocks)
    assert blocks[0]["text"] == "Caches & keys" and blocks[0]["weight"] == "Bolder"
    text = result.text
    assert "[Build caches](https://example.com/cache)" in text
    assert "~~" not in text and "#" + " Why" not in text and "```" not in text
    assert any(e["type"] == "Container" and e["style"] == "emphasis" for e in card["body"])
    schema = json.loads(CARD_SCHEMA.read_text("utf-8"))
    jsonschema.Draft6Validator(schema).validate(card)


def test_matrix_content_matches_the_spec_and_its_html_subset() -> None:
    result = render(DRAFT, Target.MATRIX, links=links)
    spec = SHARED / "matrix" / "data" / "event-schemas" / "schema" / "m.room.message$m.text.yaml"
    if not spec.exists():
        missing_shared_data(spec)
    schema = yaml.safe_load(spec.read_text("utf-8"))["properties"]["content"]
    jsonschema.Draft202012Validator(schema).validate(result.payload)
    assert result.payload["format"] == "org.matrix.custom.html"
    tags = html_tags(result.payload["formatted_body"])
    assert {tag for tag, _ in tags} <= MATRIX_TAGS
    for tag, attrs in tags:
        allowed = {"a": {"href"}, "ol": {"start"}, "code": {"class"}}.get(tag, set())
        assert set(attrs) <= allowed
        if tag == "a":
            assert str(attrs["href"]).startswith(("https://", "http://", "mailto:"))
    assert "&lt;our&gt;" in result.payload["formatted_body"]
    assert "<our>" in result.payload["body"] and "<" not in result.payload["body"].split("\n")[2]


def test_markdown_dialects_keep_structure_and_escape_literals() -> None:
    for target in (Target.MATTERMOST, Target.DISCOURSE, Target.WEBHOOK):
        text = render(DRAFT, target, links=links).text
        assert text.startswith("# Why \\<our\\> builds miss")
        assert "[Build caches](https://example.com/cache)" in text
        assert "| a | b |\n|---|---|\n| 1 | 2 |" in text
        assert '```python\nprint("<b>")\n```' in text
        assert "\\*not bold\\*" in text and "![diagram](https://example.com/d.png)" in text
    discourse = render(DRAFT, Target.DISCOURSE, links=links).payload
    assert discourse["title"] == "Caches & keys" and discourse["raw"].startswith("# Why")
    webhook = render(DRAFT, Target.WEBHOOK, links=links).payload
    assert set(webhook) == {"title", "markdown", "text"}


def test_plain_text_networks_and_email() -> None:
    mastodon = render(DRAFT, Target.MASTODON, links=links)
    assert "**" not in mastodon.text and "Build caches (https://example.com/cache)" in mastodon.text
    assert mastodon.payload == {"status": mastodon.text}
    viva = render(DRAFT, Target.VIVA_ENGAGE, links=links)
    assert viva.payload == {"body": viva.text, "is_rich_text": False}
    email = render(DRAFT, Target.EMAIL, links=links)
    assert email.payload["subject"] == "Caches & keys"
    assert email.payload["text"].startswith("Why <our> builds miss")
    assert "<h1>Why &lt;our&gt; builds miss</h1>" in str(email.html)


def test_an_address_reads_as_itself_in_plain_text() -> None:
    text = render(
        "Write to ana@example.org or [the team](mailto:team@example.org).", Target.MASTODON
    )
    assert "Write to ana@example.org or the team (team@example.org)." in text.text
    assert "mailto:" not in text.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_~`[]()<>#|!-+>\n:/.1^&\\=@")), max_size=200))
def test_rendering_never_raises_on_markdown_like_text(text: str) -> None:
    for target in Target:
        result = render(text, target, links=links)
        assert isinstance(result.text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_rendering_never_raises_on_any_text(text: str) -> None:
    for target in Target:
        render(text, target)
