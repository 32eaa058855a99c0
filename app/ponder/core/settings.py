"""Typed settings declared as data, stored as TOML in the user config dir."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

APP_NAME = "ponder"


@dataclass(frozen=True, slots=True)
class Dirs:
    """Where Ponder keeps what is not the vault: settings, the index cache, logs."""

    config: Path
    cache: Path
    state: Path

    @classmethod
    def for_user(cls) -> Dirs:
        return cls(
            config=Path(platformdirs.user_config_dir(APP_NAME)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME)),
            state=Path(platformdirs.user_state_dir(APP_NAME)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"


def _meta(label: str, help_text: str, **extra: Any) -> dict[str, Any]:
    return {"label": label, "help": help_text, **extra}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, its type and default; metadata drives validation and the preferences UI."""

    vault: str = field(
        default="",
        metadata=_meta("Vault folder", "The folder that holds your notes.", kind="folder"),
    )
    theme: str = field(
        default="system",
        metadata=_meta(
            "Theme", "Light, dark, or follow the system.", choices=("system", "light", "dark")
        ),
    )
    editor_font: str = field(
        default="", metadata=_meta("Editor font", "Empty means the system font.")
    )
    editor_font_size: int = field(
        default=11, metadata=_meta("Editor font size", "In points.", minimum=6, maximum=48)
    )
    autosave_seconds: float = field(
        default=1.0,
        metadata=_meta(
            "Autosave delay", "Seconds after the last keystroke.", minimum=0.2, maximum=60.0
        ),
    )
    allow_local_addresses: bool = field(
        default=False,
        metadata=_meta(
            "Clip local addresses", "Allow clipping pages on this computer or your LAN."
        ),
    )
    download_clip_images: bool = field(
        default=False,
        metadata=_meta("Keep clipped images", "Save a clipped article's images in attachments/."),
    )
    clip_server: bool = field(
        default=False,
        metadata=_meta(
            "Browser clipping",
            "Let the Joplin Web Clipper extension and the bookmarklet clip into Ponder "
            "(a server on 127.0.0.1 only, ports 41184–41194).",
        ),
    )
    keep_in_tray: bool = field(
        default=True,
        metadata=_meta(
            "Keep running in the tray",
            "Closing the window keeps Ponder in the system tray (where the desktop has one).",
        ),
    )
    saved_searches: tuple[str, ...] = field(
        default=(), metadata=_meta("Saved searches", "Queries kept in the sidebar, one per line.")
    )
    review_per_day: int = field(
        default=5,
        metadata=_meta(
            "Daily review",
            "Highlights, reflections and questions to review each day.",
            minimum=1,
            maximum=100,
        ),
    )
    digest_weekday: str = field(
        default="sunday",
        metadata=_meta(
            "Weekly digest day",
            "The day Ponder writes the week's digest note in the journal.",
            choices=(
                "never",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ),
        ),
    )
    journal_folder: str = field(
        default="",
        metadata=_meta(
            "Daily-note folder", "Empty: Obsidian's daily-notes setting, else journal/."
        ),
    )
    journal_date_format: str = field(
        default="",
        metadata=_meta(
            "Daily-note file name", "A date format such as YYYY-MM-DD (Obsidian's tokens)."
        ),
    )
    journal_template: str = field(
        default="",
        metadata=_meta(
            "Daily-note template", "A Markdown file in the vault; empty: Ponder's template."
        ),
    )
    private_terms: tuple[str, ...] = field(
        default=(), metadata=_meta("Private terms", "Words that must never leave Ponder unnoticed.")
    )


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """Settings as read, with a sentence for every value that was ignored."""

    settings: Settings
    problems: tuple[str, ...] = ()


def _coerce(name: str, default: object, value: object) -> object:
    """The value in the type of the default, or raise ValueError with a readable reason."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(default, bool) and isinstance(value, bool):
        return value
    if (
        isinstance(default, int)
        and not isinstance(default, bool)
        and isinstance(value, int)
        and number
    ):
        return value
    if isinstance(default, float) and number:
        return float(value)  # type: ignore[arg-type]
    if isinstance(default, str) and isinstance(value, str):
        return value
    if (
        isinstance(default, tuple)
        and isinstance(value, list)
        and all(isinstance(v, str) for v in value)
    ):
        return tuple(value)
    raise ValueError(f"{name} should be {type(default).__name__}, not {value!r}")


def _check_range(name: str, value: object, meta: Mapping[str, Any]) -> None:
    choices = meta.get("choices")
    if choices is not None and value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    low, high = meta.get("minimum"), meta.get("maximum")
    if not isinstance(value, int | float) or isinstance(value, bool):
        return
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{name} must be between {low} and {high}, not {value!r}")


RETIRED = frozenset({"remote_images"})
"""Settings older versions wrote and this one ignores without a word. `remote_images` never
worked (the preview cannot fetch); it is gone rather than kept as a switch that does nothing,
and remote images show as links (a fetch would tell the image's server what you read)."""


def from_mapping(data: Mapping[str, object]) -> LoadedSettings:
    """Build Settings from parsed TOML, keeping defaults for anything invalid or unknown."""
    defaults = Settings()
    values: dict[str, object] = {}
    problems: list[str] = []
    known = {f.name: f for f in fields(Settings)}
    for key, raw in data.items():
        spec = known.get(key)
        if spec is None and key in RETIRED:
            continue
        if spec is None:
            problems.append(f"Unknown setting {key!r} was ignored.")
            continue
        try:
            value = _coerce(key, getattr(defaults, key), raw)
            _check_range(key, value, spec.metadata)
        except ValueError as exc:
            problems.append(f"Setting {exc}; using the default.")
            continue
        values[key] = value
    return LoadedSettings(replace(defaults, **values), tuple(problems))  # type: ignore[arg-type]


def load(path: Path) -> LoadedSettings:
    """Read settings; a missing file gives defaults, a broken one gives defaults and a reason."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        return LoadedSettings(Settings(), (f"Could not read {path}: {exc.strerror}.",))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return LoadedSettings(Settings(), (f"{path} is not valid TOML ({exc}); using defaults.",))
    return from_mapping(data)


def to_mapping(settings: Settings) -> dict[str, object]:
    """Only the values that differ from the defaults, so new defaults reach old users."""
    defaults = Settings()
    out: dict[str, object] = {}
    for spec in fields(Settings):
        value = getattr(settings, spec.name)
        if value != getattr(defaults, spec.name):
            out[spec.name] = list(value) if isinstance(value, tuple) else value
    return out


def save(path: Path, settings: Settings) -> None:
    """Write settings atomically (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = tomli_w.dumps(to_mapping(settings)).encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
