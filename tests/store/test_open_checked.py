"""The quick check runs once per opening: a caller that has just made it can say so."""

from pathlib import Path
from typing import Any

import pytest

from moodlog.store import JournalStore, migrate


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    real = migrate.integrity_problem

    def counted(conn: Any, quick: bool = False) -> str | None:
        calls.append(quick)
        return real(conn, quick)

    monkeypatch.setattr(migrate, "integrity_problem", counted)
    return calls


def test_open_checks_the_journal_unless_the_caller_just_did(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.sqlite"
    JournalStore.open(path).close()  # created
    calls = _count_checks(monkeypatch)
    JournalStore.open(path).close()
    assert calls == [True]  # the quick check, by default
    calls.clear()
    assert migrate.current_revision(path, check=True) == migrate.HEAD  # the caller's check
    JournalStore.open(path, checked=True).close()
    assert calls == [True]  # that one only
