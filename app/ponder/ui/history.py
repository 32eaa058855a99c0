"""Back and forward through the notes a person visited, like a browser."""

from __future__ import annotations


class History:
    """A list of visited paths and a cursor; visiting after going back drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._items[self._index] if self._index >= 0 else None

    def visit(self, path: str) -> None:
        if path == self.current:
            return
        del self._items[self._index + 1 :]
        self._items.append(path)
        if len(self._items) > self._limit:
            del self._items[0]
        self._index = len(self._items) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._items) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current

    def moved(self, old: str, new: str) -> None:
        """A renamed note keeps its place in history."""
        self._items = [new if item == old else item for item in self._items]

    def removed(self, path: str) -> None:
        """Forget a deleted note; if it was the current one, the one before it becomes current."""
        before = sum(1 for item in self._items[: self._index + 1] if item == path)
        self._items = [item for item in self._items if item != path]
        self._index = max(self._index - before, 0 if self._items else -1)
