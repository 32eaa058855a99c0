"""Attachments: written beside the notes, never over another file, identical files reused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.attachments import add_attachment, add_copy, link_from, safe_name
from ponder.core.vault import Vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault.open(tmp_path / "vault", create=True)


def test_a_taken_name_gets_a_variant_and_the_same_bytes_are_reused(vault: Vault) -> None:
    first, created = add_attachment(vault, "plan.png", b"one")
    assert (first, created) == ("attachments/plan.png", True)
    second, created = add_attachment(vault, "plan.png", b"two")
    assert (second, created) == ("attachments/plan 2.png", True)
    assert add_attachment(vault, "plan.png", b"one") == ("attachments/plan.png", False)
    assert (vault.root / first).read_bytes() == b"one"
    assert not [p for p in (vault.root / "attachments").iterdir() if p.name.startswith(".")]


def test_a_copy_streams_the_file_and_vault_files_stay_where_they_are(
    vault: Vault, tmp_path: Path
) -> None:
    inside = vault.root / "pics" / "a.jpg"
    inside.parent.mkdir()
    inside.write_bytes(b"a")
    outside = tmp_path / "big.bin"
    outside.write_bytes(bytes(range(256)) * 20_000)  # 5 MB, more than one chunk
    assert add_copy(vault, inside) == "pics/a.jpg"
    copied = add_copy(vault, outside)
    assert copied == "attachments/big.bin"
    assert (vault.root / copied).read_bytes() == outside.read_bytes()
    assert add_copy(vault, outside) == "attachments/big 2.bin"


def test_links_climb_out_of_the_note_folder() -> None:
    assert link_from("clips/a.md", "attachments/x.pdf") == "../attachments/x.pdf"
    assert link_from("a.md", "attachments/x.pdf") == "attachments/x.pdf"
    assert link_from("notes/deep/a.md", "attachments/x.pdf") == "../../attachments/x.pdf"


@given(st.text(max_size=80))
def test_safe_names_never_leave_the_folder(name: str) -> None:
    safe = safe_name(name, "file")
    assert safe and "/" not in safe and "\\" not in safe
    assert safe not in (".", "..") and not safe.startswith(".")
