"""The desktop shell (PySide6) on top of ponder.core."""
