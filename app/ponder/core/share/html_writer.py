"""HTML for Matrix's `formatted_body` and e-mail, within Matrix's suggested tag list."""

from __future__ import annotations

from html import escape

from markdown_it.tree import SyntaxTreeNode

from ponder.core.share.markup import TextWriter

MATRIX_TAGS = frozenset(
    {"font", "del", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p", "a", "ul", "ol"}
    | {"sup", "sub", "li", "b", "i", "u", "strong", "em", "s", "strike", "code", "hr", "br"}
    | {"div", "table", "thead", "tbody", "tr", "th", "td", "caption", "pre", "span", "img"}
    | {"details", "summary"}
)
"""The HTML tags the Matrix spec strongly suggests clients permit (m.room.message msgtypes)."""

_TAGS = {"strong": "strong", "em": "em", "s": "del"}


def _attr(value: str) -> str:
    return escape(value, quote=True)


class HtmlWriter(TextWriter):
    """Safe HTML: every text escaped, links only to public URLs, no images loaded remotely."""

    block_separator = "\n"

    def text(self, text: str) -> str:
        return escape(text, quote=False)

    def paragraph(self, text: str) -> str:
        return f"<p>{text}</p>"

    def heading(self, level: int, text: str) -> str:
        return f"<h{level}>{text}</h{level}>"

    def quote(self, text: str) -> str:
        return f"<blockquote>\n{text}\n</blockquote>"

    def list_block(self, node: SyntaxTreeNode) -> str:
        items = []
        for item in node.children:
            tight = all(child.hidden for child in item.children if child.type == "paragraph")
            parts = [self._item_block(child, tight) for child in item.children]
            items.append("<li>" + "\n".join(part for part in parts if part) + "</li>")
        if node.type == "bullet_list":
            return "<ul>\n" + "\n".join(items) + "\n</ul>"
        start = int(str(node.attrs.get("start", 1)))
        opening = "<ol>" if start == 1 else f'<ol start="{start}">'
        return opening + "\n" + "\n".join(items) + "\n</ol>"

    def _item_block(self, node: SyntaxTreeNode, tight: bool) -> str:
        if tight and node.type == "paragraph":
            return self.inline(node.children[0]) if node.children else ""
        return self.block(node)

    def code_block(self, code: str, info: str) -> str:
        language = info.split()[0] if info else ""
        css = f' class="language-{_attr(language)}"' if language else ""
        return f"<pre><code{css}>{self.text(code)}\n</code></pre>"

    def rule(self) -> str:
        return "<hr>"

    def table(self, node: SyntaxTreeNode) -> str:
        rows = self.table_rows(node)
        if not rows:
            return ""
        head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in rows[0]) + "</tr>"
        body = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[1:]
        )
        return f"<table>\n<thead>{head}</thead>\n<tbody>{body}</tbody>\n</table>"

    def footnotes(self, node: SyntaxTreeNode) -> str:
        notes = []
        for note in node.children:
            body = self.blocks(child for child in note.children if child.type != "footnote_anchor")
            notes.append(f"<li>{body}</li>")
        return "<hr>\n<ol>\n" + "\n".join(notes) + "\n</ol>"

    def softbreak(self) -> str:
        return "\n"

    def hardbreak(self) -> str:
        return "<br>\n"

    def emphasis(self, kind: str, text: str) -> str:
        tag = _TAGS[kind]
        return f"<{tag}>{text}</{tag}>"

    def code_span(self, code: str) -> str:
        return f"<code>{self.text(code)}</code>"

    def link(self, label: str, url: str) -> str:
        return f'<a href="{_attr(url)}">{label or self.text(url)}</a>'

    def image(self, alt: str, src: str) -> str:
        # Matrix clients load only mxc:// images; a link keeps the picture one click away.
        return super().image(alt or "image", src)

    def footnote_ref(self, number: int) -> str:
        return f"<sup>[{number}]</sup>"
