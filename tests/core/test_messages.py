"""Core messages: English text where a str is expected, and the parts a face translates."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ponder.core.capture.fetch import InvalidUrlError, fetch
from ponder.core.capture.importers import FORMATS
from ponder.core.messages import Message, message_of, said
from ponder.core.share.channels.registry import KINDS
from ponder.core.vault import NoteReadError, Vault


def test_a_message_is_its_english_text() -> None:
    message = Message("Ponder could not read {path}: {reason}.", path="a.md", reason="gone")
    assert message == "Ponder could not read a.md: gone."
    assert str(message) == "Ponder could not read a.md: gone."
    assert f"{message}" == "Ponder could not read a.md: gone."
    assert message.source == "Ponder could not read {path}: {reason}."
    assert dict(message.args) == {"path": "a.md", "reason": "gone"}


@pytest.mark.parametrize(
    ("n", "english"),
    [(0, "0 notes imported"), (1, "1 note imported"), (2, "2 notes imported")],
)
def test_a_plural_reads_as_english(n: int, english: str) -> None:
    message = Message("%n note(s) imported", n=n)
    assert message == english
    assert message.n == n


def test_a_message_argument_stays_a_message_and_lines_join() -> None:
    reason = Message("it is a folder, not a note")
    outer = Message("Ponder could not read {path}: {reason}.", path="x", reason=reason)
    assert outer == "Ponder could not read x: it is a folder, not a note."
    assert message_of(outer.args["reason"]) is reason
    listed = Message("{heading}\n{lines}", heading=Message("Skipped:"), lines=("a", "b"))
    assert listed == "Skipped:\na\nb"


@given(
    st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=40),
    st.integers(min_value=0, max_value=10**6),
)
def test_a_message_survives_pickling_with_its_parts(text: str, n: int) -> None:
    """The index writer is another process: a reason crosses it by pickle."""
    message = Message("{text} and %n more(s)", n=n, text=text)
    again = pickle.loads(pickle.dumps(message))
    assert again == message
    assert (again.source, again.n, dict(again.args)) == (message.source, n, {"text": text})


def test_errors_carry_their_message(tmp_path: Path) -> None:
    vault = Vault.open(tmp_path)
    (tmp_path / "folder.md").mkdir()
    with pytest.raises(NoteReadError) as caught:
        vault.read("folder.md")
    message = message_of(caught.value)
    assert message is not None
    assert message.source == "Ponder could not read {path}: {reason}."
    assert str(caught.value) == "Ponder could not read folder.md: it is a folder, not a note."
    assert said(caught.value) is message
    assert said(ValueError("plain")) == "plain"
    assert message_of(ValueError("plain")) is None


def test_a_fetch_error_is_a_message() -> None:
    with pytest.raises(InvalidUrlError) as caught:
        fetch("ftp://example.org/x")
    message = message_of(caught.value)
    assert message is not None
    assert message.source.startswith("Only http:// and https:// addresses can be clipped")


def test_declared_names_are_messages() -> None:
    """What the window lists from the core's declarations can be translated there."""
    assert all(isinstance(spec.label, Message) for spec in KINDS.values())
    assert all(isinstance(f.label, Message) for spec in KINDS.values() for f in spec.fields)
    assert all(isinstance(f.description, Message) for f in FORMATS.values())
