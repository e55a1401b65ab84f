"""The documented scale mappings and month reading, value by value."""

from datetime import date

from moodlog.exchange import bearable, emoods, imoodjournal, pixels
from moodlog.exchange.daylio_fields import month_reader, parse_day_month
from moodlog.exchange.movein import scale_map


def test_pixels_1_to_5_onto_0_to_10() -> None:
    assert pixels.DEFAULT_MAP == {"1": 0, "2": 3, "3": 5, "4": 8, "5": 10}
    assert scale_map(1, 5) == pixels.DEFAULT_MAP


def test_imoodjournal_and_bearable_1_to_10_onto_0_to_10() -> None:
    expected = {"1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 6, "7": 7, "8": 8, "9": 9,
                "10": 10}
    assert imoodjournal.DEFAULT_MAP == expected == bearable.DEFAULT_MAP


def test_emoods_has_no_default_mood_and_maps_severities() -> None:
    text = ("ID,DATE,IRRITABILITY,ANXIETY,DEPRESSED,ELEVATED,SLEEP,PSYCHOTIC SYMPTOMS,NOTE,"
            "THERAPY,MENSTRUAL CYCLE,WEIGHT\n"
            "1,2021-01-01,1,2,3,4,0,0,,0,0,0\n2,2021-01-02,0,0,0,0,0,0,,0,0,0\n")
    export = emoods.read(text)
    assert export.default_map == {}
    first, second = export.days
    assert first.ratings == {"irritability": 0, "anxiety": 1, "sadness": 2, "elevated_mood": 3}
    assert second.ratings == {} and second.sleep_hours is None  # 0 = not entered
    assert [r.mood for r in export.readings] == ["depressed moderate"]


def test_bearable_severity_words() -> None:
    assert bearable.SEVERITIES == {"none": 0, "mild": 1, "moderate": 2, "severe": 3,
                                   "extreme": 3}


def test_a_month_word_is_read_in_the_language_of_the_whole_file() -> None:
    assert month_reader(["listopada", "września"])["listopada"] == 11  # Polish
    assert month_reader(["listopada", "rujna"])["listopada"] == 10  # Croatian
    assert parse_day_month("3 listopada", 2017, month_reader(["listopada", "rujna"])) \
        == date(2017, 10, 3)
    assert month_reader(["septembre", "fooember"]) == {"septembre": 9}
