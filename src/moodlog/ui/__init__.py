"""PySide6 widgets. Only ``app`` and ``cli`` import this package."""
