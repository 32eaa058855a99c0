"""Every package under app/ponder is listed in pyproject.toml, or a wheel would leave it out."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    app = REPO / "app"
    found = {".".join(init.parent.relative_to(app).parts) for init in app.rglob("__init__.py")}
    assert found | {"ponder.resources"} == listed
