"""``moodlog export pdf`` reads the journal without the ORM (store.snapshot) and writes the same
PDF as through JournalStore; older, encrypted and newer journals behave as before."""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.paths import JOURNAL_FILE
from moodlog.store import snapshot
from tests.conftest import Result
from tests.report.conftest import page_texts

Run = Callable[..., Result]
FIXTURES = Path(__file__).parent / "fixtures"
OPTIONS = ("--include-notes", "--include-readings", "--include-safety-plan", "--name", "A. N.")


@pytest.fixture
def orm_only(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """``orm_only(True)``: the export reads through JournalStore, as before store.snapshot."""
    real = snapshot.open_snapshot

    def switch(on: bool) -> None:
        monkeypatch.setattr(snapshot, "open_snapshot", (lambda *a, **k: None) if on else real)

    return switch


@pytest.fixture
def used(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each export read through store.snapshot (True) or JournalStore."""
    seen: list[bool] = []
    real = snapshot.open_snapshot

    def spy(*args: object, **kwargs: object) -> snapshot.JournalSnapshot | None:
        opened = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(opened is not None)
        return opened

    monkeypatch.setattr(snapshot, "open_snapshot", spy)
    return seen


def _both(run: Run, orm_only: Callable[[bool], None], tmp_path: Path, *args: str,
          pre: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    orm_only(True)
    slow = run(*pre, "export", "pdf", str(tmp_path / "orm.pdf"), *OPTIONS, *args)
    orm_only(False)
    fast = run(*pre, "export", "pdf", str(tmp_path / "fast.pdf"), *OPTIONS, *args)
    assert slow.code == fast.code == 0, (slow.err, fast.err)
    assert slow.err.replace("orm.pdf", "fast.pdf") == fast.err
    return page_texts(tmp_path / "orm.pdf"), page_texts(tmp_path / "fast.pdf")


def test_the_pdf_reads_the_same_through_both_paths(run: Run, tmp_path: Path,
                                                   orm_only: Callable[[bool], None],
                                                   qapp: object) -> None:
    assert run("demo").code == 0
    assert run("safety-plan", "set", "warning_signs", "not sleeping").code == 0
    slow, fast = _both(run, orm_only, tmp_path, "--from", "2000-01-01")
    assert fast == slow and len(fast) >= 4
    assert "not sleeping" in "".join(fast).lower()


def test_an_encrypted_journal_reads_the_same_through_both_paths(
        run: Run, tmp_path: Path, used: list[bool], orm_only: Callable[[bool], None],
        qapp: object) -> None:
    key = tmp_path / "key.txt"
    key.write_text("a long passphrase\n")
    assert run("demo", "--days", "60").code == 0
    assert run("encrypt", "--new-passphrase-file", str(key)).code == 0
    slow, fast = _both(run, orm_only, tmp_path, pre=("--passphrase-file", str(key)))
    assert fast == slow and fast
    assert used == [True]  # (the spy sits under orm_only's switch)


@pytest.mark.parametrize("revision", ["0001", "0003"])
def test_an_older_journal_is_upgraded_by_journal_store(run: Run, data_dir: Path,
                                                       tmp_path: Path, revision: str,
                                                       used: list[bool], qapp: object) -> None:
    data_dir.mkdir()
    shutil.copy(FIXTURES / f"journal-{revision}.sqlite", data_dir / JOURNAL_FILE)
    first = run("export", "pdf", str(tmp_path / "a.pdf"), "--from", "2000-01-01")
    assert first.code == 0, first.err
    assert used == [False]
    assert any(f"before-upgrade-from-{revision}" in p.name
               for p in (data_dir / "backups").iterdir())
    again = run("export", "pdf", str(tmp_path / "b.pdf"), "--from", "2000-01-01")
    assert again.code == 0 and used == [False, True]
    assert page_texts(tmp_path / "a.pdf") == page_texts(tmp_path / "b.pdf")


def test_the_export_process_imports_no_orm(tmp_path: Path, run: Run, data_dir: Path) -> None:
    assert run("demo", "--days", "90").code == 0
    code = ("import sys\nfrom moodlog import cli\n"
            f"assert cli.main(['--data-dir', {str(data_dir)!r}, 'export', 'pdf', "
            f"{str(tmp_path / 'x.pdf')!r}]) == 0\n"
            "print('HEAVY:' + ','.join(sorted(m for m in sys.modules if m.startswith("
            "('sqlalchemy', 'alembic', 'moodlog.store.journal', 'moodlog.store.models')))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.splitlines()[-1] == "HEAVY:"
    assert page_texts(tmp_path / "x.pdf")


def test_safety_plan_show_reads_the_same_through_both_paths(
        run: Run, used: list[bool], orm_only: Callable[[bool], None]) -> None:
    assert run("safety-plan", "set", "warning_signs", "not sleeping", "pacing").code == 0
    assert run("safety-plan", "set", "people_to_ask", "Sam: +44 20 7946 0000").code == 0
    orm_only(True)
    slow = run("safety-plan", "show", "--json")
    orm_only(False)
    fast = run("safety-plan", "show", "--json")
    assert slow.code == fast.code == 0 and fast == slow and "pacing" in fast.out
    assert used == [True]
