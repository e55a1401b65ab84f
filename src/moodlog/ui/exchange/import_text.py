"""The words of the import dialog: what a file holds, what an import did, what went wrong.

In the window's language: the sentences are methods of :class:`ImportText`, a QObject, so that
``self.tr()`` gives them their context. A count takes one message for one and another for
many (German and Spanish, like English, have these two forms), with the whole sentence in
each so that verbs agree; numbers are written with QLocale ("1,234", "1.234")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject

from moodlog.core.models import NOTE_MAX, ImportReport
from moodlog.exchange.reader import ImportPlan
from moodlog.store import JournalError
from moodlog.ui.common import local_format


def number(count: int) -> str:
    """``count`` with the language's digit grouping."""
    return QLocale().toString(count)


def pick(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated messages with ``{count}``), filled with ``count``."""
    return (one if count == 1 else many).replace("{count}", number(count))


class ImportText(QObject):
    """Every sentence of the import dialog's preview and summary (one instance serves all)."""

    def day(self, day: date) -> str:
        return local_format.day_text(day, self.tr("d MMM yyyy"))

    def some_days(self, days: Sequence[date], limit: int = 4) -> str:
        shown = ", ".join(self.day(d) for d in days[:limit])
        if len(days) > limit:
            shown = self.tr("{days} and {count} more").format(
                days=shown, count=number(len(days) - limit))
        return shown

    def days(self, count: int) -> str:
        return pick(count, self.tr("{count} day"), self.tr("{count} days"))

    def plan_preview(self, what: str | None) -> str:
        """What becomes of a file's safety plan, by ImportReport.safety_plan (of a dry run)."""
        if what == "written":
            return self.tr("It holds a safety plan, which becomes yours: your journal has none "
                           "yet.")
        if what == "kept":
            return self.tr("It holds a safety plan. Your journal has its own, which is kept "
                           "unless you choose to replace your entries with the file's.")
        if what == "replaced":
            return self.tr("It holds a safety plan, which replaces the one in your journal.")
        return ""

    def truncated(self, days: Sequence[date]) -> str:
        return pick(len(days), self.tr("Notes longer than {max} characters are cut on {count} "
                                       "day: {days}."),
                    self.tr("Notes longer than {max} characters are cut on {count} days: "
                            "{days}.")).replace("{max}", number(NOTE_MAX)).replace(
            "{days}", self.some_days(days))

    def describe(self, plan: ImportPlan, new_symptoms: Sequence[str] = (),
                 safety_plan: str | None = None) -> str:
        """What the file holds and what becomes of it, a few short paragraphs of plain text.

        ``safety_plan``: what a dry run of the import said of the file's plan.
        """
        span = ""
        if plan.first_day is not None and plan.last_day is not None:
            span = self.tr(", {first} to {last}").format(first=self.day(plan.first_day),
                                                         last=self.day(plan.last_day))
        if plan.movein is not None:
            return "\n\n".join(self._describe_other(plan, span))
        if plan.daylio is None:
            c = plan.counts
            moments = len(plan.data().moments)
            lines = [self.tr("A moodlog JSON export: {checkins}, {treatments}, {questionnaires}, "
                             "{scores} and {moments}{span}.").format(
                checkins=pick(c.checkins, self.tr("{count} check-in"),
                              self.tr("{count} check-ins")),
                treatments=pick(c.treatments, self.tr("{count} treatment"),
                                self.tr("{count} treatments")),
                questionnaires=pick(c.questionnaires, self.tr("{count} questionnaire"),
                                    self.tr("{count} questionnaires")),
                scores=pick(c.clinician_scores, self.tr("{count} clinician score"),
                            self.tr("{count} clinician scores")),
                moments=pick(moments, self.tr("{count} moment"), self.tr("{count} moments")),
                span=span)]
            if preview := self.plan_preview(safety_plan):
                lines.append(preview)
            if new_symptoms:
                lines.append(self.tr("Symptoms of your own it adds: {symptoms}.").format(
                    symptoms=", ".join(new_symptoms)))
            return "\n\n".join(lines)
        d = plan.daylio
        lines = [self.tr("A Daylio CSV export: {entries} on {days}{span}. Each day becomes one "
                         "check-in.").format(
            entries=pick(d.entries, self.tr("{count} entry"), self.tr("{count} entries")),
            days=self.days(len(d.days)), span=span)]
        if d.merged_days:
            lines.append(pick(
                len(d.merged_days),
                self.tr("{count} day had several entries ({entries} in all): the check-in gets "
                        "the mean of their moods, rounded, and every entry with its time in "
                        "the note."),
                self.tr("{count} days had several entries ({entries} in all): the check-in "
                        "gets the mean of their moods, rounded, and every entry with its time "
                        "in the note.")).replace("{entries}", number(d.merged_entries)))
        lines.append(self.tr("Titles, notes and activities go into the check-in's note. Daylio "
                             "does not record symptoms, so they stay unanswered."))
        if d.truncated_days:
            lines.append(self.truncated(d.truncated_days))
        if d.export.missing_header:
            lines.append(self.tr("The file has no header line; its columns were recognised "
                                 "from the data: {columns}.").format(
                columns=", ".join(d.export.columns)))
        if d.export.ignored_columns:
            lines.append(self.tr("Columns not imported: {columns}.").format(
                columns=", ".join(d.export.ignored_columns)))
        return "\n\n".join(lines)

    def what_becomes(self, kind: str) -> str:
        if kind == "bearable":
            return self.tr("Symptoms go onto moodlog's 0-3 scale (Mild 1, Moderate 2, Severe 3), "
                           "sleep hours into sleep, factors and emotions become tags; energy, "
                           "medications, gratitudes, food and notes go into the day's note, "
                           "labelled.")
        if kind == "imoodjournal":
            return self.tr("Each entry becomes a moment with its time and comment; hashtags "
                           "become tags.")
        if kind == "pixels":
            return self.tr("Emotions and tags become tags; notes go into the check-in's note.")
        if kind == "emoods":
            return self.tr("Depressed, anxiety and irritability become moodlog's symptoms "
                           "(0 = not entered stays unanswered); elevated and psychotic "
                           "symptoms become own symptoms; sleep, therapy (a tag), notes, cycle "
                           "and weight (in the note) are kept.")
        return ""

    def _describe_other(self, plan: ImportPlan, span: str) -> list[str]:
        d = plan.movein
        assert d is not None
        lines = [pick(len(d.days),
                      self.tr("A {app} export: {records}; {count} day with a mood{span}. Each "
                              "day becomes one check-in."),
                      self.tr("A {app} export: {records}; {count} days with a mood{span}. Each "
                              "day becomes one check-in.")).replace(
            "{app}", plan.source.app).replace("{records}", pick(
                d.entries, self.tr("{count} record"), self.tr("{count} records"))).replace(
            "{span}", span)]
        if d.merged_days:
            lines.append(pick(len(d.merged_days),
                              self.tr("{count} day had several moods: the check-in gets their "
                                      "mean, rounded, and every entry in the note."),
                              self.tr("{count} days had several moods: the check-in gets their "
                                      "mean, rounded, and every entry in the note.")))
        extras = [pick(len(d.moments), self.tr("{count} moment"),
                       self.tr("{count} moments"))] if d.moments else []
        if d.tags:
            extras.append(pick(len(d.tags), self.tr("{count} tag"), self.tr("{count} tags")))
        if extras:
            lines.append(self.tr("It also brings {what}.").format(
                what=self.tr(" and ").join(extras)))
        lines.append(self.what_becomes(plan.kind))
        if d.moodless_days:
            lines.append(pick(len(d.moodless_days),
                              self.tr("{count} day without a mood cannot become a check-in and "
                                      "will not be imported: {days}."),
                              self.tr("{count} days without a mood cannot become a check-in and "
                                      "will not be imported: {days}.")).replace(
                "{days}", self.some_days(d.moodless_days)))
        if d.truncated_days:
            lines.append(self.truncated(d.truncated_days))
        return [line for line in lines if line]

    def mood_hint(self, plan: ImportPlan, remembered: dict[str, int]) -> str:
        """The line under the mood table: what still needs a value, where values came from."""
        unknown = plan.unknown_labels
        parts = []
        if unknown:
            parts.append(pick(len(unknown),
                              self.tr("{count} mood of this file has no value yet: choose one "
                                      "for {moods} to import."),
                              self.tr("{count} moods of this file have no value yet: choose one "
                                      "for {moods} to import.")).replace(
                "{moods}", ", ".join(unknown)))
        else:
            parts.append(self.tr("Every {app} mood has a value; change any that does not match "
                                 "what it meant to you.").format(app=plan.source.app))
        if remembered:
            parts.append(self.tr("Values you gave for your last import of this kind are filled "
                                 "in."))
        if plan.unused_map_labels:
            parts.append(self.tr("Not in this file: {moods}.").format(
                moods=", ".join(plan.unused_map_labels)))
        return " ".join(parts)

    def plan_differs(self) -> str:
        return self.tr("The file's safety plan differs from the one in your journal.")

    def describe_conflicts(self, conflicts: Sequence[date], others: int,
                           plan_kept: bool = False) -> str:
        if plan_kept and not conflicts and not others:
            return self.plan_differs()
        if not conflicts and not others:
            return self.tr("None of these days has a check-in in your journal yet: nothing will "
                           "be replaced.")
        parts = []
        if conflicts:
            parts.append(pick(len(conflicts),
                              self.tr("{count} day of this file already has a check-in in your "
                                      "journal: {days}."),
                              self.tr("{count} days of this file already have a check-in in "
                                      "your journal: {days}.")).replace(
                "{days}", self.some_days(conflicts)))
        if others:
            parts.append(pick(others,
                              self.tr("{count} treatment, questionnaire or clinician score in "
                                      "the file is already recorded."),
                              self.tr("{count} treatments, questionnaires or clinician scores "
                                      "in the file are already recorded.")))
        if plan_kept:
            parts.append(self.plan_differs())
        return " ".join(parts)

    def plan_done(self, what: str | None) -> str:
        """What became of a file's safety plan, by ImportReport.safety_plan."""
        if what == "written":
            return self.tr("The file's safety plan is now yours.")
        if what == "replaced":
            return self.tr("The file's safety plan replaced the one in your journal.")
        if what == "kept":
            return self.tr("Your own safety plan was kept; the file's was not imported.")
        return ""

    def summary(self, report: ImportReport, backup: Path | None) -> str:
        """What an import did, for the message shown after it."""
        w = report.written
        what = [pick(w.checkins, self.tr("{count} check-in"), self.tr("{count} check-ins"))]
        if w.treatments:
            what.append(pick(w.treatments, self.tr("{count} treatment"),
                             self.tr("{count} treatments")))
        if w.questionnaires:
            what.append(pick(w.questionnaires, self.tr("{count} questionnaire"),
                             self.tr("{count} questionnaires")))
        if w.clinician_scores:
            what.append(pick(w.clinician_scores, self.tr("{count} clinician score"),
                             self.tr("{count} clinician scores")))
        if w.moments:
            what.append(pick(w.moments, self.tr("{count} moment"), self.tr("{count} moments")))
        lines = [self.tr("Imported {what}.").format(what=", ".join(what))]
        if report.replaced_days:
            lines.append(pick(len(report.replaced_days),
                              self.tr("{count} day already in your journal was replaced with "
                                      "the file's."),
                              self.tr("{count} days already in your journal were replaced with "
                                      "the file's.")))
        if report.skipped_days:
            lines.append(pick(len(report.skipped_days),
                              self.tr("{count} day already in your journal was kept as it was."),
                              self.tr("{count} days already in your journal were kept as they "
                                      "were.")))
        if report.replaced_other:
            lines.append(pick(report.replaced_other,
                              self.tr("{count} entry already recorded (treatments, "
                                      "questionnaires or clinician scores) was replaced."),
                              self.tr("{count} entries already recorded (treatments, "
                                      "questionnaires or clinician scores) were replaced.")))
        if report.skipped_other:
            lines.append(pick(report.skipped_other,
                              self.tr("{count} entry already recorded (treatments, "
                                      "questionnaires or clinician scores) was kept."),
                              self.tr("{count} entries already recorded (treatments, "
                                      "questionnaires or clinician scores) were kept.")))
        if report.skipped_moments:
            lines.append(pick(report.skipped_moments,
                              self.tr("{count} moment already in your journal was not added "
                                      "again."),
                              self.tr("{count} moments already in your journal were not added "
                                      "again.")))
        if done := self.plan_done(report.safety_plan):
            lines.append(done)
        if backup is not None:
            lines.append(self.tr("Your journal as it was before the import is saved in the "
                                 "backups (File > Backups), if you want to go back."))
        return "\n\n".join(lines)

    def problem(self, exc: Exception, path: str) -> str:
        """An error as one plain sentence about 'this file', without the file's full path.

        The error itself comes from the reader or the store, in English."""
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


def describe(plan: ImportPlan, new_symptoms: Sequence[str] = (),
             safety_plan: str | None = None) -> str:
    return ImportText().describe(plan, new_symptoms, safety_plan)


def mood_hint(plan: ImportPlan, remembered: dict[str, int]) -> str:
    return ImportText().mood_hint(plan, remembered)


def describe_conflicts(conflicts: Sequence[date], others: int, plan_kept: bool = False) -> str:
    return ImportText().describe_conflicts(conflicts, others, plan_kept)


def summary(report: ImportReport, backup: Path | None) -> str:
    return ImportText().summary(report, backup)


def problem(exc: Exception, path: str) -> str:
    return ImportText().problem(exc, path)
