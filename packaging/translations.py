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
they are written to a temporary file of QT_TRANSLATE_NOOP("settings", ...) markers.
The .ts files carry no source locations, so moving code about does not make them stale.
"""

from __future__ import annotations

import argparse
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
ENGLISH = "ponder_en.ts"  # plural forms only: the source texts are English


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials into this venv")
    return found


def sources() -> list[Path]:
    ui = sorted((APP / "ponder" / "ui").rglob("*.py"))
    return [*ui, APP / "ponder" / "application.py"]


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


def lupdate(ts_files: list[Path], work: Path) -> None:
    """Every message into each language's catalogue; into English's (ponder_en.ts) only the
    messages with a %n plural, whose English forms ("1 note", "2 notes") it holds."""
    files = [str(path) for path in [*sources(), settings_markers(work)]]
    command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "en", *files]
    english = [str(p) for p in ts_files if p.name == ENGLISH]
    others = [str(p) for p in ts_files if p.name != ENGLISH]
    if others:
        subprocess.run([*command, "-ts", *others], check=True)
    if english:
        subprocess.run([*command, "-pluralonly", "-ts", *english], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def catalogues() -> list[Path]:
    return sorted(FOLDER.glob("ponder_*.ts"))


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
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            kind = translation.get("type") if translation is not None else "missing"
            texts = _texts(translation)
            if kind is not None:
                problems.append(f"{where} is {kind}")
            elif not all(texts):
                problems.append(f"{where} has an empty translation")
            elif any(_placeholders(t) != _placeholders(source) for t in texts):
                problems.append(f"{where}: the translation's {{placeholders}} differ")
    return problems


def _texts(translation: ET.Element | None) -> list[str | None]:
    """A translation's text, or each of its plural forms (a %n message)."""
    if translation is None:
        return [None]
    forms = translation.findall("numerusform")
    return [form.text for form in forms] if forms else [translation.text]


def _placeholders(text: str | None) -> list[str]:
    return sorted([*PLACEHOLDER.findall(text or ""), *re.findall("%n", text or "")])


def check() -> int:
    problems: list[str] = []
    ts_files = catalogues()
    if not ts_files:
        problems.append(f"no ponder_<lang>.ts in {FOLDER}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        copies = [work / path.name for path in ts_files]
        for path, copy in zip(ts_files, copies, strict=True):
            shutil.copyfile(path, copy)
        if copies:
            lupdate(copies, work)
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
