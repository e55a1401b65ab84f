"""Search across the journal (Ctrl+F)."""
