"""Seek: taking things in — fetching and extracting pages, the clip server, importers."""
