"""Reading single fields of a Daylio CSV row: times, the oldest export's dates, note HTML.

Each reader raises ValueError with a short reason; the caller adds the line and the field.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, time

from moodlog.core.plain_text import is_refused

# ----------------------------------------------------------------------------------- times
_TIME_RE = re.compile(
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap])\.?\s*m\.?)?",
    re.IGNORECASE,
)
TIME_EXAMPLES = "e.g. 22:13 or 10:00 pm"


def parse_time(text: str) -> time:
    """``22:13`` (24-hour) or ``10:00 pm`` / ``10:00 PM`` / ``10:00 p.m.`` (12-hour)."""
    match = _TIME_RE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a time of day ({TIME_EXAMPLES})")
    hour, minute = int(match["h"]), int(match["m"])
    second = int(match["s"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError(f"{text!r}: a 12-hour time needs an hour 1-12")
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{text!r} is not a real time of day")
    return time(hour, minute)


# ------------------------------------------------------------- dates of the oldest export
# The oldest export (`year,date,...`) writes the day and month in the phone's language. Month
# names come from CLDR through babel: every language's wide and abbreviated names, in both the
# formatting (often genitive: "września") and the stand-alone ("wrzesień") forms. One word can
# name different months in two languages ("listopad": November in Polish, October in Croatian),
# so a whole file is read in the languages that know all of its month words (:func:`month_reader`).
_FILLERS = frozenset({"de", "of", "the", "le", "del", "w"})
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?", re.IGNORECASE)
_TOKEN_RE = re.compile(r"\d+\w*\.?|[^\W\d_]+\.?")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).rstrip(".").casefold()


@functools.cache
def _month_names() -> Mapping[str, Mapping[str, int]]:
    """Month word (folded, no trailing dot) -> {language: month 1-12}, from CLDR.

    Each language's own data only (``merge_inherited=False``): a region's names repeat its
    language's, and merging every locale with its parents costs seconds, not a fraction of one.
    Read through :mod:`cldr_months`, which unpickles only the months of each locale.
    """
    from moodlog.exchange import cldr_months  # loaded only for the oldest export

    table: dict[str, dict[str, int]] = {}
    for ident, months in cldr_months.all_months():
        for context in ("format", "stand-alone"):
            widths = months.get(context)
            if not isinstance(widths, Mapping):
                continue  # an alias to the other context: the same names
            for width in ("wide", "abbreviated"):
                names = widths.get(width)
                if not isinstance(names, Mapping):
                    continue
                for month, name in names.items():
                    word = _fold(str(name))
                    if isinstance(month, int) and len(word) >= 3 and not word.isdigit():
                        table.setdefault(word, {})[ident] = month
    return table


def month_words(text: str, year: int | None = None) -> list[str]:
    """The words of a ``date`` field that are neither its day, its year nor a filler."""
    words = []
    for token in _TOKEN_RE.findall(text):
        if _DAY_RE.fullmatch(token) or _fold(token) in _FILLERS:
            continue
        if token.rstrip(".").isdigit() and (year is None or int(token.rstrip(".")) == year):
            continue
        words.append(_fold(token))
    return words


def month_reader(words: Iterable[str]) -> Mapping[str, int]:
    """Month word -> month for every word of one file, read in one language where possible.

    The languages that know every word of the file decide; where they disagree on a word
    (``may`` is November in Basaa), at least two thirds of them must give the same month, else
    the word is left out and its dates are refused with their line. A file with one word that
    languages share only alone ("listopad", November in Polish and Czech, October in Croatian)
    is thus read the way most languages read it; any other month word of the file settles it.
    """
    names = _month_names()
    wanted = {w for w in words if w in names}
    common: set[str] | None = None
    for word in wanted:
        known = set(names[word])
        common = known if common is None else common & known
    out: dict[str, int] = {}
    for word in wanted:
        month_in = names[word]
        votes = Counter(month_in[lang] for lang in (common or month_in))
        month, count = votes.most_common(1)[0]
        if 3 * count >= 2 * sum(votes.values()):
            out[word] = month
    return out


def parse_day_month(text: str, year: int, months: Mapping[str, int] | None = None) -> date:
    """The oldest export's ``date`` (``24 December``, ``7 września``, ``24. Dez.``) in ``year``.

    ``months`` is the file's :func:`month_reader`; without it the date is read alone. Numeric
    forms (``24/12``, ``12/24``) are refused: their order depends on the phone's region.
    """
    if months is None:
        months = month_reader(month_words(text, year))
    day: int | None = None
    month: int | None = None
    for token in _TOKEN_RE.findall(text):
        number = _DAY_RE.fullmatch(token)
        word = _fold(token)
        if number and day is None:
            day = int(number.group(1))
        elif token.rstrip(".").isdigit() and int(token.rstrip(".")) == year:
            continue  # some locales repeat the year: "Dec 24. 2018"
        elif word in _FILLERS:
            continue
        elif month is None and word in months:
            month = months[word]
        else:
            day = month = None
            break
    if day is None or month is None:
        raise ValueError(
            f"cannot read the day and month in {text!r}; the oldest Daylio export writes them "
            "in the phone's language and moodlog reads the month names of every language CLDR "
            "knows, but not this one. Export again from a current Daylio, which adds a "
            "full_date column")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} {year} is not a real calendar date") from None


# ------------------------------------------------------------------------------ note text
_BREAK_RE = re.compile(r"<br\s*/?>|</(?:p|div|ul|ol|h[1-6])\s*>", re.IGNORECASE)
_ITEM_RE = re.compile(r"<li(?:\s[^<>]*)?>", re.IGNORECASE)
# Only what looks like a tag: "<" then a letter, "/" or "!". So "I <3 this" and "a < b" stay.
_TAG_RE = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>|<![^<>]*>", re.DOTALL)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def strip_controls(text: str) -> str:
    """Drop control characters other than tab and newline (a journal note refuses NUL)."""
    return _CONTROL_RE.sub("", text)


def clean_text(raw: str) -> str:
    """Daylio note HTML -> plain text.

    ``<br>`` (and the end of a paragraph, list or heading) becomes a line break, a list item a
    line starting with "- "; other tags are removed; entities (``&amp;``, ``&nbsp;``) are
    decoded; control characters other than tab and newline are dropped; runs of blank lines
    shrink to one.
    """
    if not raw:
        return ""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _ITEM_RE.sub("\n- ", _BREAK_RE.sub("\n", text))
        text = _TAG_RE.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = strip_controls(text.replace("\xa0", " "))
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()


def split_names(raw: str) -> tuple[str, ...]:
    """Daylio's activity list ``a | b`` -> names kept verbatim (spaces tidied, invisibles dropped).

    Not read as HTML: Daylio writes group prefixes such as ``<c_e> tired`` into names, whose
    meaning is not documented anywhere we could find; removing them would merge distinct
    activities (``<c_e> tired`` and ``tired``) into one.
    """
    # Control, invisible format and separator characters are dropped: a label may not hold them.
    items = (" ".join("".join(ch for ch in part if not is_refused(ch)).split())
             for part in raw.split("|"))
    return tuple(dict.fromkeys(item for item in items if item))


def split_list(raw: str) -> tuple[str, ...]:
    """Daylio's ``a | b | c`` lists (activities, scales) -> cleaned, non-empty items."""
    items = (" ".join(part.split()) for part in clean_text(raw).split("|"))
    return tuple(item for item in items if item)
