"""Account secrets through the OS keyring only; without a secure one, kept for this session.

Every call here blocks (a Secret Service may take a moment, or wait for an unlock): the
window calls these off its UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.errors

SERVICE = "ponder"
"""The keyring service name; the keyring user name is the account name."""

log = logging.getLogger(__name__)

_SESSION_ONLY = (
    "Secrets are kept for this session only: {why}. Install and unlock a Secret Service "
    "(GNOME Keyring, KWallet) to keep them."
)


class SecretBackend(Protocol):
    """The part of a keyring backend Ponder uses (every `keyring.backend.KeyringBackend`)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Which backend keyring chose, and whether Ponder may keep secrets in it."""

    name: str
    secure: bool
    reason: str | None = None


def backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def assess(backend: object) -> KeyringStatus:
    """Secure unless it is keyring's fail or null backend or one that writes plain files."""
    name = backend_name(backend)
    chained = getattr(backend, "backends", None)
    if name == "keyring.backends.chainer.ChainerBackend" and isinstance(chained, list):
        if not chained:
            return KeyringStatus(name, False, "no keyring backend is available")
        return KeyringStatus(name, *_judge(backend_name(chained[0])))
    return KeyringStatus(name, *_judge(name))


def _judge(name: str) -> tuple[bool, str | None]:
    lowered = name.lower()
    if lowered.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        return False, f"no secure keyring is available ({name})"
    if lowered.startswith("keyrings.alt.") or "plaintext" in lowered:
        return False, f"{name} would store them unencrypted, so Ponder does not use it"
    return True, None


class CredentialStore:
    """get/set/delete a secret by account name, in the keyring or, failing that, in memory.

    `persistent` says whether secrets outlive this session; `warning` is the sentence the
    window and `ponder doctor` show when they do not.
    """

    def __init__(self, backend: SecretBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self.status = assess(self._backend)
        self._memory: dict[str, str] = {}
        self._failure: str | None = None

    @property
    def persistent(self) -> bool:
        return self.status.secure and self._failure is None

    @property
    def warning(self) -> str | None:
        why = self._failure or self.status.reason
        return None if why is None else _SESSION_ONLY.format(why=why)

    def set(self, account: str, secret: str) -> None:
        if not self.persistent:
            self._memory[account] = secret
            return
        try:
            self._backend.set_password(SERVICE, account, secret)
        except keyring.errors.KeyringError as exc:
            self._fall_back("store", exc)
            self._memory[account] = secret
        else:
            self._memory.pop(account, None)

    def get(self, account: str) -> str | None:
        if account in self._memory or not self.status.secure:
            return self._memory.get(account)
        try:
            return self._backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError as exc:
            self._fall_back("read", exc)
            return None

    def delete(self, account: str) -> None:
        self._memory.pop(account, None)
        if not self.status.secure:
            return
        try:
            self._backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            return  # nothing was stored under that name: already as wanted
        except keyring.errors.KeyringError as exc:
            self._fall_back("delete", exc)

    def _fall_back(self, action: str, exc: keyring.errors.KeyringError) -> None:
        kind = "it is locked" if isinstance(exc, keyring.errors.KeyringLocked) else "it failed"
        self._failure = f"the keyring could not {action} a secret ({kind}: {type(exc).__name__})"
        log.warning("keyring: could not %s a secret (%s)", action, type(exc).__name__)
