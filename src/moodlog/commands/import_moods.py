"""The mood words of an import from another app: asking for unknown ones, and the report.

In a terminal, each mood word moodlog has no 0-10 value for is asked for one by one, and the
whole ``--mood-map`` to give next time is printed; without a terminal the import stops with the
error that lists the words (the journal untouched either way).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date

from moodlog.commands import tell
from moodlog.core.models import NOTE_MAX
from moodlog.exchange import daylio, reader

Ask = Callable[[str], str]


def read_source(path: str, fmt: str, mood_map: str | None = None,
                date_format: str | None = None) -> tuple[reader.ImportFile, dict[str, int] | None]:
    """Read and check every record of the file (before the journal is opened), and the
    ``--mood-map`` given (None: none)."""
    overrides = None
    if mood_map is not None:
        try:
            overrides = daylio.parse_mood_map(mood_map)
        except ValueError as exc:
            raise ValueError(f"--mood-map: {exc}") from None
    text = reader.read_text(path)
    kind = reader.sniff(path, text) if fmt == "auto" else fmt
    if overrides is not None and kind == "json":
        raise ValueError("--mood-map only applies to files of other apps (Daylio, Bearable, "
                         "iMoodJournal, Pixels, eMoods)")
    return reader.parse(path, text, kind, date_format), overrides


def remembered_line(app: str, remembered: dict[str, int], plan: reader.ImportPlan) -> str | None:
    """Which words of the journal's remembered map this file uses (None: none of them)."""
    used = [label for label in remembered if label not in plan.unused_map_labels]
    if not used:
        return None
    return (f"Mood words as at the last {app} import into this journal: "
            f"{map_text({label: remembered[label] for label in used})}.")


def can_ask() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def ask_on_terminal(prompt: str) -> str:
    """One answer typed at the terminal; the prompt goes to stderr (stdout may carry data)."""
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise ValueError("no answer for the mood (end of input); nothing was imported")
    return line


def ask_moods(plan: reader.ImportPlan, given: dict[str, int], ask: Ask) -> dict[str, int]:
    """``given`` plus a 0-10 mood for each unknown word of ``plan``, asked one by one."""
    answers = dict(given)
    unknown = [u for u in plan.labels if u.mood is None]
    if not unknown:
        return answers
    tell(f"moodlog does not know what {len(unknown)} of this {plan.source.app} file's moods "
         "mean; give each a mood from 0 (worst) to 10 (best).")
    for use in unknown:
        while True:
            text = ask(f"  {use.label!r} ({_n(use.entries, 'entry', 'entries')}): ").strip()
            if text.isascii() and text.isdigit() and 0 <= int(text) <= 10:
                answers[use.label] = int(text)
                break
            tell("  a whole number from 0 (worst) to 10 (best), please")
    return answers


def map_text(mapping: dict[str, int]) -> str:
    return ",".join(f"{label}={mood}" for label, mood in mapping.items())


def _n(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _days(days: Sequence[date], limit: int = 5) -> str:
    shown = ", ".join(d.isoformat() for d in days[:limit])
    return shown + (f" and {len(days) - limit} more" if len(days) > limit else "")


def describe(plan: reader.ImportPlan) -> list[str]:
    """What a file of another app holds and how it maps onto moodlog, for the import report."""
    mapped = plan.movein
    if mapped is None:
        return []
    app = plan.source.app
    lines = [f"{app} file: {_n(mapped.entries, 'record')}; "
             f"{_n(len(mapped.days), 'day')} with a mood"
             + (f", {mapped.first_day.isoformat()} to {mapped.last_day.isoformat()}."
                if mapped.days else ".")]
    lines += list(mapped.export.about)
    if mapped.merged_days:
        lines.append(f"Several moods on {_n(len(mapped.merged_days), 'day')} became one check-in "
                     "each (mean mood rounded half up, every entry in the note).")
    lines.append("Moods: " + ", ".join(f"{u.label}={u.mood} ({u.entries})"
                                       for u in mapped.labels) + ".")
    if mapped.moments:
        lines.append(f"Moments (entries with a time): {len(mapped.moments)}.")
    if mapped.tags:
        lines.append(f"Tags: {len(mapped.tags)} ({', '.join(t.label for t in mapped.tags[:8])}"
                     + (" ..." if len(mapped.tags) > 8 else "") + ").")
    if mapped.moodless_days:
        lines.append(f"Not imported, no mood recorded (moodlog never guesses one): "
                     f"{_n(len(mapped.moodless_days), 'day')}: {_days(mapped.moodless_days)}.")
    if mapped.truncated_days:
        lines.append(f"Notes cut to {NOTE_MAX} characters on "
                     f"{_n(len(mapped.truncated_days), 'day')}: {_days(mapped.truncated_days)}.")
    return lines
