"""encrypt and decrypt from the command line, and every command on an encrypted journal."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.paths import JOURNAL_FILE
from moodlog.store.sqlite import SQLITE_MAGIC
from tests.conftest import Result, file_digest, snapshot
from tests.lock_holder import held_elsewhere

Run = Callable[..., Result]


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("key", "a long passphrase\n"), ("other", "another passphrase\n"),
                       ("wrong", "not the passphrase\n"), ("short", "abc\n"),
                       ("empty", "")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text)
        out[name] = path
    return out


@pytest.fixture
def demo(run: Run, data_dir: Path) -> Path:
    assert run("demo", "--days", "60").code == 0
    assert run("info").code == 0
    return data_dir



def test_encrypt_use_change_and_decrypt(run: Run, demo: Path,
                                        secrets: dict[str, Path]) -> None:
    before = snapshot(run)
    done = run("encrypt", "--new-passphrase-file", str(secrets["key"]))
    assert done.code == 0, done.err
    assert "cannot be recovered" in done.out and "backups" in done.out
    journal = demo / JOURNAL_FILE
    assert journal.read_bytes()[:16] != SQLITE_MAGIC
    con = sqlite3.connect(journal)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT * FROM checkins").fetchall()
    con.close()
    for b in (demo / "backups").iterdir():
        assert b.read_bytes()[:16] != SQLITE_MAGIC

    key = ("--passphrase-file", str(secrets["key"]))
    assert snapshot(run, *key) == before
    assert run(*key, "checkin", "--mood", "6").code == 0
    assert run(*key, "backups").code == 0 and "check-ins" in run(*key, "backups").out
    assert run(*key, "check").out.startswith("ok:")

    changed = run(*key, "encrypt", "--new-passphrase-file", str(secrets["other"]))
    assert changed.code == 0 and "changed the passphrase" in changed.out
    other = ("--passphrase-file", str(secrets["other"]))
    after_change = snapshot(run, *other)
    assert run(*key, "info").code == 1

    assert run(*other, "decrypt").code == 0
    assert journal.read_bytes()[:16] == SQLITE_MAGIC
    assert snapshot(run) == after_change


def test_encrypted_journal_refuses_without_or_with_a_wrong_passphrase(
        run: Run, demo: Path, secrets: dict[str, Path]) -> None:
    assert run("encrypt", "--new-passphrase-file", str(secrets["key"])).code == 0
    journal = demo / JOURNAL_FILE
    digest = file_digest(journal)
    for pre in ((), ("--passphrase-file", str(secrets["wrong"])),
                ("--passphrase-file", str(secrets["empty"])),
                ("--passphrase-file", str(demo / "missing.txt"))):
        for args in (("info",), ("checkin", "--mood", "3"), ("export", "json", "-"),
                     ("decrypt",)):
            result = run(*pre, *args)
            assert result.code == 1 and result.err.startswith("moodlog: error: "), result
            assert len(result.err.strip().splitlines()) == 1
    assert file_digest(journal) == digest
    assert sorted(p.name for p in demo.iterdir() if p.suffix == ".sqlite") == [JOURNAL_FILE]


def test_bad_new_passphrases_and_states(run: Run, demo: Path,
                                        secrets: dict[str, Path]) -> None:
    journal = demo / JOURNAL_FILE
    digest = file_digest(journal)
    short = run("encrypt", "--new-passphrase-file", str(secrets["short"]))
    assert short.code == 1 and "at least 8 characters" in short.err
    assert run("decrypt").code == 1 and "not encrypted" in run("decrypt").err
    with held_elsewhere(journal):
        locked = run("encrypt", "--new-passphrase-file", str(secrets["key"]))
    assert locked.code == 1 and "open in a moodlog window" in locked.err
    assert file_digest(journal) == digest
    empty = run("encrypt", "--new-passphrase-file", str(secrets["key"]), data=demo / "none")
    assert empty.code == 1 and "no journal" in empty.err


def test_without_a_terminal_the_passphrase_must_come_from_a_file(
        run: Run, demo: Path) -> None:
    result = run("encrypt")
    assert result.code == 1 and "--new-passphrase-file" in result.err
    assert run("checkin", "--mood", "4").code == 0
