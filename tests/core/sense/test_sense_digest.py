"""The weekly digest, "on this day", the weekly draft's journal entries, journal settings."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from sense_fixtures import NOW

from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.sense import digest, inbox, onthisday, questions
from ponder.core.sense.journal_config import JournalConfig, format_day, from_obsidian, resolve
from ponder.core.share import drafts
from ponder.core.vault import Vault


def test_digest_counts_the_week_and_keeps_text_around_it(library: Library) -> None:
    clip = (
        "---\ntitle: Focus clip\nkind: clip\ntags: [focus]\n"
        "created: 2026-12-01T08:00:00+00:00\n---\nAttention matters. See [[Other]].\n"
    )
    old = (
        "---\ntitle: Old\nkind: clip\ncreated: 2026-10-01T08:00:00+00:00\n"
        "updated: 2026-10-01T08:00:00+00:00\n---\nold\n"
    )
    (path, _old), _ = library.create_notes([("clips", "Focus clip", clip), ("clips", "Old", old)])
    assert isinstance(path, str)
    inbox.reflect(library, NotePath(path), "Guard the mornings.", NOW)
    question, _ = questions.ask(library, "How to focus?", NOW)
    questions.answer(library, question, NotePath(path))
    written, _ = digest.write(library, date(2026, 12, 3), NOW)
    assert written == "journal/2026-W49.md"
    text = library.vault.read(written)[0]
    assert "## Captured (1)\n\n- [[clips/Focus clip]]" in text
    assert "Old" not in text
    assert "## Reflected (1)\n\n- [[clips/Focus clip]]: Guard the mornings." in text
    assert "## Linked (1)" in text
    assert "## Questions (1 opened, 1 answered)" in text
    assert "#focus (1)" in text and "key terms: " in text
    # the person's words around the markers survive writing it again
    stamp = library.vault.stamp(written)
    library.save(written, text + "\nMy own words.\n", expected=stamp)
    digest.write(library, date(2026, 12, 3), NOW)
    again = library.vault.read(written)[0]
    assert again.endswith("\nMy own words.\n") and again.count(digest.START) == 1


def test_digest_on_the_chosen_weekday_only_once(library: Library) -> None:
    friday = NOW  # 2026-12-04 is a Friday
    assert digest.write_if_due(library, friday, "monday") is None
    assert digest.write_if_due(library, friday, "never") is None
    written = digest.write_if_due(library, friday, "friday")
    assert written is not None and written[0] == "journal/2026-W49.md"
    assert written[0] in written[1].added
    assert digest.write_if_due(library, friday, "friday") is None


def test_shared_this_week(library: Library) -> None:
    draft, _ = drafts.new_draft(library, [], template="roundup", now=NOW)
    drafts.record_shared(library, draft, channel="matrix", account="me", url_or_id="$ev", at=NOW)
    week = digest.gather(library, NOW.date())
    assert [(n.path, channel) for n, channel, _url in week.shared] == [(draft, "matrix")]


def test_on_this_day(library: Library) -> None:
    library.journal_note(date(2025, 12, 4))
    library.journal_note(date(2026, 11, 4))
    library.journal_note(date(2026, 11, 5))
    note = "---\ntitle: Year ago\ncreated: 2024-12-04T10:00:00+00:00\n---\nx\n"
    library.create_notes([("notes", "Year ago", note)])
    found = [(m.day.isoformat(), m.path) for m in onthisday.memories(library, date(2026, 12, 4))]
    assert found == [
        ("2026-11-04", "journal/2026-11-04.md"),
        ("2025-12-04", "journal/2025-12-04.md"),
        ("2024-12-04", "notes/Year ago.md"),
    ]
    assert date(2026, 2, 28) not in onthisday.earlier_days(date(2026, 3, 31))
    assert date(2026, 1, 31) in onthisday.earlier_days(date(2026, 3, 31))


def test_weekly_draft_uses_every_journal_entry(library: Library) -> None:
    library._now = lambda: datetime(2026, 12, 2, 14, 5, tzinfo=UTC)
    library.append_journal("Read about attention residue.")
    draft, _ = drafts.new_draft(library, [], template="weekly", now=NOW)
    assert "Read about attention residue." in library.read(draft).body


def test_journal_settings_and_obsidian_defaults(tmp_path: Path) -> None:
    day = date(2026, 12, 4)
    assert format_day(day, "YYYY/MM/[Day] Do MMMM, dddd") == "2026/12/Day 4th December, Friday"
    assert format_day(date(2026, 1, 1), "gggg-[W]WW") == "gggg-W01"
    assert from_obsidian(tmp_path) == JournalConfig()
    (tmp_path / ".obsidian").mkdir()
    (tmp_path / ".obsidian" / "daily-notes.json").write_text(
        json.dumps({"folder": "Daily", "format": "DD.MM.YYYY", "template": "Templates/Day"})
    )
    assert from_obsidian(tmp_path) == JournalConfig("Daily", "DD.MM.YYYY", "Templates/Day")
    assert JournalConfig("Daily", "DD.MM.YYYY").path(day) == "Daily/04.12.2026.md"
    assert resolve(tmp_path, folder="log").folder == "log"
    assert resolve(tmp_path).date_format == "DD.MM.YYYY"
    (tmp_path / ".obsidian" / "daily-notes.json").write_text("{broken")
    assert from_obsidian(tmp_path) == JournalConfig()


def test_a_vault_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    vault = Vault.open(tmp_path)
    (tmp_path / "Templates").mkdir()
    (tmp_path / "Templates" / "Day.md").write_text("# {{title}} ($weekday)\n\n## Notes\n")
    config = JournalConfig("Daily", "YYYY-MM-DD", "Templates/Day")
    assert config.body(vault, date(2026, 12, 4)) == "# 2026-12-04 (Friday)\n\n## Notes\n"
    missing = JournalConfig(template="Templates/Gone")
    assert "What did I learn today?" in missing.body(vault, date(2026, 12, 4))


def test_the_library_writes_journal_notes_where_settings_say(library: Library) -> None:
    library.journal = JournalConfig("Daily", "DD-MM-YYYY")
    path, _ = library.journal_note(date(2026, 12, 4))
    assert path == "Daily/04-12-2026.md"
    assert digest.path_for(library, date(2026, 12, 4)) == "Daily/2026-W49.md"
