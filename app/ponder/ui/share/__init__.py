"""Share in the window: drafts from notes, the composer, accounts and what was shared."""
