"""Smart list and quote continuation for the editor, as pure functions on one line of text."""

from __future__ import annotations

import re
from dataclasses import dataclass

INDENT = "  "

_ITEM_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)*)"
    r"(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delim>[.)]))"
    r"(?P<gap>[ \t]+|$)(?P<task>\[[ xX]\](?:[ \t]+|$))?"
)
_QUOTE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)+)")


@dataclass(frozen=True, slots=True)
class ListItem:
    """A list item or block-quote prefix found at the start of a line."""

    prefix: str
    """Everything before the item's content: indentation, quote markers, bullet, task box."""
    next_prefix: str
    """The prefix a new item after this one starts with."""
    is_list: bool
    """True for a bullet or numbered item, False for a bare block quote."""


@dataclass(frozen=True, slots=True)
class Continuation:
    """How pressing Enter rewrites the current line.

    The current line becomes `line`; when `next_line` is not None a new line with that
    text follows it. `cursor` is the column of the cursor in the last of the two lines.
    """

    line: str
    next_line: str | None
    cursor: int


def parse_item(line: str) -> ListItem | None:
    """The list or quote prefix at the start of `line`, or None for ordinary text."""
    match = _ITEM_RE.match(line)
    if match and not _is_rule(line):
        quote = match["quote"]
        indent = match["indent"]
        if match["bullet"]:
            marker = match["bullet"]
        else:
            marker = f"{int(match['number']) + 1}{match['delim']}"
        task = "[ ] " if match["task"] else ""
        return ListItem(
            prefix=match.group(0),
            next_prefix=f"{indent}{_spaced(quote)}{marker} {task}",
            is_list=True,
        )
    match = _QUOTE_RE.match(line)
    if match:
        return ListItem(
            prefix=match.group(0),
            next_prefix=match["indent"] + _spaced(match["quote"]),
            is_list=False,
        )
    return None


def continue_item(line: str, column: int) -> Continuation | None:
    """What Enter at `column` of `line` does; None means an ordinary line break."""
    item = parse_item(line)
    if item is None or column < len(item.prefix):
        return None
    if not line[len(item.prefix) :].strip():
        # Enter on an empty item ends the list: the marker goes, the line stays empty.
        return Continuation(line="", next_line=None, cursor=0)
    head, tail = line[:column], line[column:]
    return Continuation(
        line=head.rstrip() if tail else head,
        next_line=item.next_prefix + tail.lstrip(),
        cursor=len(item.next_prefix),
    )


def indent(line: str) -> str:
    """`line` moved one list level deeper."""
    return INDENT + line


def outdent(line: str) -> str:
    """`line` moved one list level up (at most one indent of leading whitespace removed)."""
    if line.startswith("\t"):
        return line[1:]
    stripped = len(line) - len(line.lstrip(" "))
    return line[min(stripped, len(INDENT)) :]


def _spaced(quote: str) -> str:
    """Quote markers normalised to `> ` each, so continued quotes look tidy."""
    return "> " * quote.count(">")


def _is_rule(line: str) -> bool:
    """A thematic break like `- - -` or `***` looks like a bullet but is not one."""
    return re.fullmatch(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*", line) is not None
