"""The boundary rule for outside text: what cannot be stored as UTF-8 is cleaned and named."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def storable(text: str) -> bool:
    """Whether `text` can be written as UTF-8 (it holds no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean(text: str) -> tuple[str, int]:
    """`text` as UTF-8 can hold it, and how many characters had to be replaced.

    A surrogate pair written as two escapes (JSON's and YAML's `\\uD83D\\uDE00`) becomes the
    one character it stands for; a lone surrogate (from `\\uD800`, or a file name that is
    not UTF-8) becomes U+FFFD.
    """
    if storable(text):
        return text, 0
    joined = _PAIR.sub(_join_pair, text)
    lone = len(_SURROGATE.findall(joined))
    return _SURROGATE.sub(REPLACEMENT, joined), lone


def _join_pair(match: re.Match[str]) -> str:
    return match.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def clean_data(value: object) -> tuple[object, int]:
    """A JSON-like value (dicts, lists, text) with every string cleaned, and the replacements."""
    pending: list[object] = [value]
    if isinstance(value, str):
        return clean(value)
    replaced = 0
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key in list(item):
                inner = item.pop(key)
                new_key, count = clean(key) if isinstance(key, str) else (key, 0)
                if isinstance(inner, str):
                    inner, more = clean(inner)
                    count += more
                else:
                    pending.append(inner)
                item[new_key] = inner
                replaced += count
        elif isinstance(item, list):
            for i, inner in enumerate(item):
                if isinstance(inner, str):
                    item[i], count = clean(inner)
                    replaced += count
                else:
                    pending.append(inner)
    return value, replaced


def shown(text: str) -> str:
    """`text` safe to print or store: a name that is not UTF-8 shows its bytes as escapes."""
    if storable(text):
        return text
    raw = text.encode("utf-8", "surrogateescape") if _only_escapes(text) else None
    if raw is not None:
        return raw.decode("utf-8", "backslashreplace")
    return clean(text)[0]


def _only_escapes(text: str) -> bool:
    """Whether every surrogate is one `surrogateescape` made from an undecodable byte."""
    return all("\udc80" <= ch <= "\udcff" for ch in _SURROGATE.findall(text))
