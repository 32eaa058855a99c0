"""A keyring backend for `ponder` subprocesses in tests run without a Secret Service (outside
tests/peers/keyring_session.sh): secrets in the JSON file $PONDER_SCRATCH_KEYRING, a temp
file. Loaded only through PYTHON_KEYRING_BACKEND by tests; never part of Ponder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class ScratchKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ["PONDER_SCRATCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self._file.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._file.write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\0{username}", None)
        self._file.write_text(json.dumps(data), "utf-8")
