"""Shared fixtures: offscreen Qt, isolated user dirs, and the real corpora from ../shared/data."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from shared_data import shared_data

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]


def extract_corpus(name: str, dest: Path) -> Path:
    """Extract `../shared/data/corpora/<name>.tar.gz` into `dest` and return the vault root."""
    archive = shared_data("corpora", f"{name}.tar.gz")
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


@pytest.fixture(autouse=True, scope="module")
def no_thread_outlives_its_module() -> Iterator[None]:
    """A thread the tests of a module started must be gone when the module's fixtures are (a
    module-scoped server's workers live as long as it does): a thread still running Ponder's
    code at interpreter exit is how a suite that passed ends in a segfault."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    while left and time.monotonic() < deadline:
        left[0].join(timeout=max(0.0, deadline - time.monotonic()))
        left = [t for t in left if t.is_alive()]
    if left:
        names = ", ".join(sorted(t.name for t in left))
        pytest.fail(f"threads still running 5 s after the module's tests: {names}", pytrace=False)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure() -> None:
    """Qt goes before Python does: windows a test left open (a dialog without a parent, a
    window a test never closed) are closed and deleted, and the QApplication with them, while
    the interpreter is whole. Left to interpreter exit, their destructors ran in whatever order
    module teardown freed the Python objects, after the QApplication or during it — and a
    suite whose results were already printed ended in a segfault (exit 139)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    shiboken6.delete(app)
