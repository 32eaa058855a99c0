"""Render a draft's Markdown for each network: its markup dialect and its request body."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markdown_it.tree import SyntaxTreeNode

from ponder.core import frontmatter
from ponder.core.share.html_writer import HtmlWriter
from ponder.core.share.markup import Links, TextWriter, no_links, parse
from ponder.core.share.writers import MarkdownWriter, SlackWriter, TeamsWriter

SLACK_SECTION_CHARS = 3000
"""Slack's limit on the text of one section block."""

ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
MATRIX_HTML = "org.matrix.custom.html"

Json = dict[str, Any]
_Renderer = Callable[[SyntaxTreeNode, Links, str, str], "Rendered"]


class Target(enum.StrEnum):
    """The networks (and generic outlets) a draft can be rendered for."""

    SLACK = "slack"
    TEAMS = "teams"
    MATTERMOST = "mattermost"
    DISCOURSE = "discourse"
    MATRIX = "matrix"
    MASTODON = "mastodon"
    VIVA_ENGAGE = "viva_engage"
    EMAIL = "email"
    WEBHOOK = "webhook"


@dataclass(frozen=True, slots=True)
class Rendered:
    """A draft ready for one network.

    `text` is the body in the network's own markup (mrkdwn, Markdown or plain text), `plain`
    the same without markup, `html` an HTML fragment where the network takes one, and
    `payload` the JSON body its API expects, minus what only the channel knows (room, token).
    """

    target: Target
    title: str
    text: str
    plain: str
    payload: Json = field(default_factory=dict)
    html: str | None = None
    parts: tuple[str, ...] = ()
    """Slack: the text of each section block; Teams: each TextBlock's text."""
    card: Json | None = None
    """Teams: the Adaptive Card itself (what goes out)."""
    markdown: bool = False
    """`text` is Markdown a receiver may keep as the source (Discourse, files, webhooks)."""


def render(
    markdown: str, target: Target | str, *, links: Links = no_links, title: str | None = None
) -> Rendered:
    """`markdown` (a whole draft, front matter allowed) rendered for `target`.

    `[[wikilinks]]` become links to what `links` returns for their target (a public URL),
    else plain text; links to anything but http, https and mailto keep only their label.
    Never raises on any Markdown.
    """
    target = Target(target)
    root = parse(markdown)
    title = title if title is not None else _front_title(markdown)
    plain = TextWriter(links).document(root)
    return _RENDERERS[target](root, links, title, plain)


def _front_title(markdown: str) -> str:
    try:
        front, _ = frontmatter.read(markdown)
    except frontmatter.FrontMatterError:
        return ""
    value = front.get("title")
    return str(value).strip() if value is not None else ""


def _slack(root: SyntaxTreeNode, links: Links, title: str, plain: str) -> Rendered:
    writer = SlackWriter(links)
    sections = _pack([writer.block(node) for node in root.children], SLACK_SECTION_CHARS)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections]
    summary = writer.text(title or plain.split("\n", 1)[0])[:SLACK_SECTION_CHARS]
    payload: Json = {"text": summary, "blocks": blocks}
    return Rendered(
        Target.SLACK, title, "\n\n".join(sections), plain, payload, parts=tuple(sections)
    )


def _pack(blocks: list[str], limit: int) -> list[str]:
    """Consecutive blocks joined into sections of at most `limit` characters where they fit;
    a block longer than that stays alone (the length check reports it)."""
    sections: list[str] = []
    for block in filter(None, blocks):
        if sections and len(sections[-1]) + 2 + len(block) <= limit:
            sections[-1] += "\n\n" + block
        else:
            sections.append(block)
    return sections


def _teams(root: SyntaxTreeNode, links: Links, title: str, plain: str) -> Rendered:
    writer = TeamsWriter(links)
    body: list[Json] = []
    if title:
        body.append(_text_block(writer.text(title), size="Large", weight="Bolder"))
    separator = False
    for node in root.children:
        if node.type == "hr":
            separator = True
            continue
        element = _card_element(writer, node)
        if element is None:
            continue
        if separator:
            element["separator"] = True
            separator = False
        body.append(element)
    card: Json = {
        "$schema": ADAPTIVE_CARD_SCHEMA,
        "type": "AdaptiveCard",
        "version": "1.5",
        "body": body,
    }
    attachment = {"contentType": "application/vnd.microsoft.card.adaptive", "content": card}
    payload: Json = {"type": "message", "attachments": [attachment]}
    texts = tuple(_card_texts(body))
    text = "\n\n".join(texts)
    return Rendered(Target.TEAMS, title, text, plain, payload, parts=texts, card=card)


def _card_element(writer: TeamsWriter, node: SyntaxTreeNode) -> Json | None:
    if node.type == "blockquote":
        items = [e for e in (_card_element(writer, child) for child in node.children) if e]
        return {"type": "Container", "style": "emphasis", "items": items} if items else None
    text = writer.block(node)
    if not text:
        return None
    if node.type == "heading":
        return _text_block(text, size="Medium" if node.tag in ("h1", "h2") else "Default")
    if node.type in ("fence", "code_block"):
        return _text_block(text, fontType="Monospace")
    if node.type == "footnote_block":
        return _text_block(text, isSubtle=True, size="Small")
    return _text_block(text)


def _text_block(text: str, **style: object) -> Json:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _card_texts(elements: list[Json]) -> list[str]:
    texts: list[str] = []
    for element in elements:
        if element["type"] == "TextBlock":
            texts.append(str(element["text"]))
        else:
            texts.extend(_card_texts(element["items"]))
    return texts


def _markdown(target: Target) -> _Renderer:
    def make(root: SyntaxTreeNode, links: Links, title: str, plain: str) -> Rendered:
        text = MarkdownWriter(links).document(root)
        payload: Json
        html: str | None = None
        if target is Target.DISCOURSE:
            payload = {"title": title, "raw": text}
        elif target is Target.MATTERMOST:
            payload = {"message": text}
        else:  # webhooks, files, the clipboard: Markdown with an HTML twin
            payload = {"title": title, "markdown": text, "text": plain}
            html = HtmlWriter(links).document(root)
        markdown = target is not Target.MATTERMOST
        return Rendered(target, title, text, plain, payload, html=html, markdown=markdown)

    return make


def _matrix(root: SyntaxTreeNode, links: Links, title: str, plain: str) -> Rendered:
    html = HtmlWriter(links).document(root)
    content: Json = {
        "msgtype": "m.text",
        "body": plain,
        "format": MATRIX_HTML,
        "formatted_body": html,
    }
    return Rendered(Target.MATRIX, title, plain, plain, content, html=html)


def _plain(target: Target) -> _Renderer:
    def make(root: SyntaxTreeNode, links: Links, title: str, plain: str) -> Rendered:
        payload: Json
        if target is Target.MASTODON:
            payload = {"status": plain}
        else:
            payload = {"body": plain, "is_rich_text": False}
        return Rendered(target, title, plain, plain, payload)

    return make


def _email(root: SyntaxTreeNode, links: Links, title: str, plain: str) -> Rendered:
    fragment = HtmlWriter(links).document(root)
    html = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n'
        f"{fragment}\n</body></html>\n"
    )
    payload: Json = {"subject": title, "text": plain + "\n", "html": html}
    return Rendered(Target.EMAIL, title, plain, plain, payload, html=html)


_RENDERERS: dict[Target, _Renderer] = {
    Target.SLACK: _slack,
    Target.TEAMS: _teams,
    Target.MATTERMOST: _markdown(Target.MATTERMOST),
    Target.DISCOURSE: _markdown(Target.DISCOURSE),
    Target.WEBHOOK: _markdown(Target.WEBHOOK),
    Target.MATRIX: _matrix,
    Target.MASTODON: _plain(Target.MASTODON),
    Target.VIVA_ENGAGE: _plain(Target.VIVA_ENGAGE),
    Target.EMAIL: _email,
}
