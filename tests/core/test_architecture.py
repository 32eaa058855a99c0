"""The rules of ARCHITECTURE.md that a machine can check."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ponder

CORE = Path(ponder.__file__).parent / "core"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_never_import_qt() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(
            m
            for m in imported_modules(path)
            if m.split(".")[0] in {"PySide6", "shiboken6", "ponder.ui"} or m.startswith("ponder.ui")
        )
        for path in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "ponder.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import ponder.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_modules_stay_small() -> None:
    sizes = {
        str(p.relative_to(CORE.parent)): len(p.read_text("utf-8").splitlines())
        for p in CORE.parent.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > 600} == {}


def test_capture_hands_over_to_the_window_without_loading_qt(tmp_path: Path) -> None:
    """`ponder capture` talks to a running window through core/handover.py: both the hand-over
    (a stand-in window listens where the real one would) and the direct save load no Qt."""
    from stand_in_window import StandInWindow

    from ponder.core import handover
    from ponder.core.settings import Dirs

    vault = tmp_path / "vault"
    vault.mkdir()
    code = (
        "import sys\n"
        "from ponder.cli import main\n"
        f"code = main(['--vault', {str(vault)!r}, 'capture', '--text', 'an idea'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('qt:', qt)\n"
        "sys.exit(code)\n"
    )

    def capture() -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
        return result.stdout.splitlines()

    with StandInWindow(handover.socket_path(str(Dirs.for_user().config))) as window:
        handed = capture()
    assert len(window.received) == 1 and handed[0].startswith("Handed to the running Ponder")
    assert handed[-1] == "qt: []"
    direct = capture()
    assert direct[0].startswith(str(vault / "inbox")) and direct[-1] == "qt: []"


def test_the_quick_capture_hot_key_reaches_a_running_window_without_qt() -> None:
    from stand_in_window import StandInWindow

    from ponder.core import handover
    from ponder.core.settings import Dirs

    code = (
        "import sys\n"
        "from ponder.cli import main\n"
        "code = main(['--quick-capture'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
        "sys.exit(code)\n"
    )
    with StandInWindow(handover.socket_path(str(Dirs.for_user().config))) as window:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
    assert result.stdout.strip() == "[]"
    assert [handover.decode(line) for line in window.received] == [{"command": "quick-capture"}]


LIBRARY_INSIDES = frozenset({"vault", "index"})
LIBRARY_NAMES = frozenset({"library", "lib", "_library"})
THE_LIBRARY = {"core/library.py", "core/library_access.py"}


def reaches_past_the_library(path: Path) -> list[str]:
    """`<library>.vault` or `<library>.index` uses, where <library> is a name or attribute
    called library / lib / _library."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Attribute) or node.attr not in LIBRARY_INSIDES:
            continue
        owner = node.value
        name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
        if name in LIBRARY_NAMES:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_every_face_goes_through_the_library() -> None:
    """The index is written by another process: faces use the library's own methods (see
    core/library_access.py), never its vault or index."""
    package = CORE.parent
    offenders = {
        rel: found
        for p in sorted(package.rglob("*.py"))
        if (rel := str(p.relative_to(package))) not in THE_LIBRARY
        and (found := reaches_past_the_library(p))
    }
    assert offenders == {}


def broadcasts_by_hand(path: Path) -> list[str]:
    """Calls that tell the views of changes themselves: `x.publish(...)`, `x._publish(...)`,
    `x.changed.emit(...)` (the session's broadcast signal)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        owner = func.value
        emits_changed = func.attr == "emit" and getattr(owner, "attr", None) == "changed"
        if func.attr in {"publish", "_publish"} or emits_changed:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_only_the_session_broadcasts_changes() -> None:
    """Faces change notes with `Session.run(Operation(...))`, which publishes the Changes; one
    that published by hand could forget to (docs/operations.md)."""
    ui = CORE.parent / "ui"
    offenders = {
        rel: found
        for p in sorted(CORE.parent.rglob("*.py"))
        if (rel := str(p.relative_to(CORE.parent))) != "ui/session.py"
        and (found := broadcasts_by_hand(p))
    }
    assert offenders == {}
    assert broadcasts_by_hand(ui / "session.py"), "the check must see the session's own calls"
