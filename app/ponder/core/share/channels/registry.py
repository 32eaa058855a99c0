"""Every kind of channel, gathered from the declarations in the channel modules (`SPEC`)."""

from __future__ import annotations

from collections.abc import Mapping

from ponder.core.messages import Message
from ponder.core.share.channels import (
    Channel,
    ChannelError,
    clipboard,
    discourse,
    email,
    file_export,
    mastodon,
    matrix,
    mattermost,
    slack,
    teams,
    viva_engage,
    webhook,
)
from ponder.core.share.channels.spec import ChannelSpec, FieldSpec, Tools

KindSpec = ChannelSpec
"""The older name of a channel's declaration."""

KINDS: dict[str, ChannelSpec] = {
    module.SPEC.name: module.SPEC
    for module in (
        clipboard,
        file_export,
        email,
        slack,
        teams,
        mattermost,
        matrix,
        mastodon,
        viva_engage,
        discourse,
        webhook,
    )
}
"""In the order the window and the CLI list them."""


def problems(kind: str, values: Mapping[str, str], secret: str | None) -> list[str]:
    """Sentences about what is missing or malformed, before anything is saved or sent."""
    spec = KINDS.get(kind)
    if spec is None:
        known = ", ".join(KINDS)
        return [
            Message("Ponder cannot post to {kind!r}; it knows {known}.", kind=kind, known=known)
        ]
    found: list[str] = []
    for item in spec.fields:
        value = (secret or "") if item.secret else values.get(item.name, "")
        if item.required and not value:
            found.append(
                Message("{kind} needs a value for “{field}”.", kind=spec.label, field=item.label)
            )
        elif value and item.choices and value not in item.choices:
            choices = ", ".join(item.choices)
            found.append(
                Message("{field} must be one of {choices}.", field=item.label, choices=choices)
            )
        elif value and item.is_url and not value.startswith(("https://", "http://")):
            found.append(Message("{field} must start with https://.", field=item.label))
    unknown = set(values) - {f.name for f in spec.public_fields}
    found.extend(
        Message("{kind} has no field {name!r}.", kind=spec.label, name=name)
        for name in sorted(unknown)
    )
    return found


def build(kind: str, values: Mapping[str, str], secret: str | None, tools: Tools) -> Channel:
    """The channel for an account, or a ChannelError saying what is missing."""
    found = problems(kind, values, secret)
    if found:
        raise ChannelError(Message("{lines}", lines=tuple(found)))
    return KINDS[kind].build(values, secret or "", tools)


__all__ = ["KINDS", "ChannelSpec", "FieldSpec", "KindSpec", "Tools", "build", "problems"]
