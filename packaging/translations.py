"""Keep Ponder's translations in step with the code.

    python packaging/translations.py update   lupdate the UI sources into resources/translations/
                                              ponder_<lang>.ts, then lrelease each into its .qm
    python packaging/translations.py check    fail (exit 1) when a .ts misses or keeps strings the
                                              code no longer has, has unfinished, obsolete or empty
                                              entries or mismatched {placeholders}, or its .qm is
                                              not what lrelease makes of it

Run it with the Python of a venv that has PySide6 (pyside6-lupdate and pyside6-lrelease ship with
PySide6-Essentials). The sources are app/ponder/ui/**/*.py and app/ponder/application.py, plus the
settings labels and help from the core (which imports no Qt, so lupdate cannot read them there):
they are written to a temporary file of QT_TRANSLATE_NOOP("settings", ...) markers. The core's
messages (`Message("...")` calls, see ponder.core.messages) are found by reading app/ponder/core
with the ast module and written as markers in the "core" context the same way.
ponder_en.ts holds only the plural forms (lupdate -pluralonly): "%n note(s)" reads "1 note".
The .ts files carry no source locations, so moving code about does not make them stale.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "app"
FOLDER = REPO / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials into this venv")
    return found


def sources(app: Path = APP) -> list[Path]:
    ui = sorted((app / "ponder" / "ui").rglob("*.py"))
    return [*ui, app / "ponder" / "application.py"]


def settings_markers(folder: Path) -> Path:
    """A Python file lupdate can read, holding the texts of the settings metadata."""
    sys.path.insert(0, str(APP))
    from ponder.ui.dialogs.setting_editors import settings_messages

    lines = [
        f'QT_TRANSLATE_NOOP("settings", {json.dumps(text, ensure_ascii=False)})\n'
        for text in settings_messages()
    ]
    path = folder / "settings_texts.py"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def core_messages(app: Path) -> list[tuple[str, bool]]:
    """Every `Message("source", ...)` in the core: its source and whether it is a plural (has
    `n=`). A source that is not a string literal cannot be catalogued: that stops the run."""
    found: dict[str, bool] = {}
    core = app / "ponder" / "core"
    for path in sorted(core.rglob("*.py")):
        if path == core / "messages.py":
            continue  # where Message is defined (and rebuilt from its parts)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names = _message_names(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node.func) not in names:
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                where = f"{path.relative_to(app)}:{node.lineno}"
                raise SystemExit(f"{where}: Message(...) needs a string literal as its source")
            plural = any(keyword.arg == "n" for keyword in node.keywords)
            found[first.value] = found.get(first.value, False) or plural
    return sorted(found.items())


def _message_names(tree: ast.Module) -> set[str]:
    """What a module calls ponder.core.messages.Message (another Message, as email's, is not)."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "ponder.core.messages"
        for alias in node.names
        if alias.name == "Message"
    }


def _called(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else ""


def core_markers(app: Path, folder: Path) -> Path:
    """A Python file lupdate can read, holding the core's message sources (plurals as plurals)."""
    lines = []
    for text, plural in core_messages(app):
        quoted = json.dumps(text, ensure_ascii=False)
        if plural:
            lines.append(f'QCoreApplication.translate("core", {quoted}, None, 1)\n')
        else:
            lines.append(f'QT_TRANSLATE_NOOP("core", {quoted})\n')
    path = folder / "core_texts.py"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def lupdate(ts_files: list[Path], work: Path, app: Path = APP) -> None:
    markers = [settings_markers(work), core_markers(app, work)]
    files = [str(path) for path in [*sources(app), *markers]]
    for ts_file in ts_files:
        command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
        if ts_file.stem.endswith("_en"):
            command.append("-pluralonly")  # English needs only its plural forms
        command += ["-source-language", "en", *files, "-ts", str(ts_file)]
        subprocess.run(command, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def catalogues(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("ponder_*.ts"))


def update() -> int:
    ts_files = catalogues()
    if not ts_files:
        print(f"no ponder_<lang>.ts in {FOLDER}; create one with `touch`", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        lupdate(ts_files, Path(tmp))
    for ts_file in ts_files:
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        problems = entry_problems(ts_file)
        total = len(ET.parse(ts_file).getroot().findall("context/message"))  # noqa: S314
        print(f"{ts_file.name}: {total} messages, {len(problems)} need attention")
        for problem in problems:
            print(f"  {problem}")
    return 0


def entry_problems(ts_file: Path) -> list[str]:
    """Unfinished, obsolete or empty translations, placeholders the source does not have, and
    messages without a context (a `tr()` outside a class, or a local alias for one): lupdate
    files those under "", where the running app never looks them up."""
    problems: list[str] = []
    root = ET.parse(ts_file).getroot()  # noqa: S314
    for context in root.findall("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            if not name:
                problems.append(
                    f"{message.findtext('source', '')!r} has no context: "
                    'call QCoreApplication.translate("<context>", ...) with a literal text'
                )
            problems += _translation_problems(name, message)
    return problems


def _translation_problems(context: str, message: ET.Element) -> list[str]:
    source = message.findtext("source", "")
    translation = message.find("translation")
    where = f"{context}: {source!r}"
    kind = translation.get("type") if translation is not None else "missing"
    if translation is None or kind is not None:
        return [f"{where} is {kind}"]
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    if not all(texts):
        return [f"{where} has an empty translation"]
    wanted = sorted(PLACEHOLDER.findall(source))
    if any(sorted(PLACEHOLDER.findall(text or "")) != wanted for text in texts):
        return [f"{where}: the translation's {{placeholders}} differ"]
    return []


def check(app: Path = APP, folder: Path = FOLDER) -> int:
    """0 when every catalogue in `folder` is complete and in step with the code under `app`."""
    problems: list[str] = []
    ts_files = catalogues(folder)
    if not ts_files:
        problems.append(f"no ponder_<lang>.ts in {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        copies = [work / path.name for path in ts_files]
        for path, copy in zip(ts_files, copies, strict=True):
            shutil.copyfile(path, copy)
        if copies:
            lupdate(copies, work, app)
        for path, copy in zip(ts_files, copies, strict=True):
            if copy.read_bytes() != path.read_bytes():
                problems.append(
                    f"{path.name} is out of date with the code: "
                    "run `python packaging/translations.py update` and translate what it lists"
                )
            problems += [f"{path.name}: {problem}" for problem in entry_problems(path)]
            qm_file = path.with_suffix(".qm")
            built = work / qm_file.name
            lrelease(path, built)
            if not qm_file.exists() or qm_file.read_bytes() != built.read_bytes():
                problems.append(f"{qm_file.name} is not lrelease's output for {path.name}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(ts_files)} translation(s) up to date: {', '.join(p.name for p in ts_files)}")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("update", "check"))
    return update() if parser.parse_args().mode == "update" else check()


if __name__ == "__main__":
    sys.exit(main())
