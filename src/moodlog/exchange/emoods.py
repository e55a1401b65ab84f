"""Importing an eMoods backup: ``entry.csv``, alone or inside the ``.emoods`` zip file.

Columns: ``ID, DATE, IRRITABILITY, ANXIETY, DEPRESSED, ELEVATED, SLEEP, PSYCHOTIC SYMPTOMS, NOTE,
THERAPY, MENSTRUAL CYCLE, WEIGHT``; one row per day, ``DATE`` as ``YYYY-MM-DD``. Severities are
1 none, 2 mild, 3 moderate, 4 severe, and 0 means not entered.

What becomes what: IRRITABILITY, ANXIETY and DEPRESSED become moodlog's symptoms irritability,
anxiety and sadness (1-4 -> 0-3; 0 stays unanswered, never 0); ELEVATED and PSYCHOTIC SYMPTOMS
become own symptoms "Elevated mood" and "Psychotic symptoms" on the same scale; SLEEP is hours
slept; THERAPY (1) becomes the tag "therapy"; NOTE goes into the day's note and MENSTRUAL CYCLE
and WEIGHT too, labelled. eMoods records no 0-10 mood, and moodlog never guesses one: the
DEPRESSED level is the day's mood word (``depressed none`` .. ``depressed severe``) and has no
default; the person says what each means (``--mood-map "depressed none=7,..."``, asked one by
one in a terminal). Days with DEPRESSED not entered are left out and reported.
"""

from __future__ import annotations

import io
import zipfile

from moodlog.core.models import SymptomDef
from moodlog.core.symptoms import SEVERITY_LABELS
from moodlog.exchange.errors import FormatError
from moodlog.exchange.movein import Days, MoveInExport, Reading
from moodlog.exchange.movein_fields import csv_rows, fail, first_line, parse_english_date, plain

COLUMNS = ("id", "date", "irritability", "anxiety", "depressed", "elevated", "sleep",
           "psychotic symptoms", "note", "therapy", "menstrual cycle", "weight")
#: eMoods column -> moodlog symptom key (built-in or one of :data:`OWN_SYMPTOMS`).
SYMPTOMS = {"irritability": "irritability", "anxiety": "anxiety", "depressed": "sadness",
            "elevated": "elevated_mood", "psychotic symptoms": "psychotic_symptoms"}
OWN_SYMPTOMS = (SymptomDef("elevated_mood", "Elevated mood"),
                SymptomDef("psychotic_symptoms", "Psychotic symptoms"))
ZIP_MEMBER = "entry.csv"
_MEMBER_MAX = 64 * 1024 * 1024  # a decade of days is well under 1 MB; refuse zip bombs


def is_emoods(head: str) -> bool:
    return tuple(first_line(head)[:3]) == COLUMNS[:3]


def is_zip(raw: bytes) -> bool:
    return raw[:4] == b"PK\x03\x04"


def unzip(raw: bytes, name: str) -> str:
    """The text of ``entry.csv`` inside an ``.emoods`` backup; ValueError if it has none."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = [i for i in archive.infolist()
                       if i.filename.rsplit("/", 1)[-1].casefold() == ZIP_MEMBER]
            if not members:
                raise ValueError(f"{name} is a zip file without an {ZIP_MEMBER}; moodlog imports "
                                 "eMoods backups (.emoods) from zip files")
            if members[0].file_size > _MEMBER_MAX:
                raise ValueError(f"{name}: its {ZIP_MEMBER} is too large to be an eMoods backup")
            data = archive.read(members[0])
    except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
        raise ValueError(f"{name} is a damaged zip file ({exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{name}: its {ZIP_MEMBER} is not UTF-8 text") from None


def _severity(text: str, line: int, column: str) -> int | None:
    t = text.strip()
    if t in ("", "0"):
        return None
    if t not in ("1", "2", "3", "4"):
        raise fail(line, column.upper(), f"{text!r} is not an eMoods level 0-4")
    return int(t) - 1


def _number(text: str, line: int, column: str, high: float) -> float | None:
    t = text.strip()
    if t in ("", "0", "0.0"):
        return None
    try:
        value = float(t)
    except ValueError:
        value = -1.0
    if not 0 <= value <= high:
        raise fail(line, column.upper(), f"{text!r} is not a number 0-{high:g}")
    return value


def _check_header(header: list[str]) -> None:
    names = [h.strip().casefold() for h in header]
    missing = [c for c in COLUMNS[1:8] if c not in names]
    if missing:
        raise FormatError(f"line 1: not an eMoods entry.csv header: no "
                          f"{', '.join(missing).upper()} column")


def read(text: str) -> MoveInExport:
    """Read and check a whole eMoods ``entry.csv``."""
    header, rows = csv_rows(text, "eMoods", _check_header)
    names = [h.strip().casefold() for h in header]
    col = {n: i for i, n in enumerate(names)}
    days = Days()
    readings: list[Reading] = []
    seen: dict[object, int] = {}
    for line, row in rows:
        def get(name: str, row: list[str] = row) -> str:
            return row[col[name]] if name in col else ""

        try:
            day = parse_english_date(get("date"))
        except ValueError as exc:
            raise fail(line, "DATE", exc) from None
        if day in seen:
            raise fail(line, "DATE", f"{day} appears twice (also on line {seen[day]})")
        seen[day] = line
        draft = days[day]
        for column, key in SYMPTOMS.items():
            severity = _severity(get(column), line, column)
            if severity is not None:
                draft.rate(key, severity)
        sleep = _number(get("sleep"), line, "sleep", 24)
        draft.sleep_hours = sleep
        if plain(get("note")):
            draft.notes.append(plain(get("note")))
        therapy = get("therapy").strip()
        if therapy not in ("", "0", "1"):
            raise fail(line, "THERAPY", f"{therapy!r} is not 0 or 1")
        if therapy == "1":
            draft.tag("therapy")
        for column, label in (("menstrual cycle", "Menstrual cycle"), ("weight", "Weight")):
            value = plain(get(column))
            if value and value not in ("0", "0.0"):
                draft.notes.append(f"{label} (eMoods): {value}")
        depressed = draft.ratings.get("sadness")
        if depressed is not None:
            readings.append(Reading(line, day, None,
                                    f"depressed {SEVERITY_LABELS[depressed]}"))
    return MoveInExport("emoods", "eMoods", len(rows), tuple(readings), days.all(), {},
                        OWN_SYMPTOMS)
