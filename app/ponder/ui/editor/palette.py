"""The editor's colours: a calm light and dark variant, switchable at runtime."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EditorPalette:
    """Colours (as `#rrggbb`) for the editor surface and each kind of Markdown."""

    name: str
    background: str
    text: str
    muted: str
    """Markup punctuation: `#`, `**`, brackets, list markers' quiet parts."""
    heading: str
    emphasis: str
    code: str
    code_background: str
    link: str
    wikilink: str
    tag: str
    tag_background: str
    quote: str
    list_marker: str
    front_matter: str
    front_matter_key: str
    selection: str
    selection_text: str
    find_match: str
    find_match_text: str
    placeholder: str

    @classmethod
    def light(cls) -> EditorPalette:
        """Warm paper, ink-dark text, muted accents."""
        return cls(
            name="light",
            background="#fbfaf7",
            text="#2e3033",
            muted="#a09c94",
            heading="#22364f",
            emphasis="#3a3c40",
            code="#8a4b2a",
            code_background="#f1ede4",
            link="#2f6690",
            wikilink="#6b4c9a",
            tag="#2f7356",
            tag_background="#e6f1ea",
            quote="#6d6a64",
            list_marker="#b0673a",
            front_matter="#8b877e",
            front_matter_key="#56708a",
            selection="#cde0f2",
            selection_text="#1f2124",
            find_match="#f7e3a3",
            find_match_text="#1f2124",
            placeholder="#b5b1a8",
        )

    @classmethod
    def dark(cls) -> EditorPalette:
        """Soft charcoal, not black; desaturated accents that stay readable."""
        return cls(
            name="dark",
            background="#1f2227",
            text="#d8dadd",
            muted="#6b7079",
            heading="#a9c7e8",
            emphasis="#e6e7e9",
            code="#e0b48a",
            code_background="#272b32",
            link="#7fb2db",
            wikilink="#c1a6e6",
            tag="#8ccba6",
            tag_background="#24332b",
            quote="#9aa0a8",
            list_marker="#d89a6a",
            front_matter="#7e848d",
            front_matter_key="#93abc4",
            selection="#2f4a66",
            selection_text="#eef0f2",
            find_match="#e2bc5a",  # bright with dark text: a dim brown hid among the lines
            find_match_text="#1d2024",
            placeholder="#5d626a",
        )
