"""Settings: typed defaults, validation with reasons, TOML round trip, no secrets."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ponder.core import settings
from ponder.core.settings import Settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = settings.load(tmp_path / "nope.toml")
    assert loaded.settings == Settings()
    assert loaded.problems == ()


def test_round_trip_keeps_only_changed_values(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.toml"
    chosen = Settings(theme="dark", editor_font_size=14, private_terms=("Project Falcon",))
    settings.save(path, chosen)
    text = path.read_text("utf-8")
    assert "theme" in text and "autosave_seconds" not in text
    assert settings.load(path).settings == chosen
    assert not list(path.parent.glob(".*.tmp"))


def test_invalid_values_are_reported_and_defaulted(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'theme = "purple"\neditor_font_size = "big"\nautosave_seconds = 500\nbogus = 1\n'
    )
    loaded = settings.load(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 4
    joined = " ".join(loaded.problems)
    assert "purple" in joined and "bogus" in joined and "between" in joined


def test_broken_toml_keeps_defaults_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"theme = \xff\xfe[[[")
    loaded = settings.load(path)
    assert loaded.settings == Settings()
    assert "not valid TOML" in loaded.problems[0]


def test_every_setting_is_described_for_the_preferences_dialog() -> None:
    for spec in fields(Settings):
        assert spec.metadata["label"] and spec.metadata["help"], spec.name


@given(
    theme=st.sampled_from(["system", "light", "dark"]),
    size=st.integers(6, 48),
    delay=st.floats(0.2, 60.0, allow_nan=False),
    terms=st.lists(st.text(min_size=1, max_size=20), max_size=5),
)
def test_any_valid_settings_round_trip(
    theme: str, size: int, delay: float, terms: list[str]
) -> None:
    chosen = Settings(
        theme=theme, editor_font_size=size, autosave_seconds=delay, private_terms=tuple(terms)
    )
    loaded = settings.from_mapping(settings.to_mapping(chosen))
    assert loaded.problems == ()
    assert loaded.settings == chosen


def test_a_retired_setting_is_ignored_without_a_word(tmp_path: Path) -> None:
    # `remote_images` never worked (issue 10); files written by older versions still load.
    path = tmp_path / "settings.toml"
    path.write_text("remote_images = true\nautosave_seconds = 2.0\nnonsense = 1\n", "utf-8")
    loaded = settings.load(path)
    assert loaded.settings.autosave_seconds == 2.0
    assert loaded.problems == ("Unknown setting 'nonsense' was ignored.",)
    assert "remote_images" not in {f.name for f in fields(Settings)}
