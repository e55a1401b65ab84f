"""The pseudo-language for tests: every string about 40% longer, with accented letters, so
clipping shows before a real translation does."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "àéîõüÿÀÉÎÕÜŸçñÇÑ")
# Placeholders and markup stay as they are: %1, %n, {name}, &-mnemonics, <tags>, &amp;.
_KEEP = re.compile(r"(%L?\d+|%n|\{[^}]*\}|<[^>]*>|&[a-z]+;|&)")


# A Qt date or time pattern taken through tr() ("ddd dd MMM yyyy", "HH:mm"): kept, or the
# pseudo-language would print "ÿÿÿÿ" for the year.
_DATE_PATTERN = re.compile(r"(?=.*(?:dd|MM|yy|HH|hh|mm))[dMyHhmsaAtz\s.,:/\-']+")


def pseudo_text(source: str, n: int = -1) -> str:
    if _DATE_PATTERN.fullmatch(source):
        return source
    if "(s)" in source and n >= 0:  # the English plural convention, resolved as English does
        source = source.replace("(s)", "" if n == 1 else "s")
    parts = _KEEP.split(source)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts if p)
    letters = sum(ch.isalpha() for ch in source)
    padding = max(1, round(letters * 0.4)) if letters else 0
    # In words of at most five letters, so that a label that wraps can still wrap.
    pad = " ".join("ŵ" * min(5, padding - i) for i in range(0, padding, 5))
    return f"{out} {pad}" if padding else out


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source, n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
