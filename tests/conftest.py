"""Shared fixtures: every test gets its own data folder; Qt runs offscreen unless told otherwise."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from moodlog import cli
from moodlog.core.demo import generate
from moodlog.paths import ENV_DATA_DIR
from moodlog.store import JournalStore

DEMO_END = date(2026, 6, 30)


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real data folder: point the default at a fresh folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(ENV_DATA_DIR, str(home / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    # A locked journal is refused after half a second, not the five seconds a person gets.
    monkeypatch.setattr("moodlog.lock.LOCK_WAIT_S", 0.5)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[JournalStore]:
    with JournalStore.open(tmp_path / "journal.sqlite") as s:
        yield s


@pytest.fixture(scope="session")
def demo_data():  # type: ignore[no-untyped-def]
    return generate(400, end=DEMO_END)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Callable[..., Result]:
    """Run ``moodlog --data-dir <tmp> ARGS`` in-process and capture what it printed."""

    def _run(*args: str, data: Path | None = data_dir) -> Result:
        argv = (["--data-dir", str(data)] if data is not None else []) + list(args)
        code = cli.main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


def snapshot(run: Callable[..., Result], *pre: str) -> dict:
    """The whole journal as exported JSON (minus the export time), to compare before/after."""
    result = run(*pre, "export", "json", "-")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    doc.pop("exported_at")
    return doc


def assert_one_line_error(result: Result, code: int = 1, *needles: str) -> None:
    """One line on stderr, ``moodlog: error: ...``, naming ``needles``; no traceback."""
    assert result.code == code, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("moodlog: error: "), result.err
    assert "Traceback" not in result.err
    for needle in needles:
        assert needle in lines[0], lines[0]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
