"""Safety: the crisis panel."""
