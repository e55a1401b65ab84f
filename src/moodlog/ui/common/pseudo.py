"""The pseudo-language for tests: every string about 40% longer, with accented letters, so
clipping shows before a real translation does."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "àéîõüÿÀÉÎÕÜŸçñÇÑ")
# Placeholders and markup stay as they are: %1, %n, {name}, &-mnemonics, <tags>, &amp;.
_KEEP = re.compile(r"(%L?\d+|%n|\{[^}]*\}|<[^>]*>|&[a-z]+;|&)")


def pseudo_text(source: str) -> str:
    parts = _KEEP.split(source)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts if p)
    letters = sum(ch.isalpha() for ch in source)
    padding = max(1, round(letters * 0.4)) if letters else 0
    return f"{out} {'ŵ' * padding}" if padding else out


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
