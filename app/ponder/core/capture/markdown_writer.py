"""Write sanitized HTML as CommonMark/GFM (used by html_markdown)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ponder.core.capture.html_tree import Node

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*", "del": "~~", "s": "~~", "strike": "~~"}
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto", ""})

_BREAK = "\x00"  # a hard line break while a paragraph is assembled
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_ESCAPE = re.compile(r"[\\`*\[\]]|(?<!\w)_|_(?!\w)|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
_SCRIPT_SCHEME = re.compile(r"(?i)(javascript|vbscript)(?=:)")
_LINE_START = re.compile(r"^([#>+=|~-]|\d+(?=[.)](?:\s|$)))")
_LIST_BLOCK = re.compile(r"^(?:-|\d+\.)(?: |$)")
_LANGUAGE = re.compile(r"\b(?:language|lang)-([\w+#.-]+)")
_SURROUNDING = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


def escape_text(text: str) -> str:
    """Text from HTML, with what Markdown would read as syntax backslash-escaped."""

    def one(match: re.Match[str]) -> str:
        char = match.group()
        if char == "<":
            return "&lt;"
        if char == "&":
            return "&amp;"
        return "\\" + char

    return _SCRIPT_SCHEME.sub(r"\1\\", _ESCAPE.sub(one, text))


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1).isdigit():
        return line[: match.end()] + "\\" + line[match.end() :]
    return "\\" + line


def _url(value: str | None) -> str | None:
    """A link destination, or None if it is missing or not a scheme we let through."""
    if not value:
        return None
    value = value.strip()
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return None
    if scheme not in _LINK_SCHEMES or not value:
        return None
    value = value.replace("<", "%3C").replace(">", "%3E").replace("\n", "")
    return f"<{value}>" if re.search(r"[\s()]", value) else value


def _fence(text: str, char: str = "`", minimum: int = 3) -> str:
    runs = [len(m) for m in re.findall(re.escape(char) + "+", text)]
    return char * max([minimum, *[r + 1 for r in runs]])


def _tag(element: Node) -> str:
    return element.tag.lower()


class MarkdownWriter:
    """Walks block elements into a list of Markdown blocks and inline elements into text."""

    def document(self, root: Node) -> str:
        blocks = self.blocks(root)
        return "\n\n".join(blocks) + "\n" if blocks else ""

    # -- blocks --------------------------------------------------------------------------------

    def blocks(self, element: Node) -> list[str]:
        """The children of `element` as Markdown blocks (no empty ones)."""
        out: list[str] = []
        pending: list[str] = [self.text(element.text)]
        for child in element:
            if _tag(child) in BLOCK_TAGS:
                out.extend(self._paragraph(pending))
                pending = []
                out.extend(b for b in self.block(child) if b.strip())
            else:
                pending.append(self.inline(child))
            pending.append(self.text(child.tail))
        out.extend(self._paragraph(pending))
        return out

    def block(self, element: Node) -> list[str]:
        tag = _tag(element)
        if tag in _HEADINGS:
            text = self._one_line(self.blocks(element))
            return [f"{'#' * _HEADINGS[tag]} {text}"] if text else []
        if tag in ("ul", "ol"):
            return self._list(element, ordered=tag == "ol")
        if tag == "blockquote":
            inner = "\n\n".join(self.blocks(element))
            return ["\n".join(f"> {line}".rstrip() for line in inner.split("\n"))] if inner else []
        if tag == "pre":
            return [self._code_block(element)]
        if tag == "hr":
            return ["---"]
        if tag == "table":
            return self._table(element)
        if tag == "dt":
            text = self._one_line(self.blocks(element))
            return [f"**{text}**"] if text else []
        return self.blocks(element)

    def _paragraph(self, pieces: list[str]) -> list[str]:
        text = _SPACES.sub(" ", "".join(pieces))
        lines = [line.strip() for line in text.split(_BREAK)]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        lines = [_escape_line_start(line) for line in lines if line]
        return ["\\\n".join(lines)] if lines else []

    def _one_line(self, blocks: list[str]) -> str:
        return _SPACES.sub(" ", " ".join(blocks).replace("\\\n", " ")).strip()

    def _list(self, element: Node, *, ordered: bool) -> list[str]:
        number = _start(element.get("start")) if ordered else 0
        items: list[str] = []
        for child in element:
            if _tag(child) in ("ul", "ol"):  # a list nested without its <li>
                if items:
                    items[-1] += "\n" + _indent("\n".join(self.block(child)), "  ")
                continue
            marker = f"{number}." if ordered else "-"
            number += 1
            is_item = _tag(child) == "li"
            content = self._item(child) if is_item else self._one_line(self.block(child))
            pad = " " * (len(marker) + 1)
            first, _, rest = content.partition("\n")
            line = f"{marker} {first}" if first else marker
            items.append(line + ("\n" + _indent(rest, pad) if rest else ""))
        return ["\n".join(items)] if items else []

    def _item(self, element: Node) -> str:
        parts: list[str] = []
        for block in self.blocks(element):
            joiner = "\n" if parts and _LIST_BLOCK.match(block) else "\n\n"
            parts.append(joiner + block if parts else block)
        return "".join(parts)

    def _code_block(self, element: Node) -> str:
        code = _pre_text(element).strip("\n")
        classes = " ".join(e.get("class") or "" for e in element.iter())
        language = _LANGUAGE.search(classes)
        fence = _fence(code)
        return f"{fence}{language.group(1) if language else ''}\n{code}\n{fence}"

    def _table(self, element: Node) -> list[str]:
        rows = [r for r in element.iter("tr") if _nearest_table(r) is element]
        cells = [[c for c in row if _tag(c) in ("td", "th")] for row in rows]
        cells = [row for row in cells if row]
        simple = cells and all(
            _span(c, "colspan") == 1
            and _span(c, "rowspan") == 1
            and next(c.iter("table"), None) is None
            for row in cells
            for c in row
        )
        if not simple:
            return self.blocks(element)
        width = max(len(row) for row in cells)
        text = [[self._cell(c) for c in row] + [""] * (width - len(row)) for row in cells]
        lines = [_row(text[0]), _row(["---"] * width), *(_row(r) for r in text[1:])]
        caption = element.find("caption")
        above = self.blocks(caption) if caption is not None else []
        return [*above, "\n".join(lines)]

    def _cell(self, element: Node) -> str:
        return self._one_line(self.blocks(element)).replace("|", "\\|")

    # -- inline --------------------------------------------------------------------------------

    def text(self, value: str | None) -> str:
        return escape_text(value.replace(_BREAK, "")) if value else ""

    def inline(self, element: Node) -> str:
        tag = _tag(element)
        if tag == "br":
            return _BREAK
        if tag == "img":
            return self._image(element)
        if tag in _CODE_TAGS:
            return _code_span(element.text_content())
        inner = self._inner(element)
        if tag == "a":
            return self._link(element, inner)
        if tag in _EMPHASIS:
            return _wrap(inner, _EMPHASIS[tag])
        if tag == "q":
            return f"“{inner}”"
        return inner

    def _inner(self, element: Node) -> str:
        pieces = [self.text(element.text)]
        for child in element:
            if _tag(child) in BLOCK_TAGS:
                pieces.append(" " + self._one_line(self.block(child)) + " ")
            else:
                pieces.append(self.inline(child))
            pieces.append(self.text(child.tail))
        return "".join(pieces)

    def _link(self, element: Node, inner: str) -> str:
        url = _url(element.get("href"))
        label = _SPACES.sub(" ", inner.replace(_BREAK, " ")).strip()
        if url is None or not label:
            return inner  # a link without text shows nothing in a browser either
        return f"[{label}]({url})"

    def _image(self, element: Node) -> str:
        url = _url(element.get("src") or element.get("data-src"))
        if url is None:
            return ""
        alt = _SPACES.sub(" ", escape_text(element.get("alt") or "")).strip()
        return f"![{alt}]({url})"


def _wrap(inner: str, marker: str) -> str:
    """`inner` between emphasis markers, its outer spaces moved outside them."""
    match = _SURROUNDING.match(inner)
    if match is None or not match.group(2).strip(_BREAK + " "):
        return inner
    lead, core, trail = match.groups()
    return f"{lead}{marker}{core}{marker}{trail}"


def _code_span(text: str) -> str:
    text = _SPACES.sub(" ", text)
    if not text.strip():
        return text
    fence = _fence(text, minimum=1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _pre_text(element: Node) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if _tag(child) == "br" else _pre_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _indent(text: str, pad: str) -> str:
    return "\n".join(pad + line if line else "" for line in text.split("\n"))


def _start(value: str | None) -> int:
    try:
        return max(0, min(int(value or "1"), 999_999_999))
    except ValueError:
        return 1


def _span(cell: Node, name: str) -> int:
    return _start(cell.get(name)) or 1


def _nearest_table(row: Node) -> Node | None:
    for ancestor in row.iterancestors():
        if _tag(ancestor) == "table":
            return ancestor
    return None


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
