"""Display text of the clinical catalogues in each language, as keyed data (issue 21).

Symptom labels, the 0-3 severity words, treatment kinds and phases, side effects, the mood
scale's two ends and the questionnaire bands. These are moodlog's own app labels, written for
each language (they are not validated instruments); questionnaire items and answers are never
here: they come only from ``questionnaire_text`` (official translations). English comes from the
catalogues themselves (``symptoms``, ``treatments``, ``models``, ``questionnaires``), so there is
one English text per key.

A key is ``<catalogue>.<key>``: ``symptom.sadness``, ``symptom_short.sadness``, ``severity.2``,
``kind.ketamine_iv``, ``kind_short.ketamine_iv``, ``phase.booster``, ``side_effect.nausea``,
``mood_end.0``, ``mood_end.10``, ``band.moderately_severe``. User-made symptoms and tags are
the user's words: not here.
"""

from __future__ import annotations

from moodlog.core import models, questionnaires, symptoms, treatments
from moodlog.i18n import LANGUAGES


def _english() -> dict[str, str]:
    text: dict[str, str] = {}
    for s in symptoms.BUILTIN_SYMPTOMS:
        text[f"symptom.{s.key}"] = s.label
        text[f"symptom_short.{s.key}"] = symptoms.SHORT_LABELS.get(s.key, s.label)
    for value, word in symptoms.SEVERITY_LABELS.items():
        text[f"severity.{value}"] = word
    for catalogue, prefix in ((treatments.TREATMENT_KINDS, "kind"), (treatments.PHASES, "phase"),
                              (treatments.SIDE_EFFECTS, "side_effect")):
        for key, label in catalogue.items():
            text[f"{prefix}.{key}"] = label
    for key, short in treatments.SHORT_KINDS.items():
        text[f"kind_short.{key}"] = short
    text[f"mood_end.{models.MOOD_MIN}"] = models.MOOD_ENDS[0]
    text[f"mood_end.{models.MOOD_MAX}"] = models.MOOD_ENDS[1]
    for instrument in questionnaires.INSTRUMENTS.values():
        for band in instrument.bands:
            text[f"band.{band.key}"] = band.label
    return text


_DE: dict[str, str] = {
    "symptom.sadness": "Traurigkeit, Weinerlichkeit, Hoffnungslosigkeit",
    "symptom.irritability": "Wutausbrüche, Reizbarkeit oder Frustration",
    "symptom.loss_of_interest": "Verlust des Interesses an Hobbys oder an Sexualität",
    "symptom.sleep_problems": "Schlafprobleme, zu viel oder zu wenig Schlaf",
    "symptom.fatigue": "Müdigkeit und Energiemangel",
    "symptom.appetite_change": "Essprobleme, plötzliche Gewichtszunahme oder -abnahme",
    "symptom.anxiety": "Angst, Anspannung oder Unruhe",
    "symptom.slowed": "Verlangsamtes Sprechen, Denken oder Bewegen",
    "symptom.worthlessness": "Gefühl von Wertlosigkeit oder Schuld, Selbstvorwürfe",
    "symptom.concentration":
        "Schwierigkeiten beim Denken, Konzentrieren, Entscheiden oder Erinnern",
    "symptom.thoughts_of_death": "Gedankliche Beschäftigung mit Tod oder Suizid",
    "symptom.physical_pain":
        "Unerklärliche körperliche Beschwerden wie Rücken- oder Kopfschmerzen",
    "symptom_short.sadness": "Traurigkeit",
    "symptom_short.irritability": "Reizbarkeit",
    "symptom_short.loss_of_interest": "Interessenverlust",
    "symptom_short.sleep_problems": "Schlafprobleme",
    "symptom_short.fatigue": "Müdigkeit",
    "symptom_short.appetite_change": "Appetit",
    "symptom_short.anxiety": "Angst",
    "symptom_short.slowed": "Verlangsamung",
    "symptom_short.worthlessness": "Wertlosigkeit",
    "symptom_short.concentration": "Konzentration",
    "symptom_short.thoughts_of_death": "Todesgedanken",
    "symptom_short.physical_pain": "Schmerzen",
    "severity.0": "keine",
    "severity.1": "leicht",
    "severity.2": "mittel",
    "severity.3": "schwer",
    "kind.ketamine_iv": "Ketamin-Infusion (i.v.)",
    "kind.esketamine_nasal": "Esketamin-Nasenspray (Spravato)",
    "kind.ketamine_im": "Ketamin-Injektion (i.m.)",
    "kind.ketamine_oral": "Orales Ketamin (Tablette, Lutschtablette, Pastille)",
    "kind.medication_change": "Medikamentenänderung",
    "kind_short.ketamine_iv": "Ketamin i.v.",
    "kind_short.esketamine_nasal": "Esketamin",
    "kind_short.ketamine_im": "Ketamin i.m.",
    "kind_short.ketamine_oral": "Ketamin oral",
    "kind.tms": "TMS",
    "kind.psychotherapy": "Psychotherapie",
    "kind.other": "Sonstiges",
    "phase.induction": "Induktion",
    "phase.maintenance": "Erhaltung",
    "phase.booster": "Auffrischung",
    "phase.single": "Einzelanwendung",
    "side_effect.dissociation": "Dissoziation",
    "side_effect.nausea": "Übelkeit",
    "side_effect.dizziness": "Schwindel",
    "side_effect.headache": "Kopfschmerzen",
    "side_effect.drowsiness": "Schläfrigkeit",
    "side_effect.anxiety": "Angst",
    "side_effect.confusion": "Verwirrtheit",
    "mood_end.0": "das Schlimmste, was ich mir vorstellen kann",
    "mood_end.10": "das Beste, was ich mir vorstellen kann",
    "band.minimal": "Minimal",
    "band.mild": "Leicht",
    "band.moderate": "Mittelgradig",
    "band.moderately_severe": "Mäßig schwer",
    "band.severe": "Schwer",
    "band.below_cutoff": "Unter dem Screening-Grenzwert",
    "band.at_or_above_cutoff": "Am oder über dem Screening-Grenzwert (3)",
}

_ES: dict[str, str] = {
    "symptom.sadness": "Tristeza, llanto, desesperanza",
    "symptom.irritability": "Arrebatos de ira, irritabilidad o frustración",
    "symptom.loss_of_interest": "Pérdida de interés en las aficiones o en la intimidad sexual",
    "symptom.sleep_problems": "Problemas para dormir, demasiado o demasiado poco",
    "symptom.fatigue": "Cansancio y falta de energía",
    "symptom.appetite_change":
        "Problemas con la alimentación, aumento o pérdida de peso repentinos",
    "symptom.anxiety": "Ansiedad, tensión o inquietud",
    "symptom.slowed": "Lentitud al hablar, al pensar o en los movimientos",
    "symptom.worthlessness": "Sentimientos de inutilidad o culpa, autorreproches",
    "symptom.concentration": "Dificultad para pensar, concentrarse, decidir o recordar",
    "symptom.thoughts_of_death": "Pensamientos recurrentes sobre la muerte o el suicidio",
    "symptom.physical_pain":
        "Molestias físicas sin causa aparente, como dolor de espalda o de cabeza",
    "symptom_short.sadness": "Tristeza",
    "symptom_short.irritability": "Irritabilidad",
    "symptom_short.loss_of_interest": "Pérdida de interés",
    "symptom_short.sleep_problems": "Sueño alterado",
    "symptom_short.fatigue": "Cansancio",
    "symptom_short.appetite_change": "Apetito",
    "symptom_short.anxiety": "Ansiedad",
    "symptom_short.slowed": "Lentitud",
    "symptom_short.worthlessness": "Inutilidad",
    "symptom_short.concentration": "Concentración",
    "symptom_short.thoughts_of_death": "Ideas de muerte",
    "symptom_short.physical_pain": "Molestias físicas",
    "severity.0": "ausente",
    "severity.1": "leve",
    "severity.2": "moderado",
    "severity.3": "grave",
    "kind.ketamine_iv": "Infusión intravenosa de ketamina",
    "kind.esketamine_nasal": "Esketamina en pulverizador nasal (Spravato)",
    "kind.ketamine_im": "Inyección intramuscular de ketamina",
    "kind.ketamine_oral": "Ketamina oral (comprimido, pastilla para chupar, trocisco)",
    "kind.medication_change": "Cambio de medicación",
    "kind_short.ketamine_iv": "Ketamina i.v.",
    "kind_short.esketamine_nasal": "Esketamina",
    "kind_short.ketamine_im": "Ketamina i.m.",
    "kind_short.ketamine_oral": "Ketamina oral",
    "kind.tms": "EMT (estimulación magnética transcraneal)",
    "kind.psychotherapy": "Psicoterapia",
    "kind.other": "Otro",
    "phase.induction": "Inducción",
    "phase.maintenance": "Mantenimiento",
    "phase.booster": "Refuerzo",
    "phase.single": "Sesión única",
    "side_effect.dissociation": "Disociación",
    "side_effect.nausea": "Náuseas",
    "side_effect.dizziness": "Mareo",
    "side_effect.headache": "Dolor de cabeza",
    "side_effect.drowsiness": "Somnolencia",
    "side_effect.anxiety": "Ansiedad",
    "side_effect.confusion": "Confusión",
    "mood_end.0": "lo peor que puedo imaginar",
    "mood_end.10": "lo mejor que puedo imaginar",
    "band.minimal": "Mínima",
    "band.mild": "Leve",
    "band.moderate": "Moderada",
    "band.moderately_severe": "Moderadamente grave",
    "band.severe": "Grave",
    "band.below_cutoff": "Por debajo del punto de corte del cribado",
    "band.at_or_above_cutoff": "En el punto de corte del cribado (3) o por encima",
}

TEXT: dict[str, dict[str, str]] = {"en": _english(), "de": _DE, "es": _ES}


def label(key: str, language: str) -> str:
    """The text of catalogue ``key`` in ``language`` (see the module's docstring for keys).

    Raises KeyError for an unknown key and ValueError for an unknown language, never falls
    back silently: every catalogue key has every language (a test holds that)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    if key not in TEXT["en"]:
        raise KeyError(f"unknown catalogue key {key!r}")
    return TEXT[language][key]


def symptom_label(key: str, language: str, fallback: str, *, short: bool = False) -> str:
    """A built-in symptom's label in ``language``; a user's own symptom keeps ``fallback``
    (its label as the user typed it)."""
    if key not in symptoms.BUILTIN_BY_KEY:
        return fallback
    return label(f"{'symptom_short' if short else 'symptom'}.{key}", language)


def severity_label(value: int, language: str) -> str:
    return label(f"severity.{value}", language)


def kind_label(key: str, language: str) -> str:
    return label(f"kind.{key}", language)


def short_kind_label(key: str, language: str) -> str:
    """A ketamine kind's short name ("IV ketamine"); other kinds keep their label."""
    short = f"kind_short.{key}"
    return label(short if short in TEXT["en"] else f"kind.{key}", language)


def phase_label(key: str, language: str) -> str:
    return label(f"phase.{key}", language)


def side_effect_label(key: str, language: str) -> str:
    return label(f"side_effect.{key}", language)


def band_label(key: str, language: str) -> str:
    return label(f"band.{key}", language)


def mood_end(value: int, language: str) -> str:
    """The words for the mood scale's end ``value`` (0 or 10)."""
    return label(f"mood_end.{value}", language)
