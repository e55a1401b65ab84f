"""Shared parts of the window: widgets, table models, the theme, settings and background tasks."""
