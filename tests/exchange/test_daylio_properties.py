"""Property tests: generated Daylio files keep every day and mood; broken ones never crash."""

import contextlib
import io
import json
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from fractions import Fraction
from math import floor
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moodlog import cli
from moodlog.core.models import CheckIn
from moodlog.exchange import FormatError, daylio, json_format
from moodlog.store import JournalStore
from tests.exchange.daylio_helpers import CURRENT, OLDEST, PLAIN, TITLED, Row, daylio_csv

MOODS = {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 0,
         "Super": 10, "ok but sleepy": 6, "😀 Happy": 9, "Bof": 4}
CUSTOM = {k: v for k, v in MOODS.items() if k not in daylio.DEFAULT_MOOD_MAP}
FIRST = date(2014, 1, 1)

_piece = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8) \
    | st.sampled_from(['"', ",", "\n", "\r\n", "<br>", "<b>", "</p>", "&amp;", "&nbsp;", "|",
                       "<3", " "])
_text = st.lists(_piece, max_size=6).map("".join)
_row = st.builds(
    Row,
    day=st.integers(0, 3700).map(lambda n: FIRST + timedelta(days=n)),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    mood=st.sampled_from(sorted(MOODS)),
    activities=st.lists(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"],
                                              exclude_characters="|"), max_size=12),
                        max_size=3).map(" | ".join),
    note=_text, title=_text, scales=st.just(""),
)
_file = st.fixed_dictionaries({
    "rows": st.lists(_row, min_size=1, max_size=25),
    "header": st.sampled_from([OLDEST, PLAIN, TITLED, CURRENT]),
    "bom": st.booleans(), "twelve_hour": st.booleans(), "quote_all": st.booleans(),
    "newline": st.sampled_from(["\n", "\r\n"]),
})


def _half_up(moods: list[int]) -> int:
    return floor(Fraction(sum(moods), len(moods)) + Fraction(1, 2))


def _write(spec: dict) -> str:
    rows = sorted(spec["rows"], key=lambda r: (r.day, r.at), reverse=True)  # newest first
    return daylio_csv(rows, spec["header"], bom=spec["bom"], twelve_hour=spec["twelve_hour"],
                      newline=spec["newline"], quote_all=spec["quote_all"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_file)
def test_import_then_export_keeps_every_day_and_its_mood(spec: dict) -> None:
    expected: dict[date, list[int]] = defaultdict(list)
    times: dict[date, set[str]] = defaultdict(set)
    for row in spec["rows"]:
        expected[row.day].append(MOODS[row.mood])
        times[row.day].add(f"{row.at:%H:%M}")
    plan = daylio.load(_write(spec), CUSTOM)
    with tempfile.TemporaryDirectory() as tmp, JournalStore.open(Path(tmp) / "j.sqlite") as store:
        report = store.import_data(plan.data())
        doc = json.loads(json_format.dump(store.snapshot()))
    assert report.written.checkins == len(expected)
    got = {date.fromisoformat(c["date"]): c for c in doc["checkins"]}
    assert {d: c["mood"] for d, c in got.items()} == {
        d: _half_up(m) for d, m in expected.items()}
    assert all(c["symptoms"] == {} and c["sleep_hours"] is None for c in got.values())
    for day, clock in times.items():
        if len(expected[day]) > 1:  # a merged day names the time of each of its entries
            assert all(t in got[day]["note"] for t in clock)
    assert plan.merged_days == tuple(sorted(d for d, m in expected.items() if len(m) > 1))


def _mutate(text: str, data: st.DataObject) -> str:
    kind = data.draw(st.sampled_from(["cut", "delete", "insert", "swap", "header"]))
    i = data.draw(st.integers(0, len(text)))
    if kind == "cut":
        return text[:i]
    if kind == "delete":
        return text[:i] + text[i + data.draw(st.integers(1, 20)):]
    if kind == "insert":
        return text[:i] + data.draw(_text | st.sampled_from(['"', ",", "\n", "25:99", "x"])) \
            + text[i:]
    if kind == "swap":
        return text[:i] + data.draw(st.characters()) + text[i + 1:]
    return data.draw(st.sampled_from(["full_date,", "year,date,", "\ufeff"])) + text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_file, st.data())
def test_fuzzed_files_read_or_fail_with_format_error(spec: dict, data: st.DataObject) -> None:
    text = _write(spec)
    for _ in range(data.draw(st.integers(1, 3))):
        text = _mutate(text, data)
    try:
        plan = daylio.load(text, CUSTOM)
    except FormatError as exc:
        assert str(exc)
    else:
        assert all(isinstance(c, CheckIn) for c in plan.data().checkins)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["", ",".join(OLDEST) + "\n", "\ufeff" + ",".join(CURRENT) + "\r\n"]),
       st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_random_text_never_crashes_the_reader(header: str, text: str) -> None:
    with contextlib.suppress(FormatError):
        daylio.load(header + text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_file, st.data(), st.binary(max_size=8), st.sampled_from(["auto", "daylio"]))
def test_a_bad_file_never_writes_half_through_the_command(spec: dict, data: st.DataObject,
                                                          junk: bytes, fmt: str) -> None:
    text = _mutate(_write(spec), data)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with JournalStore.open(folder / "journal.sqlite") as store:
            store.save_checkin(CheckIn(FIRST, 2, note="already here"))
            before = store.snapshot()
        src = folder / "daylio.csv"
        src.write_bytes(text.encode("utf-8", "surrogatepass") + junk)
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = cli.main(["--data-dir", tmp, "import", str(src), "--format", fmt,
                             "--mood-map", ",".join(f"{k}={v}" for k, v in CUSTOM.items())])
        with JournalStore.open(folder / "journal.sqlite") as store:
            after = store.snapshot()
    if code != 0:
        assert code == 1 and err.getvalue().startswith("moodlog: error: ")
        assert len(err.getvalue().strip().splitlines()) == 1
        assert after == before
    else:
        assert before.checkins[0] in after.checkins  # an existing day is kept, not replaced
