"""Reading single fields of a Daylio CSV row: times, the oldest export's dates, note HTML.

Each reader raises ValueError with a short reason; the caller adds the line and the field.
"""

from __future__ import annotations

import html
import re
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
# The oldest export (`year,date,...`) writes the day and month in the phone's language. These
# month names cover the languages whose day-month dates we can read without guessing; a name
# may be shortened to a prefix of 3+ letters as long as the prefix names a single month.
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"),
    2: ("february", "februar", "février", "febrero", "febbraio", "fevereiro", "februari"),
    3: ("march", "märz", "mars", "marzo", "março", "maart"),
    4: ("april", "avril", "abril", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "maio", "mei"),
    6: ("june", "juni", "juin", "junio", "giugno", "junho"),
    7: ("july", "juli", "juillet", "julio", "luglio", "julho"),
    8: ("august", "août", "agosto", "augustus"),
    9: ("september", "septembre", "septiembre", "setiembre", "settembre", "setembro"),
    10: ("october", "oktober", "octobre", "octubre", "ottobre", "outubro"),
    11: ("november", "novembre", "noviembre", "novembro"),
    12: ("december", "dezember", "décembre", "diciembre", "dicembre", "dezembro"),
}
_FILLERS = frozenset({"de", "of", "the", "le", "del"})
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?", re.IGNORECASE)
_TOKEN_RE = re.compile(r"\d+\w*\.?|[^\W\d_]+\.?")


def _month(word: str) -> int | None:
    word = word.rstrip(".").casefold()
    if len(word) < 3:
        return None
    found = {n for n, names in _MONTHS.items() for name in names if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def parse_day_month(text: str, year: int) -> date:
    """The oldest export's ``date`` (``24 December``, ``December 24``, ``24. Dez.``) in ``year``.

    Numeric forms (``24/12``, ``12/24``) are refused: their order depends on the phone's region.
    """
    day: int | None = None
    month: int | None = None
    for token in _TOKEN_RE.findall(text):
        number = _DAY_RE.fullmatch(token)
        if number and day is None:
            day = int(number.group(1))
        elif token.rstrip(".").isdigit() and int(token.rstrip(".")) == year:
            continue  # some locales repeat the year: "Dec 24. 2018"
        elif token.rstrip(".").casefold() in _FILLERS:
            continue
        elif month is None and (found := _month(token)) is not None:
            month = found
        else:
            day = month = None
            break
    if day is None or month is None:
        raise ValueError(
            f"cannot read the day and month in {text!r}; the oldest Daylio export writes them "
            "in the phone's language and moodlog reads English, German, French, Spanish, "
            "Italian, Portuguese and Dutch month names. Export again from a current Daylio, "
            "which adds a full_date column")
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
