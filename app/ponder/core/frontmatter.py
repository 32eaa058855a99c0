"""Read and edit a note's YAML front matter without re-typing values or touching unrelated text."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

import yaml

from ponder.core import unicode_text
from ponder.core.messages import Message

MAX_ALIASES = 100
MAX_DEPTH = 50
MAX_EXPANDED_VALUES = 100_000
"""Limits that make alias bombs and absurd nesting fail fast instead of eating memory."""

_OPENING = re.compile(r"\ufeff?---[ \t]*(?:\r?\n|\Z)")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_SPACE_OR_BREAK = " \t\r\n\x85\u2028\u2029"
_BLANK_LINE = re.compile(r"[ \t]*(?:\r\n|[\r\n\x85\u2028\u2029])")


class FrontMatterError(ValueError):
    """Front matter that cannot be read or safely rewritten; `line` is 1-based in the file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class Split:
    """A note's text cut into front matter and body; `opening + (front or "") + closing + body`
    is always the original text."""

    front: str | None
    body: str
    unclosed: bool
    body_line: int
    opening: str = ""
    closing: str = ""


def split(text: str) -> Split:
    """Cut `text` at its front-matter fences; never raises (malformed text is all body)."""
    opening = _OPENING.match(text)
    if opening is None:
        return Split(None, text, unclosed=False, body_line=1)
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        return Split(None, text, unclosed=True, body_line=1)
    head = text[: closing.end()]
    return Split(
        front=text[opening.end() : closing.start()],
        body=text[closing.end() :],
        unclosed=False,
        body_line=head.count("\n") + 1,
        opening=opening.group(),
        closing=closing.group(),
    )


# Only these plain words change type; everything else (NO, 012, 12:30, 2026-01-01...) stays text.
_IMPLICIT_TYPES = (
    ("null", r"~|null|Null|NULL|", "~nN"),
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?(?:0|[1-9][0-9]*)", "-+0123456789"),
    ("float", r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?", "-+0123456789"),
)

_Resolvers = dict[Any, list[tuple[str, re.Pattern[str]]]]
_Data = Mapping[str, object]


def _implicit_resolvers() -> _Resolvers:
    table: _Resolvers = {}
    for name, pattern, firsts in _IMPLICIT_TYPES:
        regexp = re.compile(rf"(?:{pattern})\Z")
        for first in [*firsts, ""] if name == "null" else firsts:
            table.setdefault(first, []).append((f"tag:yaml.org,2002:{name}", regexp))
    return table


class _LimitError(yaml.MarkedYAMLError):
    """Front matter past the alias, nesting or size limits."""


class _SafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader with few implicit types, string keys and bounded aliases."""

    yaml_implicit_resolvers = _implicit_resolvers()
    yaml_multi_constructors: ClassVar[dict[str | None, Any]] = {}
    yaml_constructors: ClassVar[dict[str | None, Any]] = {
        "tag:yaml.org,2002:null": yaml.SafeLoader.construct_yaml_null,
        "tag:yaml.org,2002:bool": yaml.SafeLoader.construct_yaml_bool,
        "tag:yaml.org,2002:int": yaml.SafeLoader.construct_yaml_int,
        "tag:yaml.org,2002:float": yaml.SafeLoader.construct_yaml_float,
        "tag:yaml.org,2002:str": yaml.SafeLoader.construct_yaml_str,
        "tag:yaml.org,2002:seq": yaml.SafeLoader.construct_yaml_seq,
        "tag:yaml.org,2002:map": yaml.SafeLoader.construct_yaml_map,
        None: yaml.SafeLoader.construct_undefined,
    }

    def __init__(self, stream: str, first_line: int = 2) -> None:
        super().__init__(stream)
        self.first_line = first_line
        self.problems: list[str] = []
        self._aliases = 0
        self._depth = 0
        self._sizes: dict[int, int] = {}  # id(node) -> values it expands to, once complete

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            mark = self.current_event.start_mark  # the event check_event just peeked at
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _LimitError(None, None, f"more than {MAX_ALIASES} aliases", mark)
            node = super().compose_node(parent, index)
            if id(node) not in self._sizes:
                raise _LimitError(None, None, "an alias refers to itself", mark)
            return node
        mark = self.current_event.start_mark
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _LimitError(None, None, f"nested over {MAX_DEPTH} levels", mark)
        node = super().compose_node(parent, index)
        self._depth -= 1
        if isinstance(node, yaml.ScalarNode):
            self._clean_scalar(node)
        size = 1 + sum(self._sizes[id(child)] for child in _children(node))
        if size > MAX_EXPANDED_VALUES:
            problem = f"aliases expand to over {MAX_EXPANDED_VALUES} values"
            raise _LimitError(None, None, problem, mark)
        self._sizes[id(node)] = size
        return node

    def _clean_scalar(self, node: yaml.ScalarNode) -> None:
        """Escapes such as `\\uD800` give text UTF-8 cannot store: one bad value is named,
        never left for the index (or a save) to fail on."""
        text, replaced = unicode_text.clean(node.value)
        node.value = text
        if replaced:
            self._problem(
                node,
                f"{replaced} character(s) written as an unpaired surrogate escape (such as "
                "\\uD800) cannot be stored; they are read as U+FFFD",
            )

    def _problem(self, node: yaml.Node, problem: str) -> None:
        line = self.first_line + node.start_mark.line
        self.problems.append(
            Message("Front matter line {line}: {problem}.", line=line, problem=problem)
        )

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """A tag that cannot build its value (`!!int _`, `!!timestamp`, `!custom`) makes
        that value plain text (or a plain list or mapping) and a problem, not a failed note."""
        if node in self.constructed_objects:
            return self.constructed_objects[node]
        if isinstance(node, yaml.ScalarNode):
            return self._construct_scalar(node, deep)
        plain = _SEQ if isinstance(node, yaml.SequenceNode) else _MAP
        if node.tag != plain:
            ignored = Message(
                "the tag {tag} is not one Ponder reads; it is ignored", tag=_tag_name(node)
            )
            self._problem(node, ignored)
            node.tag = plain
        return super().construct_object(node, deep)

    def _construct_scalar(self, node: yaml.ScalarNode, deep: bool) -> Any:
        tag = _tag_name(node)
        if node.tag in self.yaml_constructors:
            try:
                return super().construct_object(node, deep)
            except (ValueError, LookupError, TypeError, ArithmeticError):  # `!!int _`
                self.recursive_objects.pop(node, None)
                why = Message(
                    "{value!r} is not a valid {tag}", value=node.value, tag=tag.lstrip("!")
                )
        else:
            why = Message("the tag {tag} is not one Ponder reads", tag=tag)
        self._problem(node, Message("{why}; it is read as text", why=why))
        self.constructed_objects[node] = node.value
        return node.value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        if not isinstance(node, yaml.MappingNode):
            problem = "expected key: value pairs"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problem = "a key must be plain text, not a list or mapping"
                raise yaml.constructor.ConstructorError(None, None, problem, key_node.start_mark)
            key = key_node.value  # as written, so `1:` and `true:` give the keys "1" and "true"
            if key in mapping:
                problem = f"the key {key!r} appears twice"
                raise yaml.constructor.ConstructorError(None, None, problem, key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


def _tag_name(node: yaml.Node) -> str:
    """`!!int` for YAML's own tags, the tag as written for any other."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + node.tag[len(prefix) :] if node.tag.startswith(prefix) else str(node.tag)


def _children(node: yaml.Node | None) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _error(exc: yaml.YAMLError, front: str, first_line: int) -> FrontMatterError:
    line: int | None = None
    what = "is too complex" if isinstance(exc, _LimitError) else "is not valid YAML"
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = None if mark is None else first_line + mark.line
        problem = ", ".join(part for part in (exc.context, exc.problem) if part)
    elif isinstance(exc, yaml.reader.ReaderError):
        line = first_line + front[: exc.position].count("\n")
        problem = f"it contains the unusable character U+{exc.character:04X}"
    else:
        problem = str(exc)
    where = "" if line is None else f" at line {line}"
    return FrontMatterError(f"Front matter {what}{where}: {problem}.", line)


def load(front: str, *, first_line: int = 2) -> dict[str, object]:
    """Parse front matter safely; error lines count from `first_line`, where `front` starts."""
    return load_checked(front, first_line=first_line)[0]


def load_checked(front: str, *, first_line: int = 2) -> tuple[dict[str, object], tuple[str, ...]]:
    """The front matter's data and the problems of single values that were read as text
    (a tag that cannot build its value, text UTF-8 cannot store); FrontMatterError when
    the whole front matter cannot be read."""
    try:
        loader = _SafeLoader(front, first_line)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise _error(exc, front, first_line) from None
    if data is None:
        return {}, tuple(loader.problems)
    if not isinstance(data, dict):
        found = "a list" if isinstance(data, list) else "a single value"
        message = f"Front matter at line {first_line} is {found}, not `key: value` lines."
        raise FrontMatterError(message, first_line)
    return data, tuple(loader.problems)


def read(text: str) -> tuple[dict[str, object], str]:
    """The front-matter data and the body of a note; `({}, text)` when it has no front matter."""
    data, body, _problems = read_checked(text)
    return data, body


def read_checked(text: str) -> tuple[dict[str, object], str, tuple[str, ...]]:
    """read(), plus the problems of single values that were read as text (see load_checked)."""
    parts = split(text)
    if parts.front is None:
        return {}, text, ()
    data, problems = load_checked(parts.front)
    return data, parts.body, problems


# Text other YAML readers would turn into something else (YAML 1.1 words and numbers,
# YAML 1.2 numbers as js-yaml reads them); such strings are always quoted.
_YAML11_RESOLVERS: _Resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
_OTHER_NUMBER = re.compile(
    r"[-+]?(?:\.(?:inf|Inf|INF)|0o[0-7_]+|\.?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?)"
    r"|\.(?:nan|NaN|NAN)"
)
_OTHER_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
_PRINTABLE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*"
)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_INDICATORS = re.compile(r"[,\[\]{}:?]")
_ESCAPES = {
    c: "\\" + name for c, name in zip('\\"\0\t\n\r\x85\u2028\u2029', '\\"0tnrNLP', strict=True)
}


def _resolves(table: _Resolvers, text: str) -> bool:
    return any(regexp.match(text) for _tag, regexp in table.get(text[:1], []))


def _plain_ok(text: str, flow: bool) -> bool:
    """Whether `text` can be written unquoted and read back as the same string everywhere."""
    return bool(
        text
        and _PRINTABLE.fullmatch(text)
        and not (text[0].isspace() or text[-1].isspace())
        and text[0] not in _INDICATORS
        and not text.startswith("...")
        and not (": " in text or " #" in text or text.endswith(":"))
        and not (flow and _FLOW_INDICATORS.search(text))
        and not _resolves(_SafeLoader.yaml_implicit_resolvers, text)
        and not _resolves(_YAML11_RESOLVERS, text)
        and not _OTHER_NUMBER.fullmatch(text)
        and text.lower() not in _OTHER_WORDS
    )


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if _PRINTABLE.fullmatch(char):
        return char
    code = ord(char)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"


def _string(text: str, flow: bool) -> str:
    if _plain_ok(text, flow):
        return text
    if _PRINTABLE.fullmatch(text):
        return "'" + text.replace("'", "''") + "'"
    return '"' + "".join(_escape(char) for char in text) + '"'


def _float(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError(f"front matter cannot hold the number {value}")
    mantissa, e, exponent = repr(float(value)).partition("e")
    # A dot keeps the number a float for every reader: 1e+20 would be text to YAML 1.1.
    return (mantissa if "." in mantissa else mantissa + ".0") + e + exponent


def _scalar(value: object, flow: bool) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, date):  # dates stay YAML timestamps for other tools; Ponder reads text
        return value.isoformat()
    if isinstance(value, str):
        return _string(str.__str__(value), flow)
    if isinstance(value, Mapping):
        return "{}"  # only an empty one: the others are written as blocks
    raise TypeError(f"front matter cannot hold a {type(value).__name__} value")


def _is_collection(value: object) -> bool:
    return isinstance(value, Mapping | list | tuple)


def _is_block(value: object) -> bool:
    if isinstance(value, Mapping):
        return bool(value)
    if isinstance(value, list | tuple):
        return any(_is_collection(item) for item in value)
    return False


def _inline(value: object) -> str:
    if isinstance(value, list | tuple):  # only lists of scalars get here: Obsidian's `[a, b]`
        return "[" + ", ".join(_scalar(item, flow=True) for item in value) + "]"
    return _scalar(value, flow=False)


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"front-matter keys must be text, not {type(key).__name__}")
    text = _string(str.__str__(key), flow=False)
    if len(text) > 1000:  # YAML reads a key on one line of at most 1024 characters
        raise ValueError(f"front-matter key {key[:40]!r}... is too long")
    return text


def _entry_lines(key: object, value: object, indent: int) -> list[str]:
    head = " " * indent + _key(key) + ":"
    if _is_block(value):
        return [head, *_block_lines(value, indent + 2)]
    return [f"{head} {_inline(value)}"]


def _block_lines(value: object, indent: int) -> list[str]:
    if isinstance(value, Mapping):
        return [line for k, v in value.items() for line in _entry_lines(k, v, indent)]
    lines: list[str] = []
    items = value if isinstance(value, list | tuple) else ()
    for item in items:
        if _is_block(item):
            inner = _block_lines(item, indent + 2)
            lines.append(" " * indent + "- " + inner[0][indent + 2 :])
            lines.extend(inner[1:])
        else:
            lines.append(" " * indent + "- " + _inline(item))
    return lines


def dump_value(value: object) -> str:
    """YAML for one value as written after `key:`; a block (nested mapping or a list holding
    collections) starts with a newline and is indented two spaces, anything else is one line."""
    if _is_block(value):
        return "\n" + "\n".join(_block_lines(value, 2))
    return _inline(value)


def _entries(data: Mapping[str, object], indent: int, newline: str) -> str:
    return "".join(line + newline for k, v in data.items() for line in _entry_lines(k, v, indent))


def compose(data: Mapping[str, object], body: str) -> str:
    """A fresh note: front matter holding `data` (keys in order), then `body`."""
    text = "---\n" + _entries(data, 0, "\n") + "---\n" + body
    _check(text, {}, data, set(), body)
    return text


def _expected(value: object) -> object:
    """What `value` reads back as once written (dates come back as ISO text)."""
    if isinstance(value, Mapping):
        return {str.__str__(k): _expected(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_expected(item) for item in value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(f"front matter cannot hold a {type(value).__name__} value")


def _same(a: object, b: object) -> bool:
    """Equal and of the same types all the way down (so True is not 1 and 1 is not 1.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def _check(text: str, old: _Data, changes: _Data, gone: Collection[str], body: str) -> None:
    """Re-read a written note; raise unless exactly the intended keys changed."""
    refused = "Ponder could not write the front matter safely, so nothing was changed"
    try:
        new, new_body = read(text)
    except FrontMatterError as exc:
        raise FrontMatterError(f"{refused}: {exc}", exc.line) from exc
    expected = {k: v for k, v in old.items() if k not in gone}
    expected.update((k, _expected(v)) for k, v in changes.items())
    wrong = sorted(expected.keys() ^ new.keys())
    wrong += sorted(k for k in expected.keys() & new.keys() if not _same(new[k], expected[k]))
    if wrong or new_body != body:
        what = ", ".join(wrong) if wrong else "the body"
        raise FrontMatterError(f"{refused} ({what} would not read back as written).")


def _newline(text: str) -> str:
    end = text.find("\n")
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"


def update(text: str, changes: Mapping[str, object], remove: Iterable[str] = ()) -> str:
    """The note with `changes` set and `remove` deleted in its front matter; everything else,
    including comments, quoting and key order, stays byte for byte."""
    gone = set(remove)
    if both := gone & changes.keys():
        raise ValueError(f"cannot both change and remove {sorted(both)}")
    if not changes and not gone:
        return text
    parts = split(text)
    if parts.unclosed:
        message = "The front matter that starts at line 1 has no closing `---` line; fix it first."
        raise FrontMatterError(message, 1)
    if parts.front is None:
        if not changes:
            return text
        bom = "\ufeff" if text.startswith("\ufeff") else ""
        newline = _newline(text)
        new_text = f"{bom}---{newline}{_entries(changes, 0, newline)}---{newline}{text[len(bom) :]}"
        _check(new_text, {}, changes, gone, text[len(bom) :])
        return new_text
    old = load(parts.front)
    front = _edit(parts.front, old, changes, gone, _newline(parts.opening))
    if front == parts.front:
        return text
    new_text = parts.opening + front + parts.closing + parts.body
    _check(new_text, old, changes, gone, parts.body)
    return new_text


def _edit(front: str, old: _Data, changes: _Data, gone: set[str], newline: str) -> str:
    """Replace, delete or append only the lines of the keys that really change."""
    changed = {k: v for k, v in changes.items() if k not in old or not _same(old[k], _expected(v))}
    gone = gone & old.keys()
    if not changed and not gone:
        return front
    found = _key_spans(front)
    if found is None:  # a one-line `{a: 1}` mapping has no lines to keep: rewrite it
        merged = {k: changed.get(k, v) for k, v in old.items() if k not in gone}
        return _entries(merged | changed, 0, newline)
    spans, indent = found
    # Blank lines after a removed key go too: next to a `|` block above they would join it.
    edits = [(spans[k][0], _after_blank_lines(front, spans[k][1]), "") for k in gone]
    added = ""
    for key, value in changed.items():
        block = _entries({key: value}, indent, newline)
        if key in spans:
            edits.append((*spans[key], block))
        else:
            added += block
    for start, end, block in sorted(edits, reverse=True):
        front = front[:start] + block + front[end:]
    return front + added


def _after_blank_lines(front: str, pos: int) -> int:
    while blank := _BLANK_LINE.match(front, pos):
        pos = blank.end()
    return pos


def _key_spans(front: str) -> tuple[dict[str, tuple[int, int]], int] | None:
    """Each top-level key's (start, end) character span, whole lines from the key to the end of
    its value; plus the keys' indentation. None when the mapping is one `{...}` flow."""
    events = list(yaml.parse(front, Loader=_SafeLoader))
    if len(events) < 3 or not isinstance(events[2], yaml.MappingStartEvent):
        return {}, 0  # empty or comments only
    if events[2].flow_style:
        return None
    spans: dict[str, tuple[int, int]] = {}
    indent = 0
    i = 3
    while not isinstance(events[i], yaml.MappingEndEvent):
        key = events[i]
        key_index, indent = _position(key.start_mark)
        i, _ = _skip_node(events, i)
        i, last = _skip_node(events, i)
        while last > key_index and front[last - 1] in _SPACE_OR_BREAK:
            last -= 1
        line_break = _BREAK.search(front, last)
        start = key_index - indent
        if isinstance(key, yaml.ScalarEvent):  # an alias used as a key has no text of its own
            spans[key.value] = (start, line_break.end() if line_break else len(front))
    return spans, indent


def _skip_node(events: list[yaml.Event], i: int) -> tuple[int, int]:
    """The index after the node starting at events[i], and where its last written text ends.

    Block collections end where the next token starts, so only scalars, aliases and flow
    brackets mark the end of the text."""
    last = _position(events[i].end_mark)[0]
    flows: list[bool] = []
    while True:
        event = events[i]
        i += 1
        if isinstance(event, yaml.CollectionStartEvent):
            flows.append(bool(event.flow_style))
            continue
        if not isinstance(event, yaml.CollectionEndEvent) or flows.pop():
            last = max(last, _position(event.end_mark)[0])
        if not flows:
            return i, last


def _position(mark: Any) -> tuple[int, int]:
    """(index, column) of a parser mark, which the parser always sets."""
    return mark.index, mark.column
