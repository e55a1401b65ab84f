"""A hostile environment: read-only folders, a full disk, a folder where the journal should be,
a file that is not SQLite. Each gives one clear line, no traceback, and loses nothing."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from moodlog.paths import JOURNAL_FILE
from moodlog.store import direct
from moodlog.store import journal as journal_module
from tests.conftest import Result, assert_one_line_error, file_digest

Run = Callable[..., Result]



def _with_pragma(monkeypatch: pytest.MonkeyPatch, pragma: Callable[[Any], str]) -> None:
    real = journal_module.make_engine

    def make(path: Path, key: str | None = None) -> Any:
        engine = real(path, key)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute(pragma(dbapi_conn))

        return engine

    monkeypatch.setattr(journal_module, "make_engine", make)
    real_connect = direct.connect

    def connect(path: Path) -> Any:  # the same for info and checkin without the ORM
        conn = real_connect(path)
        conn.execute(pragma(conn))
        return conn

    monkeypatch.setattr(direct, "connect", connect)


@pytest.fixture
def filled(run: Run, data_dir: Path) -> Path:
    assert run("demo", "--days", "60").code == 0
    assert run("info").code == 0  # the daily backup, so later runs write nothing else
    return data_dir / JOURNAL_FILE


def _snapshot(run: Run) -> dict:
    doc = json.loads(run("export", "json", "-").out)
    doc.pop("exported_at")
    return doc


def test_a_full_disk(run: Run, filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(run)
    # SQLite reports SQLITE_FULL exactly as for a full disk once max_page_count is reached.
    _with_pragma(monkeypatch, lambda c: "PRAGMA max_page_count = "
                 f"{c.execute('PRAGMA page_count').fetchone()[0]}")
    result = run("checkin", "--date", "2020-01-01", "--mood", "5", "--note", "x" * 20000)
    assert_one_line_error(result, 1, "disk is full")
    monkeypatch.undo()
    assert _snapshot(run) == before


def test_a_read_only_journal(run: Run, filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(run)
    _with_pragma(monkeypatch, lambda c: "PRAGMA query_only = ON")
    assert_one_line_error(run("checkin", "--mood", "5"), 1, "could not write", "readonly")
    assert_one_line_error(
        run("treatment", "add", "--kind", "tms", "--at", "2026-01-01 10:00"), 1, "readonly")
    monkeypatch.undo()
    assert _snapshot(run) == before


def test_a_read_only_data_folder(run: Run, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom permissions do not apply: make the OS refuse instead.
    def refuse(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(journal_module.sqlite, "create_file", refuse)
    folder = tmp_path / "ro"
    folder.mkdir()
    assert_one_line_error(run("checkin", "--mood", "5", data=folder), 1, "cannot create",
                          "Permission denied")
    assert [p.name for p in folder.iterdir()] == ["journal.sqlite.lock"]  # and no journal

    def no_mkdir(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", no_mkdir)
    assert_one_line_error(run("info", data=tmp_path / "ro" / "new"), 1, "cannot create data folder",
              "Permission denied")


def test_a_folder_where_the_journal_should_be(run: Run, data_dir: Path) -> None:
    (data_dir / JOURNAL_FILE).mkdir(parents=True)
    for args in (["info"], ["checkin", "--mood", "5"], ["check"], ["export", "json", "-"]):
        assert_one_line_error(run(*args), 1, "is a folder")


def test_a_file_that_is_not_sqlite(run: Run, data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir()
    journal = data_dir / JOURNAL_FILE
    journal.write_text("Dear diary, " * 200)
    digest = file_digest(journal)
    for args in (["info"], ["checkin", "--mood", "5"], ["check"], ["backup"]):
        assert_one_line_error(run(*args), 1, "not a moodlog journal")
    key = tmp_path / "key.txt"
    key.write_text("some passphrase")
    # Text is not taken for an encrypted journal: no passphrase is asked for or tried.
    assert_one_line_error(run("--passphrase-file", str(key), "info"), 1, "not a moodlog journal")
    assert file_digest(journal) == digest


def test_the_window_says_so_too(qapp: object, data_dir: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    from moodlog.app import run_window

    (data_dir / JOURNAL_FILE).mkdir(parents=True)
    assert run_window(str(data_dir), smoke_test=True) == 1
    err = capsys.readouterr().err
    assert err.startswith("moodlog: error: ") and "is a folder" in err
