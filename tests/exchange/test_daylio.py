"""The Daylio CSV importer: every header variant, the time styles, mapping, merging, errors."""

from datetime import date, time
from pathlib import Path

import pytest

from moodlog.core.models import NOTE_MAX, CheckIn
from moodlog.exchange import FormatError, daylio
from moodlog.exchange.daylio_fields import clean_text, parse_day_month, parse_time
from moodlog.store import JournalStore
from tests.exchange.daylio_helpers import CURRENT, OLDEST, PLAIN, TITLED, Row, daylio_csv

D1, D2, D3 = date(2024, 3, 1), date(2024, 3, 2), date(2024, 12, 24)
ROWS = [  # newest first, as Daylio writes them
    Row(D3, time(22, 13), "rad", "friends | party", "Best evening", "Christmas Eve"),
    Row(D2, time(21, 0), "good", "", "Better by night"),
    Row(D2, time(8, 30), "awful", "work | bad sleep"),
    Row(D1, time(9, 5), "meh"),
]


def _checkins(text: str, mood_map: dict[str, int] | None = None) -> dict[date, CheckIn]:
    return {c.day: c for c in daylio.load(text, mood_map).data().checkins}


@pytest.mark.parametrize("header", [OLDEST, PLAIN, TITLED, CURRENT],
                         ids=["year-date", "full_date", "note_title", "scales"])
@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("twelve_hour", [False, True], ids=["24h", "12h"])
def test_every_header_variant_time_style_and_bom(header: tuple[str, ...], bom: bool,
                                                 twelve_hour: bool) -> None:
    text = daylio_csv(ROWS, header, bom=bom, twelve_hour=twelve_hour)
    assert text.startswith("\ufeff") == bom
    assert daylio.is_daylio(text)
    got = _checkins(text)
    assert sorted(got) == [D1, D2, D3]
    assert [got[d].mood for d in (D1, D2, D3)] == [5, 4, 10]  # (8 + 0) / 2 = 4
    assert got[D1].note == ""  # one entry, no text: nothing to say
    head = "22:13 · rad · Christmas Eve" if "note_title" in header else "22:13 · rad"
    assert got[D3].note == f"{head}\nBest evening\nActivities: friends, party"
    # time order, not file order, and every entry of a merged day is named
    assert got[D2].note == ("08:30 · awful\nActivities: work, bad sleep\n\n"
                            "21:00 · good\nBetter by night")
    assert all(not c.ratings and c.sleep_hours is None for c in got.values())


def test_twelve_and_twenty_four_hour_times_read_alike() -> None:
    for text, expected in [("22:13", time(22, 13)), ("10:00 pm", time(22)), ("10:00 PM", time(22)),
                           ("12:05 am", time(0, 5)), ("12:30 pm", time(12, 30)),
                           ("7:05", time(7, 5)), ("9:15 a.m.", time(9, 15)),
                           ("23:59:59", time(23, 59))]:
        assert parse_time(text) == expected, text
    for bad in ["", "25:00", "12:60", "13:00 pm", "0:10 am", "abends", "10 pm", "10.00"]:
        with pytest.raises(ValueError):
            parse_time(bad)


def test_scales_and_unknown_extra_columns_are_kept_or_reported() -> None:
    text = ("full_date,date,weekday,time,mood,activities,scales,note_title,note,mystery\n"
            '2024-01-05,5 January,Friday,20:00,good,"","Stress:\xa03 | Energy:\xa01","","",x\n')
    plan = daylio.load(text)
    assert plan.checkins[0].note == "20:00 · good\nScales: Stress: 3, Energy: 1"
    assert plan.export.ignored_columns == ("mystery",)


def test_oldest_variant_reads_day_and_month_names() -> None:
    for text, expected in [("24 December", D3), ("December 24", D3), ("24. Dez.", D3),
                           ("24 de diciembre", D3), ("24 déc.", D3), ("Dec 24. 2024", D3),
                           ("1er mars", D1), ("2nd of March", D2), ("2 maart", D2),
                           ("24 Grudnia", D3), ("24 grudzień", D3), ("24 дек.", D3)]:
        assert parse_day_month(text, 2024) == expected, text
    for bad, needle in [("24/12", "cannot read"), ("12 24", "cannot read"),
                        ("3 Fooember", "cannot read"), ("ju 3", "cannot read"),
                        ("3 jui", "cannot read"), ("30 February", "not a real calendar date")]:
        with pytest.raises(ValueError, match=needle):
            parse_day_month(bad, 2024)


def test_oldest_variant_date_error_names_line_and_field() -> None:
    text = ("year,date,weekday,time,mood,activities,note\n2018,18 May,Friday,11:54 pm,good,,\n"
            "2018,17/05,Thursday,10:21 pm,meh,,\n")
    with pytest.raises(FormatError, match=r"^line 3, date: cannot read .*full_date"):
        daylio.read(text)


def test_custom_labels_shared_levels_and_case() -> None:
    rows = [Row(D3, time(20), "Super"), Row(D2, time(20), "RAD"), Row(D2, time(9), "super"),
            Row(D1, time(9), "ok  but sleepy")]
    text = daylio_csv(rows)
    with pytest.raises(FormatError) as info:
        daylio.load(text)
    message = str(info.value)
    assert "'Super' (2 entries)" in message and "'ok but sleepy' (1 entry)" in message
    assert '--mood-map "Super=N,ok but sleepy=N"' in message and "rad=10,good=8" in message
    mapping = daylio.parse_mood_map("super=10, Ok But Sleepy = 6")
    got = _checkins(text, mapping)
    assert [got[d].mood for d in (D1, D2, D3)] == [6, 10, 10]  # rad and super share level 10
    plan = daylio.make_plan(daylio.read(text), mapping)
    assert plan.mood_map == {"RAD": 10, "Super": 10, "ok but sleepy": 6}
    assert _checkins(text, {**mapping, "rad": 0})[D2].mood == 5  # a default overridden: (0+10)/2


def test_a_preview_sees_unknown_labels_before_any_check_in() -> None:
    plan = daylio.make_plan(daylio.read(daylio_csv([Row(D2, time(9), "gut"),
                                                    Row(D1, time(9), "rad")])))
    assert plan.unknown_labels == ("gut",) and plan.checkins == ()
    assert (plan.first_day, plan.last_day, plan.entries) == (D1, D2, 2)
    assert [(u.label, u.mood, u.entries) for u in plan.labels] == [("rad", 10, 1), ("gut", None, 1)]


@pytest.mark.parametrize(("moods", "expected"), [
    (["good", "meh"], 7),   # 6.5 rounds half up, not to the even 6
    (["rad", "meh"], 8),    # 7.5 -> 8
    (["rad", "awful", "awful"], 3),  # 3.33 -> 3
    (["bad", "meh", "good"], 5),  # 5.33 -> 5
    (["awful"], 0),
])
def test_several_entries_average_rounding_half_up(moods: list[str], expected: int) -> None:
    rows = [Row(D1, time(8 + i), m) for i, m in enumerate(moods)]
    assert _checkins(daylio_csv(rows))[D1].mood == expected


def test_entries_at_the_same_minute_keep_daylio_order() -> None:
    rows = [Row(D1, time(9), "good", note="second"), Row(D1, time(9), "bad", note="first")]
    note = _checkins(daylio_csv(rows))[D1].note
    assert note == "09:00 · bad\nfirst\n\n09:00 · good\nsecond"


def test_quotes_commas_and_line_breaks_inside_notes() -> None:
    note = 'She said "hold on", and I did.\nSecond line,\r\nthird "line"'
    for newline in ("\n", "\r\n"):
        text = daylio_csv([Row(D1, time(9), "meh", note=note)], newline=newline)
        assert _checkins(text)[D1].note == (
            '09:00 · meh\nShe said "hold on", and I did.\nSecond line,\nthird "line"')


def test_html_in_notes() -> None:
    assert clean_text("a<br>b<BR/>c<br />d") == "a\nb\nc\nd"
    assert clean_text("<b>bold</b> &amp; <i>it</i>&nbsp;&lt;x&gt; &quot;q&quot;") == \
        'bold & it <x> "q"'
    assert clean_text("<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul>end") == \
        "one\ntwo\n\n- a\n- b\nend"
    assert clean_text("I <3 you, 2 < 3 > 1 <!-- hidden -->") == "I <3 you, 2 < 3 > 1"
    assert clean_text("x\x00y\x07z\tw") == "xyz\tw"
    assert clean_text("a<br><br><br><br>b") == "a\n\nb"
    text = daylio_csv([Row(D1, time(9), "meh", title="<b>T</b>", note="x<br>y &amp; z")])
    assert _checkins(text)[D1].note == "09:00 · meh · T\nx\ny & z"


def test_empty_notes_on_a_merged_day_still_name_each_entry() -> None:
    rows = [Row(D1, time(20), "rad"), Row(D1, time(9), "awful")]
    assert _checkins(daylio_csv(rows))[D1].note == "09:00 · awful\n\n20:00 · rad"


def test_a_day_longer_than_the_note_limit_is_cut_and_reported() -> None:
    rows = [Row(D1, time(9 + i), "meh", note="x" * 8000) for i in range(4)]
    plan = daylio.load(daylio_csv(rows))
    note = plan.checkins[0].note
    assert len(note) <= NOTE_MAX and plan.truncated_days == (D1,)
    assert note.endswith("characters of this day's Daylio notes were not imported]")
    kept, marker = note.rsplit("\n[", 1)
    full = 4 * len("09:00 · meh\n" + "x" * 8000) + 3 * len("\n\n")
    assert int(marker.split()[0]) + len(kept) == full


HEADER = ",".join(CURRENT) + "\n"
GOOD = '2024-03-01,1 March,Friday,09:00,meh,"","","",""\n'


@pytest.mark.parametrize(("text", "pattern"), [
    ("", "the file is empty"),
    ("\ufeff", "the file is empty"),
    ("\n" + HEADER + GOOD, "line 1: empty; expected the Daylio header"),
    (HEADER, "header but no entries"),
    ("full_date,date,weekday,time,activities,note\n", r"line 1: .*no 'mood' column"),
    ("full_date,date,weekday,mood,activities,note,time,time\n", "'time' appears twice"),
    ("when,mood\n", "line 1: not a Daylio header"),
    (HEADER + GOOD + '2024-02-30,x,x,09:00,meh,"","","",""\n',
     r"line 3, full_date: the date '2024-02-30' is not a real calendar date"),
    (HEADER + '03/01/2024,x,x,09:00,meh,"","","",""\n',
     "line 2, full_date: .*spreadsheet probably changed"),
    (HEADER + GOOD + '2024-03-02,x,x,25:00,meh,"","","",""\n', r"line 3, time: '25:00'"),
    (HEADER + '2024-03-02,x,x,,meh,"","","",""\n', "line 2, time:"),
    (HEADER + '2024-03-02,x,x,09:00,  ,"","","",""\n', "line 2, mood: empty"),
    (HEADER + GOOD + '2024-03-02,x,x,09:00,meh,""\n', r"line 3: expected 9 fields .* found 6"),
    (HEADER + GOOD + '2024-03-02,x,x,09:00,meh,"","","","",extra\n', "found 10"),
    (HEADER + '2024-03-02,x,x,09:00,meh,"","","","a note\ncut sh', r"line 2: unexpected end"),
    (HEADER + GOOD + '2024-03-02,x,x,09:00,meh,"","","","bad"quote"\n', "line 3: .*expected"),
    ("year,date,weekday,time,mood,activities,note\n0,1 May,x,09:00,meh,,\n", "line 2, year"),
    ("year,date,weekday,time,mood,activities,note\n2024,1 Mya,x,09:00,meh,,\n", "line 2, date"),
])
def test_malformed_files_name_the_line_and_field(text: str, pattern: str) -> None:
    with pytest.raises(FormatError, match=pattern):
        daylio.load(text)


def test_a_truncated_file_is_refused_or_reads_only_whole_rows() -> None:
    text = daylio_csv(ROWS)
    for cut in range(len(HEADER) + 1, len(text) - 1, 7):
        try:
            plan = daylio.load(text[:cut])
        except FormatError as exc:
            assert str(exc).startswith("line ") or "no entries" in str(exc)
        else:  # cut between rows, or inside an unquoted last field: only whole rows remain
            assert set(plan.days) <= {D1, D2, D3}


@pytest.mark.parametrize(("text", "needle"), [
    ("rad", "LABEL=0..10"), ("=5", "LABEL=0..10"), ("rad=11", "0-10"), ("rad=-1", "0-10"),
    ("rad=x", "LABEL=0..10"), ("rad=²", "LABEL=0..10"), ("rad=1,RAD=2", "given twice"),
    ("", "LABEL=0..10"),
])
def test_bad_mood_maps(text: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        daylio.parse_mood_map(text)


def test_control_characters_in_a_label_never_reach_the_journal() -> None:
    text = daylio_csv([Row(D1, time(9), "Bo\x00f"), Row(D1, time(8), "meh")])
    assert daylio.load(text, {"bof": 4}).checkins[0].note == "08:00 · meh\n\n09:00 · Bof"


def test_mood_map_labels_may_hold_spaces_and_equals() -> None:
    assert daylio.parse_mood_map("a=b=3, so so = 4") == {"a=b": 3, "so so": 4}
    with pytest.raises(ValueError, match="0-10"):
        daylio.make_plan(daylio.read(daylio_csv(ROWS)), {"rad": 12})


def test_is_daylio_looks_only_at_the_header() -> None:
    assert daylio.is_daylio('\ufeff"full_date","date"\r\n')
    assert daylio.is_daylio("year,date,weekday,time,mood,activities,note")
    assert not daylio.is_daylio("date,mood,sadness\n")
    assert not daylio.is_daylio('{"format": "moodlog-journal"}')
    assert not daylio.is_daylio("")


def test_conflicts_and_commit_in_one_transaction(tmp_path: Path) -> None:
    plan = daylio.load(daylio_csv(ROWS))
    with JournalStore.open(tmp_path / "j.sqlite") as store:
        store.save_checkin(CheckIn(D2, 1, note="mine"))
        assert plan.conflicts(store) == (D2,)
        report = store.import_data(plan.data())
        assert report.written.checkins == 2 and report.skipped_days == (D2,)
        assert store.checkin(D2).note == "mine"  # type: ignore[union-attr]
        assert store.import_data(plan.data(), replace=True).replaced_days == (D1, D2, D3)
        assert store.checkin(D2).mood == 4  # type: ignore[union-attr]
