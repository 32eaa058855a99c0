"""Fuzzy matching for the quick switcher and the command palette (pure Python, no Qt)."""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

RUN_BONUS = 6
"""Per matched character that directly follows the previous one."""
WORD_START_BONUS = 8
"""Per matched character that starts a word (after a space or punctuation, or camelCase)."""
PREFIX_BONUS = 12
"""When the first matched character is the first character of the name."""
EXACT_BONUS = 50
"""When the whole name is the query (after folding)."""
MAX_GAP_PENALTY = 3

_MARK = "\x01"
# Where a word starts, for the candidate-gathering text: after a non-alphanumeric character or
# the start, between a lower and an upper case letter, and between a letter and a digit.
_WORD_STARTS = re.compile(r"(?<![^\W_])(?=[^\W_])|(?<=[a-z])(?=[A-Z])|(?<=[^\W\d_])(?=\d)")


@dataclass(frozen=True, slots=True)
class Match:
    """How well a query matches one name; `positions` are the matched character offsets."""

    score: int
    positions: tuple[int, ...]


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    low = (base or char).lower()
    return low[0] if low else char


def fold(text: str) -> str:
    """Lower case without accents, one character for each character of `text` (so offsets in
    the folded text are offsets in the original): "Café" → "cafe"."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def query_key(query: str) -> str:
    """The folded query without spaces or invisible characters (spaces in a query separate
    words the person remembers; they are not characters to find)."""
    return "".join(c for c in fold(query) if c.isprintable() and c != " ")


def is_word_start(text: str, i: int) -> bool:
    """True when `text[i]` begins a word: first character, after punctuation or a space,
    an upper-case letter after a lower-case one, or a digit after a letter."""
    if i == 0:
        return True
    cur, prev = text[i], text[i - 1]
    if not cur.isalnum():
        return False
    if not prev.isalnum():
        return True
    return (prev.islower() and cur.isupper()) or (prev.isalpha() and cur.isdigit())


def match(query: str, candidate: str) -> Match | None:
    """The match of `query` in `candidate` (case- and accent-insensitive), or None."""
    return align(query_key(query), candidate, fold(candidate))


def align(q: str, text: str, key: str) -> Match | None:
    """Match the folded query `q` in `text` whose folded form is `key`.

    A backward pass finds, for each query character, the last place it may sit so that the rest
    still fits; the forward pass then prefers, within that bound, continuing a run, then a word
    start, then the first occurrence. Linear in practice, and never misses a subsequence.
    """
    if not q:
        return Match(0, ())
    last = [0] * len(q)
    end = len(key)
    for j in range(len(q) - 1, -1, -1):
        end = key.rfind(q[j], 0, end)
        if end < 0:
            return None
        last[j] = end
    positions: list[int] = []
    start = 0
    for j, char in enumerate(q):
        if positions and key[start] == char:
            pos = start  # start <= last[j] always holds, so this is in bounds
        else:
            pos = key.find(char, start, last[j] + 1)
            pos = _word_start_at_or_after(text, key, char, pos, last[j])
        positions.append(pos)
        start = pos + 1
    return Match(_score(text, key, positions), tuple(positions))


def _word_start_at_or_after(text: str, key: str, char: str, pos: int, bound: int) -> int:
    probe = pos
    while 0 <= probe <= bound:
        if is_word_start(text, probe):
            return probe
        probe = key.find(char, probe + 1, bound + 1)
    return pos


def _score(text: str, key: str, positions: Sequence[int]) -> int:
    score = 0
    prev = -1
    for pos in positions:
        score += 1
        if prev >= 0 and pos == prev + 1:
            score += RUN_BONUS
        elif prev >= 0:
            score -= min(pos - prev - 1, MAX_GAP_PENALTY)
        if is_word_start(text, pos):
            score += WORD_START_BONUS
        prev = pos
    if positions[0] == 0:
        score += PREFIX_BONUS
    else:
        score -= min(positions[0], MAX_GAP_PENALTY)
    if len(positions) == len(key):
        score += EXACT_BONUS
    # Shorter names first: a gentle penalty for every unmatched character.
    return score - (len(key) - len(positions)) // 4


def title_tier(key: str, wanted: str, is_alias: bool) -> int:
    """0 for a title that is the query, 1 for a title that starts with it, 2 for the rest
    (aliases and fuzzy matches): the switcher lists tiers in that order, each by score."""
    if is_alias:
        return 2
    spaced = key.replace(" ", "")
    if spaced == wanted:
        return 0
    return 1 if spaced.startswith(wanted) else 2


def _sanitise(name: str) -> str:
    return name.replace("\n", " ").replace("\r", " ").replace(_MARK, " ")


class FuzzyIndex:
    """Many names, folded once, searched per keystroke.

    Scoring all 38k names of a big vault in Python takes far too long per keystroke, so the
    search first gathers a small pool with regular expressions over one big folded text (C
    speed): names starting with the query, then a run of it at a word start, then all its
    characters at word starts or in runs, then a run anywhere, then any subsequence. Each class
    is walked shortest name first and contributes up to `limit` names; the pool is then scored
    exactly with `align` and sorted.
    """

    def __init__(self, names: Sequence[str]) -> None:
        self.names = [_sanitise(n) for n in names]
        self._keys = [fold(n) for n in self.names]
        # numbers in typed arrays: lists of ints held ~40 MB of the window's at 400k notes
        self._order = array(
            "i", sorted(range(len(self.names)), key=lambda i: (len(self._keys[i]), i))
        )
        self._alpha = array("i", sorted(range(len(self.names)), key=lambda i: (self._keys[i], i)))
        # Every line starts after a newline, so patterns can begin with a literal (fast) "\n".
        joined = "".join(f"\n{self.names[i]}" for i in self._order)
        self._text = fold(_WORD_STARTS.sub(_MARK, joined))
        self._starts = array("q", (m.end() for m in re.finditer("\n", self._text)))

    def __len__(self) -> int:
        return len(self.names)

    def key(self, i: int) -> str:
        return self._keys[i]

    def search(self, query: str, limit: int = 50) -> list[tuple[int, Match]]:
        """The best `limit` (name index, match) pairs, best first; A-Z for an empty query."""
        q = query_key(query)
        if not q:
            return [(i, Match(0, ())) for i in self._alpha[:limit]]
        scored: list[tuple[int, Match]] = []
        for i in self._gather(q, limit):
            found = align(q, self.names[i], self._keys[i])
            if found is not None:
                scored.append((i, found))
        scored.sort(key=lambda pair: (-pair[1].score, len(self._keys[pair[0]]), pair[0]))
        return scored[:limit]

    def _gather(self, q: str, quota: int) -> dict[int, None]:
        pool: dict[int, None] = {}
        for pattern in _patterns(q):
            found = 0
            for hit in pattern.finditer(self._text):
                name = self._order[bisect_right(self._starts, hit.end() - 1) - 1]
                if name not in pool:
                    pool[name] = None
                    found += 1
                    if found >= quota:
                        break
        return pool


def _patterns(q: str) -> Iterator[re.Pattern[str]]:
    """The candidate classes, best first (see FuzzyIndex)."""
    chars = [re.escape(c) for c in q]
    run = f"{_MARK}?".join(chars)
    # Unanchored patterns that begin with a literal let the engine skip ahead at C speed; the
    # atomic and possessive groups keep a failing line linear instead of backtracking.
    yield re.compile(f"\n{_MARK}?{run}")
    yield re.compile(f"{_MARK}{run}")
    steps = "".join(f"(?>{_MARK}?{c}|[^\n]*?{_MARK}{c})" for c in chars[1:])
    yield re.compile(f"{_MARK}{chars[0]}{steps}")
    yield re.compile(run)
    yield re.compile(chars[0] + "".join(f"[^{c}\n]*+{c}" for c in chars[1:]))
