"""The fuzz suite: prints how many cases each fuzz test ran (and the total) at the end."""

from __future__ import annotations

import pytest
from fuzz_corpus import CASES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not CASES:
        return
    failed = len(terminalreporter.stats.get("failed", []))
    terminalreporter.section("fuzz cases")
    for name, count in sorted(CASES.items()):
        terminalreporter.write_line(f"{count:7d}  {name}")
    terminalreporter.write_line(f"{sum(CASES.values()):7d}  in all; failed tests: {failed}")
