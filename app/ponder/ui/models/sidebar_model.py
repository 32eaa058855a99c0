"""The sidebar's model: library sections, the tag tree and saved searches, each with a count."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ponder.ui.models.note_list_model import number_locale
from ponder.ui.panels import sidebar_icons

HEADING_HEIGHT = 30
PENDING = "…"  # a count not known until the first index is built
_PLAIN_TAG = re.compile(r"^[\w/.-]+$")


class SidebarRole(enum.IntEnum):
    QUERY = Qt.ItemDataRole.UserRole + 1  # the search a row stands for (None for headings)
    ENTRY = Qt.ItemDataRole.UserRole + 2  # "heading", "today", "section", "tag" or "saved"
    NAME = Qt.ItemDataRole.UserRole + 3  # section key, full tag name, or the saved query
    COUNT = Qt.ItemDataRole.UserRole + 4
    ICON = Qt.ItemDataRole.UserRole + 5  # the name of the painted icon


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    query: str


SECTIONS = (
    Section("all", ""),
    Section("inbox", "path:inbox/"),
    Section("journal", "kind:journal"),
    Section("clips", "kind:clip"),
    Section("notes", "kind:note"),
    Section("drafts", "kind:draft"),
    Section("questions", "kind:question"),
)


def tag_query(tag: str) -> str:
    return f"tag:{tag}" if _PLAIN_TAG.match(tag) else f'tag:"{tag}"'


TODAY = "today"
"""The first row: the Today page, not a search (it has no query)."""


class SidebarModel(QStandardItemModel):
    """Two columns (name, count) under three headings: Library (Today first), Tags, Saved
    searches.

    Emits only Qt's model signals.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self._pending = False
        self._icon_colour = QColor("#6a6f76")
        self._heading_colour = QColor("#6a6f76")
        self.library_heading = self._heading(self.tr("Library"))
        self.tags_heading = self._heading(self.tr("Tags"))
        self.saved_heading = self._heading(self.tr("Saved searches"))
        labels = self._section_labels()
        today = self._row(TODAY, TODAY, self.tr("Today"), "", TODAY)
        today[0].setData(None, SidebarRole.QUERY)
        today[0].setToolTip(self.tr("Due reviews, the inbox, open questions, today's journal"))
        self.library_heading.appendRow(today)
        self.today_item = today[0]
        for section in SECTIONS:
            self.library_heading.appendRow(
                self._row("section", section.key, labels[section.key], section.query, section.key)
            )

    def _section_labels(self) -> dict[str, str]:
        return {
            "all": self.tr("All notes"),
            "inbox": self.tr("Inbox"),
            "journal": self.tr("Journal"),
            "clips": self.tr("Clips"),
            "notes": self.tr("Notes"),
            "drafts": self.tr("Drafts"),
            "questions": self.tr("Questions"),
        }

    def _heading(self, label: str) -> QStandardItem:
        item = QStandardItem(label)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData("heading", SidebarRole.ENTRY)
        item.setSizeHint(QSize(0, HEADING_HEIGHT))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        font = QFont()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(max(font.pointSizeF() - 1.0, 7.0))
        item.setFont(font)
        item.setForeground(self._heading_colour)
        blank = QStandardItem()
        blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.appendRow([item, blank])
        return item

    def _row(
        self, entry: str, name: str, label: str, query: str, icon_name: str
    ) -> list[QStandardItem]:
        item = QStandardItem(label)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(entry, SidebarRole.ENTRY)
        item.setData(name, SidebarRole.NAME)
        item.setData(query, SidebarRole.QUERY)
        item.setData(icon_name, SidebarRole.ICON)
        item.setIcon(sidebar_icons.icon(icon_name, self._icon_colour))
        item.setToolTip(query or label)
        count = QStandardItem()
        count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count.setForeground(self._icon_colour)
        return [item, count]

    # -- updating ------------------------------------------------------------------------------

    def set_colours(self, icons: QColor, headings: QColor) -> None:
        """Repaint icons, counts and headings for a new theme."""
        self._icon_colour, self._heading_colour = QColor(icons), QColor(headings)
        for heading in (self.library_heading, self.tags_heading, self.saved_heading):
            heading.setForeground(self._heading_colour)
        for item in self._rows():
            item.setIcon(sidebar_icons.icon(str(item.data(SidebarRole.ICON)), icons))
            self._count_item(item).setForeground(icons)

    def set_section_counts(self, counts: Mapping[str, int | None]) -> None:
        for row in range(self.library_heading.rowCount()):
            item = self.library_heading.child(row, 0)
            self._set_count(item, counts.get(str(item.data(SidebarRole.NAME))))

    def set_pending(self, pending: bool) -> None:
        """While the index is first built: a count not known yet shows "…", never 0."""
        if pending == self._pending:
            return
        self._pending = pending
        for item in self._rows():
            self._show_count(item)
        for heading in (self.tags_heading, self.saved_heading):
            self._count_item(heading).setText(PENDING if pending else "")

    def set_saved(self, queries: Iterable[str], counts: Mapping[str, int] | None = None) -> None:
        """Show the saved searches, in order; known counts are kept when none are given."""
        wanted = list(dict.fromkeys(q for q in queries if q.strip()))
        old = self._counts(self.saved_heading)
        known = dict(counts) if counts is not None else old
        heading = self.saved_heading
        current = [heading.child(row, 0).text() for row in range(heading.rowCount())]
        if current != wanted:
            self.saved_heading.removeRows(0, self.saved_heading.rowCount())
            for query in wanted:
                self.saved_heading.appendRow(self._row("saved", query, query, query, "saved"))
        for row in range(self.saved_heading.rowCount()):
            item = self.saved_heading.child(row, 0)
            self._set_count(item, known.get(item.text()))

    def set_tags(self, counts: Mapping[str, int]) -> None:
        """Rebuild the tag tree: `a/b` sits under `a`; a parent the index does not list
        still appears, without a count of its own."""
        if self._counts(self.tags_heading, recursive=True) == dict(counts):
            return
        self.tags_heading.removeRows(0, self.tags_heading.rowCount())
        nodes: dict[str, QStandardItem] = {}
        for name in sorted(counts, key=str.casefold):
            self._tag_node(name, nodes)
        for name, item in nodes.items():
            self._set_count(item, counts.get(name))

    def _tag_node(self, name: str, nodes: dict[str, QStandardItem]) -> QStandardItem:
        existing = nodes.get(name)
        if existing is not None:
            return existing
        parent_name, _, leaf = name.rpartition("/")
        parent = self._tag_node(parent_name, nodes) if parent_name else self.tags_heading
        row = self._row("tag", name, leaf, tag_query(name), "tag")
        parent.appendRow(row)
        nodes[name] = row[0]
        return row[0]

    # -- reading -------------------------------------------------------------------------------

    def tag_item(self, name: str) -> QStandardItem | None:
        for item in self._walk(self.tags_heading):
            if item.data(SidebarRole.NAME) == name:
                return item
        return None

    def is_today(self, index: QModelIndex) -> bool:
        return bool(index.isValid() and index.siblingAtColumn(0).data(SidebarRole.ENTRY) == TODAY)

    def section_item(self, key: str) -> QStandardItem | None:
        for row in range(self.library_heading.rowCount()):
            item = self.library_heading.child(row, 0)
            if item.data(SidebarRole.NAME) == key:
                return item
        return None

    def query_at(self, index: QModelIndex) -> str | None:
        """The search a row stands for (either column), or None for a heading."""
        name_index = index.siblingAtColumn(0)
        query = name_index.data(SidebarRole.QUERY)
        return str(query) if query is not None else None

    def index_for_query(self, query: str) -> QModelIndex:
        """The first row (sections, then tags, then saved) whose search is exactly `query`."""
        for item in self._rows():
            if item.data(SidebarRole.QUERY) == query:
                return item.index()
        return QModelIndex()

    def _rows(self) -> Iterable[QStandardItem]:
        for heading in (self.library_heading, self.tags_heading, self.saved_heading):
            yield from self._walk(heading)

    def _walk(self, parent: QStandardItem) -> Iterable[QStandardItem]:
        for row in range(parent.rowCount()):
            child = parent.child(row, 0)
            yield child
            yield from self._walk(child)

    def _count_item(self, item: QStandardItem) -> QStandardItem:
        parent = item.parent() or self.invisibleRootItem()
        return parent.child(item.row(), 1)

    def _set_count(self, item: QStandardItem, count: int | None) -> None:
        if item.data(SidebarRole.COUNT) == count:
            return
        item.setData(count, SidebarRole.COUNT)
        self._show_count(item)

    def _show_count(self, item: QStandardItem) -> None:
        count = item.data(SidebarRole.COUNT)
        if count is None:
            text = PENDING if self._pending and item.data(SidebarRole.ENTRY) != "tag" else ""
        else:
            text = number_locale().toString(int(count))
        self._count_item(item).setText(text)

    def _counts(self, parent: QStandardItem, *, recursive: bool = False) -> dict[str, int]:
        items = (
            self._walk(parent)
            if recursive
            else (parent.child(r, 0) for r in range(parent.rowCount()))
        )
        return {
            str(item.data(SidebarRole.NAME)): int(item.data(SidebarRole.COUNT))
            for item in items
            if item.data(SidebarRole.COUNT) is not None
        }
