"""Qt item models over the core's values, one per view."""
