"""Dialogs of the window: quick switcher, command palette, preferences, quick capture, first run."""
