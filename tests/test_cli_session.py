"""``treatment add`` with the session record: readings, devices, weight, minutes, clinic totals."""

from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.core.session import Reading, SessionDetails
from moodlog.paths import JOURNAL_FILE
from moodlog.store import JournalStore
from tests.conftest import Result, assert_one_line_error, snapshot

Run = Callable[..., Result]
ADD = ("treatment", "add", "--at", "2026-01-05 10:00")


def _stored(data_dir: Path) -> list:
    with JournalStore.open(data_dir / JOURNAL_FILE) as store:
        return store.treatments()


def test_an_esketamine_session_with_readings_devices_and_totals(run: Run, data_dir: Path) -> None:
    result = run(*ADD, "--kind", "esketamine_nasal", "--devices", "3",
                 "--reading", "10:00 128/82 70 98", "--reading", "10:40 152/94 84",
                 "--reading", "+120 130/84", "--moaas", "5", "--cadss6", "7",
                 "--observed-until", "12:05", "--ready-note", "steady on my feet")
    assert result.code == 0, result.err
    assert "84 mg (3 devices)" in result.out
    assert "128/82 -> 152/94 (+40 min) -> 130/84 (+120 min)" in result.out
    assert "MOAA/S 5/5, CADSS-6 7/24 (as reported by the clinic)" in result.out
    (t,) = _stored(data_dir)
    assert (t.dose, t.dose_unit) == (84.0, "mg")
    assert t.readings == (Reading(0, 128, 82, 70, 98), Reading(40, 152, 94, 84),
                          Reading(120, 130, 84))
    assert t.session == SessionDetails(devices=3, moaas=5, cadss=7, cadss_form="cadss6",
                                       observed_minutes=125, ready_note="steady on my feet")


def test_an_iv_session_with_weight_and_minutes_shows_the_mg(run: Run, data_dir: Path) -> None:
    result = run(*ADD, "--kind", "ketamine_iv", "--dose", "0.5", "--unit", "mg/kg",
                 "--weight-kg", "72", "--minutes", "40", "--cadss", "20")
    assert result.code == 0, result.err
    assert "0.5 mg/kg (36 mg at 72 kg) over 40 min" in result.out
    (t,) = _stored(data_dir)
    assert t.session == SessionDetails(weight_kg=72.0, infusion_minutes=40, cadss=20)


def test_the_old_options_become_readings_at_the_start_and_end(run: Run, data_dir: Path) -> None:
    assert run(*ADD, "--kind", "ketamine_iv", "--bp-before", "128/82", "--hr-before", "70",
               "--bp-after", "146/90", "--hr-after", "80").code == 0
    assert run("treatment", "add", "--at", "2026-01-06 10:00", "--kind", "ketamine_iv",
               "--bp-after", "140/88", "--observed-until", "+90").code == 0
    first, second = _stored(data_dir)
    assert first.readings == (Reading(0, 128, 82, 70), Reading(None, 146, 90, 80))
    assert second.readings == (Reading(90, 140, 88),)


def test_a_reading_after_midnight_within_12_hours_counts_on(run: Run, data_dir: Path) -> None:
    assert run("treatment", "add", "--at", "2026-01-05 22:00", "--kind", "ketamine_iv",
               "--reading", "00:30 130/80").code == 0
    (t,) = _stored(data_dir)
    assert t.readings == (Reading(150, 130, 80),)


@pytest.mark.parametrize(("args", "needle"), [
    (("--reading", "09:59 128/82"), "before the session start"),
    (("--reading", "22:01 128/82"), "more than 12 h after the start"),  # 12 h 1 min
    (("--reading", "+721 128/82"), "more than 12 h after"),
    (("--reading", "10:40 270/90"), "systolic pressure must be a whole number 50-260 mmHg"),
    (("--reading", "10:40 49/30"), "50-260 mmHg"),
    (("--reading", "10:40 150/161"), "diastolic pressure must be a whole number 30-160 mmHg"),
    (("--reading", "10:40 150/29"), "30-160 mmHg"),
    (("--reading", "10:40 90/120"), "higher than diastolic"),
    (("--reading", "10:40 150/90 221"), "heart rate must be a whole number 30-220"),
    (("--reading", "10:40 150/90 29"), "30-220 beats per minute"),
    (("--reading", "10:40 150/90 80 101"), "SpO2 must be a whole number 50-100"),
    (("--reading", "10:40 150/90 80 49"), "50-100 %"),
    (("--reading", "10:40"), "must look like 'HH:MM SYS/DIA [HR] [SPO2]'"),
    (("--reading", "25:00 120/80"), "not a clock time"),
    (("--reading", "10:00 120/80", "--bp-before", "121/80"), "two readings at the start"),
    (("--hr-before", "300"), "--bp-before/--hr-before: heart rate must be a whole number 30-220"),
    (("--devices", "4", "--kind", "esketamine_nasal"), "esketamine devices must be a whole "
                                                        "number 1-3"),
    (("--devices", "0", "--kind", "esketamine_nasal"), "1-3 (28 mg each)"),
    (("--devices", "2", "--kind", "ketamine_iv"), "--devices is for --kind esketamine_nasal"),
    (("--devices", "2", "--kind", "esketamine_nasal", "--dose", "84", "--unit", "mg"),
     "--devices 2 is 56 mg, but --dose 84 mg was given"),
    (("--weight-kg", "70"), "--weight-kg goes with a dose in mg/kg"),
    (("--weight-kg", "19", "--dose", "0.5", "--unit", "mg/kg"), "weight must be 20-350 kg"),
    (("--weight-kg", "351", "--dose", "0.5", "--unit", "mg/kg"), "20-350 kg"),
    (("--minutes", "0"), "infusion minutes must be a whole number 1-480"),
    (("--minutes", "481"), "1-480"),
    (("--moaas", "6"), "MOAA/S must be a whole number 0-5"),
    (("--moaas", "-1"), "MOAA/S must be a whole number 0-5"),
    (("--cadss", "93"), "CADSS must be a whole number 0-92"),
    (("--cadss", "-1"), "0-92"),
    (("--cadss6", "25"), "CADSS-6 must be a whole number 0-24"),
    (("--cadss", "5", "--cadss6", "5"), "--cadss or --cadss6, not both"),
    (("--observed-until", "+721"), "--observed-until +721: must be 0-720 minutes"),
    (("--observed-until", "noon"), "--observed-until must be HH:MM or +MIN"),
    (("--ready-note", "x" * 2001), "at most 2000 characters"),
])
def test_every_field_out_of_range_is_one_clear_line_and_nothing_is_written(
        run: Run, data_dir: Path, args: tuple[str, ...], needle: str) -> None:
    assert run("checkin", "--mood", "5").code == 0  # a journal with something in it
    before = snapshot(run)
    kind = () if "--kind" in args else ("--kind", "ketamine_iv")
    assert_one_line_error(run(*ADD, *kind, *args), 1, needle)
    assert snapshot(run) == before
