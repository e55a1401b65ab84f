import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from moodlog.core.models import (
    CheckIn,
    ClinicianScore,
    JournalData,
    QuestionnaireResponse,
    SymptomDef,
    Treatment,
)
from moodlog.core.session import Reading, SessionDetails
from moodlog.store import JournalError, JournalStore

DAY = date(2026, 3, 2)


def test_new_journal_file_is_private_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    with JournalStore.open(path) as store:
        store.save_checkin(CheckIn(DAY, 5))
        if os.name == "posix":
            assert path.stat().st_mode & 0o777 == 0o600
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            con.close()
    with JournalStore.open(path) as store:
        raw = store._engine.raw_connection()
        try:
            cur = raw.cursor()
            assert cur.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cur.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert cur.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        finally:
            raw.close()


def test_checkin_round_trip_keeps_unanswered_apart_from_none(store: JournalStore) -> None:
    saved = store.save_checkin(CheckIn(DAY, 4, {"sadness": 0, "fatigue": 3}, 6.5, "a note"))
    loaded = store.checkin(DAY)
    assert loaded == saved
    assert loaded is not None
    assert loaded.ratings == {"sadness": 0, "fatigue": 3}
    assert "anxiety" not in loaded.ratings
    assert loaded.created_at is not None and loaded.created_at.tzinfo is not None


def test_saving_a_day_again_replaces_it_and_keeps_created_at(store: JournalStore) -> None:
    first = store.save_checkin(CheckIn(DAY, 4, {"sadness": 2}))
    second = store.save_checkin(CheckIn(DAY, 7, {"fatigue": 1}, note="better"))
    assert store.checkins() == [second]
    assert second.created_at == first.created_at
    assert second.updated_at is not None and first.updated_at is not None
    assert second.updated_at >= first.updated_at
    assert second.ratings == {"fatigue": 1}


def test_range_queries_and_delete(store: JournalStore) -> None:
    for d in (1, 2, 3, 4):
        store.save_checkin(CheckIn(date(2026, 3, d), d))
    assert [c.mood for c in store.checkins(date(2026, 3, 2), date(2026, 3, 3))] == [2, 3]
    assert [c.mood for c in store.checkins(start=date(2026, 3, 3))] == [3, 4]
    assert store.delete_checkin(date(2026, 3, 2)) is True
    assert store.delete_checkin(date(2026, 3, 2)) is False
    assert [c.day.day for c in store.checkins()] == [1, 3, 4]


def test_unknown_symptom_is_refused_and_nothing_written(store: JournalStore) -> None:
    with pytest.raises(ValueError, match="unknown symptom 'headache'"):
        store.save_checkin(CheckIn(DAY, 4, {"headache": 2}))
    assert store.checkins() == []


def test_failed_replace_keeps_the_old_checkin(store: JournalStore) -> None:
    old = store.save_checkin(CheckIn(DAY, 4, {"sadness": 2}))
    with pytest.raises(ValueError):
        store.save_checkin(CheckIn(DAY, 9, {"no_such_symptom": 2}))
    assert store.checkins() == [old]


def test_custom_symptoms(store: JournalStore) -> None:
    added = store.add_symptom("Night sweats")
    assert added == SymptomDef("night_sweats", "Night sweats")
    assert store.symptoms()[-1] == added
    store.save_checkin(CheckIn(DAY, 5, {"night_sweats": 2}))
    store.rename_symptom("night_sweats", "Sweating at night")
    store.set_symptom_hidden("night_sweats", True)
    assert store.symptoms()[-1] == SymptomDef("night_sweats", "Sweating at night", hidden=True)
    assert all(s.key != "night_sweats" for s in store.symptoms(include_hidden=False))
    checkin = store.checkin(DAY)
    assert checkin is not None and checkin.ratings == {"night_sweats": 2}  # hidden, still kept
    with pytest.raises(ValueError, match="already exists"):
        store.add_symptom("Night  sweats")
    with pytest.raises(ValueError, match="built-in"):
        store.rename_symptom("sadness", "Blue")
    with pytest.raises(ValueError, match="unknown symptom"):
        store.set_symptom_hidden("nope", True)


def _treatment(**kw: object) -> Treatment:
    base: dict[str, object] = dict(
        at=datetime(2026, 3, 2, 10, 30), kind="esketamine_nasal", phase="induction", dose=56,
        dose_unit="mg", clinic="Clinic", note="n",
        readings=(Reading(0, 132, 84, 70, 98), Reading(40, 151, 92, 82), Reading(None, 140, 88)),
        session=SessionDetails(devices=2, moaas=4, cadss=12, cadss_form="cadss6",
                               observed_minutes=125, ready_note="ready at 12:40"),
        side_effects={"dissociation": 2, "nausea": 0}, side_effects_note="metallic taste")
    base.update(kw)
    return Treatment(**base)  # type: ignore[arg-type]


def test_treatment_round_trip_update_delete(store: JournalStore) -> None:
    saved = store.add_treatment(_treatment())
    assert saved.id is not None
    assert store.treatments() == [saved]
    with pytest.raises(ValueError, match="already recorded"):
        store.add_treatment(_treatment(note="again"))
    changed = _treatment(id=saved.id, dose=84, readings=(Reading(0, 128, 80),),
                         session=SessionDetails(devices=3), side_effects={"headache": 1})
    store.update_treatment(changed)
    assert store.treatments() == [changed]
    assert store.treatments(date(2026, 3, 2), date(2026, 3, 2)) == [changed]
    assert store.treatments(date(2026, 3, 3)) == []
    assert store.delete_treatment(saved.id) is True
    assert store.treatments() == []
    con = sqlite3.connect(store.path)  # the readings and details went with it
    try:
        counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("treatment_readings", "treatment_sessions")]
    finally:
        con.close()
    assert counts == [0, 0]
    with pytest.raises(ValueError, match="no treatment"):
        store.update_treatment(changed)


def test_questionnaires_and_clinician_scores(store: JournalStore) -> None:
    r = store.save_questionnaire(QuestionnaireResponse("phq9", DAY, (1, 2, None, 0, 0, 1, 1,
                                                                     0, 1), 1))
    assert store.questionnaires() == [r]
    assert r.answers[2] is None and r.score.complete is False
    with pytest.raises(ValueError, match="already recorded"):
        store.save_questionnaire(QuestionnaireResponse("phq9", DAY, (0,) * 9))
    again = store.save_questionnaire(QuestionnaireResponse("phq9", DAY, (0,) * 9), replace=True)
    assert store.questionnaires(instrument="phq9") == [again]
    g = store.save_questionnaire(QuestionnaireResponse("gad7", DAY, (3,) * 7, 3))
    assert store.questionnaires(instrument="gad7") == [g]
    m = store.save_clinician_score(ClinicianScore("MADRS", DAY, 31, "before"))
    assert store.clinician_scores() == [m]
    assert store.delete_questionnaire(g.id or 0) and store.delete_clinician_score(m.id or 0)
    assert store.counts().questionnaires == 1 and store.counts().clinician_scores == 0


def test_import_is_all_or_nothing(store: JournalStore, demo_data: JournalData) -> None:
    store.save_checkin(CheckIn(DAY, 5))
    before = store.snapshot()
    bad = JournalData(checkins=(*demo_data.checkins[:50],
                                CheckIn(date(2026, 1, 1), 5, {"not_in_catalogue": 1})))
    with pytest.raises(ValueError, match="not_in_catalogue"):
        store.import_data(bad)
    assert store.snapshot() == before


def test_import_reports_existing_days_and_replaces_on_request(
        store: JournalStore, demo_data: JournalData) -> None:
    day = demo_data.checkins[10].day
    mine = store.save_checkin(CheckIn(day, 10, note="mine"))
    report = store.import_data(demo_data)
    assert report.skipped_days == (day,)
    assert store.checkin(day) == mine
    assert report.written.checkins == len(demo_data.checkins) - 1
    assert report.new_symptoms == ("nightmares",)
    again = store.import_data(demo_data, replace=True)
    assert again.replaced_days == tuple(c.day for c in demo_data.checkins)
    assert store.checkin(day) == demo_data.checkins[10]
    assert store.counts().checkins == len(demo_data.checkins)


def test_dry_run_writes_nothing(store: JournalStore, demo_data: JournalData) -> None:
    report = store.import_data(demo_data, dry_run=True)
    assert report.dry_run and report.written.checkins == len(demo_data.checkins)
    assert store.is_empty()
    assert [s.key for s in store.symptoms()][-1] == "physical_pain"


def test_duplicates_inside_the_data_are_refused(store: JournalStore) -> None:
    data = JournalData(checkins=(CheckIn(DAY, 1), CheckIn(DAY, 2)))
    with pytest.raises(ValueError, match="more than one check-in day"):
        store.import_data(data)
    assert store.is_empty()


def test_import_keeps_timestamps(store: JournalStore) -> None:
    stamp = datetime(2025, 1, 1, 21, 0, tzinfo=UTC)
    c = CheckIn(DAY, 3, created_at=stamp, updated_at=stamp)
    store.import_data(JournalData(checkins=(c,)))
    assert store.checkin(DAY) == c


def test_opening_a_folder_or_garbage_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="is a folder"):
        JournalStore.open(tmp_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all, just some text" * 20)
    with pytest.raises(JournalError, match="not an SQLite database"):
        JournalStore.open(junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(JournalError, match="not a moodlog journal"):
        JournalStore.open(other)
    with pytest.raises(JournalError, match="does not exist"):
        JournalStore.open(tmp_path / "missing" / "journal.sqlite")


def test_backup_copy_is_complete_and_private(store: JournalStore,
                                             demo_data: JournalData) -> None:
    store.import_data(demo_data)
    copy = store.backup("manual")
    assert copy.parent == store.backup_dir and "manual" in copy.name
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600
    with JournalStore.open(copy) as restored:
        assert restored.snapshot() == store.snapshot()
