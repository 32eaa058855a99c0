"""Journal paths, the template, and appending entries."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ponder.core.sense import journal
from ponder.core.sense.journal_config import JournalConfig
from ponder.core.vault import Vault


def test_path_and_template(tmp_path: Path) -> None:
    config = JournalConfig()
    assert config.path(date(2026, 11, 22)) == "journal/2026-11-22.md"
    body = config.body(Vault.open(tmp_path), date(2026, 11, 22))
    assert body.startswith("# Sunday, 22 November 2026")
    for prompt in (
        "What am I working to achieve?",
        "What did I learn today?",
        "What could I share?",
    ):
        assert prompt in body
    assert "$" not in body


def test_append_adds_a_timestamped_item_and_keeps_the_rest() -> None:
    when = datetime(2026, 11, 22, 14, 5)
    text = "# Day\n\n## Log"
    out = journal.append_entry(text, "first line\nsecond line", when)
    assert out.startswith(text)
    assert out.endswith("- **14:05** first line\n  second line\n")


def test_append_keeps_crlf_files_crlf() -> None:
    out = journal.append_entry("# Day\r\n", "entry", datetime(2026, 1, 1, 9, 0))
    assert out == "# Day\r\n- **09:00** entry\r\n"


@given(st.text(), st.text(min_size=1).filter(lambda s: s.strip()))
def test_append_never_loses_existing_text(existing: str, entry: str) -> None:
    out = journal.append_entry(existing, entry, datetime(2026, 1, 1, 9, 0))
    assert out.startswith(existing)
    assert entry.strip().splitlines()[0] in out
