"""Words in every script: letters and digits, and overlapping bigrams where words have no spaces.

Chinese, Japanese, Korean, Thai, Lao, Khmer and Myanmar runs become overlapping character
bigrams, as Lucene's CJKAnalyzer does for CJK: `注册账号` → `注册 册账 账号`, so any word of two
or more characters inside running text is found (as a phrase of its bigrams), the query and the
index cut text the same way whatever surrounds it, and no dictionary is needed. Han, kana and
Hangul characters are also indexed one by one, so a one-character word (`猫`, `집`) is found;
Thai-family code points are not words on their own. Korean gets bigrams too although it uses
spaces: particles stick to words (`등록하세요` must be found by `등록`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Thai, Lao, Myanmar, Khmer (with their marks); Hangul; kana; CJK ideographs and extensions.
_PAIRED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f\ua9e0-\ua9ff"
    "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_SINGLE = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
HAS_PAIRED = re.compile(f"[{_PAIRED}]")
TOKEN = re.compile(f"[{_PAIRED}]+|[^\\W_{_PAIRED}]+")
"""A run of a script without spaces, or a word of letters and digits (split at `.`, `_`...)."""


FIRST_PAIRED = "\u0e00"
"""No script before Thai in Unicode is cut into bigrams: a cheap test that skips most words."""


def is_hangul(word: str) -> bool:
    """A single Hangul syllable or jamo, which the index holds only inside bigrams."""
    return len(word) == 1 and _HANGUL.match(word) is not None


def is_paired(word: str) -> bool:
    return word[0] >= FIRST_PAIRED and HAS_PAIRED.match(word) is not None


def run_terms(run: str, pos: int, *, singles: bool) -> list[tuple[int, str]]:
    """(position, term) of a run of a script without spaces starting at `pos` (see `pieces`)."""
    if len(run) == 1:
        return [(pos, run)]
    found = [(pos + i, run[i : i + 2]) for i in range(len(run) - 1)]
    if singles and _SINGLE.match(run[0]):
        found += [(pos + i, run[i]) for i in range(len(run) - 1)]
        found.append((pos + len(run) - 2, run[-1]))
    return found


def pieces(run: str, start: int, *, singles: bool) -> Iterator[tuple[int, str, int, int]]:
    """(position offset, term, start, end) of a run of a script without spaces.

    Bigram i stands at position i. With `singles` (indexing) and a run that starts with a Han
    or kana character, character i stands there too, and the last character shares the
    last bigram's position, so a phrase that goes on past the run finds its next word one
    position later.
    """
    if len(run) == 1:
        yield 0, run, start, start + 1
        return
    for i in range(len(run) - 1):
        yield i, run[i : i + 2], start + i, start + i + 2
    if singles and _SINGLE.match(run[0]):
        for i in range(len(run) - 1):
            yield i, run[i], start + i, start + i + 1
        last = len(run) - 1
        yield last - 1, run[last], start + last, start + last + 1


def width(run: str) -> int:
    """How many positions a run takes (its bigrams; one for a single character)."""
    return max(len(run) - 1, 1)
