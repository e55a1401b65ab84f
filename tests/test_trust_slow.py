"""Never lose, alter or leak the record (issue 14), the slow half: kill -9 at random moments
of every operation that rewrites files, writers racing ``encrypt``, a full disk and a
read-only file system. Real processes, real files, real mounts (skipped where mounting is not
possible). benchmarks/crash_safety.py runs the same loops with more kills."""

from __future__ import annotations

import random
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import Result, assert_one_line_error, file_digest
from tests.trust_helpers import fill, make_journal, remount, tmpfs

pytestmark = pytest.mark.slow
Run = Callable[..., Result]
KEY = "a long passphrase"


@pytest.fixture(scope="module")
def crash() -> Iterator[object]:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    try:
        import crash_safety
    finally:
        sys.path.pop(0)
    yield crash_safety


@pytest.fixture(scope="module")
def templates(crash: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return crash.templates(tmp_path_factory.mktemp("templates"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["import", "encrypt", "decrypt", "restore", "backup"])
def test_a_kill_at_any_moment_loses_nothing(crash: object, templates: dict[str, Path],
                                            tmp_path: Path, name: str) -> None:
    op = next(o for o in crash.OPERATIONS if o.name == name)  # type: ignore[attr-defined]
    row = crash.run_operation(op, templates, tmp_path, 4,  # type: ignore[attr-defined]
                              random.Random(name))
    assert row.runs == 4 and row.acknowledged > 0
    assert row.lost == 0 and row.problems == 0, row.notes


def test_checkins_saved_during_encrypt_are_all_kept(crash: object, templates: dict[str, Path],
                                                    tmp_path: Path) -> None:
    row = crash.checkins_during_encrypt(templates, tmp_path, 1)  # type: ignore[attr-defined]
    assert row.acknowledged > len(crash.OLD)  # type: ignore[attr-defined]
    assert row.lost == 0, row.notes


# 10 ----------------------------------------------------------------------- a full disk
def test_a_full_disk_is_said_to_be_full_never_damaged(run: Run, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "8m") as disk:
        data = disk / "data"
        make_journal(data, days=100)
        export = tmp_path / "export.json"
        assert run("export", "json", str(export), data=data).code == 0
        (tmp_path / "key.txt").write_text(KEY + "\n")
        filler = fill(disk, leave=16 * 1024)
        for args in (["info"], ["check"], ["checkin", "--mood", "4"], ["export", "json", "-"],
                     ["import", str(export), "--replace"], ["backup"],
                     ["encrypt", "--new-passphrase-file", str(tmp_path / "key.txt")]):
            result = run(*args, data=data)
            assert_one_line_error(result, 1, "disk is full")
            assert "restore" not in result.err and "damaged (" not in result.err
        filler.unlink()
        assert "Check-ins: 100" in run("info", data=data).out
        assert run("check", data=data).code == 0


def test_a_pdf_on_a_full_disk_fails_and_keeps_the_old_one(run: Run, data_dir: Path,
                                                          tmp_path: Path) -> None:
    make_journal(data_dir, days=100)
    with tmpfs(tmp_path / "small", "1m") as disk:
        pdf = disk / "report.pdf"
        args = ("export", "pdf", str(pdf), "--from", "2026-01-01", "--to", "2026-06-30")
        assert run(*args).code == 0
        before = file_digest(pdf)
        fill(disk, leave=8 * 1024)
        result = run(*args, "--include-notes", "--name", "A. Person")
        assert result.code == 1 and "Wrote" not in result.err
        assert file_digest(pdf) == before
        assert [p.name for p in disk.iterdir()] == ["filler.bin", "report.pdf"]


# 11 ------------------------------------------------------------ a read-only data folder
def test_a_read_only_file_system_says_so(run: Run, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "4m") as disk:
        data = disk / "data"
        journal = make_journal(data, days=10)
        digest = file_digest(journal)
        remount(disk, "ro")
        try:
            for args in (["info"], ["checkin", "--mood", "4"], ["export", "json", "-"],
                         ["check"], ["backup"]):
                result = run(*args, data=data)
                assert_one_line_error(result, 1, "read-only")
                assert "damaged" not in result.err
        finally:
            remount(disk, "rw")
        assert file_digest(journal) == digest
        assert "Check-ins: 10" in run("info", data=data).out


def test_exports_to_a_read_only_folder_say_so(run: Run, data_dir: Path, tmp_path: Path) -> None:
    make_journal(data_dir, days=10)
    with tmpfs(tmp_path / "ro", "1m") as disk:
        remount(disk, "ro")
        try:
            for args in (["export", "json", str(disk / "x.json")],
                         ["export", "csv", str(disk / "x.csv")]):
                assert_one_line_error(run(*args), 1, "read-only")
        finally:
            remount(disk, "rw")
    shutil.rmtree(tmp_path / "ro", ignore_errors=True)
