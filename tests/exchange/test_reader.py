"""The shared reading steps behind ``moodlog import`` and the import dialog."""

from datetime import date, datetime, time
from pathlib import Path

import pytest

from moodlog.core.models import CheckIn, JournalData, Treatment
from moodlog.exchange import FormatError, json_format, reader
from moodlog.store import JournalStore
from tests.exchange.daylio_helpers import Row, daylio_csv

D1, D2 = date(2020, 3, 1), date(2020, 3, 2)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_daylio_file_plan_and_conflicts(tmp_path: Path, store: JournalStore) -> None:
    path = _write(tmp_path, "d.csv", daylio_csv([Row(D2, time(20), "odd"),
                                                 Row(D2, time(8), "good"),
                                                 Row(D1, time(9), "rad")]))
    source = reader.read_file(path)
    assert source.kind == "daylio" and source.json_data is None
    plan = source.plan()
    assert (plan.entries, plan.days, plan.merged_days) == (3, (D1, D2), (D2,))
    assert (plan.first_day, plan.last_day, plan.merged_entries) == (D1, D2, 2)
    assert plan.unknown_labels == ("odd",) and not plan.ready
    with pytest.raises(FormatError, match=rf"^{path}: .*'odd' \(1 entry\)"):
        plan.data()
    store.save_checkin(CheckIn(D2, 3))
    assert plan.conflicts(store) == (D2,)
    ready = source.plan({"ODD": 4})  # labels match ignoring case
    assert ready.ready and [c.mood for c in ready.data().checkins] == [10, 6]
    assert ready.counts.checkins == 2


def test_json_file_plan(tmp_path: Path, store: JournalStore) -> None:
    data = JournalData(checkins=(CheckIn(D2, 5), CheckIn(D1, 4)),
                       treatments=(Treatment(datetime(2020, 2, 27, 10),
                                             "ketamine_iv"),))
    path = _write(tmp_path, "m.json", json_format.dump(data))
    source = reader.read_file(path)
    assert source.kind == "json"
    plan = source.plan()
    assert plan.days == (D1, D2) and plan.merged_days == () and plan.labels == ()
    assert (plan.first_day, plan.last_day) == (date(2020, 2, 27), D2)
    assert (plan.counts.checkins, plan.counts.treatments, plan.entries) == (2, 1, 3)
    assert plan.ready and plan.data() == source.json_data
    assert plan.conflicts(store) == ()
    store.save_checkin(CheckIn(D1, 9))
    assert plan.conflicts(store) == (D1,)
    with pytest.raises(ValueError, match="only applies to files of other apps"):
        source.plan({"rad": 10})


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is not a file moodlog can import"),
    (b"date,mood,sleep\n", "is a moodlog CSV export"),
    (b"\xff\xfe\x00x", "is not UTF-8 text (line 1, byte 0)"),
    (b"full_date,time,mood,activities,note\n2020-13-01,9:00,good,,\n", ": line 2, full_date"),
    (b'{"format": "moodlog-journal", "format_version": 1, "checkins": [', "truncated"),
])
def test_bad_files_name_the_file_and_the_place(tmp_path: Path, content: bytes,
                                               message: str) -> None:
    path = tmp_path / "bad"
    path.write_bytes(content)
    with pytest.raises(ValueError) as info:
        reader.read_file(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)


def test_forced_format_and_folders(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.csv", daylio_csv([Row(D1, time(9), "rad")]))
    with pytest.raises(FormatError, match="not valid JSON"):
        reader.read_file(path, "json")
    with pytest.raises(ValueError, match="unknown import format 'xml'"):
        reader.read_file(path, "xml")
    with pytest.raises(ValueError, match="is a folder"):
        reader.read_file(tmp_path)
    with pytest.raises(FileNotFoundError):
        reader.read_file(tmp_path / "missing.csv")
