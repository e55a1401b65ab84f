"""Tables of the tag comparison and of adherence, shared by the Insights view and the PDF."""

from __future__ import annotations

from collections.abc import Sequence

from moodlog.charts.qt_text import QCoreApplication, english, local_number
from moodlog.charts.tables import Table
from moodlog.core.life_stats import Adherence, TagMood

NONE_MARK = "\u2013"

#: Said beside the relief table: moments never enter the relief computation.
RELIEF_USES_DAILY_MOOD = ("Relief is worked out from the daily check-in mood only; moments "
                          "(\u201cHow are you now?\u201d) are shown on the mood chart but not "
                          "counted.")

TAGS_INTRO = ("Your mood on days with and without each tag, as recorded. This describes what "
              "went together; it does not say that a tag changes your mood.")


def relief_uses_daily_mood() -> str:
    """RELIEF_USES_DAILY_MOOD in the active language."""
    return QCoreApplication.translate(
        "LifeTables", "Relief is worked out from the daily check-in mood only; moments "
        "(\u201cHow are you now?\u201d) are shown on the mood chart but not counted.")


def tags_intro() -> str:
    """TAGS_INTRO in the active language."""
    return QCoreApplication.translate(
        "LifeTables", "Your mood on days with and without each tag, as recorded. This "
        "describes what went together; it does not say that a tag changes your mood.")


def _mean(value: float | None) -> str:
    return NONE_MARK if value is None else local_number(value)


def tag_table(rows: Sequence[TagMood]) -> Table:
    """The tags shown (at least 5 days with and 5 without), one row each."""
    return Table((QCoreApplication.translate("LifeTables", "Tag"),
                  QCoreApplication.translate("LifeTables", "Days with"),
                  QCoreApplication.translate("LifeTables", "Mood with"),
                  QCoreApplication.translate("LifeTables", "Days without"),
                  QCoreApplication.translate("LifeTables", "Mood without")),
                 tuple((r.label, str(r.days_with), _mean(r.mood_with), str(r.days_without),
                        _mean(r.mood_without)) for r in rows if r.shown))


def left_out_note(rows: Sequence[TagMood]) -> str:
    from moodlog.core.life_stats import MIN_DAYS  # HIDDEN_REASON, in the active language

    hidden = [r.label for r in rows if not r.shown]
    if not hidden:
        return ""
    reason = QCoreApplication.translate(
        "LifeTables", "Tags on fewer than {days} days, or missing on fewer than {days} days, "
        "are left out: so few days say nothing.").format(days=MIN_DAYS)
    return QCoreApplication.translate("LifeTables", "Left out: {tags}. {reason}").format(
        tags=", ".join(hidden), reason=reason)


def _share(share: float) -> str:
    if english():
        return f"{share:.0%}"
    return QCoreApplication.translate("LifeTables", "{percent}%").format(
        percent=round(100 * share))


def adherence_table(rows: Sequence[Adherence]) -> Table:
    return Table((QCoreApplication.translate("LifeTables", "Medication"),
                  QCoreApplication.translate("LifeTables", "Days taken"),
                  QCoreApplication.translate("LifeTables", "Days answered"),
                  QCoreApplication.translate("LifeTables", "Share")),
                 tuple((a.name, str(a.taken), str(a.answered),
                        NONE_MARK if a.share is None else _share(a.share)) for a in rows))
