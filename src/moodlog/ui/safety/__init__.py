"""Safety: the crisis panel, its crisis lines, and the personal safety plan."""
