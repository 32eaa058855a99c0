"""Share accounts: name, kind and non-secret fields in `accounts.toml`; secrets in the keyring."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import tomli_w

from ponder.core.messages import Message
from ponder.core.settings import Dirs
from ponder.core.share.channels import Channel, ChannelError
from ponder.core.share.channels.registry import KINDS, Tools, build, problems
from ponder.core.share.credentials import CredentialStore

ACCOUNTS_FILE = "accounts.toml"
_NAME_CHARS = 64


class AccountError(ValueError):
    """An account that cannot be added, found or used, said in one sentence."""


@dataclass(frozen=True, slots=True)
class Account:
    """A place to share to. `fields` never holds the secret."""

    name: str
    kind: str
    fields: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def label(self) -> str:
        if self.kind not in KINDS:
            return self.name
        return Message("{name} ({kind})", name=self.name, kind=KINDS[self.kind].label)


class Accounts:
    """Reads and writes `accounts.toml`, and hands each account's secret to its channel."""

    def __init__(self, path: Path, credentials: CredentialStore) -> None:
        self.path = path
        self.credentials = credentials
        self.problems: tuple[str, ...] = ()
        self._accounts: dict[str, Account] = {}
        self._load()

    @classmethod
    def in_dirs(cls, dirs: Dirs, credentials: CredentialStore) -> Accounts:
        return cls(dirs.config / ACCOUNTS_FILE, credentials)

    def all(self) -> tuple[Account, ...]:
        return tuple(self._accounts.values())

    def get(self, name: str) -> Account:
        try:
            return self._accounts[name]
        except KeyError:
            known = ", ".join(self._accounts) or Message("none yet")
            raise AccountError(
                Message(
                    "There is no account called {name!r} (accounts: {known}).",
                    name=name,
                    known=known,
                )
            ) from None

    def add(self, name: str, kind: str, values: Mapping[str, str], secret: str | None) -> Account:
        """Check, then save the account and store its secret; replaces one of the same name."""
        _check_name(name)
        found = problems(kind, values, secret)
        if found:
            raise AccountError(Message("{lines}", lines=tuple(found)))
        account = Account(name, kind, MappingProxyType({k: v for k, v in values.items() if v}))
        self._accounts[name] = account
        self._save()
        if secret:
            self.credentials.set(name, secret)
        else:
            self.credentials.delete(name)
        return account

    def remove(self, name: str) -> None:
        self.get(name)
        del self._accounts[name]
        self._save()
        self.credentials.delete(name)

    def channel(self, name: str, tools: Tools) -> Channel:
        """The channel for an account, with its secret from the keyring (or this session)."""
        account = self.get(name)
        spec = KINDS.get(account.kind)
        if spec is None:
            raise AccountError(
                Message(
                    "Account {name!r} is of a kind Ponder does not know: {kind}.",
                    name=name,
                    kind=account.kind,
                )
            )
        secret = self.credentials.get(name) if spec.secret_field is not None else None
        if spec.secret_field is not None and spec.secret_field.required and not secret:
            lost = (
                "" if self.credentials.persistent else Message(" (secrets last one session here)")
            )
            raise AccountError(
                Message(
                    "“{secret}” for {name!r} is not stored{lost}; add the account again.",
                    secret=spec.secret_field.label,
                    name=name,
                    lost=lost,
                )
            )
        try:
            return build(account.kind, account.fields, secret, tools)
        except ChannelError as exc:
            raise AccountError(
                Message("Account {name!r}: {error}", name=name, error=exc.message)
            ) from None

    def _load(self) -> None:
        try:
            data = tomllib.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            self.problems = (
                Message(
                    "{path} could not be read ({error}); no accounts loaded.",
                    path=self.path,
                    error=exc,
                ),
            )
            return
        table = data.get("accounts", {})
        found: list[str] = []
        for name, entry in table.items() if isinstance(table, dict) else ():
            account = _parse(name, entry)
            if isinstance(account, str):
                found.append(account)
            else:
                self._accounts[name] = account
        self.problems = tuple(found)

    def _save(self) -> None:
        table = {a.name: {"kind": a.kind, **a.fields} for a in self._accounts.values()}
        data = tomli_w.dumps({"accounts": table}).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(self.path)


def _check_name(name: str) -> None:
    if not name.strip() or len(name) > _NAME_CHARS or not name.isprintable():
        raise AccountError(
            Message(
                "An account name needs 1 to {most} printable characters, not {name!r}.",
                most=_NAME_CHARS,
                name=name,
            )
        )


def _parse(name: str, entry: object) -> Account | str:
    """The account in a TOML table, or the sentence saying why it was skipped."""
    if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
        return Message("Account {name!r} has no kind; it was skipped.", name=name)
    values = {k: v for k, v in entry.items() if k != "kind"}
    if not all(isinstance(v, str) for v in values.values()):
        return Message("Account {name!r} has a value that is not text; it was skipped.", name=name)
    kind = entry["kind"]
    if kind not in KINDS:
        return Message(
            "Account {name!r} is of unknown kind {kind!r}; it was skipped.", name=name, kind=kind
        )
    return Account(name, kind, MappingProxyType(values))
