"""Importers for what people already have: read-later exports, bookmarks, Evernote, vaults."""
