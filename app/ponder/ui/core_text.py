"""The core's messages in the person's language: looked up in the catalogue's "core" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ponder.core.messages import COUNT, Message, english, lines, message_of

CONTEXT = "core"
"""The catalogue context packaging/translations.py files the core's message sources under."""


def core_text(value: object) -> str:
    """What a person reads for a text, an error or a Message from the core.

    A Message (or an error carrying one) is translated and formatted with its arguments, each
    argument that is itself a message or an error translated too; anything else is `str()`,
    so an error from outside Ponder (an OSError's own text) still reads as it did."""
    message = message_of(value)
    if message is None:
        return str(value)
    return translated(message)


def translated(message: Message) -> str:
    n = message.n if message.n is not None else -1
    text = QCoreApplication.translate(CONTEXT, message.source, None, n)
    if text in (message.source, message.source.replace(COUNT, str(message.n))):
        text = english(message.source, {}, message.n)  # not in a catalogue: the core's English
    if not message.args:
        return text
    args = {name: _argument(value) for name, value in message.args.items()}
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return str(message)  # a broken translation must not hide the message itself


def _argument(value: object) -> object:
    if isinstance(value, tuple):
        return lines(value, _argument)
    return core_text(value) if message_of(value) is not None else value
