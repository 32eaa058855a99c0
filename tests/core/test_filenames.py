"""Tests for safe note file names and sync-conflict copy names."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ponder.core.filenames import (
    MAX_STEM_BYTES,
    UNTITLED,
    ConflictCopy,
    conflict_of,
    safe_filename,
    variant_name,
)
from ponder.core.library import Library
from ponder.core.model import NotePath
from ponder.core.paths import is_note_path
from ponder.core.sense.links import link_spans

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³"
}


def assert_portable_name(name: str) -> None:
    """The checks Windows, macOS and Linux apply to one file-name component."""
    assert name.endswith(".md")
    assert name not in {".", "..", ".md"}
    assert not WINDOWS_FORBIDDEN & set(name), name
    assert "\x7f" not in name
    assert not name.endswith((" ", "."))
    assert name.split(".")[0].rstrip(" ").upper() not in WINDOWS_DEVICES
    encoded = name.encode("utf-8")  # fails on lone surrogates
    assert len(encoded) <= 255
    assert len(name[:-3].encode("utf-8")) <= MAX_STEM_BYTES
    assert unicodedata.is_normalized("NFC", name)
    assert is_note_path(name), "the name must be one Ponder reads back as a note"


@settings(max_examples=400, deadline=None)
@given(st.text())
@example("")
@example("..")
@example("../../etc/passwd")
@example("CON")
@example("lpt9.tar")
@example("COM¹ ")
@example("~syncthing~x")
@example(".~lock.x#")
@example("a" * 300)
@example("\u0301" * 300)
@example("CON" + "X" + "\u0301" * 400)
@example("\ud800 lone surrogate")
def test_any_title_gives_one_portable_idempotent_name(title: str) -> None:
    name = safe_filename(title)
    assert_portable_name(name)
    assert safe_filename(name[:-3]) == name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "N", "So", "Mn", "Zs", "Pd")), min_size=1))
def test_text_made_of_letters_and_emoji_keeps_them(title: str) -> None:
    name = safe_filename(title)
    assert_portable_name(name)
    stem = name[:-3].removeprefix("_")
    if stem != UNTITLED:
        assert stem in unicodedata.normalize("NFC", " ".join(title.split()))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Meeting notes", "Meeting notes.md"),
        ("A/B testing: why?", "A-B testing- why.md"),
        ("..\\..\\secret", "-..-secret.md"),
        ("line\nbreak\ttab", "line break tab.md"),
        ("nul\x00byte", "nul byte.md"),
        ("  trailing dots...  ", "trailing dots.md"),
        ("Cafe\u0301 au lait", "Café au lait.md"),
        ("日本語のノート", "日本語のノート.md"),
        ("🎉 Party", "🎉 Party.md"),
        ("right-to-left \u202etxt.exe", "right-to-left txt.exe.md"),
        ("", "Untitled.md"),
        ("   ", "Untitled.md"),
        ('<>:"|?*', "Untitled.md"),
        ("CON", "_CON.md"),
        ("con.txt", "_con.txt.md"),
        ("Aux ", "_Aux.md"),
        ("COM1", "_COM1.md"),
        ("CONSOLE", "CONSOLE.md"),
    ],
)
def test_known_titles(title: str, expected: str) -> None:
    assert safe_filename(title) == expected


def test_extension_can_change() -> None:
    assert safe_filename("Plan", extension=".txt") == "Plan.txt"


def test_long_ascii_title_is_cut_to_the_byte_limit() -> None:
    name = safe_filename("word " * 60)
    assert len(name[:-3].encode("utf-8")) <= MAX_STEM_BYTES
    assert len(name[:-3].encode("utf-8")) >= MAX_STEM_BYTES - 5
    assert name.startswith("word word")


def test_long_title_is_not_cut_inside_a_character_or_grapheme() -> None:
    family = "👨\u200d👩\u200d👧"  # one grapheme of five code points, 18 bytes
    name = safe_filename(family * 40)
    stem = name[:-3]
    assert stem == family * (MAX_STEM_BYTES // len(family.encode("utf-8")))
    flags = "🇫🇷" * 100
    assert len(safe_filename(flags)[:-3]) % 2 == 0, "a flag is two regional indicators"
    accented = unicodedata.normalize("NFC", "e\u0323\u0301")  # "ẹ" + a combining acute
    assert len(accented) == 2
    stem = safe_filename(accented * 200)[:-3]
    assert stem == accented * (len(stem) // 2)


def test_variant_name_adds_a_label_within_the_limit() -> None:
    assert variant_name("Note.md", " 2") == "Note 2.md"
    assert variant_name("Note.md", " (restored)") == "Note (restored).md"
    assert variant_name("README", " 3") == "README 3"
    long = "é" * 127 + ".md"
    result = variant_name(long, " (restored 12)")
    assert len(result.encode("utf-8")) <= 255
    assert result.endswith(" (restored 12).md")


@pytest.mark.parametrize(
    ("path", "original", "tool"),
    [
        ("notes/Plan.sync-conflict-20240101-120000-ABCDEFG.md", "notes/Plan.md", "Syncthing"),
        ("a.b.sync-conflict-20231231-235959-7XQ2ZZZ.md", "a.b.md", "Syncthing"),
        ("Plan (John's conflicted copy 2024-01-01).md", "Plan.md", "Dropbox"),
        ("x/Plan (Mary Ann’s conflicted copy 2024-01-01 (1)).md", "x/Plan.md", "Dropbox"),
        ("Plan (conflicted copy 2024-01-01).md", "Plan.md", "Dropbox"),
        ("Plan (conflicted copy 2024-01-01 120000).md", "Plan.md", "Nextcloud or ownCloud"),
        ("j/2024-01-01_conflict-20240101-120000.md", "j/2024-01-01.md", "Nextcloud or ownCloud"),
    ],
)
def test_conflict_copies_are_recognised(path: str, original: str, tool: str) -> None:
    assert conflict_of(NotePath(path)) == ConflictCopy(NotePath(path), NotePath(original), tool)


@pytest.mark.parametrize(
    "path",
    [
        "Plan.md",
        "sync-conflict.md",
        "Plan.sync-conflict-2024-ABC.md",
        "Plan (copy).md",
        "Plan (conflicted copy).md",
        "Plan_conflict.md",
        "conflicted copy 2024-01-01.md",
    ],
)
def test_ordinary_names_are_not_conflicts(path: str) -> None:
    assert conflict_of(NotePath(path)) is None


LINK_SYNTAX = "#^[]|"


@given(st.text(min_size=1, max_size=40))
def test_names_never_hold_link_syntax(title: str) -> None:
    assert not set(safe_filename(title)) & set(LINK_SYNTAX)


def test_a_new_note_is_linkable_and_an_old_name_still_works(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    (root / "old").mkdir(parents=True)
    (root / "old" / "F# [notes].md").write_text("# F# [notes]\n", "utf-8")
    with Library.open(root, tmp_path / "cache") as library:
        library.reconcile()
        path, _ = library.create_note("C# tips [v2] ^x | y")
        assert path == "notes/C tips (v2) x - y.md"
        assert library.read(path).title == "C# tips [v2] ^x | y"  # the title keeps them
        assert library.resolve_link("C tips (v2) x - y") == path
        assert library.read(NotePath("old/F# [notes].md")).title == "F# [notes]"
        resolver = library.link_resolver()
        (found,) = link_spans("[see](old/F%23%20%5Bnotes%5D.md)")
        assert resolver.resolve(found.link, "a.md") == "old/F# [notes].md"
        # the preview hands the window the vault path it resolved: that path opens as a whole
        assert library.resolve_link("old/F# [notes].md") == "old/F# [notes].md"
