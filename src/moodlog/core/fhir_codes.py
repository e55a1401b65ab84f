"""The codes of the FHIR export (CLINICAL.md section 8), as data: one place for exporter and tests.

Every LOINC code here was checked against published panels (HL7 PHR IG and CMS ACCESS IG
Questionnaires, the MII PRO IG answer lists, loinc.org PHQ-SADS 69729-2). What has no standard code
(daily mood, the symptoms, the treatment kinds) uses the project's own code systems, so that nothing
is claimed to be a standard code when it is not. RxNorm codes for ketamine and esketamine could not
be confirmed, so medications are coded by text only.
"""

from __future__ import annotations

from dataclasses import dataclass

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

#: The project's own namespace (the app id is io.github.moodlog.Moodlog).
MOODLOG_BASE = "https://moodlog.github.io/fhir"
MOODLOG_CHECKIN_SYSTEM = f"{MOODLOG_BASE}/CodeSystem/checkin"
MOODLOG_TREATMENT_SYSTEM = f"{MOODLOG_BASE}/CodeSystem/treatment-kind"
#: Namespace of the uuid5 fullUrls, so that the same entry always gets the same urn:uuid.
MOODLOG_UUID_NAME = f"{MOODLOG_BASE}/export"


@dataclass(frozen=True, slots=True)
class Coding:
    """A code in a code system, with its display text."""

    system: str
    code: str
    display: str

    def as_json(self) -> dict[str, str]:
        return {"system": self.system, "code": self.code, "display": self.display}


def _loinc(code: str, display: str) -> Coding:
    return Coding(LOINC, code, display)


#: LOINC answer list LL358-3: answer 0..3 of every PHQ-9 and GAD-7 item.
FREQUENCY_ANSWERS: tuple[Coding, ...] = (
    _loinc("LA6568-5", "Not at all"),
    _loinc("LA6569-3", "Several days"),
    _loinc("LA6570-1", "More than half the days"),
    _loinc("LA6571-9", "Nearly every day"),
)

#: LOINC answer list LL359-1, in moodlog's order 0..3. Note LA6575-0 is "Very difficult" and
#: LA6574-3 "Extremely difficult" (the codes are not in ascending order; the MII PRO IG and
#: Regenstrief's own Questionnaire agree; some code on the web has them swapped).
DIFFICULTY_ANSWERS: tuple[Coding, ...] = (
    _loinc("LA6572-7", "Not difficult at all"),
    _loinc("LA6573-5", "Somewhat difficult"),
    _loinc("LA6575-0", "Very difficult"),
    _loinc("LA6574-3", "Extremely difficult"),
)


@dataclass(frozen=True, slots=True)
class PanelCodes:
    """The LOINC codes of one questionnaire: panel, total, items in order, difficulty question."""

    instrument: str
    panel: Coding
    total: Coding
    items: tuple[str, ...]
    #: The functional-difficulty question's code, where a published panel confirms one.
    difficulty: str | None

    @property
    def questionnaire_url(self) -> str:
        """Regenstrief's canonical URL of the LOINC panel as a FHIR Questionnaire."""
        return f"{LOINC}/q/{self.panel.code}"


PHQ9 = PanelCodes(
    "phq9",
    _loinc("44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]"),
    _loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
    ("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
     "44260-8"),
    "69722-7",
)

GAD7 = PanelCodes(
    "gad7",
    _loinc("69737-5", "Generalized anxiety disorder 7 item (GAD-7)"),
    _loinc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
    ("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
    # The GAD-7 panels published as FHIR Questionnaires carry no difficulty question: the
    # answer goes into the QuestionnaireResponse only, under a moodlog linkId.
    None,
)

#: Instruments that are exported; PHQ-2 and GAD-2 responses are left out (codes not confirmed).
PANELS: dict[str, PanelCodes] = {p.instrument: p for p in (PHQ9, GAD7)}

SURVEY = Coding(OBSERVATION_CATEGORY, "survey", "Survey")
VITAL_SIGNS = Coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")

BP_PANEL = _loinc("85354-9", "Blood pressure panel with all children optional")
SYSTOLIC = _loinc("8480-6", "Systolic blood pressure")
DIASTOLIC = _loinc("8462-4", "Diastolic blood pressure")
HEART_RATE = _loinc("8867-4", "Heart rate")
MM_HG = "mm[Hg]"
PER_MINUTE = "/min"
#: Oxygen saturation by pulse oximetry (US Core pulse oximetry profile), in percent.
SPO2 = _loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")
PERCENT = "%"

MOOD = Coding(MOODLOG_CHECKIN_SYSTEM, "mood",
              "Mood 0-10 (0 = worst I can imagine, 10 = best I can imagine)")
#: Symptom severities use the symptom's own key as the code in MOODLOG_CHECKIN_SYSTEM.
SEVERITY_TEXT = "0 none, 1 mild, 2 moderate, 3 severe"

#: Kinds exported as a MedicationAdministration: (substance, SNOMED CT route code, route).
MEDICATION_KINDS: dict[str, tuple[str, str, str]] = {
    "ketamine_iv": ("Ketamine", "47625008", "Intravenous route"),
    "ketamine_im": ("Ketamine", "78421000", "Intramuscular route"),
    "ketamine_oral": ("Ketamine", "26643006", "Oral route"),
    "esketamine_nasal": ("Esketamine", "46713006", "Nasal route"),
}

#: Kinds exported as a Procedure (coded by moodlog's own treatment-kind system).
PROCEDURE_KINDS: frozenset[str] = frozenset({"tms", "psychotherapy"})
# ``medication_change`` and ``other`` are left out: neither names an act a clinic's record could
# file (their blood pressure and heart rate, if any, are still exported).
