"""The Markdown-like dialects: Slack mrkdwn, GitHub-flavoured Markdown, Teams' card Markdown."""

from __future__ import annotations

import re

from markdown_it.tree import SyntaxTreeNode

from ponder.core.share.markup import TextWriter, prefix_lines

_SLACK_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SLACK_MARKS = {"strong": "*", "em": "_", "s": "~"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
# A line that would start a block if it began a paragraph line: heading, quote, list, rule.
_MD_LINE_START = re.compile(r"^(#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$)))")
_MD_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")


def _wrap(mark: str, text: str, closing: str | None = None) -> str:
    """`text` between marks, with its edge spaces moved outside (`* a *` is not emphasis)."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{mark}{core}{mark if closing is None else closing}{trail}"


class SlackWriter(TextWriter):
    """Slack mrkdwn: `*bold*`, `_italic_`, `~strike~`, `<url|text>`; `&`, `<`, `>` escaped."""

    def text(self, text: str) -> str:
        return text.translate(_SLACK_ESCAPES)

    def heading(self, level: int, text: str) -> str:
        return _wrap("*", text)

    def emphasis(self, kind: str, text: str) -> str:
        return _wrap(_SLACK_MARKS[kind], text)

    def code_span(self, code: str) -> str:
        return "`" + self.text(code).replace("`", "ˋ") + "`"

    def code_block(self, code: str, info: str) -> str:
        return "```\n" + self.text(code).replace("```", "ˋˋˋ") + "\n```"

    def link(self, label: str, url: str) -> str:
        target = url.translate(_SLACK_ESCAPES).replace("|", "%7C")
        if label in (url, self.text(url)) or not label.strip():
            return f"<{target}>"
        return f"<{target}|{label.replace('|', '∣')}>"


class MarkdownWriter(TextWriter):
    """CommonMark with GFM tables and strikethrough: Mattermost, Discourse, webhooks."""

    bullet = "- "

    def text(self, text: str) -> str:
        return _MD_SPECIAL.sub(r"\\\1", text)

    def paragraph(self, text: str) -> str:
        return "\n".join(self._guard(line) for line in text.split("\n"))

    @staticmethod
    def _guard(line: str) -> str:
        """A backslash before what would turn a paragraph line into block markup."""
        if _MD_SETEXT.match(line):
            return "\\" + line
        return _MD_LINE_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], line, count=1)

    def heading(self, level: int, text: str) -> str:
        return "#" * level + " " + " ".join(text.split("\n"))

    def emphasis(self, kind: str, text: str) -> str:
        return _wrap({"strong": "**", "em": "*", "s": "~~"}[kind], text)

    def code_span(self, code: str) -> str:
        longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if code.startswith("`") or code.endswith("`") else ""
        return f"{fence}{pad}{code}{pad}{fence}"

    def code_block(self, code: str, info: str) -> str:
        longest = max((len(run) for run in re.findall(r"^`{3,}", code, re.MULTILINE)), default=2)
        fence = "`" * (longest + 1)
        return f"{fence}{info.split()[0] if info else ''}\n{code}\n{fence}"

    def rule(self) -> str:
        return "---"

    def table(self, node: SyntaxTreeNode) -> str:
        rows = [[cell.replace("\n", " ") for cell in row] for row in self.table_rows(node)]
        if not rows:
            return ""
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * width)
        return "\n".join(lines)

    def link(self, label: str, url: str) -> str:
        if label in (url, self.text(url)) and url.startswith(("http:", "https:")):
            return f"<{_encoded(url)}>"
        return f"[{label or self.text(url)}]({_encoded(url)})"

    def image(self, alt: str, src: str) -> str:
        url = src if src.startswith(("http:", "https:")) else None
        return f"![{alt}]({_encoded(url)})" if url else alt


def _encoded(url: str) -> str:
    """A URL safe inside `(...)`: spaces, brackets and parentheses percent-encoded."""
    for char, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        url = url.replace(char, code)
    return url


class TeamsWriter(MarkdownWriter):
    """The Markdown subset of an Adaptive Card TextBlock: bold, italic, lists and links only."""

    def heading(self, level: int, text: str) -> str:
        return _wrap("**", text)

    def emphasis(self, kind: str, text: str) -> str:
        return _wrap({"strong": "**", "em": "_"}[kind], text) if kind != "s" else text

    def code_span(self, code: str) -> str:
        return self.text(code)

    def code_block(self, code: str, info: str) -> str:
        return code

    def quote(self, text: str) -> str:
        return prefix_lines("| ", text)

    def rule(self) -> str:
        return "———"

    def table(self, node: SyntaxTreeNode) -> str:
        return "\n".join(" · ".join(cells) for cells in self.table_rows(node))

    def link(self, label: str, url: str) -> str:
        return f"[{label or self.text(url)}]({_encoded(url)})"

    def image(self, alt: str, src: str) -> str:
        url = src if src.startswith(("http:", "https:")) else None
        return self.link(alt, url) if url else alt
