"""Fast extraction of title, headings, links, tags, properties and text from a Markdown body."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ponder.core.model import Link

# A tag starts at the beginning of the text or after a space or one of these characters;
# anything else (a letter, `/`, `:`, `&`...) means the `#` is part of a word or a URL.
TAG_LEADERS = "([{\"'*_~,;|"
TAG_BODY = r"\w[\w/-]*"
WIKI_BODY = r"[^\[\]\n]+"


@dataclass(frozen=True, slots=True)
class Extract:
    """What the index needs from a note body, found without running the Markdown parser."""

    title: str | None
    headings: tuple[str, ...]
    links: tuple[Link, ...]
    tags: tuple[str, ...]
    text: str
    properties: dict[str, str] = field(default_factory=dict)


def extract(body: str) -> Extract:
    """Title, headings, links, tags, properties and plain text of a body (front matter removed).

    Line scanning plus one regex pass, many times faster than parsing. Code blocks and code
    spans count as text but yield no links or tags. Never raises.
    """
    return _Scanner().run(body)


def wikilink_targets(body: str) -> tuple[str, ...]:
    """The distinct `[[wikilink]]` targets of a body, in order, without alias or heading."""
    seen: dict[str, None] = {}
    for link in extract(body).links:
        if link.kind == "wiki" and link.target:
            seen.setdefault(link.target, None)
    return tuple(seen)


def parse_wikilink(body: str) -> tuple[str, str | None, str | None] | None:
    """(target, heading, alias) of the inside of `[[...]]`, or None when it names nothing."""
    body = body.replace("\\|", "|")  # Obsidian escapes the alias bar inside tables
    target, bar, alias = body.partition("|")
    target, _, heading = target.partition("#")
    target, heading, alias = target.strip(), heading.strip(), alias.strip()
    if not target and not heading:
        return None
    return target, heading or None, alias if bar and alias else None


def wikilink_label(target: str, heading: str | None, alias: str | None) -> str:
    """What a person sees for a wikilink: the alias, else the target as written."""
    if alias:
        return alias
    return f"{target}#{heading}" if heading else target


def tag_name(raw: str) -> str | None:
    """The tag `#raw` names: trailing `/` and `-` dropped; None if that leaves nothing or digits."""
    name = raw.rstrip("/-")
    return None if not name or name.isdigit() else name


# Leading indentation, then any run of blockquote `>` and list markers (`-`, `*`, `+`, `1.`, `1)`).
_CONTAINER = re.compile(r"([ \t]*)((?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)*)")
_CONTAINER_START = frozenset(" \t>-*+0123456789")
_LIST_MARK = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE_OPEN = re.compile(r"(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r"[ \t>]*(`{3,}|~{3,})[ \t]*$")
_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
_HR = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_DELIM = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_PROPERTY = re.compile(r"(\w[\w.-]*)::(?:[ \t]+(.*?))?[ \t]*$")
_REF_DEF = re.compile(
    r"""\[([^\[\]\n]{1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))
        (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$""",
    re.VERBOSE,
)
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]\s]+\]:[ \t]*")
_TASK = re.compile(r"\[[ xX]\](?:[ \t]+|$)")
_RAW_SKIP = re.compile(r"<(script|style)(?=[\s>]|$)", re.IGNORECASE)
_PROPERTY_TAG = re.compile(r"\[\[([^\[\]]+)\]\]|([^,\[\]#]+)")

# Where inline markup may start; _INLINE then decides at that spot. Searching _INLINE itself is
# ~10x slower: its branches start with groups, which defeats the engine's first-character scan.
# Here every branch starts with a literal, and looks ahead just enough to skip the common false
# starts: `!` in prose, tldr's `[x]` mnemonics, `C#`, `a < b`.
_TRIGGER = re.compile(
    r"""`
    | \\(?=[!-/:-@\[-`{-~])
    | !(?=\[)
    | \#(?=[\w\[])
    | <(?=[A-Za-z/!?])
    | &(?=[\#A-Za-z])
    | h(?=ttps?://)
    | \[(?=[\[^]|(?:[^\[\]\\]|\\[\s\S]|\[[^\[\]]*\])*\][(\[])""",
    re.VERBOSE,
)
# With link reference definitions present, any `[` may open a link (`[text]` or `[text][]`).
_TRIGGER_WITH_REFS = re.compile(_TRIGGER.pattern + r"|\[", re.VERBOSE)
# The look-behinds tell a tag or a bare URL from a `#` or `http` in the middle of a word.
_BEFORE = re.escape(TAG_LEADERS)
# Used with .match() at a trigger. No branch may swallow a newline without giving it back: the
# output must keep the body's line count.
_INLINE = re.compile(
    rf"""
      (?P<esc>\\[!-/:-@\[-`{{-~])
    | (?P<ticks>`+)
    | (?P<wiki>!?\[\[(?P<wbody>{WIKI_BODY})\]\])
    | (?P<ltag>(?<![^\s{_BEFORE}])\#\[\[(?P<ltagname>{WIKI_BODY})\]\])
    | (?P<tag>(?<![^\s{_BEFORE}])\#{TAG_BODY})
    | (?P<fnref>\[\^[^\]\s]+\])
    | (?P<link>(?P<img>!?)\[(?P<ltext>(?:[^\[\]\\]|\\[\s\S]|\[[^\[\]]*\])*)\]
        (?:\([ \t]*(?:<(?P<adest>[^<>\n]*)>|(?P<dest>[^\s()]*(?:\([^\s()]*\)[^\s()]*)*))
              (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)
          | \[(?P<ref>[^\[\]\n]*)\])?)
    | <(?P<auto>[A-Za-z][A-Za-z0-9+.-]{{1,31}}:[^\s<>]*)>
    | <(?P<email>[^\s<>@()\[\]\\,;:"]+@[A-Za-z0-9.-]+)>
    | (?P<html><[/!?]?[A-Za-z][^<>\n]*>|<!--[^<>]*-->)
    | (?P<url>(?<![^\s*_~(\["'|>])https?://[^\s<>]+)
    | (?P<ent>&(?:\#\d{{1,7}}|\#[xX][0-9a-fA-F]{{1,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});)
    """,
    re.VERBOSE,
)
# Each branch starts with a literal, for the engine's fast scan; `_` inside a word stays.
_EMPHASIS = re.compile(r"\*+|~~|==|_(?<!\w_)_*|_+(?!\w)")
_MARKUP_CHAR = re.compile(r"[*~=_]")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_TAG_LIKE = re.compile(r"<[/!?]?[A-Za-z][^<>\n]*>")
_URL_TRAIL = ".,:;!?*_~'\""


class _Scanner:
    """A pass over the lines to find blocks, then one inline regex pass over all the prose.

    The prose of line i is `prose[i]` ("" for code and markup lines), so the inline pass sees
    one string whose line numbers are the body's and whose output splits back into lines.
    """

    def __init__(self) -> None:
        self.prose: list[str] = []
        self.code: dict[int, str] = {}  # line index -> code line, kept verbatim in the text
        self.headings: list[tuple[int, int, int]] = []  # (level, first, last line index)
        self.para = -1  # first line index of the open paragraph, -1 when none is open
        self.setext_ok = False  # the open paragraph may still become a setext heading
        self.indented = False  # inside an indented code block
        self.fence = ""  # the opening run while inside a fenced code block
        self.skip_until = ""  # closing tag of a raw <script>/<style> block
        self.in_list = False
        self.table = False  # after a table's delimiter row, until a blank line
        self.refs: dict[str, str] = {}
        self.properties: dict[str, str] = {}
        self.links: list[Link] = []
        self.tags: dict[str, str] = {}  # casefolded -> as first written

    def run(self, body: str) -> Extract:
        if "\r" in body:
            body = body.replace("\r\n", "\n").replace("\r", "\n")
        prose = self.prose
        for index, line in enumerate(body.split("\n")):
            if line or self.fence:
                prose.append(self._line(index, line))
            else:  # the most common line of all, kept off the slow path
                self.para = -1
                self.table = False
                prose.append("")
        out = self._inline("\n".join(prose), 1).split("\n")
        for index, code in self.code.items():
            out[index] = code
        headings = tuple(self._heading_text(out, first, last) for _, first, last in self.headings)
        levels = [level for level, _, _ in self.headings]
        title = headings[levels.index(1)] if 1 in levels else None
        text = _untag_all("\n".join(filter(None, out)))
        tags = tuple(self.tags.values())
        return Extract(title, headings, tuple(self.links), tags, text, self.properties)

    def _line(self, index: int, line: str) -> str:
        """Classify one line; return the part the inline pass should read."""
        if self.fence:
            match = _FENCE_CLOSE.match(line)
            if match and match[1][0] == self.fence[0] and len(match[1]) >= len(self.fence):
                self.fence = ""
            else:
                self.code[index] = line
            return ""
        if self.skip_until:
            if self.skip_until in line.lower():
                self.skip_until = ""
            return ""
        if not line or line.isspace():
            self.para = -1
            self.table = False
            return ""
        if line[0] in " \t":
            if self._indented_code(index, line):
                return ""
        else:
            self.indented = False
        indent = marks = ""
        content = line
        if line[0] in _CONTAINER_START and (match := _CONTAINER.match(line)):
            indent, marks = match[1], match[2]
            content = line[match.end() :]
        is_list = bool(marks) and marks.strip(" \t>") != ""
        if is_list:
            self.in_list = True
        elif not marks and not indent:
            self.in_list = False
        return self._content(index, content.rstrip(), is_list, bool(marks) or len(indent) > 3)

    def _content(self, index: int, content: str, is_list: bool, contained: bool) -> str:
        if not content:
            self.para = -1
            return ""
        block = self._block(index, content, is_list, contained)
        if block is not None:
            return block
        if content[0] == "[" and (footnote := _FOOTNOTE_DEF.match(content)):
            content, is_list = content[footnote.end() :], True
        elif is_list and (task := _TASK.match(content)):
            content = content[task.end() :]
        if is_list or self.para < 0:
            self.para = index
            self.setext_ok = not contained
        return _CELL_BAR.sub(" ", content) if self.table else content

    def _block(self, index: int, content: str, is_list: bool, contained: bool) -> str | None:
        """The prose of a line that is block markup ("" if none), or None for a prose line."""
        first = content[0]
        if first in "`~":
            return self._fence(content)
        if first == "#":
            return self._atx(index, content)
        if first in "=-" and self._setext_ok(contained) and _SETEXT.match(content):
            self.headings.append((1 if first == "=" else 2, self.para, index - 1))
            self.para = -1
            return ""
        if first in "*-_" and _HR.match(content):
            self.para = -1
            return ""
        if "|" in content and _TABLE_DELIM.match(content):
            self.table = True
            if index:  # the header row was read as prose; its bars are not words
                self.prose[index - 1] = _CELL_BAR.sub(" ", self.prose[index - 1])
            return ""
        if "::" in content and (prop := _PROPERTY.match(content)):
            return self._property(prop)
        in_para = self.para >= 0 and not is_list
        if first == "[" and not in_para and self._reference(content):
            return ""
        if first == "<" and not in_para and (raw := _RAW_SKIP.match(content)):
            closing = f"</{raw[1].lower()}>"
            if closing not in content.lower():
                self.skip_until = closing
            return ""
        return None

    def _reference(self, content: str) -> bool:
        """Record a link reference definition; `[^1]: text` is a footnote, which is prose."""
        ref = None if content.startswith("[^") else _REF_DEF.match(content)
        if ref is None:
            return False
        self.refs.setdefault(_label_key(ref[1]), ref[2] if ref[2] is not None else ref[3])
        return True

    def _setext_ok(self, contained: bool) -> bool:
        return self.para >= 0 and self.setext_ok and not contained

    def _indented_code(self, index: int, line: str) -> bool:
        stripped = line.lstrip(" \t")
        prefix = line[: len(line) - len(stripped)]
        width = len(prefix.expandtabs(4)) if "\t" in prefix else len(prefix)
        # An indented line continues a paragraph or list item; only after a break is it code.
        if width >= 4 and (
            self.indented or (self.para < 0 and not self.in_list and not _LIST_MARK.match(stripped))
        ):
            self.indented = True
            self.code[index] = stripped
            return True
        self.indented = False
        return False

    def _fence(self, content: str) -> str | None:
        match = _FENCE_OPEN.match(content)
        if match is None or (match[1][0] == "`" and "`" in match[2]):
            return None
        self.fence = match[1]
        self.para = -1
        return ""

    def _atx(self, index: int, content: str) -> str | None:
        match = _ATX.match(content)
        if match is None:
            return None  # `#tag` at the start of a line
        text = match[2] or ""
        unclosed = text.rstrip("#")  # an optional closing run of `#` after a space
        if not unclosed:
            text = ""
        elif unclosed[-1] in " \t":
            text = unclosed.rstrip()
        self.headings.append((len(match[1]), index, index))
        self.para = -1
        return text

    def _property(self, match: re.Match[str]) -> str:
        key, value = match[1].lower(), (match[2] or "").strip()
        self.properties.setdefault(key, value)
        if key == "tags":
            for pair in _PROPERTY_TAG.findall(value):
                self._add_tag((pair[0] or pair[1]).strip())
        self.para = -1
        return value

    def _heading_text(self, out: list[str], first: int, last: int) -> str:
        return _untag_all(" ".join(" ".join(out[first : last + 1]).split()))

    def _add_tag(self, name: str) -> None:
        if name:
            self.tags.setdefault(name.casefold(), name)

    def _inline(self, chunk: str, line: int) -> str:
        """The plain text of `chunk` (newlines kept); records its links and tags on the way."""
        out: list[str] = []
        unclosed: dict[int, int] = {}  # tick run length -> end of the line it found no closer on
        pos = counted = 0
        trigger = (_TRIGGER_WITH_REFS if self.refs else _TRIGGER).search
        inline = _INLINE.match
        while (found := trigger(chunk, pos)) is not None:
            start = found.start()
            if start > pos:
                out.append(_plain(chunk[pos:start]))
            line += chunk.count("\n", counted, start)
            counted = start
            match = inline(chunk, start)
            end = self._token(match, chunk, line, out, unclosed) if match else -1
            if end < 0:  # not markup after all: keep the character, look again after it
                out.append(chunk[start])
                end = start + 1
            pos = end
        out.append(_plain(chunk[pos:]))
        return "".join(out)

    def _token(
        self, match: re.Match[str], chunk: str, line: int, out: list[str], unclosed: dict[int, int]
    ) -> int:
        """Handle one inline match; return where to continue, or -1 to treat it as text."""
        kind = match.lastgroup
        if kind == "ticks":
            return _code_span(match, chunk, out, unclosed)
        if kind == "link":
            return self._link(match, line, out)
        if kind in ("url", "auto", "email"):
            return self._url(match, kind, line, out)
        if kind == "tag":
            name = tag_name(match[0][1:])
            if name is None:
                return -1
            self._add_tag(name)
            out.append("#" + name)
            return match.start() + 1 + len(name)
        if kind == "wiki":
            return self._wikilink(match, line, out)
        if kind == "ltag":
            self._add_tag(match["ltagname"].strip())
            out.append(match["ltagname"])
        elif kind == "esc":
            out.append(match[0][1])
        elif kind == "ent":
            out.append(_entity_text(match[0]))
        elif kind == "html":
            out.append(" " + "\n" * match[0].count("\n"))
        return match.end()  # a footnote reference (fnref) leaves no text

    def _wikilink(self, match: re.Match[str], line: int, out: list[str]) -> int:
        parsed = parse_wikilink(match["wbody"])
        if parsed is None:
            return -1
        target, heading, alias = parsed
        self.links.append(Link(target, "wiki", alias, heading, line))
        out.append(wikilink_label(target, heading, alias))
        return match.end()

    def _link(self, match: re.Match[str], line: int, out: list[str]) -> int:
        text = match["ltext"]
        dest = match["adest"]
        if dest is None:
            dest = match["dest"]
        if dest is None:  # `[text][ref]`, `[text][]` or `[text]`: needs a definition
            dest = self.refs.get(_label_key(match["ref"] or text))
            if dest is None:
                return -1
        label = self._inline(text, line)
        if not match["img"]:  # images are attachments, not links between notes
            self.links.append(Link(dest, "markdown", label.strip() or None, None, line))
        out.append(label)
        return match.end()

    def _url(self, match: re.Match[str], kind: str, line: int, out: list[str]) -> int:
        end = match.end()
        if kind == "email":
            url = "mailto:" + match["email"]
            out.append(match["email"])
        elif kind == "auto":
            url = match["auto"]
            out.append(url)
        else:
            url = _trim_url(match[0])
            if url.endswith("://"):
                return -1
            end = match.start() + len(url)
            out.append(url)
        self.links.append(Link(url, "markdown", None, None, line))
        return end


def _code_span(match: re.Match[str], chunk: str, out: list[str], unclosed: dict[int, int]) -> int:
    """A code span closes on the same line (a simplification); its text is kept as is."""
    ticks = match[0]
    size, start = len(ticks), match.end()
    line_end = chunk.find("\n", start)
    if line_end < 0:
        line_end = len(chunk)
    if unclosed.get(size) != line_end:
        at = start
        while (found := chunk.find(ticks, at, line_end)) != -1:
            end = found + size
            while end < line_end and chunk[end] == "`":
                end += 1
            if end - found == size:
                code = chunk[start:found]
                if len(code) > 2 and code[0] == code[-1] == " " and code.strip():
                    code = code[1:-1]
                out.append(code)
                return end
            at = end
        unclosed[size] = line_end  # later runs of this length on this line fail too
    out.append(ticks)
    return start


def _plain(text: str) -> str:
    if _MARKUP_CHAR.search(text) is None:  # the common case, and a search is cheap
        return text
    return _EMPHASIS.sub("", text)


def _entity_text(entity: str) -> str:
    """An entity's character, except that `<`, `>` stay encoded (no tag may form) and line
    breaks become spaces (the output must keep the line count)."""
    value = html.unescape(entity)
    if value in ("<", ">"):
        return entity
    return " " if "\n" in value else value


def _untag_all(text: str) -> str:
    return _TAG_LIKE.sub(_untag, text) if "<" in text else text


def _untag(match: re.Match[str]) -> str:
    # Keeps the words of a tag-like run (code such as `<div>`) but never the tag itself.
    return "\n" + match[0][1:-1] + "\n"


def _label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _trim_url(url: str) -> str:
    """A bare URL without trailing punctuation or unbalanced closing brackets (as GFM does)."""
    while url:
        last = url[-1]
        opening = "(" if last == ")" else "["
        unbalanced = last in ")]" and url.count(last) > url.count(opening)
        if last not in _URL_TRAIL and not unbalanced:
            break
        url = url[:-1]
    return url
