"""What a kind of channel declares about itself, in its own module: the one place to look.

Each channel module ends with a `SPEC = ChannelSpec(...)`: its account fields (and which is
the secret), how to build it, the dialect drafts are rendered in, who reads it, how its length
is counted and against which limit, whether a long post becomes a thread, how a retry is
recognised, and what it can read back of the response. The registry, the sending pipeline,
the composer, the previews and the CLI read these declarations and nothing else.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ponder.core.share.channels import Channel
from ponder.core.share.channels.transport import Http
from ponder.core.share.formats import Rendered, Target
from ponder.core.share.limits import Counter, LengthCheck, Limits

if TYPE_CHECKING:
    from ponder.core.share.channels.clipboard import ClipboardWriter

Audience = Literal["internal", "public"]
"""Who reads a post: a public network adds the check for drafts marked internal."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One thing an account of a kind needs; at most one per kind is `secret`."""

    name: str
    label: str
    required: bool = True
    secret: bool = False
    default: str = ""
    choices: tuple[str, ...] = ()
    is_url: bool = False


@dataclass(frozen=True, slots=True)
class Tools:
    """What channels need from outside the core; the window and the CLI each supply theirs."""

    http: Http = field(default_factory=Http)
    clipboard: ClipboardWriter | None = None
    open_url: Callable[[str], None] | None = None
    ssl_context: ssl.SSLContext | None = None


Builder = Callable[[Mapping[str, str], str, Tools], Channel]
Measure = Callable[[Rendered, Limits], LengthCheck]
"""How long a rendered post is, counted the network's way, against its limit."""
Splitter = Callable[[Mapping[str, str], Limits], "tuple[int, Counter] | None"]
"""The limit and counter a long post is split into replies by, given the account's fields;
None when this account posts one message only."""
ServerLimits = Callable[[Channel, Limits], Limits]
"""The limits with what the server itself says (blocking: asks the network)."""


@dataclass(frozen=True, slots=True)
class ReadBack:
    """What a channel can read back of the response to a post. `counts` names what it reads
    (likes, boosts, replies, reactions); empty when it cannot, and `how` says why — in both
    cases a sentence a person reads in the window and the CLI."""

    counts: tuple[str, ...]
    how: str

    @property
    def possible(self) -> bool:
        return bool(self.counts)


CANNOT_READ = "record what you hear by hand (e.g. 3 replies in the team meeting)"


@dataclass(frozen=True, slots=True)
class ChannelSpec:
    """A kind of channel, declared once in its module (see the module docstring)."""

    name: str
    label: str
    fields: tuple[FieldSpec, ...]
    build: Builder
    dialect: Target
    audience: Audience
    measure: Measure
    idempotency: str
    read_back: ReadBack
    thread: Splitter | None = None
    server_limits: ServerLimits | None = None
    uses_clipboard: bool = False
    """It needs `Tools.clipboard`: a face builds one (the CLI's may fail: no clipboard tool)
    only for a channel that declares it."""
    how_to: str = ""
    """Where a person gets what the account needs (a token, a webhook URL), in a sentence
    that the account dialogs show; empty when there is nothing to get."""

    @property
    def secret_field(self) -> FieldSpec | None:
        return next((f for f in self.fields if f.secret), None)

    @property
    def public_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.secret)
