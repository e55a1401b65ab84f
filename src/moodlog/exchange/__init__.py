"""Moving journals in and out: the moodlog JSON and CSV formats, and importers."""

from moodlog.exchange.errors import FormatError

__all__ = ["FormatError"]
