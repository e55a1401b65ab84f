"""What the report holds for a period: safety answers exactly when they exist, notes only when
asked for, the default period, and choices that contradict each other refused."""

from datetime import date, datetime, time, timedelta

import pytest

from moodlog.core.models import CheckIn, QuestionnaireResponse, Treatment
from moodlog.report.content import ReportOptions, SafetyAnswer, gather
from moodlog.store import JournalStore

TODAY = date(2026, 3, 31)


def day(i: int) -> date:
    return TODAY - timedelta(days=i)


def _journal(store: JournalStore, death: dict[int, int] | None = None,
             item9: dict[int, int] | None = None) -> None:
    """60 days of check-ins; thoughts_of_death and PHQ-9 item 9 as given (day -> value)."""
    for i in range(60):
        ratings = {"sadness": 2, "thoughts_of_death": (death or {}).get(i, 0)}
        store.save_checkin(CheckIn(day(i), 4, ratings, note=f"note of day {i}" if i % 7 == 0
                                   else ""))
    for i, value in (item9 or {14: 0, 28: 0}).items():
        store.save_questionnaire(QuestionnaireResponse("phq9", day(i), (2,) * 8 + (value,), 1))
    store.add_treatment(Treatment(datetime.combine(day(20), time(9)), "ketamine_iv",
                                  note="treatment note", side_effects_note="felt floaty"))


def test_no_safety_section_when_every_answer_is_zero(store: JournalStore) -> None:
    _journal(store)
    c = gather(store, ReportOptions(), TODAY)
    assert not c.safety and c.item9 == () and c.daily_death == ()
    assert "Thoughts of death or self-harm reported" not in dict(c.sections())


def test_every_answer_above_zero_is_listed_with_its_date(store: JournalStore) -> None:
    _journal(store, death={3: 1, 40: 3, 59: 2}, item9={14: 2, 28: 0, 42: 1})
    c = gather(store, ReportOptions(), TODAY)
    assert c.safety
    assert c.daily_death == (SafetyAnswer(day(59), 2), SafetyAnswer(day(40), 3),
                             SafetyAnswer(day(3), 1))
    assert c.item9 == (SafetyAnswer(day(42), 1), SafetyAnswer(day(14), 2))
    assert c.sections()[0] == ("Thoughts of death or self-harm reported",
                               "2 PHQ-9 item 9 answers, 3 days in the daily check-in")
    # Outside the period they are not this report's to list.
    later = gather(store, ReportOptions(start=day(30)), TODAY)
    assert [a.day for a in later.daily_death] == [day(3)]
    assert [a.day for a in later.item9] == [day(14)]
    only_early = gather(store, ReportOptions(start=day(59), end=day(45)), TODAY)
    assert only_early.item9 == () and only_early.daily_death == (SafetyAnswer(day(59), 2),)


def test_an_unanswered_item_9_is_not_an_answer_above_zero(store: JournalStore) -> None:
    store.save_checkin(CheckIn(day(1), 4, {"sadness": 1}))  # thoughts_of_death unanswered
    store.save_questionnaire(QuestionnaireResponse("phq9", day(1), (3,) * 8 + (None,)))
    c = gather(store, ReportOptions(), TODAY)
    assert not c.safety and not c.empty


def test_notes_only_when_asked_for(store: JournalStore) -> None:
    _journal(store)
    assert gather(store, ReportOptions(), TODAY).notes == ()
    notes = gather(store, ReportOptions(include_notes=True), TODAY).notes
    texts = [n.text for n in notes]
    assert "note of day 0" in texts and "note of day 56" in texts
    assert "treatment note" in texts and "felt floaty" in texts
    assert [n.day for n in notes] == sorted(n.day for n in notes)
    assert ("Notes", f"{len(notes)} notes") in gather(
        store, ReportOptions(include_notes=True), TODAY).sections()


@pytest.mark.parametrize(("start", "end", "expected"), [
    (None, None, (TODAY - timedelta(days=89), TODAY)),
    (date(2026, 1, 1), None, (date(2026, 1, 1), TODAY)),
    (None, date(2025, 12, 31), (date(2025, 10, 3), date(2025, 12, 31))),
    (date(2027, 1, 1), None, (date(2027, 1, 1), date(2027, 1, 1))),
])
def test_the_default_period_is_the_last_90_days(start: date | None, end: date | None,
                                                expected: tuple[date, date]) -> None:
    assert ReportOptions(start, end).period(TODAY) == expected


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"page_size": "a3"}, "page size must be one of a4, letter"),
    ({"name": "x" * 81}, "the name is 81 characters long; the limit is 80"),
    ({"start": date(2026, 2, 1), "end": date(2026, 1, 1)}, "--from 2026-02-01 is after --to"),
])
def test_contradictory_choices_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ReportOptions(**kwargs)


def test_a_name_is_kept_on_one_line() -> None:
    assert ReportOptions(name="  Alex\n  Example ").name == "Alex Example"


def test_an_empty_period_is_empty(store: JournalStore) -> None:
    _journal(store)
    c = gather(store, ReportOptions(date(2020, 1, 1), date(2020, 3, 31)), TODAY)
    assert c.empty and c.days_logged == 0 and c.days == 91


def test_key_figures_and_comparison_of_a_known_journal(store: JournalStore) -> None:
    _journal(store)
    c = gather(store, ReportOptions(), TODAY)
    assert c.days == 90 and c.days_logged == 60
    assert c.mood is not None and c.mood.days == 28
    assert c.mood.first.days == 0 and c.mood.last.mean == 4 and c.mood.last.days == 28
    assert c.course is not None and c.course.course.start == day(20)
    assert c.comparison is not None
    assert c.comparison.before == (day(48), day(21)) and c.comparison.after == (day(27), TODAY)
    assert [s.before.mean for s in c.comparison.symptoms if s.key == "sadness"] == [2]
