"""Decode a fetched page: byte-order mark, then the HTTP header, then <meta>, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE | re.DOTALL
)
_PRESCAN_BYTES = 4096  # the HTML standard looks for <meta charset> in the first 1024; be lenient
_SINGLE_BYTE_LATIN = {"iso-8859-1", "latin-1", "ascii", "us-ascii"}


def _codec(name: str | None) -> str | None:
    """The Python codec for a charset label, or None if unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in _SINGLE_BYTE_LATIN:
        label = "windows-1252"  # what browsers really use for these labels (WHATWG Encoding)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff_charset(data: bytes, declared: str | None) -> tuple[str, str]:
    """(codec, how it was found) for `data`; `declared` is the Content-Type charset, if any.

    A BOM wins over a declaration, as in browsers (the HTML standard's order)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, "bom"
    codec = _codec(declared)
    if codec is not None:
        return codec, "header"
    match = _META.search(data[:_PRESCAN_BYTES])
    codec = _codec(match.group(1).decode("ascii", "replace")) if match else None
    if codec is not None:
        return codec, "meta"
    best = from_bytes(data[: 256 * 1024]).best()
    if best is not None and best.encoding:
        return _codec(best.encoding) or "utf-8", "detected"
    return "utf-8", "default"


def decode_html(data: bytes, declared: str | None = None) -> str:
    """`data` as text, never raising: unreadable bytes become U+FFFD."""
    codec, _how = sniff_charset(data, declared)
    if codec.startswith("utf-16") and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if codec == "utf-8":
        return data.decode("utf-8-sig", errors="replace")
    return data.decode(codec, errors="replace")
