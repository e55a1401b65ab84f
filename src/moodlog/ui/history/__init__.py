"""The history of entries."""
