"""Obsidian's Markdown in the preview: callouts, embeds, block ids, highlights and comments.

Registered on the one parser in markdown.py. QTextBrowser draws a small subset of HTML, so a
callout or an embed is a table: a narrow coloured cell as the bar, the content beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

MAX_EMBED_DEPTH = 3
"""An embed inside an embed inside an embed; deeper ones are shown as links."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp")

_CALLOUT = re.compile(r"\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*(.*)")
_BLOCK_ID = re.compile(r"(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$")
_SIZE = re.compile(r"(\d{1,4})(?:x(\d{1,4}))?")

# type → (symbol, colour); aliases as Obsidian lists them
_KINDS: dict[str, tuple[str, str]] = {
    "note": ("✎", "#448aff"),
    "abstract": ("☰", "#00b0ff"),
    "info": ("ℹ", "#00b8d4"),
    "todo": ("☐", "#00b8d4"),
    "tip": ("★", "#00bfa5"),
    "success": ("✔", "#00c853"),
    "question": ("?", "#64dd17"),
    "warning": ("⚠", "#ff9100"),
    "failure": ("✘", "#ff5252"),
    "danger": ("⚡", "#ff1744"),
    "bug": ("✱", "#f50057"),
    "example": ("☷", "#7c4dff"),
    "quote": ("❝", "#9e9e9e"),
}
_ALIASES = {
    "summary": "abstract", "tldr": "abstract", "hint": "tip", "important": "tip",
    "check": "success", "done": "success", "help": "question", "faq": "question",
    "caution": "warning", "attention": "warning", "fail": "failure", "missing": "failure",
    "error": "danger", "cite": "quote",
}  # fmt: skip

Embedder = Callable[[str, str | None], tuple[str, str] | None]
"""(target, heading) → (vault path, Markdown of the note or of that section), or None."""


def anchor_name(heading: str) -> str:
    """The anchor a heading or block id renders with, and `[[Note#heading]]` scrolls to."""
    heading = heading.rsplit("#", 1)[-1]  # `[[Note#Part#Sub]]` names the last heading
    if heading.startswith("^"):
        return heading.casefold()
    return " ".join(heading.split()).casefold()


def obsidian_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("paragraph", "comment_block", _comment_block)
    md.inline.ruler.before("emphasis", "comment", _comment)
    md.inline.ruler.before("emphasis", "highlight", _highlight)
    md.core.ruler.before("inline", "callouts", _callouts)
    md.core.ruler.after("inline", "anchors", _anchors)
    md.add_render_rule("highlight", _render_highlight)
    md.add_render_rule("anchor", _render_anchor)
    md.add_render_rule("blockquote_open", _render_quote_open)
    md.add_render_rule("blockquote_close", _render_quote_close)


def _comment_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`%%` on a line of its own (or opening one) up to the line that closes it: hidden."""
    first = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
    if not first.startswith("%%") or "%%" in first[2:]:
        return False
    line = start + 1
    while line < end:
        text = state.src[state.bMarks[line] : state.eMarks[line]]
        if "%%" in text:
            break
        line += 1
    if not silent:
        state.line = min(line + 1, end)
    return True


def _comment(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("%%", state.pos):
        return False
    close = state.src.find("%%", state.pos + 2)
    if close < 0:
        return False
    state.pos = close + 2  # nothing is pushed: the comment is not shown
    return True


def _highlight(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("==", pos) or src.startswith("===", pos):
        return False
    close = src.find("==", pos + 2)
    if close <= pos + 2 or src[pos + 2].isspace() or src[close - 1].isspace():
        return False
    if not silent:
        state.push("highlight", "", 0).meta = {"text": src[pos + 2 : close]}
    state.pos = close + 2
    return True


def _render_highlight(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    text = escapeHtml(tokens[idx].meta["text"])
    return f'<span style="background-color: #fff59d; color: #1a1a1a;">{text}</span>'


def _callouts(state: StateCore) -> None:
    """`> [!type]± Title` makes a blockquote a callout; `-` folds it (only the title shows)."""
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "blockquote_open" and i + 2 < len(tokens):
            inline = tokens[i + 2]
            first, _, rest = inline.content.partition("\n")
            match = _CALLOUT.match(first) if inline.type == "inline" else None
            if match:
                kind = _ALIASES.get(match[1].lower(), match[1].lower())
                title = match[3].strip() or match[1].capitalize()
                parsed = state.md.parseInline(title, state.env)[0].children or []
                token.meta = {"callout": kind, "title": parsed, "folded": match[2] == "-"}
                inline.content = rest
                if not rest.strip():  # the title was the whole paragraph
                    del tokens[i + 1 : i + 4]
                if match[2] == "-":
                    _drop_body(tokens, i)
        i += 1


def _drop_body(tokens: list[Token], start: int) -> None:
    """Remove what a folded callout holds, up to its closing token."""
    depth = 0
    for end in range(start, len(tokens)):
        depth += tokens[end].nesting if tokens[end].type.startswith("blockquote") else 0
        if depth == 0:
            del tokens[start + 1 : end]
            return


def _anchors(state: StateCore) -> None:
    """Anchors for headings and block ids (`text ^abc123`: the id itself is not shown)."""
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "inline" or not token.children:
            continue
        if i and tokens[i - 1].type == "heading_open":
            token.children.insert(0, _anchor(anchor_name(token.content)))
            continue
        last = token.children[-1]
        match = _BLOCK_ID.search(last.content) if last.type == "text" else None
        if match:
            last.content = last.content[: match.start()]
            token.children.insert(0, _anchor("^" + match[1].casefold()))


def _anchor(name: str) -> Token:
    token = Token("anchor", "", 0)
    token.meta = {"name": name}
    return token


def _render_anchor(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    return f'<a name="{escapeHtml(tokens[idx].meta["name"])}"></a>'


def _render_quote_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    meta = tokens[idx].meta or {}
    if "callout" not in meta:
        return self.renderToken(tokens, idx, options, env)
    symbol, colour = _KINDS.get(meta["callout"], _KINDS["note"])
    fold = " ▸" if meta["folded"] else ""
    title = f"{symbol}  {self.renderInline(meta['title'], options, env)}{fold}"
    return (
        f'<table class="callout callout-{escapeHtml(meta["callout"])}" width="100%"'
        ' cellspacing="0" cellpadding="8" style="margin-top: 6px; margin-bottom: 6px;"><tr>'
        f'<td width="4" bgcolor="{colour}"></td><td>'
        f'<p style="margin: 0;"><b style="color: {colour};">{title}</b></p>\n'
    )


def _render_quote_close(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    depth = 0
    for j in range(idx, -1, -1):  # find the opening token of this blockquote
        depth += -tokens[j].nesting if tokens[j].type.startswith("blockquote") else 0
        if depth == 0:
            if "callout" in (tokens[j].meta or {}):
                return "</td></tr></table>\n"
            break
    return self.renderToken(tokens, idx, options, env)


def render_embed(
    target: str, heading: str | None, alias: str | None, env: dict[str, Any]
) -> str | None:
    """An embed's HTML: an image at its size, or a note (or section) rendered inline; None
    to show it as a link (unknown target, too deep, or embedding itself)."""
    if target.lower().endswith(IMAGE_SUFFIXES):
        file_url: Callable[[str], str | None] | None = env.get("file_url")
        url = file_url(target) if file_url is not None else None
        if url is None:
            return None
        size = _SIZE.fullmatch(alias or "")
        width = f' width="{size[1]}"' if size else ""
        height = f' height="{size[2]}"' if size and size[2] else ""
        alt = escapeHtml(alias if alias and not size else target)
        return f'<img src="{escapeHtml(url)}" alt="{alt}"{width}{height} />'
    embed: Embedder | None = env.get("embed")
    seen: frozenset[str] = env.get("seen", frozenset())
    if embed is None or len(seen) >= MAX_EMBED_DEPTH:
        return None
    found = embed(target, heading)
    if found is None or found[0] in seen:
        return None
    path, body = found
    inner = env["render"](body, {**env, "seen": seen | {path}})
    label = escapeHtml(f"{target}#{heading}" if heading else target)
    return (
        '<table class="embed" width="100%" cellspacing="0" cellpadding="6"><tr>'
        f'<td width="3" bgcolor="#9e9e9e"></td><td><p style="margin: 0;"><i>{label}</i></p>\n'
        f"{inner}</td></tr></table>\n"
    )


_ATX = re.compile(r"(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")


def section(text: str, heading: str | None) -> str:
    """The part of a note an embed shows: all of it, the section under a heading (to the
    next heading of the same or a higher level), or the block with a `^id`."""
    if not heading:
        return text
    heading = heading.rsplit("#", 1)[-1]
    lines = text.split("\n")
    if heading.startswith("^"):
        return _block(lines, heading[1:])
    wanted = anchor_name(heading)
    level = 0
    start = -1
    fence = False
    for number, line in enumerate(lines):
        if _FENCE.match(line):
            fence = not fence
        match = None if fence else _ATX.match(line)
        if match is None:
            continue
        if start >= 0 and len(match[1]) <= level:
            return "\n".join(lines[start:number])
        if start < 0 and anchor_name(match[2]) == wanted:
            start, level = number, len(match[1])
    return "\n".join(lines[start:]) if start >= 0 else ""


def _block(lines: list[str], block_id: str) -> str:
    for number, line in enumerate(lines):
        match = _BLOCK_ID.search(line)
        if match and match[1].casefold() == block_id.casefold():
            first = number
            while first > 0 and lines[first - 1].strip():
                first -= 1
            return "\n".join(lines[first : number + 1])
    return ""
