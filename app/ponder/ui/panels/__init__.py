"""The window's panels: note list, sidebar, and the others around the editor."""
