"""Tables of the tag comparison and of adherence, shared by the Insights view and the PDF."""

from __future__ import annotations

from collections.abc import Sequence

from moodlog.charts.tables import Table
from moodlog.core.life_stats import Adherence, TagMood

NONE_MARK = "\u2013"

#: Said beside the relief table: moments never enter the relief computation.
RELIEF_USES_DAILY_MOOD = ("Relief is worked out from the daily check-in mood only; moments "
                          "(\u201cHow are you now?\u201d) are shown on the mood chart but not "
                          "counted.")

TAGS_INTRO = ("Your mood on days with and without each tag, as recorded. This describes what "
              "went together; it does not say that a tag changes your mood.")


def _mean(value: float | None) -> str:
    return NONE_MARK if value is None else f"{value:.1f}"


def tag_table(rows: Sequence[TagMood]) -> Table:
    """The tags shown (at least 5 days with and 5 without), one row each."""
    return Table(("Tag", "Days with", "Mood with", "Days without", "Mood without"),
                 tuple((r.label, str(r.days_with), _mean(r.mood_with), str(r.days_without),
                        _mean(r.mood_without)) for r in rows if r.shown))


def left_out_note(rows: Sequence[TagMood]) -> str:
    from moodlog.core.life_stats import HIDDEN_REASON

    hidden = [r.label for r in rows if not r.shown]
    if not hidden:
        return ""
    return f"Left out: {', '.join(hidden)}. {HIDDEN_REASON}"


def adherence_table(rows: Sequence[Adherence]) -> Table:
    return Table(("Medication", "Days taken", "Days answered", "Share"),
                 tuple((a.name, str(a.taken), str(a.answered),
                        NONE_MARK if a.share is None else f"{a.share:.0%}") for a in rows))
