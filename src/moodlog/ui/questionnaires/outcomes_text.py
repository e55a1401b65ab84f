"""The Questionnaires view's outcomes summary in plain words, in the window's language.

It describes what the numbers are against the definitions of CLINICAL.md section 2; it never
advises and never reads an incomplete questionnaire as a score. The words are methods of a
QObject so that ``self.tr()`` carries the plurals (%n) that lupdate reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QLocale, QObject

from moodlog.core import outcomes as oc
from moodlog.core.models import ClinicianScore, QuestionnaireResponse, Treatment
from moodlog.core.questionnaires import instrument
from moodlog.ui.common.catalogue import band_label, kind_label
from moodlog.ui.common.local_format import day_text


class OutcomesText(QObject):
    """Every sentence of the summary (one instance serves all)."""

    def day(self, d: date) -> str:
        return day_text(d, self.tr("ddd d MMM yyyy"))

    def definitions(self) -> str:
        return self.tr(
            "Baseline: the last score on or before the first session of a course, at most "
            "{days} days before it. Response: a total at least 50% below baseline. Remission: "
            "PHQ-9 below 5, MADRS 10 or less.").format(days=oc.BASELINE_WINDOW_DAYS)

    def response(self) -> str:
        return self.tr("response (at least 50% below baseline)")

    def remission(self, key: str) -> str:
        if key == "phq9":
            return self.tr("remission (below 5)")
        return self.tr("remission (10 or less)")

    def latest_line(self, responses: Iterable[QuestionnaireResponse]) -> str:
        """"PHQ-9 8 (mild) on ...; GAD-7 ..." for the instruments recorded."""
        rs = list(responses)
        parts = []
        for key in ("phq9", "gad7"):
            r = oc.latest(rs, key)
            if r is None:
                continue
            s = r.score
            value = f"{s.total} ({band_label(s.band_key).lower()})" if (
                s.complete and s.band_key) else self.tr("incomplete (no total)")
            parts.append(self.tr("{name} {value} on {day}").format(
                name=instrument(key).name, value=value, day=self.day(r.day)))
        return "; ".join(parts) + "." if parts else self.tr("No PHQ-9 or GAD-7 recorded yet.")

    def course_label(self, course: oc.Course, count: int) -> str:
        if count > 1:
            return self.tr("Course {number} of {count}").format(number=course.number,
                                                                 count=count)
        return self.tr("Course {number}").format(number=course.number)

    def course_line(self, course: oc.Course) -> str:
        kinds = self.tr(" and ").join(sorted({kind_label(t.kind) for t in course.treatments}))
        return self.tr("{kinds}, from {start}: %n session(s), the last on {last}.", "",
                       len(course.treatments)).format(
            kinds=kinds, start=self.day(course.start), last=self.day(course.last_day))

    def no_baseline(self, o: oc.CourseOutcome) -> str:
        name = o.scale.name
        if o.no_baseline_reason == oc.ONLY_INCOMPLETE:
            return self.tr("No baseline: every {name} in the {days} days before the first "
                           "session is incomplete.").format(name=name,
                                                            days=oc.BASELINE_WINDOW_DAYS)
        if o.no_baseline_reason == oc.TOO_EARLY and o.last_before is not None:
            days = (o.course.start - o.last_before.day).days
            return self.tr("No baseline: the last {name} before the course was %n day(s) "
                           "before the first session (more than {window}).", "", days).format(
                name=name, window=oc.BASELINE_WINDOW_DAYS)
        return self.tr("No baseline: there is no {name} on or before the first "
                       "session.").format(name=name)

    def meets(self, f: oc.FollowUp, key: str) -> str:
        remission, response = self.remission(key), self.response()
        if f.response is None:
            text = (self.tr("that counts as {remission}") if f.remission
                    else self.tr("that does not count as {remission}"))
        elif f.response and f.remission:
            text = self.tr("that counts as a {response} and as {remission}")
        elif f.response:
            text = self.tr("that counts as a {response}, not as {remission}")
        elif f.remission:
            text = self.tr("that counts as {remission}, not as a {response}")
        else:
            text = self.tr("that counts neither as a {response} nor as {remission}")
        return text.format(remission=remission, response=response)

    def outcome_line(self, o: oc.CourseOutcome) -> str:
        """Baseline, latest total, % change, response and remission of one scale, in words."""
        parts = []
        if o.baseline is None:
            parts.append(self.no_baseline(o))
        else:
            b = o.baseline
            when = (self.tr("the day of the first session") if b.days_before == 0 else
                    self.tr("%n day(s) before the first session", "", b.days_before))
            parts.append(self.tr("Baseline {total} on {day} ({when}).").format(
                total=b.total, day=self.day(b.day), when=when))
        complete = [f for f in o.follow_ups if f.complete]
        if not complete:
            parts.append(self.tr("No complete {name} after the first session.").format(
                name=o.scale.name))
            return " ".join(parts)
        last = complete[-1]
        latest = self.tr("Latest {total} on {day}").format(total=last.total,
                                                           day=self.day(last.day))
        if last.percent_change is not None:
            pct = last.percent_change
            if pct == 0:
                change = self.tr("the same as baseline")
            else:
                change = (self.tr("{percent}% below baseline") if pct < 0
                          else self.tr("{percent}% above baseline")).format(
                    percent=QLocale().toString(abs(pct), "f", 1))
            latest += f", {change}"
        elif o.baseline is not None:
            latest += self.tr(" (a baseline of 0 has no percentage change)")
        parts.append(f"{latest}: {self.meets(last, o.scale.key)}.")
        first = o.first_response
        if first is not None and first is not last:
            parts.append(self.tr("It first met the definition of response on {day} (day "
                                 "{number}).").format(day=self.day(first.day),
                                                      number=first.days_after_start))
        if o.follow_ups[-1] is not last:
            parts.append(self.tr("The most recent {name}, on {day}, is incomplete and has no "
                                 "total.").format(name=o.scale.name,
                                                  day=self.day(o.follow_ups[-1].day)))
        return " ".join(parts)

    def summary(self, treatments: Iterable[Treatment],
                responses: Iterable[QuestionnaireResponse],
                scores: Iterable[ClinicianScore] = ()) -> list[tuple[str, str]]:
        rs = list(responses)
        out = [(self.tr("Latest"), self.latest_line(rs))]
        summaries = oc.summarise(treatments, rs, scores)
        if not summaries:
            return out
        s = summaries[-1]
        out.append((self.course_label(s.course, len(summaries)), self.course_line(s.course)))
        out.append(("PHQ-9", self.outcome_line(s.phq9)))
        if s.madrs.baseline is not None or s.madrs.follow_ups:
            out.append((self.tr("MADRS (clinician)"), self.outcome_line(s.madrs)))
        return out


_text: OutcomesText | None = None


def _words() -> OutcomesText:
    global _text
    if _text is None:
        _text = OutcomesText()
    return _text


def definitions() -> str:
    return _words().definitions()


def summary(treatments: Iterable[Treatment], responses: Iterable[QuestionnaireResponse],
            scores: Iterable[ClinicianScore] = ()) -> list[tuple[str, str]]:
    """(label, text) rows: the latest totals, then the most recent treatment course's
    PHQ-9 outcome, and its MADRS outcome when a clinician reported any."""
    return _words().summary(treatments, responses, scores)
