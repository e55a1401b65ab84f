"""Treatment vocabulary (CLINICAL.md section 3): kinds, phases, dose units and side effects."""

from __future__ import annotations

TREATMENT_KINDS: dict[str, str] = {
    "ketamine_iv": "IV ketamine infusion",
    "esketamine_nasal": "Esketamine nasal spray (Spravato)",
    "ketamine_im": "IM ketamine injection",
    "ketamine_oral": "Oral ketamine (tablet, lozenge, troche)",
    "medication_change": "Medication change",
    "tms": "TMS",
    "psychotherapy": "Psychotherapy",
    "other": "Other",
}

#: Kinds that are ketamine or esketamine sessions (the ones relief is measured after).
KETAMINE_KINDS: frozenset[str] = frozenset(
    {"ketamine_iv", "esketamine_nasal", "ketamine_im", "ketamine_oral"}
)

#: Short names of the ketamine kinds, for narrow tables (Insights' relief table).
SHORT_KINDS: dict[str, str] = {
    "ketamine_iv": "IV ketamine",
    "esketamine_nasal": "Esketamine",
    "ketamine_im": "IM ketamine",
    "ketamine_oral": "Oral ketamine",
}

PHASES: dict[str, str] = {
    "induction": "Induction",
    "maintenance": "Maintenance",
    "booster": "Booster",
    "single": "Single",
}

DOSE_UNITS: tuple[str, ...] = ("mg", "mg/kg")

SIDE_EFFECTS: dict[str, str] = {
    "dissociation": "Dissociation",
    "nausea": "Nausea",
    "dizziness": "Dizziness",
    "headache": "Headache",
    "drowsiness": "Drowsiness",
    "anxiety": "Anxiety",
    "confusion": "Confusion",
}


def _choose(value: str, catalogue: dict[str, str], what: str) -> str:
    if value not in catalogue:
        known = ", ".join(catalogue)
        raise ValueError(f"unknown {what} {value!r}; known: {known}")
    return value


def check_kind(value: str) -> str:
    """Return ``value`` if it is a treatment kind key, else raise ValueError listing the keys."""
    return _choose(value, TREATMENT_KINDS, "treatment kind")


def check_phase(value: str) -> str:
    """Return ``value`` if it is a phase key, else raise ValueError listing the keys."""
    return _choose(value, PHASES, "phase")


def check_side_effect(value: str) -> str:
    """Return ``value`` if it is a side-effect key, else raise ValueError listing the keys."""
    return _choose(value, SIDE_EFFECTS, "side effect")


def check_unit(value: str) -> str:
    """Return ``value`` if it is a dose unit, else raise ValueError listing the units."""
    if value not in DOSE_UNITS:
        raise ValueError(f"unknown dose unit {value!r}; known: {', '.join(DOSE_UNITS)}")
    return value
