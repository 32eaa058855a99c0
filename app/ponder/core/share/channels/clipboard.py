"""Copy a draft to the clipboard through an injected writer, so the core never touches Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from typing import Protocol

from ponder.core.messages import Message
from ponder.core.share.channels import ChannelError, Outgoing, PostResult
from ponder.core.share.channels.spec import CANNOT_READ, ChannelSpec, ReadBack, Tools
from ponder.core.share.formats import Target as Dialect
from ponder.core.share.limits import unlimited

_TIMEOUT = 5.0


class ClipboardWriter(Protocol):
    """Puts text (and, where it can, its HTML twin) on the system clipboard."""

    def write(self, text: str, html: str | None) -> None: ...


class ClipboardChannel:
    """ "Posting" is copying: the person pastes it where it goes, so delivery is unknown."""

    kind = "clipboard"

    def __init__(self, writer: ClipboardWriter) -> None:
        self._writer = writer

    def post(self, outgoing: Outgoing) -> PostResult:
        self._writer.write(outgoing.joined(), outgoing.html)
        return PostResult(None, None)


class CommandClipboard:
    """The command line's clipboard: `wl-copy` on Wayland, `xclip` on X11 (text only)."""

    def __init__(self, command: Sequence[str]) -> None:
        self._command = list(command)

    @classmethod
    def detect(cls) -> CommandClipboard:
        """The clipboard tool for this session, or a ChannelError naming what to install."""
        if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
            return cls(["wl-copy"])
        if os.environ.get("DISPLAY") and shutil.which("xclip"):
            return cls(["xclip", "-selection", "clipboard"])
        raise ChannelError(
            "Ponder found no clipboard to copy to: install wl-clipboard (Wayland) or xclip (X11), "
            "or export the draft to a file instead."
        )

    def write(self, text: str, html: str | None) -> None:
        try:
            subprocess.run(self._command, input=text.encode("utf-8"), check=True, timeout=_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as exc:
            raise ChannelError(
                f"Copying with {self._command[0]} failed ({type(exc).__name__})."
            ) from None


def _build(_values: Mapping[str, str], _secret: str, tools: Tools) -> ClipboardChannel:
    if tools.clipboard is None:
        raise ChannelError("This Ponder has no clipboard to copy to.")
    return ClipboardChannel(tools.clipboard)


SPEC = ChannelSpec(
    "clipboard",
    Message("Clipboard"),
    (),
    _build,
    dialect=Dialect.WEBHOOK,  # Markdown: pastes well almost anywhere
    audience="public",  # it can be pasted anywhere
    measure=unlimited,
    idempotency="none needed: copying twice changes nothing",
    read_back=ReadBack((), f"Ponder cannot see where you paste it; {CANNOT_READ}."),
    uses_clipboard=True,
)
