"""The credential store: keyring when secure, memory for the session otherwise, and why."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from ponder.core.share.credentials import SERVICE, CredentialStore, SecretBackend, assess


class DictKeyring:
    """A secure-looking backend in a dict, to follow what the store asks of it.

    Not a KeyringBackend subclass: those register themselves with keyring for every test.
    """

    def __init__(self, locked: bool = False) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.locked = locked

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.items[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("none")


class PlaintextKeyring(DictKeyring):
    """Named like keyrings.alt's file backend, which writes secrets unencrypted."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_a_secure_backend_keeps_secrets_under_the_ponder_service() -> None:
    backend = DictKeyring()
    store = CredentialStore(backend)
    store.set("work", "s3cret")
    assert (store.persistent, store.warning) == (True, None)
    assert backend.items == {(SERVICE, "work"): "s3cret"}
    assert store.get("work") == "s3cret"
    store.delete("work")
    store.delete("work")
    assert store.get("work") is None


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextKeyring()],
)
def test_without_a_secure_backend_secrets_stay_in_memory_and_it_says_so(
    backend: SecretBackend,
) -> None:
    store = CredentialStore(backend)
    store.set("work", "s3cret")
    assert store.get("work") == "s3cret"
    assert store.persistent is False
    assert store.warning is not None and store.warning.startswith(
        "Secrets are kept for this session only"
    )
    assert not getattr(backend, "items", {})


def test_a_locked_keyring_falls_back_for_the_session(caplog: pytest.LogCaptureFixture) -> None:
    store = CredentialStore(DictKeyring(locked=True))
    store.set("work", "s3cret")
    assert store.get("work") == "s3cret"
    assert store.persistent is False
    assert "could not store a secret (it is locked: KeyringLocked)" in (store.warning or "")
    assert "s3cret" not in caplog.text


class ChainerBackend:
    def __init__(self, *backends: object) -> None:
        self.backends = list(backends)


ChainerBackend.__module__ = "keyring.backends.chainer"


def test_the_chainer_is_judged_by_its_first_backend() -> None:
    assert assess(ChainerBackend(DictKeyring(), PlaintextKeyring())).secure
    assert not assess(ChainerBackend(PlaintextKeyring(), DictKeyring())).secure
    assert assess(ChainerBackend()).reason == "no keyring backend is available"


def test_the_environment_can_force_the_fail_backend() -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    code = (
        "from ponder.core.share.credentials import CredentialStore;"
        "s = CredentialStore(); s.set('a', 'b'); print(s.persistent, s.get('a'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "b"]


@pytest.mark.skipif(
    os.environ.get("PONDER_TEST_KEYRING") != "gnome-keyring",
    reason="needs an unlocked GNOME Keyring: run under tests/peers/keyring_session.sh",
)
def test_a_real_secret_service_keeps_the_secret() -> None:
    backend = keyring.get_keyring()
    assert assess(backend).secure, assess(backend)
    store = CredentialStore(backend)
    store.set("ponder-test-account", "a real s3cret")
    assert CredentialStore(keyring.get_keyring()).get("ponder-test-account") == "a real s3cret"
    assert store.persistent and store.warning is None
    store.delete("ponder-test-account")
    assert store.get("ponder-test-account") is None


def test_doctor_says_when_secrets_last_one_session() -> None:
    from ponder.core.doctor import Status, keyring_check

    check = keyring_check(CredentialStore(keyring.backends.fail.Keyring()))
    assert check.status is Status.WARNING
    assert "kept for this session only" in check.detail
    assert keyring_check(CredentialStore(DictKeyring())).status is Status.OK
