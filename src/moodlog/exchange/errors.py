"""Errors of reading a file to import."""


class FormatError(ValueError):
    """A file cannot be imported; the message names the place and the problem."""
