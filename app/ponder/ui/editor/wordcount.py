"""Counting words as a reader would: Markdown markup and front matter left out. No Qt."""

from __future__ import annotations

import re

_FRONT_MATTER_RE = re.compile(
    r"\A---[ \t]*\n.*?^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE
)
_FENCE_LINE_RE = re.compile(r"^[ \t]*(?:`{3,}|~{3,}).*$", re.MULTILINE)
_LINE_PREFIX_RE = re.compile(
    r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?",
    re.MULTILINE,
)
_RULE_RE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_IMAGE_OR_LINK_RE = re.compile(r"!?\[([^\[\]]*)\]\([^)]*\)")
_WIKILINK_RE = re.compile(r"!?\[\[(?:[^\[\]|]*\|)?([^\[\]]*)\]\]")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^\s<>]+)>", re.IGNORECASE)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
_MARKUP_CHARS_RE = re.compile(r"(?<!\w)[*_~`]+|[*_~`]+(?!\w)")
_CJK = (
    "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
)
_WORD_RE = re.compile(rf"[{_CJK}]|[^\s{_CJK}]*[^\W_][^\s{_CJK}]*")


def plain_text(markdown: str) -> str:
    """The text a reader sees: no front matter, markers, link targets or emphasis marks."""
    text = _FRONT_MATTER_RE.sub("", markdown)
    text = _FENCE_LINE_RE.sub("", text)
    text = _RULE_RE.sub("", text)
    text = _LINE_PREFIX_RE.sub("", text)
    text = _WIKILINK_RE.sub(lambda m: m.group(1).split("#")[0] or m.group(1), text)
    text = _IMAGE_OR_LINK_RE.sub(r"\1", text)
    text = _AUTOLINK_RE.sub(r"\1", text)
    text = _HTML_TAG_RE.sub("", text)
    return _MARKUP_CHARS_RE.sub("", text)


def count(markdown: str) -> tuple[int, int]:
    """(words, characters) of what a reader sees; CJK characters count as a word each.

    Characters include spaces within lines but not line breaks.
    """
    text = plain_text(markdown)
    words = sum(1 for _ in _WORD_RE.finditer(text))
    chars = len(text) - text.count("\n")
    return words, chars
