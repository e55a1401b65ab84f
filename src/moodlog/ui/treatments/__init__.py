"""Treatment sessions: the list and the dialog."""
