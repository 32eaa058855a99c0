"""Ponder: Seek > Sense > Share, a desktop knowledge base."""

__version__ = "0.1.0"
