"""What an import did: notes written, items skipped or failed (each with a reason), remarks."""

from __future__ import annotations

from dataclasses import dataclass, field

from ponder.core.messages import Message
from ponder.core.model import Changes, NotePath


class ImportFileError(Exception):
    """The file as a whole cannot be imported; str() says why and what to do."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One item that was not imported: what it was (a URL, a title, a file) and why."""

    item: str
    reason: str


@dataclass(slots=True)
class ImportReport:
    """Everything one import did, for the CLI, the window and the log."""

    format: str
    source: str
    imported: list[NotePath] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    skipped: list[Outcome] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)

    def skip(self, item: str, reason: str) -> None:
        self.skipped.append(Outcome(item, reason))

    def fail(self, item: str, reason: str) -> None:
        self.failed.append(Outcome(item, reason))

    def summary(self) -> str:
        """One line a person can read: "Imported 12 notes and 3 attachments from …; 2 skipped"."""
        parts = [f"Imported {_count(len(self.imported), 'note')}"]
        if self.attachments:
            parts[0] += f" and {_count(len(self.attachments), 'attachment')}"
        parts[0] += f" from {self.source}"
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.cancelled:
            parts.append("cancelled before the end")
        return "; ".join(parts) + "."

    def details(self, limit: int = 8) -> str:
        """The summary, then the first `limit` failed and skipped items with their reasons."""
        return "\n\n".join([self.summary(), *self.outcomes(limit)])

    def outcomes(self, limit: int = 8) -> list[str]:
        """Paragraphs: what was not imported, what was skipped (the first `limit` of each,
        with their reasons), and the notices."""
        parts: list[str] = []
        headings = (Message("Not imported:"), Message("Skipped:"))
        for heading, outcomes in zip(headings, (self.failed, self.skipped), strict=True):
            if outcomes:
                lines = [
                    Message("• {item}: {reason}", item=o.item, reason=o.reason)
                    for o in outcomes[:limit]
                ]
                if len(outcomes) > limit:
                    lines.append(Message("… and {more} more", more=len(outcomes) - limit))
                parts.append(Message("{heading}\n{lines}", heading=heading, lines=tuple(lines)))
        if self.notices:
            parts.append(Message("{lines}", lines=tuple(self.notices)))
        return parts


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
