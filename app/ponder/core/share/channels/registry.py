"""Every kind of channel, gathered from the declarations in the channel modules (`SPEC`)."""

from __future__ import annotations

from collections.abc import Mapping

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
        return [f"Ponder cannot post to {kind!r}; it knows {', '.join(KINDS)}."]
    found: list[str] = []
    for item in spec.fields:
        value = (secret or "") if item.secret else values.get(item.name, "")
        if item.required and not value:
            found.append(f"{spec.label} needs {item.label.lower()}.")
        elif value and item.choices and value not in item.choices:
            found.append(f"{item.label} must be one of {', '.join(item.choices)}.")
        elif value and item.is_url and not value.startswith(("https://", "http://")):
            found.append(f"{item.label} must start with https://.")
    unknown = set(values) - {f.name for f in spec.public_fields}
    found.extend(f"{spec.label} has no field {name!r}." for name in sorted(unknown))
    return found


def build(kind: str, values: Mapping[str, str], secret: str | None, tools: Tools) -> Channel:
    """The channel for an account, or a ChannelError saying what is missing."""
    found = problems(kind, values, secret)
    if found:
        raise ChannelError(" ".join(found))
    return KINDS[kind].build(values, secret or "", tools)


__all__ = ["KINDS", "ChannelSpec", "FieldSpec", "KindSpec", "Tools", "build", "problems"]
