"""How the command line prints: plain lines, JSON for scripts, a progress bar on a terminal."""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ponder.core.doctor import Report
    from ponder.core.index import SearchResults

_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)
_STATUS_MARK = {"ok": "✓", "warning": "!", "error": "✗"}


class Output:
    """Writes to stdout/stderr; colour and progress only when stderr is a terminal."""

    def __init__(self, stdout: TextIO, stderr: TextIO) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.tty = stdout.isatty()
        self.progress_tty = stderr.isatty()

    def line(self, text: str) -> None:
        print(text, file=self.stdout)

    def raw(self, text: str) -> None:
        self.stdout.write(text)

    def error(self, text: str) -> None:
        print(f"ponder: {text}", file=self.stderr)

    def warn(self, text: str) -> None:
        print(f"ponder: warning: {text}", file=self.stderr)

    def json(self, value: object) -> None:
        json.dump(value, self.stdout, ensure_ascii=False, indent=2)
        self.stdout.write("\n")

    def _snippet(self, snippet: str) -> str:
        marked = _BOLD.sub(r"\033[1m\1\033[0m" if self.tty else r"\1", snippet)
        return html.unescape(marked).replace("\n", " ")

    def results(self, results: SearchResults) -> None:
        for hit in results.hits:
            self.line(f"{hit.path}  {hit.title}")
            if hit.snippet:
                self.line(f"    {self._snippet(hit.snippet)}")
        more = f", showing {len(results.hits)}" if results.total > len(results.hits) else ""
        timed_out = " (search stopped at its time limit)" if results.timed_out else ""
        print(f"{results.total} notes match{more}{timed_out}.", file=self.stderr)

    def listing(self, results: SearchResults) -> None:
        for hit in results.hits:
            day = hit.updated.date().isoformat() if hit.updated else " " * 10
            self.line(f"{day}  {hit.kind.value:<10} {hit.path}  {hit.title}")

    def doctor(self, report: Report) -> None:
        for check in report.checks:
            self.line(f"{_STATUS_MARK[check.status.value]} {check.name}: {check.detail}")
        if report.problems:
            self.line(f"✗ {len(report.problems)} files Ponder cannot fully use:")
            for problem in report.problems:
                self.line(f"    {problem.path}: {problem.reason}")
        else:
            self.line("✓ files: every note reads cleanly")
        if report.healthy and report.warnings:
            count = len(report.warnings)
            self.line(f"{count} warning{'s' if count > 1 else ''} (!): Ponder works; see above.")

    def progress(self, label: str) -> Callable[[int, int], None] | None:
        """A progress callback drawing a bar on a terminal, or None when not on one."""
        if not self.progress_tty:
            return None
        started = time.monotonic()
        stream = self.stderr

        def show(done: int, total: int) -> None:
            width = 30
            filled = width * done // total if total else width
            rate = done / max(time.monotonic() - started, 1e-6)
            end = "\n" if done >= total else ""
            bar = "█" * filled + "·" * (width - filled)
            stream.write(f"\r{label} {bar} {done}/{total} ({rate:,.0f}/s){end}")
            stream.flush()

        return show
