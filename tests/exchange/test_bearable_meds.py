"""Bearable's Meds/Supplements rows become medication records with the amount and unit parsed."""

from __future__ import annotations

from datetime import date

from moodlog.exchange import bearable, movein

HEAD = "date,weekday,time of day,category,rating/amount,detail,notes\n"


def _plan(rows: str) -> movein.MoveInPlan:
    return movein.make_plan(bearable.read(HEAD + rows))


def _mood(day: str) -> str:
    return f"{day},Monday,am,Mood,5,,\n"


def test_one_dose_throughout_is_the_dose_and_each_day_records_it_taken() -> None:
    plan = _plan(_mood("1st Mar 2021") + "1st Mar 2021,Monday,am,Meds/Supplements,50,"
                 "Sertraline (mg),\n" + _mood("3rd Mar 2021")
                 + "3rd Mar 2021,Wednesday,am,Meds/Supplements,50,Sertraline (mg),\n"
                 + "3rd Mar 2021,Wednesday,pm,Meds/Supplements,1000,Vitamin D (IU),\n")
    data = plan.data()
    meds = {m.key: m for m in data.medications}
    assert set(meds) == {"sertraline", "vitamin_d"}
    assert (meds["sertraline"].name, meds["sertraline"].dose, meds["sertraline"].unit) \
        == ("Sertraline", 50.0, "mg")
    assert (meds["sertraline"].active_from, meds["sertraline"].active_to) \
        == (date(2021, 3, 1), date(2021, 3, 3))
    assert (meds["vitamin_d"].dose, meds["vitamin_d"].unit) == (1000.0, "IU")
    first, last = data.checkins
    assert dict(first.medications_taken) == {"sertraline": True}
    assert dict(last.medications_taken) == {"sertraline": True, "vitamin_d": True}
    assert "Meds/Supplements" not in first.note + last.note


def test_a_changing_amount_keeps_each_days_amount_in_its_note() -> None:
    plan = _plan(_mood("1st Mar 2021") + "1st Mar 2021,Monday,am,Meds/Supplements,50,"
                 "Sertraline (mg),\n" + _mood("2nd Mar 2021")
                 + "2nd Mar 2021,Tuesday,am,Meds/Supplements,100,Sertraline (mg),\n")
    (med,) = plan.data().medications
    assert (med.name, med.dose, med.unit) == ("Sertraline", None, "mg")
    notes = [c.note for c in plan.checkins]
    assert notes == ["Meds/Supplements: 50 Sertraline (mg)",
                     "Meds/Supplements: 100 Sertraline (mg)"]
    assert all(dict(c.medications_taken) == {"sertraline": True} for c in plan.checkins)


def test_one_name_in_two_units_stays_two_and_odd_rows_stay_notes() -> None:
    plan = _plan(_mood("1st Mar 2021")
                 + "1st Mar 2021,Monday,am,Meds/Supplements,200,Magnesium (mg),\n"
                 + "1st Mar 2021,Monday,pm,Meds/Supplements,1,Magnesium (g),\n"
                 + "1st Mar 2021,Monday,pm,Meds/Supplements,,Melatonin,\n"
                 + "1st Mar 2021,Monday,pm,Meds/Supplements,two,Ibuprofen (mg),\n"
                 + "1st Mar 2021,Monday,pm,Meds/Supplements,1,A (mg) | B (mg),\n")
    meds = {m.name: m for m in plan.data().medications}
    assert set(meds) == {"Magnesium (mg)", "Magnesium (g)", "Melatonin"}
    assert meds["Magnesium (g)"].dose == 1.0 and meds["Melatonin"].dose is None
    assert meds["Melatonin"].unit == ""
    (checkin,) = plan.checkins
    assert len(checkin.medications_taken) == 3
    assert checkin.note.splitlines() == ["Meds/Supplements: two Ibuprofen (mg)",
                                         "Meds/Supplements: 1 A (mg) | B (mg)"]


def test_medications_of_days_without_a_mood_are_not_imported() -> None:
    plan = _plan(_mood("1st Mar 2021")
                 + "5th Mar 2021,Friday,am,Meds/Supplements,50,Sertraline (mg),\n")
    assert plan.data().medications == ()
    assert plan.moodless_days == (date(2021, 3, 5),)
