"""The Sense faces of the window: Today, Process inbox, review, related notes, questions."""
