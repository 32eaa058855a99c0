"""Markdown for Ponder: safe HTML for the preview; the index's fast extract lives beside it."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any
from urllib.parse import quote, unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import OptionsDict
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin

from ponder.core.markdown_extract import (
    TAG_BODY,
    TAG_LEADERS,
    WIKI_BODY,
    Extract,
    extract,
    parse_wikilink,
    tag_name,
    wikilink_label,
    wikilink_targets,
)
from ponder.core.markdown_guard import DEADLINE, RenderBudgetExceeded, guard
from ponder.core.markdown_obsidian import Embedder, obsidian_plugin, render_embed

__all__ = [
    "Extract",
    "extract",
    "is_safe_url",
    "note_href",
    "parse_note_href",
    "parse_tag_href",
    "parse_wikilink",
    "render_html",
    "tag_href",
    "wikilink_targets",
]

NOTE_SCHEME = "ponder-note:"
TAG_SCHEME = "ponder-tag:"
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only URL schemes a note may link to; anything else renders as plain text."""

# markdown-it's commonmark limit of 20 silently drops everything nested deeper; a 30-level
# list needs ~61 (each level opens a list and an item).
MAX_NESTING = 100


def is_safe_url(url: str) -> bool:
    """Whether a link target may be shown: relative, `#anchor`, or an allow-listed scheme."""
    url = url.strip()
    colon = url.find(":")
    if colon == -1:
        return True
    head = url[:colon]
    if any(c in head for c in "/?#"):
        return True  # the colon is in the path or fragment of a relative link
    return head.lower() in SAFE_SCHEMES


def note_href(target: str, heading: str | None = None) -> str:
    """The preview href of a wikilink; `parse_note_href` reverses it."""
    href = NOTE_SCHEME + quote(target, safe="")
    return href + "#" + quote(heading, safe="") if heading else href


def parse_note_href(href: str) -> tuple[str, str | None] | None:
    """(target, heading) from a `ponder-note:` href, or None for any other href."""
    if not href.startswith(NOTE_SCHEME):
        return None
    target, _, heading = href[len(NOTE_SCHEME) :].partition("#")
    return unquote(target), unquote(heading) or None


def tag_href(name: str) -> str:
    return TAG_SCHEME + quote(name, safe="")


def parse_tag_href(href: str) -> str | None:
    """The tag name from a `ponder-tag:` href, or None for any other href."""
    return unquote(href[len(TAG_SCHEME) :]) if href.startswith(TAG_SCHEME) else None


RENDER_BUDGET_SECONDS = 1.5
BUDGET_SECONDS_PER_MB = 2.0
"""Plain text renders at well over 1 MB/s: more than this is pathological, not long."""
TOO_COMPLEX = (
    '<p class="notice"><i>This note is too complex to preview in time; '
    "it is shown as plain text.</i></p>"
)


def render_html(
    body: str,
    *,
    note_exists: Callable[[str], bool] | None = None,
    embed: Embedder | None = None,
    file_url: Callable[[str], str | None] | None = None,
    budget_seconds: float | None = RENDER_BUDGET_SECONDS,
) -> str:
    """A safe HTML fragment for the preview (QTextBrowser): no raw HTML, only allowed schemes.

    Wikilinks whose target `note_exists` rejects get the class `missing`. An http(s) image
    becomes a link `[image: alt]`: nothing is loaded from the web. `embed` gives the Markdown
    that `![[Note#Heading]]` shows inline, `file_url` the URL of an attachment
    `![[image.png|300]]` shows (see markdown_obsidian).
    Past `budget_seconds` (plus BUDGET_SECONDS_PER_MB of the body) the note, embeds included,
    is shown as escaped plain text after a notice (TOO_COMPLEX).
    """
    env: dict[str, Any] = {
        "note_exists": note_exists,
        "embed": embed,
        "file_url": file_url,
        "render": _render_nested,
    }
    if budget_seconds is not None:
        allowed = budget_seconds + len(body) / 1e6 * BUDGET_SECONDS_PER_MB
        env[DEADLINE] = time.monotonic() + allowed
    try:
        return _render_nested(body, env)
    except (RenderBudgetExceeded, RecursionError):
        return f"{TOO_COMPLEX}<pre>{escapeHtml(body)}</pre>"


def _render_nested(body: str, env: dict[str, Any]) -> str:
    rendered: str = _parser().render(body, env)
    return rendered


class _SafeMarkdown(MarkdownIt):
    """markdown-it whose links, images and autolinks accept only allow-listed schemes."""

    def validateLink(self, url: str) -> bool:
        return is_safe_url(url)


@cache
def _parser() -> MarkdownIt:
    """The one configured parser; built on first use (building it takes a few milliseconds)."""
    md = _SafeMarkdown("js-default", {"maxNesting": MAX_NESTING})  # js-default: raw HTML off
    md.enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin).use(gfm_autolink_plugin)
    md.use(obsidian_plugin)
    md.inline.ruler.before("link", "wikilink", _wikilink_rule)
    md.inline.ruler.before("link", "tag", _tag_rule)
    md.core.ruler.push("task_glyphs", _task_glyphs)
    md.add_render_rule("wikilink", _render_wikilink)
    md.add_render_rule("tag", _render_tag)
    md.add_render_rule("table_open", _render_table_open)
    md.add_render_rule("image", _render_image)
    guard(md)
    return md


_WIKI_AT = re.compile(rf"(!?)\[\[({WIKI_BODY})\]\]")
_TAG_AT = re.compile(rf"\#(?:\[\[({WIKI_BODY})\]\]|({TAG_BODY}))")
_TASK_BOX = re.compile(r"\[([ xX])\][ \t]")


def _wikilink_rule(state: StateInline, silent: bool) -> bool:
    if state.linkLevel > 0 or state.src[state.pos] not in "![":
        return False  # no links inside link text
    match = _WIKI_AT.match(state.src, state.pos)
    parsed = parse_wikilink(match.group(2)) if match else None
    if match is None or parsed is None:
        return False
    if not silent:
        token = state.push("wikilink", "", 0)
        token.meta = {"parts": parsed, "embed": bool(match.group(1))}
    state.pos = match.end()
    return True


def _tag_rule(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    if state.linkLevel > 0 or state.src[pos] != "#":
        return False
    before = state.src[pos - 1] if pos else " "
    if not (before.isspace() or before in TAG_LEADERS):
        return False
    match = _TAG_AT.match(state.src, pos)
    if match is None:
        return False
    name = match.group(1).strip() if match.group(1) else tag_name(match.group(2))
    if not name:
        return False
    if not silent:
        state.push("tag", "", 0).meta = {"name": name}
    state.pos = match.end() if match.group(1) else pos + 1 + len(name)
    return True


def _task_glyphs(state: StateCore) -> None:
    """`[ ]` / `[x]` at the start of a list item become ☐ / ☑ (QTextBrowser drops checkboxes)."""
    tokens = state.tokens
    for i in range(2, len(tokens)):
        token = tokens[i]
        if token.type != "inline" or tokens[i - 2].type != "list_item_open" or not token.children:
            continue
        first = token.children[0]
        match = _TASK_BOX.match(first.content) if first.type == "text" else None
        if match:
            glyph = "☐" if match.group(1) == " " else "☑"
            first.content = glyph + first.content[3:]


def _render_wikilink(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    meta = tokens[idx].meta
    target, heading, alias = meta["parts"]
    if meta["embed"] and isinstance(env, dict):
        shown = render_embed(target, heading, alias, env)
        if shown is not None:
            return shown
    classes = "wikilink embed" if meta["embed"] else "wikilink"
    exists = env.get("note_exists") if isinstance(env, dict) else None
    if target and exists is not None and not exists(target):
        classes += " missing"
    href = escapeHtml(note_href(target, heading))
    label = escapeHtml(wikilink_label(target, heading, alias))
    return f'<a class="{classes}" href="{href}">{label}</a>'


def _render_tag(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    name = tokens[idx].meta["name"]
    return f'<a class="tag" href="{escapeHtml(tag_href(name))}">#{escapeHtml(name)}</a>'


def _render_table_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    # QTextBrowser ignores CSS borders on cells; only these attributes draw a grid.
    tokens[idx].attrSet("border", "1")
    tokens[idx].attrSet("cellspacing", "0")
    return self.renderToken(tokens, idx, options, env)


def _render_image(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    if src.lower().startswith(("http:", "https:", "//")):
        alt = self.renderInlineAsText(token.children or [], options, env)
        return f'<a href="{escapeHtml(src)}">[image: {escapeHtml(alt)}]</a>'
    return self.image(tokens, idx, options, env)
