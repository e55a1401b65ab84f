"""Fuzzing the Bearable, iMoodJournal, Pixels and eMoods readers with damaged real-shaped files:
never a crash, an error names the line (and the field where one is at fault), and a file that
reads imports whole or not at all."""

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moodlog.exchange import FormatError, bearable, emoods, imoodjournal, movein, pixels
from moodlog.exchange.movein import MoveInExport
from moodlog.store import JournalStore

FIXTURES = Path(__file__).parents[1] / "fixtures" / "movein"
READERS: dict[str, Callable[[str], MoveInExport]] = {
    "bearable.csv": bearable.read, "imoodjournal.csv": imoodjournal.read,
    "pixels_2019.json": pixels.read, "pixels_2023.json": pixels.read, "entry.csv": emoods.read}
# Every error names a line; those about one value also name its field ("line 3, Level: ...").
_ERROR = re.compile(r"^(line \d+(, [^:]+)?: .+|the (file|Pixels file) has .+)$", re.DOTALL)
_insert = st.sampled_from(['"', ",", "\n", "\r", "\r\r\n", "]", "{", "}", "[", ":", "0", "11",
                           "-1", "(Mild)", " | ", "\x00", "\ufeff", "31st", "null", "é", "\u202f"])


@st.composite
def damaged(draw: st.DrawFn, name: str) -> str:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 6))
        piece = draw(_insert | st.text(max_size=4))
        text = text[:at] + piece + text[at + cut:]
    return text


def _store_digest(store: JournalStore) -> tuple[int, int]:
    return len(store.checkins()), len(store.snapshot().moments)


@pytest.mark.parametrize("name", sorted(READERS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_files_never_crash_and_import_whole_or_not_at_all(name: str,
                                                                   data: st.DataObject) -> None:
    text = data.draw(damaged(name))
    try:
        export = READERS[name](text)
    except FormatError as exc:
        assert _ERROR.match(str(exc)), str(exc)
        return
    words = {r.mood for r in export.readings}
    plan = movein.make_plan(export, {w: 5 for w in words})
    with tempfile.TemporaryDirectory() as folder, \
            JournalStore.open(Path(folder) / "j.sqlite") as store:
        report = store.import_data(plan.data())
        assert report.written.checkins == len(plan.checkins)
        assert _store_digest(store) == (len(plan.checkins), len(plan.moments))
