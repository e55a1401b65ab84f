"""Tag table and adherence: counts and means, the 5-day rule, descriptive wording."""

from datetime import date, timedelta

from moodlog.core.life import Medication, Tag
from moodlog.core.life_stats import HIDDEN_REASON, adherence, tag_moods
from moodlog.core.models import CheckIn

START = date(2026, 1, 1)
TAGS = (Tag("walk", "walk", "Activities"), Tag("alcohol", "alcohol", "Health"),
        Tag("nap", "nap", "Sleep"))


def _days() -> list[CheckIn]:
    out = []
    for i in range(12):
        tags = ("walk",) if i % 2 == 0 else ()
        if i == 3:
            tags += ("alcohol",)
        meds = {"ssri": i % 3 != 0} if i < 9 else {}
        out.append(CheckIn(START + timedelta(days=i), 6 if "walk" in tags else 3, tags=tags,
                           medications_taken=meds))
    return out


def test_days_with_and_without_each_tag_and_their_mean_mood() -> None:
    walk, alcohol = tag_moods(_days(), TAGS)
    assert (walk.days_with, walk.mood_with, walk.days_without, walk.mood_without) == \
        (6, 6.0, 6, 3.0)
    assert walk.shown and not alcohol.shown  # alcohol on 1 day only: hidden, see the reason
    assert (alcohol.days_with, alcohol.days_without) == (1, 11)
    assert walk.sentence() == ("On days with walk your mood averaged 6.0 (6 days); on days "
                               "without, 3.0 (6 days).")
    assert "fewer than 5 days" in HIDDEN_REASON
    assert "improve" not in walk.sentence() and "because" not in walk.sentence()


def test_the_range_limits_the_days_and_unused_tags_are_left_out() -> None:
    rows = tag_moods(_days(), TAGS, START, START + timedelta(days=3))
    assert [(r.key, r.days_with, r.days_without) for r in rows] == [("walk", 2, 2),
                                                                    ("alcohol", 1, 3)]


def test_adherence_is_days_taken_over_days_answered() -> None:
    meds = (Medication("ssri", "Sertraline", 50, "mg"), Medication("other", "Other"))
    (ssri,) = adherence(_days(), meds)
    assert (ssri.taken, ssri.answered) == (6, 9) and ssri.share == 6 / 9
