"""Bounded Markdown rendering: a time budget, and no quadratic scan for brackets that never close.

A note of 150 KB of `[![[` took ten seconds, for two quadratic reasons in markdown-it-py:

- A link is tried at every `[` (an image at every `![`, a footnote at every `^[`), scanning
  the rest of the paragraph for the closing bracket. A bracket with no `]` after it cannot
  open one, so those rules are skipped there (one `rfind` per paragraph), and a run of such
  brackets is taken as text in one step instead of trying every rule at each of them.

Whatever else is slow stops at the budget: the first rule of the block and inline rulers
checks the clock, and the caller shows the note as plain text.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

DEADLINE = "ponder_deadline"
_LAST_CLOSE = "ponder_last_close"
_BRACKET_RULES = ("link", "image", "footnote_inline", "footnote_ref")
_OPENERS = frozenset("[!^")

InlineRule = Callable[[StateInline, bool], bool]


class RenderBudgetExceeded(Exception):
    """Rendering ran past its time budget."""


def guard(md: MarkdownIt) -> None:
    """Add the budget checks and the closing-bracket shortcut to a configured parser."""
    md.block.ruler.before(md.block.ruler.get_all_rules()[0], "ponder_budget", _block_budget)
    md.inline.ruler.before(md.inline.ruler.get_all_rules()[0], "ponder_budget", _inline_budget)
    md.inline.ruler.after("ponder_budget", "ponder_unclosed", _unclosed_run)
    rules = md.inline.ruler.get_all_rules()
    for name in _BRACKET_RULES:
        if name in rules:
            md.inline.ruler.at(name, _needs_close(_rule(md, name)))


def _rule(md: MarkdownIt, name: str) -> InlineRule:
    for rule in md.inline.ruler.__rules__:
        if rule.name == name:
            found: InlineRule = rule.fn
            return found
    raise KeyError(name)


def _last_close(state: StateInline) -> int:
    cached: tuple[str, int] | None = state.env.get(_LAST_CLOSE)
    if cached is None or cached[0] is not state.src:
        cached = (state.src, state.src.rfind("]"))
        state.env[_LAST_CLOSE] = cached
    return cached[1]


def _needs_close(rule: InlineRule) -> InlineRule:
    def guarded(state: StateInline, silent: bool) -> bool:
        if state.pos > _last_close(state):
            return False  # no `]` anywhere after this bracket: it opens nothing
        return rule(state, silent)

    return guarded


def _unclosed_run(state: StateInline, silent: bool) -> bool:
    """`[`, `!` and `^` with no `]` anywhere after them are plain text, all in one step."""
    pos, src = state.pos, state.src
    if src[pos] not in _OPENERS or pos <= _last_close(state):
        return False
    end = pos
    while end < state.posMax and src[end] in _OPENERS:
        end += 1
    if end == pos + 1:
        return False  # a single one: the other rules may still want it (`^` sup, `!` text)
    if not silent:
        state.pending += src[pos:end]
    state.pos = end
    return True


def _check(env: Any) -> None:
    deadline = env.get(DEADLINE) if isinstance(env, dict) else None
    if deadline is not None and time.monotonic() > deadline:
        raise RenderBudgetExceeded


def _block_budget(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    _check(state.env)
    return False


def _inline_budget(state: StateInline, silent: bool) -> bool:
    _check(state.env)
    return False
