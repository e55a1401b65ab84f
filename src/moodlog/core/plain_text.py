"""What one line of user text may hold: no control, invisible format or line-separator characters.

Control characters (Cc) break lines and terminals; format characters (Cf) such as U+202E
RIGHT-TO-LEFT OVERRIDE or U+200B ZERO WIDTH SPACE make text read differently from what is stored;
U+2028 / U+2029 (Zl, Zp) are line breaks in disguise.
"""

from __future__ import annotations

import unicodedata

REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
#: Joiners that writing systems (Persian, Indic scripts) and emoji sequences need.
ALLOWED_FORMAT = frozenset({"\u200c", "\u200d"})


def is_refused(ch: str) -> bool:
    return unicodedata.category(ch) in REFUSED_CATEGORIES and ch not in ALLOWED_FORMAT


def first_refused(text: str) -> str | None:
    """The first character one line of text may not hold, or None."""
    return next((ch for ch in text if is_refused(ch)), None)


def describe(ch: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': how an error names an invisible character."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def refusal(ch: str) -> str:
    """The end of an error message for ``ch`` (after 'the field ...')."""
    kind = "control" if unicodedata.category(ch) == "Cc" else (
        "line-separator" if unicodedata.category(ch) in ("Zl", "Zp") else "invisible formatting")
    article = "an" if kind[0] in "aeiou" else "a"
    return f"contains {article} {kind} character ({describe(ch)})"
