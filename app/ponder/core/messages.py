"""Texts the core shows a person, kept translatable: an English source sentence and its arguments.

The core imports no Qt, so it cannot translate; it says *what* to show and a face translates it.
A `Message` is the formatted English text (it is a `str`, so printing, logging, comparing and
the CLI are unchanged) that also remembers its source text and arguments. The window looks the
source up in the "core" context of its catalogue (ponder.ui.core_text) and formats the
translation with the arguments, translating those that are messages in turn.

The source must be a string literal at the call, `Message("Could not read {path}.", path=p)`:
packaging/translations.py finds the sources by reading the code, so a computed source would
never reach the catalogue (it reports one as an error).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

COUNT = "%n"
"""Where a plural message puts its count, as Qt's `tr(text, "", n)` does."""


class Message(str):
    """The English text of `source` formatted with `args` (and the count `n` for "%n").

    A plural source marks the English plural with "(s)": "%n note(s) imported" reads
    "1 note imported" and "2 notes imported"; a catalogue gives each language its own forms.
    """

    source: str
    args: Mapping[str, object]
    n: int | None

    def __new__(cls, source: str, /, n: int | None = None, **args: object) -> Self:
        made = super().__new__(cls, english(source, args, n))
        made.source = source
        made.args = args
        made.n = n
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled by its parts, so it crosses to a worker process still translatable."""
        return (_rebuild, (self.source, self.n, dict(self.args)))


def _rebuild(source: str, n: int | None, args: dict[str, object]) -> Message:
    return Message(source, n=n, **args)


def english(source: str, args: Mapping[str, object], n: int | None = None) -> str:
    """`source` as English: the count in for "%n", "(s)" resolved by it, then `args` in (a
    tuple argument is its items, one a line)."""
    text = source
    if n is not None:
        text = text.replace(COUNT, str(n)).replace("(s)", "" if n == 1 else "s")
    if not args:
        return text
    return text.format(**{name: lines(value, str) for name, value in args.items()})


def lines(value: object, say: Callable[[object], object]) -> object:
    """A tuple argument as its items said one a line; any other argument as it is."""
    if isinstance(value, tuple):
        return "\n".join(str(say(item)) for item in value)
    return value


def message_of(value: object) -> Message | None:
    """The Message an error or text carries, if any: the value itself, an error's `message`
    attribute or its single argument (how the core's errors are raised)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException):
        for carried in (getattr(value, "message", None), *value.args[:1]):
            if isinstance(carried, Message):
                return carried
    return None


def said(value: object) -> str:
    """What an error or text says, kept translatable: its Message if it carries one, else str()."""
    return message_of(value) or str(value)
