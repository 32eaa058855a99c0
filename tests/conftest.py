"""Shared fixtures: offscreen Qt, isolated user dirs, and the real corpora from ../shared/data."""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))


def extract_corpus(name: str, dest: Path) -> Path:
    """Extract `../shared/data/corpora/<name>.tar.gz` into `dest` and return the vault root."""
    archive = SHARED_DATA / "corpora" / f"{name}.tar.gz"
    if not archive.exists():
        pytest.skip(f"shared corpus {archive} is not present")
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    entries = list(dest.iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else dest


@pytest.fixture
def corpus(tmp_path: Path) -> Callable[[str], Path]:
    """A function that copies a shared corpus into a fresh temporary vault."""

    def make(name: str) -> Path:
        dest = tmp_path / f"corpus-{name}"
        dest.mkdir()
        return extract_corpus(name, dest)

    return make


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point every platformdirs location at a temp dir so tests never touch the real home."""
    base = tmp_path_factory.mktemp("xdg")
    saved = {k: os.environ.get(k) for k in _XDG_VARS}
    for var in _XDG_VARS:
        path = base / var.lower()
        path.mkdir()
        os.environ[var] = str(path)
    os.environ.pop("PONDER_VAULT", None)
    # the window's socket folder must be private and its path short (sockaddr_un)
    runtime = tempfile.mkdtemp(prefix="ponder-run-")
    saved["XDG_RUNTIME_DIR"] = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    yield base
    shutil.rmtree(runtime, ignore_errors=True)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


_XDG_VARS = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")


@pytest.fixture(autouse=True)
def private_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never touch the person's own keyring: outside tests/peers/keyring_session.sh
    (a private, throwaway GNOME Keyring) there is no keyring at all."""
    if os.environ.get("PONDER_TEST_KEYRING"):
        yield
        return
    import keyring
    import keyring.backends.fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)
