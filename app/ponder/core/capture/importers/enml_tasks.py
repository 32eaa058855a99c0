"""Evernote's to-dos and Evernote 10's tasks as Markdown task items.

- `<en-todo checked="…"/>` at the start of a line, and Evernote 10 checklists
  (`<li style="--en-checked:true">`), become `- [ ]` / `- [x]` items.
- Evernote 10 tasks are `<task>` elements beside the content; the content holds only a
  placeholder `<div style="--en-task-group:true; --en-id:GROUP">` (with "content not
  supported" text). The placeholder is replaced by the group's tasks, in Evernote's order, in
  the Obsidian Tasks plugin's notation: `- [ ] Title 📅 due-date`, `- [x] Title ✅ done-date`,
  ` ⏫` for a flagged task. Tasks whose placeholder is missing go under "## Tasks" at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from xml.etree.ElementTree import Element
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ponder.core.capture.importers.dates import from_enex
from ponder.core.capture.importers.markdown_text import escape

TODO_OPEN = "PonderTodoOpenToken"
TODO_DONE = "PonderTodoDoneToken"
_GROUP_MARK = "PonderTaskGroup{}Token"
_GROUP_FOUND = re.compile(r"^[ \t]*PonderTaskGroup(\d+)Token[ \t]*$", re.MULTILINE)
_EN_TODO = re.compile(r"<en-todo\b([^>]*?)/?>(?:\s*</en-todo>)?", re.IGNORECASE)
_CHECKED_ITEM = re.compile(
    r"(<li\b[^>]*--en-checked\s*:\s*(true|false)[^>]*>)((?:\s*<(?:div|p)\b[^>]*>)*)", re.IGNORECASE
)
_GROUP_DIV = re.compile(r"<div\b[^>]*--en-task-group\s*:\s*true[^>]*>", re.IGNORECASE)
_EN_ID = re.compile(r"--en-id\s*:\s*([^;\"']+)")
_DIV_TAG = re.compile(r"<(/?)div\b[^>]*?(/?)>", re.IGNORECASE)
_TODO_LINE = re.compile(
    rf"^([ \t]*)(?:(?:[-*+]|\d+[.)])[ \t]+)?({TODO_OPEN}|{TODO_DONE})[ \t]*", re.MULTILINE
)

_LOOSE_TASKS = re.compile(r"^([ \t]*- \[[ x]\] .*)\n\n(?=[ \t]*- \[[ x]\] )", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Task:
    title: str
    done: bool
    group: str
    weight: str
    due: str | None
    completed: str | None
    flagged: bool

    def markdown(self) -> str:
        parts = [f"- [{'x' if self.done else ' '}] {escape(self.title) or 'Untitled task'}"]
        if self.flagged:
            parts.append("⏫")
        if self.due:
            parts.append(f"📅 {self.due}")
        if self.done and self.completed:
            parts.append(f"✅ {self.completed}")
        return " ".join(parts)


def read_tasks(note: Element) -> list[Task]:
    """The note's `<task>` elements, in Evernote's order (sortWeight) within each group."""
    tasks = [_task(element) for element in note.findall("task")]
    return sorted(tasks, key=lambda t: (t.group, t.weight))


def _task(element: Element) -> Task:
    zone = _zone(element.findtext("timeZone"))
    return Task(
        title=" ".join((element.findtext("title") or "").split()),
        done=(element.findtext("taskStatus") or "").strip().lower() == "completed",
        group=(element.findtext("taskGroupNoteLevelID") or "").strip(),
        weight=(element.findtext("sortWeight") or "").strip(),
        due=_day(element.findtext("dueDate"), zone),
        completed=_day(element.findtext("statusUpdated"), zone),
        flagged=(element.findtext("taskFlag") or "").strip().lower() == "true",
    )


def _zone(name: str | None) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip()) if name and name.strip() else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _day(value: str | None, zone: ZoneInfo | None) -> str | None:
    when = from_enex(value or "")
    if when is None:
        return None
    local: datetime = when.astimezone(zone) if zone else when.astimezone()
    return local.date().isoformat()


def mark_todos(html: str) -> str:
    """Both kinds of Evernote check box as tokens the Markdown pass turns into task items."""

    def on_todo(match: re.Match[str]) -> str:
        checked = re.search(r"checked\s*=\s*[\"']?true", match[1], re.IGNORECASE)
        return f"{TODO_DONE if checked else TODO_OPEN} "

    def on_item(match: re.Match[str]) -> str:
        token = TODO_DONE if match[2].lower() == "true" else TODO_OPEN
        return f"{match[1]}{match[3]}{token} "

    return _CHECKED_ITEM.sub(on_item, _EN_TODO.sub(on_todo, html))


def todo_items(markdown: str) -> str:
    """Lines that start with a check box become `- [ ]`/`- [x]` items; a box in mid-line
    stays a ☐/☑ character."""

    def on_line(match: re.Match[str]) -> str:
        return f"{match[1]}- [{'x' if match[2] == TODO_DONE else ' '}] "

    markdown = _TODO_LINE.sub(on_line, markdown)
    markdown = _LOOSE_TASKS.sub(r"\1\n", markdown)  # one line each became one paragraph each
    return markdown.replace(TODO_DONE, "☑").replace(TODO_OPEN, "☐")


def mark_task_groups(html: str) -> tuple[str, list[str]]:
    """(html with each task-group placeholder replaced by a token, the groups' ids in order)."""
    groups: list[str] = []
    out: list[str] = []
    pos = 0
    for match in _GROUP_DIV.finditer(html):
        if match.start() < pos:
            continue  # inside a placeholder already replaced
        found = _EN_ID.search(match[0])
        groups.append(found[1].strip() if found else "")
        out.append(html[pos : match.start()])
        out.append(f"<p>{_GROUP_MARK.format(len(groups) - 1)}</p>")
        pos = _div_end(html, match.end())
    out.append(html[pos:])
    return "".join(out), groups


def _div_end(html: str, pos: int) -> int:
    """Where the div opened just before `pos` closes (nested divs counted)."""
    depth = 1
    for tag in _DIV_TAG.finditer(html, pos):
        if tag[2]:
            continue  # <div/>
        depth += -1 if tag[1] else 1
        if depth == 0:
            return tag.end()
    return len(html)


def place_tasks(markdown: str, groups: list[str], tasks: list[Task]) -> str:
    """Put each group's tasks where its placeholder was; tasks of no placeholder at the end."""
    placed: set[str] = set()

    def on_group(match: re.Match[str]) -> str:
        group = groups[int(match[1])]
        placed.add(group)
        lines = [t.markdown() for t in tasks if t.group == group or not group]
        return "\n".join(lines)

    markdown = _GROUP_FOUND.sub(on_group, markdown)
    if "" in placed:
        return markdown
    rest = [t.markdown() for t in tasks if t.group not in placed]
    if rest:
        markdown = markdown.rstrip() + "\n\n## Tasks\n\n" + "\n".join(rest) + "\n"
    return markdown
