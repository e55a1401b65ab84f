"""The fast headless commands: a parser that imports nothing heavy, and ``info`` and ``checkin``
without the ORM (store.direct) giving exactly what the ORM path gives, on the same journal."""

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import moodlog
from moodlog import cli
from moodlog.paths import JOURNAL_FILE
from moodlog.store import direct
from tests.conftest import Result
from tests.lock_holder import held_elsewhere

Run = Callable[..., Result]
FIXTURES = Path(__file__).parent / "fixtures"
HEAVY = ("sqlalchemy", "alembic", "PySide6", "shiboken6", "pyqtgraph", "babel", "numpy",
         "moodlog.store.journal", "moodlog.exchange", "moodlog.report.content", "moodlog.charts",
         "moodlog.ui", "moodlog.app")


def _imported_after(code: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    """The heavy modules a fresh interpreter holds after running ``code``."""
    check = (f"import sys\n{code}\n"
             f"print('HEAVY:' + ','.join(sorted(m for m in sys.modules "
             f"if m.startswith({heavy!r}))))")
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                          check=True)
    last = done.stdout.splitlines()[-1]
    assert last.startswith("HEAVY:"), done.stdout
    return [m for m in last.removeprefix("HEAVY:").split(",") if m]


def test_building_the_whole_parser_imports_nothing_heavy() -> None:
    assert _imported_after("from moodlog import cli; cli.build_parser()") == []


def test_parsing_each_command_imports_nothing_heavy() -> None:
    code = ("from moodlog import cli\n"
            "for name in cli.COMMANDS:\n"
            "    try:\n"
            "        cli.parse([name])\n"
            "    except (SystemExit, cli.UsageError):\n"
            "        pass\n")
    assert _imported_after(code) == []


def test_info_and_checkin_on_a_plain_journal_import_no_orm(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert cli.main(["--data-dir", str(data), "checkin", "--mood", "5"]) == 0  # creates it
    assert cli.main(["--data-dir", str(data), "info"]) == 0  # and the day's backup
    # Nor the core records (dataclasses, whose import alone costs more than the command).
    # Nor typing (moodlog.named_tuple), nor shutil (argparse asks it for a width it never uses).
    slow = (*HEAVY, "dataclasses", "moodlog.core.models", "importlib.metadata", "typing",
            "shutil")
    for args in (["info"], ["checkin", "--mood", "6", "--note", "fine", "--sleep", "7"],
                 ["checkin", "--mood", "6", "--tag", "walk", "--date", "2026-01-01"]):
        got = _imported_after(f"from moodlog import cli\n"
                              f"assert cli.main(['--data-dir', {str(data)!r}, *{args!r}]) == 0",
                              slow)
        assert got == [], args


def test_the_command_table_names_every_command_of_every_module() -> None:
    registered = {}
    for group in cli.GROUPS:
        sub = cli.build_parser((group,))._subparsers._group_actions[0]  # type: ignore[union-attr]
        registered.update(dict.fromkeys(sub.choices, group))
    assert registered == cli.COMMANDS


def test_the_parser_copies_of_the_importers_choices_are_in_step() -> None:
    from moodlog.commands import exchange as commands
    from moodlog.exchange import daylio, reader

    assert commands.IMPORT_FORMATS == reader.KINDS
    assert commands.DAYLIO_MOOD_MAP == daylio.DEFAULT_MOOD_MAP_TEXT


def test_usage_errors_are_worded_as_by_the_whole_parser(run: Run) -> None:
    whole = cli.build_parser()
    for argv in (["info", "extra"], ["checkin"], ["checkin", "--mood", "x"], ["infoo"],
                 ["--bogus", "info"], ["checkin", "--mood", "5", "--sleeep", "7"]):
        with pytest.raises(cli.UsageError) as expected:
            whole.parse_args(argv)
        result = run(*argv, data=None)
        assert result.code == 2 and result.err == f"moodlog: error: {expected.value}\n", argv


def test_the_built_version_file_says_what_pyproject_says() -> None:
    import tomllib

    from moodlog._version import __version__  # written by the build (uv sync), not in git

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert __version__ == project["project"]["version"] == moodlog.version()


def test_version_without_the_built_file_falls_back_to_the_metadata(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    assert moodlog.version() == metadata.version("moodlog")
    monkeypatch.setattr(moodlog, "_cached", None)
    monkeypatch.setitem(sys.modules, "moodlog._version", None)  # import fails
    assert moodlog.version() == metadata.version("moodlog")
    assert _imported_after("import moodlog; moodlog.version()") == []
    assert "importlib.metadata" not in subprocess.run(
        [sys.executable, "-c", "import sys, moodlog; moodlog.version(); print(*sys.modules)"],
        capture_output=True, text=True, check=True).stdout.split()


def test_the_checked_fields_are_a_checkins_fields_in_order() -> None:
    import dataclasses

    from moodlog.core.checks import CheckInFields, checkin_fields
    from moodlog.core.models import CheckIn

    assert CheckInFields._fields == tuple(f.name for f in dataclasses.fields(CheckIn))
    made = CheckIn(date(2026, 1, 2), 4, {"sadness": 1}, 7.04, "n", tags=("walk", "alone"),
                   medications_taken={"b": False, "a": True})
    values = [getattr(made, f.name) for f in dataclasses.fields(CheckIn)]
    assert CheckIn(*checkin_fields(*values)) == made
    assert made.sleep_hours == 7.0 and made.tags == ("alone", "walk")


# ------------------------------------------------------------------ both paths, one journal
@pytest.fixture
def orm_only(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """``orm_only(True)``: every command opens JournalStore, as before store.direct."""
    real = direct.open_current

    def switch(on: bool) -> None:
        monkeypatch.setattr(direct, "open_current",
                            (lambda *a, **k: None) if on else real)

    return switch


@pytest.fixture
def used(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether each opening took the direct path (True) or left it to JournalStore."""
    seen: list[bool] = []
    real = direct.open_current

    def spy(*args: object, **kwargs: object) -> direct.DirectJournal | None:
        opened = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(opened is not None)
        return opened

    monkeypatch.setattr(direct, "open_current", spy)
    yield seen


def _both(run: Run, orm_only: Callable[[bool], None], *args: str) -> tuple[Result, Result]:
    orm_only(True)
    slow = run(*args)
    orm_only(False)
    fast = run(*args)
    return slow, fast


def test_info_prints_what_the_orm_path_prints(run: Run, data_dir: Path,
                                              orm_only: Callable[[bool], None]) -> None:
    assert run("demo", "--days", "60").code == 0
    slow, fast = _both(run, orm_only, "info")
    assert slow.code == fast.code == 0 and slow.err == fast.err == ""
    assert fast.out == slow.out and "Check-ins: 5" in fast.out


def test_a_new_journal_is_created_by_the_orm_path(run: Run, data_dir: Path,
                                                   used: list[bool]) -> None:
    first = run("info")  # no journal yet: JournalStore creates it
    assert first.code == 0 and used == [False] and "Check-ins: 0\n" in first.out
    assert run("info") == first and used == [False, True]
    (data_dir / JOURNAL_FILE).write_bytes(b"")  # an empty file: created anew, by JournalStore
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    assert run("info") == first and used[-1] is False


def test_info_on_an_encrypted_journal_is_left_to_the_orm(
        run: Run, data_dir: Path, tmp_path: Path, orm_only: Callable[[bool], None]) -> None:
    key = tmp_path / "key.txt"
    key.write_text("a long passphrase\n")
    assert run("demo", "--days", "30").code == 0
    assert run("encrypt", "--new-passphrase-file", str(key)).code == 0
    orm_only(True)
    slow = run("--passphrase-file", str(key), "info")
    orm_only(False)
    fast = run("--passphrase-file", str(key), "info")
    assert slow.code == fast.code == 0 and fast == slow and "Check-ins: 30 (" in fast.out
    missing = run("info")  # no passphrase: the same one-line error as before
    assert missing.code == 1 and "is encrypted" in missing.err
    assert missing.err.count("\n") == 1


@pytest.mark.parametrize("revision", ["0001", "0003"])
def test_an_older_journal_is_upgraded_by_the_orm_path(run: Run, data_dir: Path,
                                                      revision: str, used: list[bool]) -> None:
    data_dir.mkdir()
    shutil.copy(FIXTURES / f"journal-{revision}.sqlite", data_dir / JOURNAL_FILE)
    first = run("info")
    assert first.code == 0, first.err
    assert used == [False]  # upgraded (after a backup) by JournalStore
    backups = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert any(f"before-upgrade-from-{revision}" in name for name in backups)
    assert run("info") == first and used == [False, True]  # now current: the direct path


def test_a_newer_journal_is_refused_as_before(run: Run, data_dir: Path,
                                              orm_only: Callable[[bool], None]) -> None:
    assert run("checkin", "--mood", "5").code == 0
    con = sqlite3.connect(data_dir / JOURNAL_FILE)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    slow, fast = _both(run, orm_only, "info")
    assert slow.code == fast.code == 1 and fast == slow and "newer version" in fast.err


def test_a_file_that_is_not_a_journal_is_refused_as_before(run: Run, data_dir: Path,
                                                           orm_only: Callable[[bool], None]
                                                           ) -> None:
    data_dir.mkdir()
    (data_dir / JOURNAL_FILE).write_bytes(b"SQLite format 3\x00" + b"\x07" * 4080)
    slow, fast = _both(run, orm_only, "info")
    assert slow.code == fast.code == 1 and fast == slow


def test_the_journal_lock_keeps_a_fast_command_out(run: Run, data_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   used: list[bool]) -> None:
    assert run("checkin", "--mood", "5").code == 0
    before = _rows(data_dir / JOURNAL_FILE)
    monkeypatch.setattr("moodlog.lock.LOCK_WAIT_S", 0.2)
    with held_elsewhere(data_dir / JOURNAL_FILE):
        for args in (("info",), ("checkin", "--mood", "6")):
            busy = run(*args)
            assert busy.code == 1 and busy.out == "", busy
            assert busy.err == (f"moodlog: error: the journal {data_dir / JOURNAL_FILE} is open "
                                "in a moodlog window; close it and try again\n")
    assert _rows(data_dir / JOURNAL_FILE) == before
    assert run("checkin", "--mood", "6").code == 0 and used[-1] is True


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index too), in rowid order."""
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: con.execute(f'SELECT rowid, * FROM "{t}" ORDER BY rowid').fetchall()
                if not t.startswith("search_index_") else
                con.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    finally:
        con.close()


CHECKINS = (
    ("--mood", "6"),
    ("--mood", "3", "--symptom", "sadness=2", "--symptom", "fatigue=0", "--sleep", "6.25",
     "--note", "a long day, walked to the river", "--tag", "walk", "--tag", "outdoors"),
    ("--mood", "7", "--note", "replaced: better", "--tag", "friends"),  # the same day again
    ("--mood", "2", "--symptom", "thoughts_of_death=1", "--date", "{yesterday}"),
    ("--mood", "5", "--taken", "sertraline", "--not-taken", "quetiapine", "--date",
     "{two_days_ago}", "--note", "pills"),
    ("--mood", "4", "--date", "{two_days_ago}"),  # replaces it: the answers go with it
)


def test_checkin_writes_exactly_the_rows_the_orm_path_writes(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fixed = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
    monkeypatch.setattr("moodlog.core.dates.utc_now", lambda: fixed)
    monkeypatch.setattr("moodlog.store.journal.utc_now", lambda: fixed)
    today = date.today()
    days = {"yesterday": (today - timedelta(days=1)).isoformat(),
            "two_days_ago": (today - timedelta(days=2)).isoformat()}
    base = tmp_path / "base"
    assert run("demo", "--days", "20", data=base).code == 0
    assert "sertraline" in run("medication", "list", data=base).out  # the demo's
    assert run("medication", "add", "Quetiapine", "--dose", "50", data=base).code == 0
    slow_dir, fast_dir = tmp_path / "slow", tmp_path / "fast"
    for folder in (slow_dir, fast_dir):
        shutil.copytree(base, folder)
    real = direct.open_current
    direct_used = []

    def spy(*args: object, **kwargs: object) -> direct.DirectJournal | None:
        opened = real(*args, **kwargs)  # type: ignore[arg-type]
        direct_used.append(opened is not None)
        return opened

    for args in CHECKINS:
        argv = [a.format(**days) for a in args]
        monkeypatch.setattr(direct, "open_current", lambda *a, **k: None)
        slow = run("checkin", *argv, data=slow_dir)
        monkeypatch.setattr(direct, "open_current", spy)
        fast = run("checkin", *argv, data=fast_dir)
        assert fast == slow and fast.code == 0, (argv, slow, fast)
    assert direct_used == [True] * len(CHECKINS)
    slow_rows, fast_rows = _rows(slow_dir / JOURNAL_FILE), _rows(fast_dir / JOURNAL_FILE)
    assert fast_rows == slow_rows
    index = str(fast_rows["search_index"])
    assert "replaced: better" in index
    assert "walked to the river" not in index and "pills" not in index


@pytest.mark.parametrize("args", [
    ("--mood", "11"),
    ("--mood", "-1"),
    ("--mood", "5", "--symptom", "nonsense=1"),
    ("--mood", "5", "--symptom", "sadness=4"),
    ("--mood", "5", "--symptom", "sadness"),
    ("--mood", "5", "--tag", "no_such_tag"),
    ("--mood", "5", "--taken", "no_such_pill"),
    ("--mood", "5", "--taken", "x", "--not-taken", "x"),
    ("--mood", "5", "--sleep", "25"),
    ("--mood", "5", "--date", "2999-01-01"),
    ("--mood", "5", "--date", "1899-12-31"),
    ("--mood", "5", "--date", "yesterday"),
    ("--mood", "5", "--note", "\x00"),
])
def test_bad_checkins_fail_alike_and_change_nothing(run: Run, data_dir: Path,
                                                    orm_only: Callable[[bool], None],
                                                    args: tuple[str, ...]) -> None:
    assert run("demo", "--days", "10").code == 0
    assert run("info").code == 0  # the daily backup is taken
    before = _rows(data_dir / JOURNAL_FILE)
    slow, fast = _both(run, orm_only, "checkin", *args)
    assert fast == slow and fast.code == 1 and fast.out == "", (slow, fast)
    assert fast.err.startswith("moodlog: error: ") and fast.err.count("\n") == 1
    assert _rows(data_dir / JOURNAL_FILE) == before


@pytest.mark.parametrize("columns", ["40", "100", "250"])
def test_help_and_usage_read_as_with_argparse_own_formatter(
        monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    """cli._Formatter only asks for the terminal's width later: the text is argparse's."""
    import argparse

    monkeypatch.setenv("COLUMNS", columns)
    ours = cli.build_parser()
    texts = []
    for formatter in (cli._Formatter, argparse.HelpFormatter):
        parsers = [ours, *ours._subparsers._group_actions[0].choices.values()]  # type: ignore[union-attr]
        for p in parsers:
            p.formatter_class = formatter
        texts.append([(p.format_help(), p.format_usage()) for p in parsers])
    assert texts[0] == texts[1]
    assert len(texts[0]) > 20
