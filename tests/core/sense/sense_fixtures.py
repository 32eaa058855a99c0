"""Values the Sense tests share (a module of its own: `conftest` names clash across folders)."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
