"""A small journal whose every plotted value is known: gaps, an unanswered symptom, treatments."""

from datetime import date, datetime, time, timedelta

import pytest

from moodlog.core.analysis import Analysis, analyse
from moodlog.core.models import QuestionnaireResponse, SymptomDef, Treatment
from moodlog.core.series import DayEntry
from moodlog.core.symptoms import BUILTIN_SYMPTOMS

START = date(2026, 1, 1)
DAYS = 40
GAPS = (5, 6, 20)
T_DAYS = (10, 12, 30)


def day(i: int) -> date:
    return START + timedelta(days=i)


def mood_of(i: int) -> int:
    return 2 if i < 10 else 8 if i < 22 else 3


@pytest.fixture
def analysis() -> Analysis:
    entries = []
    for i in range(DAYS):
        if i in GAPS:
            continue
        ratings = {s.key: (3 if i < 10 else 1) for s in BUILTIN_SYMPTOMS}
        if i == 3:
            del ratings["fatigue"]  # unanswered, not 0
        entries.append(DayEntry(day(i), mood_of(i), None if i == 7 else 6.0 + i % 3, ratings))
    treatments = [
        Treatment(datetime.combine(day(10), time(9, 30)), "ketamine_iv", side_effects={
            "nausea": 2, "dissociation": 3}),
        Treatment(datetime.combine(day(12), time(11)), "ketamine_iv", side_effects={}),
        Treatment(datetime.combine(day(30), time(15)), "esketamine_nasal",
                  side_effects={"headache": 1}),
        Treatment(datetime.combine(day(25), time(16)), "psychotherapy"),
    ]
    questionnaires = [
        QuestionnaireResponse("phq9", day(9), (2,) * 9),
        QuestionnaireResponse("phq9", day(23), (1,) * 9),
        QuestionnaireResponse("phq9", day(37), (0,) * 8 + (None,)),
        QuestionnaireResponse("gad7", day(9), (2,) * 7),
    ]
    catalogue = tuple(SymptomDef(s.key, s.label, builtin=True) for s in BUILTIN_SYMPTOMS)
    return analyse(entries, treatments, questionnaires, catalogue)
