"""Ponder's search language: lenient parsing of what a person types into a small syntax tree."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from ponder.core import unicode_text

FIELD_TEXT = ""
"""The field of a plain word: title, body, aliases, headings and tags together."""
TEXT_FIELDS = frozenset({"tag", "kind", "title", "path", "site"})
DATE_FIELDS = frozenset({"created", "updated"})
_PREFIX_FIELDS = frozenset({FIELD_TEXT, "tag", "title", "path"})
_MAX_DEPTH = 32  # deeper parentheses are read as plain grouping-free text (no recursion blow-up)
_OPERATORS = frozenset({"AND", "OR", "NOT"})


class Sort(enum.StrEnum):
    """The order of results; dates sort newest first, titles A to Z."""

    RELEVANCE = "relevance"
    UPDATED = "updated"
    CREATED = "created"
    TITLE = "title"


@dataclass(frozen=True, slots=True)
class Term:
    field: str
    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    field: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prefix:
    field: str
    text: str


@dataclass(frozen=True, slots=True)
class DateRange:
    """Dates in [start, end); a missing bound is open. Bounds are whole days."""

    field: str
    start: datetime | None
    end: datetime | None


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


@dataclass(frozen=True, slots=True)
class MatchAll:
    pass


Node = Term | Phrase | Prefix | DateRange | And | Or | Not | MatchAll


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query; `str()` gives canonical text that parses back to an equal Query."""

    root: Node
    sort: Sort = Sort.RELEVANCE

    def __str__(self) -> str:
        text = "" if isinstance(self.root, MatchAll) else _format(self.root)
        if self.sort is not Sort.RELEVANCE:
            text = f"{text} sort:{self.sort.value}".strip()
        return text


def parse_query(text: str) -> Query:
    """Parse what a person typed; never raises — odd input degrades to plain words."""
    text = unicode_text.clean(text)[0]  # a lone surrogate (argv, JSON) is no searchable text
    tokens, sort = _tokenize(text)
    root = _Parser(tokens).parse()
    return Query(root if root is not None else MatchAll(), sort)


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "(", ")", "-", "word", "quoted"
    text: str = ""
    field: str = FIELD_TEXT


def _tokenize(text: str) -> tuple[list[_Tok], Sort]:
    tokens: list[_Tok] = []
    sort = Sort.RELEVANCE
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Tok(ch))
            i += 1
        elif ch == '"':
            quoted, i = _read_quoted(text, i)
            tokens.append(_Tok("quoted", quoted))
        elif ch == "-":
            if i + 1 < n and not text[i + 1].isspace():
                tokens.append(_Tok("-"))
            i += 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in '()"':
                i += 1
            word = text[start:i]
            field = word[:-1].lower()
            if word.endswith(":") and field in TEXT_FIELDS and i < n and text[i] == '"':
                quoted, i = _read_quoted(text, i)
                tokens.append(_Tok("quoted", quoted, field))
            elif word.lower().startswith("sort:") and word[5:].lower() in Sort._value2member_map_:
                sort = Sort(word[5:].lower())
            else:
                tokens.append(_Tok("word", word))
    return tokens, sort


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """The text inside the quote at `i` (an unclosed quote runs to the end) and the next index."""
    end = text.find('"', i + 1)
    if end < 0:
        return text[i + 1 :], len(text)
    return text[i + 1 : end], end + 1


# --- grammar: and := or (['AND'] or)* ; or := unary ('OR' unary)* ; unary := ('-'|'NOT')* atom


class _Parser:
    def __init__(self, tokens: list[_Tok]) -> None:
        self.tokens = tokens
        self.pos = 0

    def parse(self) -> Node | None:
        items: list[Node] = []
        while self.pos < len(self.tokens):
            node = self._and(0)
            if node is not None:
                items.append(node)
            if self._peek_kind() == ")":
                self.pos += 1  # a stray `)` at the top level is ignored
        return _combine(And, items)

    def _peek_kind(self) -> str | None:
        return self.tokens[self.pos].kind if self.pos < len(self.tokens) else None

    def _is_op(self, name: str) -> bool:
        tok = self.tokens[self.pos] if self.pos < len(self.tokens) else None
        return tok is not None and tok.kind == "word" and tok.text == name

    def _and(self, depth: int) -> Node | None:
        items: list[Node] = []
        while self.pos < len(self.tokens) and self._peek_kind() != ")":
            if self._is_op("AND") or self._is_op("OR"):
                self.pos += 1  # dangling or doubled operators are ignored
                continue
            node = self._or(depth)
            if node is not None:
                items.append(node)
        return _combine(And, items)

    def _or(self, depth: int) -> Node | None:
        items: list[Node] = []
        node = self._unary(depth)
        if node is not None:
            items.append(node)
        while self._is_op("OR"):
            self.pos += 1
            while self._is_op("OR"):
                self.pos += 1
            if self._peek_kind() in (None, ")") or self._is_op("AND"):
                break
            node = self._unary(depth)
            if node is not None:
                items.append(node)
        return _combine(Or, items)

    def _unary(self, depth: int) -> Node | None:
        negate = False
        while self._peek_kind() == "-" or self._is_op("NOT"):
            negate = not negate
            self.pos += 1
        if self._peek_kind() in (None, ")") or self._is_op("AND") or self._is_op("OR"):
            return None  # a negation with nothing to negate is dropped
        node = self._atom(depth)
        if node is None or not negate:
            return node
        return node.item if isinstance(node, Not) else Not(node)

    def _atom(self, depth: int) -> Node | None:
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok.kind == "(":
            if depth >= _MAX_DEPTH:
                return None
            node = self._and(depth + 1)
            if self._peek_kind() == ")":
                self.pos += 1
            return node
        if tok.kind == "quoted":
            return _quoted_node(tok.field, tok.text)
        if tok.kind == "word":
            return _word_node(tok.text)
        return None


def _combine(cls: type[And] | type[Or], items: list[Node]) -> Node | None:
    """Join items, flattening nested groups of the same kind (AND and OR are associative)."""
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, cls) else (item,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else cls(tuple(flat))


# --- words and fields ---------------------------------------------------------------------


def _quoted_node(field: str, text: str) -> Node | None:
    if field == FIELD_TEXT or field == "title":
        words = tuple(text.split())
        return Phrase(field, words) if words else None
    if not text:
        return None
    if field == "path":
        return Prefix("path", text)
    return Term(field, text.lower())


def _word_node(word: str) -> Node:
    if word.startswith("#") and len(word) > 1:
        return _field_node("tag", word[1:]) or Term(FIELD_TEXT, word)
    name, colon, value = word.partition(":")
    field = name.lower()
    if colon and field in TEXT_FIELDS:
        return _field_node(field, value) or Term(FIELD_TEXT, word)
    if colon and field in DATE_FIELDS:
        return _date_node(field, value) or Term(FIELD_TEXT, word)
    stem = word.rstrip("*")
    if stem != word and stem:
        return Prefix(FIELD_TEXT, stem)
    return Term(FIELD_TEXT, word)


def _field_node(field: str, value: str) -> Node | None:
    stem = value.rstrip("*")
    if not stem:
        return None
    if field == "path":
        return Prefix("path", stem)
    if field in ("tag", "kind", "site"):
        stem, value = stem.lower(), value.lower()
    if stem != value and field in _PREFIX_FIELDS:
        return Prefix(field, stem)
    return Term(field, value)


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


def _date_span(text: str) -> tuple[datetime, datetime | None] | None:
    """The [start, end) of a year, month or day written `2026`, `2026-03` or `2026-03-07`."""
    match = _DATE.fullmatch(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        start = datetime(year or 1, month or 1, day or 1)
    except ValueError:
        return None
    if day is not None:
        return start, _shift(start, days=1)
    if month is not None:
        return start, _shift_month(start)
    return start, _shift_year(start)


def _shift(value: datetime, days: int) -> datetime | None:
    try:
        return value + timedelta(days=days)
    except OverflowError:
        return None


def _shift_month(value: datetime) -> datetime | None:
    if value.month == 12:
        return datetime(value.year + 1, 1, 1) if value.year < 9999 else None
    return value.replace(month=value.month + 1)


def _shift_year(value: datetime) -> datetime | None:
    return value.replace(year=value.year + 1) if value.year < 9999 else None


def _date_node(field: str, value: str) -> DateRange | None:
    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            span = _date_span(value[len(op) :])
            if span is None:
                return None
            return _compare(field, op, *span)
    if ".." in value:
        first, _, last = value.partition("..")
        lo = _date_span(first) if first else None
        hi = _date_span(last) if last else None
        if (first and lo is None) or (last and hi is None):
            return None
        start, end = (lo[0] if lo else None), (hi[1] if hi else None)
        return DateRange(field, start, end) if start or end else None
    span = _date_span(value)
    return DateRange(field, span[0], span[1]) if span else None


def _compare(field: str, op: str, start: datetime, end: datetime | None) -> DateRange | None:
    if op == ">=":
        return DateRange(field, start, None)
    if op == ">":
        # after the last moment of the span; nothing can be after year 9999
        return DateRange(field, end, None) if end is not None else None
    if op == "<":
        return DateRange(field, None, start)
    return DateRange(field, None, end) if end is not None else None


# --- canonical text -----------------------------------------------------------------------


def _format(node: Node) -> str:
    if isinstance(node, And):
        return " ".join(_format(item) for item in node.items)
    if isinstance(node, Or):
        return " OR ".join(_grouped(item, And) for item in node.items)
    if isinstance(node, Not):
        return "-" + _grouped(node.item, And, Or)
    if isinstance(node, Phrase):
        quoted = '"' + " ".join(node.words) + '"'
        return quoted if node.field == FIELD_TEXT else f"{node.field}:{quoted}"
    if isinstance(node, DateRange):
        return f"{node.field}:{_format_range(node.start, node.end)}"
    if isinstance(node, MatchAll):
        return "()"
    return _format_leaf(node)


def _grouped(node: Node, *kinds: type[And] | type[Or]) -> str:
    return f"({_format(node)})" if isinstance(node, kinds) else _format(node)


def _format_leaf(node: Term | Prefix) -> str:
    if node.field == FIELD_TEXT:
        return node.text + "*" if isinstance(node, Prefix) else node.text
    plain = node.text and not any(c.isspace() or c in '()"' for c in node.text)
    if isinstance(node, Prefix) and node.field != "path":
        return f"{node.field}:{node.text}*"
    if plain and not node.text.endswith("*"):
        return f"{node.field}:{node.text}"
    return f'{node.field}:"{node.text}"'


def _format_range(start: datetime | None, end: datetime | None) -> str:
    def day(value: datetime) -> str:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"

    if start is None and end is not None:
        return "<" + day(end)
    last = _shift(end, days=-1) if end is not None else None
    if start is not None and end is not None and _shift(start, days=1) == end:
        return day(start)
    return (day(start) if start else "") + ".." + (day(last) if last else "")


def walk(node: Node) -> Iterator[Node]:
    """Every node of a tree, parents before children."""
    yield node
    if isinstance(node, And | Or):
        for item in node.items:
            yield from walk(item)
    elif isinstance(node, Not):
        yield from walk(node.item)
