"""The clinical catalogues' labels in the window's language: a thin accessor over
``moodlog.core.catalogue_text`` for the rooms of ui/ (never ``tr()`` on catalogue text).

With the pseudo-language the English labels are lengthened like every other string, so the
clipping test sees catalogue text at its longest too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moodlog.core import catalogue_text as text
from moodlog.core.region_names import region_name, regions_in_order
from moodlog.core.safety import UNKNOWN
from moodlog.i18n import PSEUDO, current_language, current_ui_language
from moodlog.ui.common.pseudo import pseudo_text


def _shown(label: str) -> str:
    return pseudo_text(label) if current_ui_language() == PSEUDO else label


def symptom_label(key: str, fallback: str, *, short: bool = False) -> str:
    """A built-in symptom's label; a user's own symptom keeps its label (``fallback``)."""
    if key not in text.symptoms.BUILTIN_BY_KEY:
        return fallback
    return _shown(text.symptom_label(key, current_language(), fallback, short=short))


def severity_label(value: int) -> str:
    """``none``/``mild``/``moderate``/``severe`` (lower case, as in running text)."""
    return _shown(text.severity_label(value, current_language()))


def kind_label(key: str) -> str:
    return _shown(text.kind_label(key, current_language()))


def phase_label(key: str) -> str:
    return _shown(text.phase_label(key, current_language()))


def side_effect_label(key: str) -> str:
    return _shown(text.side_effect_label(key, current_language()))


def band_label(key: str) -> str:
    return _shown(text.band_label(key, current_language()))


def mood_end(value: int) -> str:
    return _shown(text.mood_end(value, current_language()))


def region_label(key: str) -> str:
    """A crisis region's name in the window's language (CLDR), "Another country" translated."""
    if key == UNKNOWN:
        return QCoreApplication.translate("Crisis", region_name(key, "en"))
    return _shown(region_name(key, current_language()))


def region_choices() -> list[tuple[str, str]]:
    """(key, name) of every crisis region for a list, sorted in the window's language."""
    return [(key, region_label(key)) for key, _ in regions_in_order(current_language())]
