"""Health data stays private on POSIX: folders 0700, files 0600, whatever created them."""

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from moodlog.log import close_logging, log_dir, setup_logging
from tests.conftest import Result

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_and_folder_moodlog_makes_is_private(
        run: Callable[..., Result], data_dir: Path, tmp_path: Path, qapp: object) -> None:
    from moodlog.app import run_window

    old = os.umask(0o022)  # a typical, permissive umask
    try:
        assert run("demo", "--days", "30").code == 0
        assert run("info").code == 0
        assert run("backup").code == 0
        assert run("export", "json", str(tmp_path / "out.json")).code == 0
        assert run("export", "csv", str(tmp_path / "out.csv")).code == 0
        key = tmp_path / "key.txt"
        key.write_text("a long passphrase")
        assert run("encrypt", "--new-passphrase-file", str(key)).code == 0
        assert run_window(str(data_dir), smoke_test=True, passphrase_file=str(key)) == 0
        setup_logging()
        close_logging()
    finally:
        os.umask(old)
    folders = [data_dir, data_dir / "backups", log_dir()]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    files += [tmp_path / "out.json", tmp_path / "out.csv", *log_dir().glob("*")]
    assert len(files) >= 5
    for folder in folders:
        assert _mode(folder) == 0o700, folder
    for file in files:
        assert _mode(file) == 0o600, file
