"""The words of the import dialog: what a file holds, what an import did, what went wrong."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from moodlog.core.models import NOTE_MAX, ImportReport
from moodlog.exchange.reader import ImportPlan
from moodlog.store import JournalError


def n(count: int, word: str, plural: str = "") -> str:
    """``1 day``, ``2 days``, ``3 entries`` (with ``plural``)."""
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


def day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def some_days(days: Sequence[date], limit: int = 4) -> str:
    shown = ", ".join(day_text(d) for d in days[:limit])
    return shown + (f" and {len(days) - limit:,} more" if len(days) > limit else "")


#: What becomes of a file's safety plan, by ImportReport.safety_plan (of a dry run).
PLAN_PREVIEW = {
    "written": "It holds a safety plan, which becomes yours: your journal has none yet.",
    "kept": "It holds a safety plan. Your journal has its own, which is kept unless you "
            "choose to replace your entries with the file's.",
    "replaced": "It holds a safety plan, which replaces the one in your journal.",
}


def describe(plan: ImportPlan, new_symptoms: Sequence[str] = (),
             safety_plan: str | None = None) -> str:
    """What the file holds and what becomes of it, a few short paragraphs of plain text.

    ``safety_plan``: what a dry run of the import said of the file's plan.
    """
    span = ""
    if plan.first_day is not None and plan.last_day is not None:
        span = f", {day_text(plan.first_day)} to {day_text(plan.last_day)}"
    if plan.movein is not None:
        return "\n\n".join(_describe_other(plan, span))
    if plan.daylio is None:
        c = plan.counts
        moments = len(plan.data().moments)
        lines = [f"A moodlog JSON export: {n(c.checkins, 'check-in')}, "
                 f"{n(c.treatments, 'treatment')}, {n(c.questionnaires, 'questionnaire')}, "
                 f"{n(c.clinician_scores, 'clinician score')} and {n(moments, 'moment')}"
                 f"{span}."]
        if safety_plan in PLAN_PREVIEW:
            lines.append(PLAN_PREVIEW[safety_plan])
        if new_symptoms:
            lines.append(f"Symptoms of your own it adds: {', '.join(new_symptoms)}.")
        return "\n\n".join(lines)
    d = plan.daylio
    lines = [f"A Daylio CSV export: {n(d.entries, 'entry', 'entries')} on "
             f"{n(len(d.days), 'day')}{span}. Each day becomes one check-in."]
    if d.merged_days:
        lines.append(f"{n(len(d.merged_days), 'day')} had several entries ({d.merged_entries:,} "
                     "in all): the check-in gets the mean of their moods, rounded, and every "
                     "entry with its time in the note.")
    lines.append("Titles, notes and activities go into the check-in's note. Daylio does not "
                 "record symptoms, so they stay unanswered.")
    if d.truncated_days:
        lines.append(f"Notes longer than {NOTE_MAX:,} characters are cut on "
                     f"{n(len(d.truncated_days), 'day')}: {some_days(d.truncated_days)}.")
    if d.export.missing_header:
        lines.append("The file has no header line; its columns were recognised from the data: "
                     f"{', '.join(d.export.columns)}.")
    if d.export.ignored_columns:
        lines.append(f"Columns not imported: {', '.join(d.export.ignored_columns)}.")
    return "\n\n".join(lines)


_WHAT_BECOMES = {
    "bearable": "Symptoms go onto moodlog's 0-3 scale (Mild 1, Moderate 2, Severe 3), sleep "
                "hours into sleep, factors and emotions become tags; energy, medications, "
                "gratitudes, food and notes go into the day's note, labelled.",
    "imoodjournal": "Each entry becomes a moment with its time and comment; hashtags become "
                    "tags.",
    "pixels": "Emotions and tags become tags; notes go into the check-in's note.",
    "emoods": "Depressed, anxiety and irritability become moodlog's symptoms (0 = not entered "
              "stays unanswered); elevated and psychotic symptoms become own symptoms; sleep, "
              "therapy (a tag), notes, cycle and weight (in the note) are kept.",
}


def _describe_other(plan: ImportPlan, span: str) -> list[str]:
    d = plan.movein
    assert d is not None
    app = plan.source.app
    lines = [f"A {app} export: {n(d.entries, 'record')}; {n(len(d.days), 'day')} with a "
             f"mood{span}. Each day becomes one check-in."]
    if d.merged_days:
        lines.append(f"{n(len(d.merged_days), 'day')} had several moods: the check-in gets "
                     "their mean, rounded, and every entry in the note.")
    extras = [n(len(d.moments), "moment")] if d.moments else []
    if d.tags:
        extras.append(n(len(d.tags), "tag"))
    if extras:
        lines.append(f"It also brings {' and '.join(extras)}.")
    lines.append(_WHAT_BECOMES.get(plan.kind, ""))
    if d.moodless_days:
        lines.append(f"{n(len(d.moodless_days), 'day')} without a mood cannot become a check-in "
                     f"and will not be imported: {some_days(d.moodless_days)}.")
    if d.truncated_days:
        lines.append(f"Notes longer than {NOTE_MAX:,} characters are cut on "
                     f"{n(len(d.truncated_days), 'day')}: {some_days(d.truncated_days)}.")
    return [line for line in lines if line]


def mood_hint(plan: ImportPlan, remembered: dict[str, int]) -> str:
    """The line under the mood table: what still needs a value, where values came from."""
    app = plan.source.app
    unknown = plan.unknown_labels
    parts = []
    if unknown:
        verb = "has" if len(unknown) == 1 else "have"
        parts.append(f"{n(len(unknown), 'mood')} of this file {verb} no value yet: choose one "
                     f"for {', '.join(unknown)} to import.")
    else:
        parts.append(f"Every {app} mood has a value; change any that does not match what it "
                     "meant to you.")
    if remembered:
        parts.append("Values you gave for your last import of this kind are filled in.")
    if plan.unused_map_labels:
        parts.append("Not in this file: " + ", ".join(plan.unused_map_labels) + ".")
    return " ".join(parts)


def describe_conflicts(conflicts: Sequence[date], others: int, plan_kept: bool = False) -> str:
    if plan_kept and not conflicts and not others:
        return "The file's safety plan differs from the one in your journal."
    if not conflicts and not others:
        return "None of these days has a check-in in your journal yet: nothing will be replaced."
    parts = []
    if conflicts:
        verb = "has" if len(conflicts) == 1 else "have"
        parts.append(f"{n(len(conflicts), 'day')} of this file already {verb} a check-in in "
                     f"your journal: {some_days(conflicts)}.")
    if others:
        what = n(others, "treatment, questionnaire or clinician score",
                 "treatments, questionnaires or clinician scores")
        parts.append(f"{what} in the file {'is' if others == 1 else 'are'} already recorded.")
    if plan_kept:
        parts.append("The file's safety plan differs from the one in your journal.")
    return " ".join(parts)


#: What became of a file's safety plan, by ImportReport.safety_plan.
PLAN_DONE = {
    "written": "The file's safety plan is now yours.",
    "replaced": "The file's safety plan replaced the one in your journal.",
    "kept": "Your own safety plan was kept; the file's was not imported.",
}


def summary(report: ImportReport, backup: Path | None) -> str:
    """What an import did, for the message shown after it."""
    w = report.written
    what = [n(w.checkins, "check-in")]
    for count, word in ((w.treatments, "treatment"), (w.questionnaires, "questionnaire"),
                        (w.clinician_scores, "clinician score"), (w.moments, "moment")):
        if count:
            what.append(n(count, word))
    lines = [f"Imported {', '.join(what)}."]
    if report.replaced_days:
        lines.append(f"{n(len(report.replaced_days), 'day')} already in your journal "
                     f"{'was' if len(report.replaced_days) == 1 else 'were'} replaced with the "
                     "file's.")
    if report.skipped_days:
        lines.append(f"{n(len(report.skipped_days), 'day')} already in your journal "
                     f"{'was' if len(report.skipped_days) == 1 else 'were'} kept as "
                     f"{'it was' if len(report.skipped_days) == 1 else 'they were'}.")
    if report.replaced_other:
        lines.append(f"{n(report.replaced_other, 'entry', 'entries')} already recorded "
                     f"(treatments, questionnaires or clinician scores) "
                     f"{'was' if report.replaced_other == 1 else 'were'} replaced.")
    if report.skipped_other:
        lines.append(f"{n(report.skipped_other, 'entry', 'entries')} already recorded "
                     f"(treatments, questionnaires or clinician scores) "
                     f"{'was' if report.skipped_other == 1 else 'were'} kept.")
    if report.skipped_moments:
        lines.append(f"{n(report.skipped_moments, 'moment')} already in your journal "
                     f"{'was' if report.skipped_moments == 1 else 'were'} not added again.")
    if report.safety_plan in PLAN_DONE:
        lines.append(PLAN_DONE[report.safety_plan])
    if backup is not None:
        lines.append("Your journal as it was before the import is saved in the backups "
                     "(File > Backups), if you want to go back.")
    return "\n\n".join(lines)


def problem(exc: Exception, path: str) -> str:
    """An error as one plain sentence about 'this file', without the file's full path."""
    if isinstance(exc, OSError):
        text = exc.strerror or str(exc)
    elif isinstance(exc, JournalError):
        text = str(exc)
    else:
        text = str(exc)
        if text.startswith(f"{path}: "):
            text = text.removeprefix(f"{path}: ")
        elif text.startswith(f"{path} "):
            text = "This file " + text.removeprefix(f"{path} ")
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."
