"""Questionnaire wording per language, as keyed data (CLINICAL.md section 9, issue 21).

Only official translations, verbatim. English is the original (``questionnaires.py``).

German (``de``): items, answers, stem and difficulty item copied verbatim from the German
Medical Informatics Initiative's PRO module, repository
``medizininformatik-initiative/kerndatensatzmodul-proms``:

* PHQ-9 (and PHQ-2 = its first two items): ``input/fsh/definitions/phq-9/mii-qst-pro-phq-9.fsh``
  (``Instance: mii-qst-pro-phq-9``, German primary text of each item, answer and item 10).
* GAD-7 (and GAD-2): ``input/fsh/definitions/gad-7/mii-qst-pro-gad-7.fsh``
  (``Instance: mii-qst-pro-gad-7``, the ``#de`` translation of each item and answer). That file has
  no difficulty item; GAD-7 is block 5 of the same German PHQ-D, so the PHQ-9 file's difficulty
  item and answers are used for it too.

The attribution line "Deutsche Version: © Prof. Dr. Bernd Löwe, 2015, Universitätsklinikum
Hamburg-Eppendorf" could not be confirmed from a citable source here, so the German text carries
the original English attribution plus a neutral line naming the source (an MII-based GAD-7 guide
page names the German version as PHQ-D, Löwe, Spitzer, Zipfel & Herzog 2002).

Spanish (``es``): no citable official Spanish text was confirmed, so Spanish shows the English
original (``shown_in_english=True``). Never translate a validated instrument ourselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from moodlog.core import questionnaires as en
from moodlog.i18n import LANGUAGES as _LANGUAGE_NAMES

#: The languages moodlog speaks (one list, in moodlog.i18n).
LANGUAGES: tuple[str, ...] = tuple(_LANGUAGE_NAMES)


@dataclass(frozen=True, slots=True)
class QuestionnaireText:
    """Everything a questionnaire shows in one language."""

    code: str
    language: str
    stem: str
    items: tuple[str, ...]
    answers: tuple[str, ...]
    difficulty_question: str
    difficulty_answers: tuple[str, ...]
    attribution: str
    #: True when the text is the official wording in ``language`` (English is official for "en").
    official: bool
    #: True when ``language`` has no confirmed official text and the English original is shown.
    shown_in_english: bool


_DE_STEM = (
    "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden "
    "beeinträchtigt?"
)

_DE_ANSWERS: tuple[str, ...] = (
    "Überhaupt nicht",
    "An einzelnen Tagen",
    "An mehr als der Hälfte der Tage",
    "Beinahe jeden Tag",
)

_DE_DIFFICULTY_QUESTION = (
    "Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, geben Sie bitte an, wie sehr "
    "diese Probleme es Ihnen erschwert haben, Ihre Arbeit zu erledigen, Ihren Haushalt zu regeln "
    "oder mit anderen Menschen zurecht zu kommen"
)

_DE_DIFFICULTY_ANSWERS: tuple[str, ...] = (
    "Überhaupt nicht erschwert",
    "Etwas erschwert",
    "Relativ stark erschwert",
    "Sehr stark erschwert",
)

_DE_PHQ9_ITEMS: tuple[str, ...] = (
    "Wenig Interesse oder Freude an Ihren Tätigkeiten",
    "Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit",
    "Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf",
    "Müdigkeit oder Gefühl, keine Energie zu haben",
    "Verminderter Appetit oder übermäßiges Bedürfnis zu essen",
    "Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht "
    "zu haben",
    "Schwierigkeiten, sich auf etwas zu konzentrieren, z.B. beim Zeitunglesen oder Fernsehen",
    "Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? "
    "Oder waren Sie im Gegenteil \u201ezappelig\u201c oder ruhelos und hatten dadurch einen "
    "stärkeren Bewegungsdrang als sonst?",
    "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten",
)

_DE_GAD7_ITEMS: tuple[str, ...] = (
    "Nervosität, Ängstlichkeit oder Anspannung",
    "Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren",
    "Übermäßige Sorgen bezüglich verschiedener Angelegenheiten",
    "Schwierigkeiten, sich zu entspannen",
    "Rastlosigkeit, so dass Stillsitzen schwer fällt",
    "Schnelle Verärgerung oder Gereiztheit",
    "Gefühl der Angst, so als würde etwas Schlimmes passieren",
)

_DE_ATTRIBUTION = (
    f"{en.ATTRIBUTION} Deutsche Version: B. Löwe et al.; Text aus dem PRO-Modul der "
    "Medizininformatik-Initiative."
)

_ITEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "phq9": en.PHQ9_ITEMS,
        "gad7": en.GAD7_ITEMS,
        "phq2": en.PHQ9_ITEMS[:2],
        "gad2": en.GAD7_ITEMS[:2],
    },
    "de": {
        "phq9": _DE_PHQ9_ITEMS,
        "gad7": _DE_GAD7_ITEMS,
        "phq2": _DE_PHQ9_ITEMS[:2],
        "gad2": _DE_GAD7_ITEMS[:2],
    },
}


def _english(code: str, language: str, *, shown_in_english: bool) -> QuestionnaireText:
    return QuestionnaireText(
        code=code,
        language=language,
        stem=en.STEM,
        items=_ITEMS["en"][code],
        answers=en.ANSWERS,
        difficulty_question=en.DIFFICULTY_QUESTION,
        difficulty_answers=en.DIFFICULTY_ANSWERS,
        attribution=en.ATTRIBUTION,
        official=not shown_in_english,
        shown_in_english=shown_in_english,
    )


def questionnaire_text(code: str, language: str) -> QuestionnaireText:
    """The wording of questionnaire ``code`` (phq9, gad7, phq2, gad2) in ``language``.

    Raises ValueError naming the known codes or languages for anything else.
    """
    en.instrument(code)  # raises ValueError for an unknown questionnaire
    if language not in LANGUAGES:
        raise ValueError(
            f"unknown questionnaire language {language!r}; known: {', '.join(LANGUAGES)}"
        )
    if language == "de":
        return QuestionnaireText(
            code=code,
            language=language,
            stem=_DE_STEM,
            items=_ITEMS["de"][code],
            answers=_DE_ANSWERS,
            difficulty_question=_DE_DIFFICULTY_QUESTION,
            difficulty_answers=_DE_DIFFICULTY_ANSWERS,
            attribution=_DE_ATTRIBUTION,
            official=True,
            shown_in_english=False,
        )
    return _english(code, language, shown_in_english=language != "en")
