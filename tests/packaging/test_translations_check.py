"""packaging/translations.py check: a core message missing from a catalogue, or not translated
there, fails it, as a UI string does."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", REPO / "packaging/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """The app's sources and the catalogues, copied so a test may change them."""
    app = tmp_path / "app"
    shutil.copytree(
        REPO / "app" / "ponder", app / "ponder", ignore=shutil.ignore_patterns("__pycache__")
    )
    folder = tmp_path / "translations"
    shutil.copytree(REPO / "resources" / "translations", folder)
    return app, folder


def test_the_copies_pass(translations: ModuleType, copies: tuple[Path, Path]) -> None:
    assert translations.check(*copies) == 0


def test_a_new_core_message_fails_the_check(
    translations: ModuleType, copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    app, folder = copies
    (app / "ponder" / "core" / "extra_text.py").write_text(
        "from ponder.core.messages import Message\n\n"
        'WHY = Message("A sentence no catalogue has yet.")\n',
        encoding="utf-8",
    )
    assert translations.check(app, folder) == 1
    assert "ponder_de.ts is out of date with the code" in capsys.readouterr().err


def test_an_untranslated_core_message_fails_the_check(
    translations: ModuleType, copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    app, folder = copies
    german = folder / "ponder_de.ts"
    text = german.read_text(encoding="utf-8")
    source = "<source>The page needs a login (HTTP 401).</source>"
    entry = re.compile(re.escape(source) + r"\s*<translation>[^<]*</translation>")
    assert entry.search(text), "the German catalogue has the core's message"
    unfinished = f'{source}\n        <translation type="unfinished"></translation>'
    german.write_text(entry.sub(unfinished, text), encoding="utf-8")
    assert translations.check(app, folder) == 1
    assert "core: 'The page needs a login (HTTP 401).' is unfinished" in capsys.readouterr().err


def test_a_computed_core_message_source_stops_the_run(
    translations: ModuleType, copies: tuple[Path, Path]
) -> None:
    app, _folder = copies
    (app / "ponder" / "core" / "extra_text.py").write_text(
        "from ponder.core.messages import Message\n\n"
        "def why(what: str) -> Message:\n"
        '    return Message(f"{what} is missing")\n',
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match=r"extra_text.py:4: Message\(...\) needs a string literal"):
        translations.core_messages(app)
