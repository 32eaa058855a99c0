"""Feeds followed into the inbox: subscriptions (in the vault), fetching, parsing, state.

Where things live:

- `feeds.yaml` at the vault root holds the subscriptions (address, title, interval, muted), so
  they sync with the notes and any editor can change them (subscriptions.py).
- Fetch state (ETag, Last-Modified, last refresh, error, backoff, the entry ids seen) is a cache
  outside the vault, in the user state folder keyed by the vault (state.py): losing it costs at
  most one full fetch, and the page rule still keeps items from coming twice.
- Each new entry becomes a light note in `inbox/` (items.py); Clip fills it like any clip.
"""
