"""``moodlog export pdf``: a PDF from the command line, headless; bad input gives one clear line,
exit 1, no file, and an unchanged journal."""

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import Result, assert_one_line_error
from tests.report.conftest import page_texts, raster_images

Run = Callable[..., Result]


@pytest.fixture
def demo(run: Run, data_dir: Path, qapp: object) -> Path:
    result = run("demo")  # 400 days ending today, like a user's `moodlog demo`
    assert result.code == 0, result.err
    return data_dir


def _snapshot(run: Run, tmp_path: Path) -> dict:
    out = tmp_path / "snapshot.json"
    assert run("export", "json", str(out)).code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    out.unlink()
    return doc



def test_export_pdf_writes_the_last_90_days(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    result = run("export", "pdf", str(target))
    assert result.code == 0, result.err
    today = date.today()
    start = today - timedelta(days=89)
    assert result.err.startswith("Wrote ") and result.out == ""
    assert f"({start.isoformat()} to {today.isoformat()}, without notes) to " in result.err
    texts = page_texts(target)
    assert 1 <= len(texts) <= 3 and "(90 days)" in texts[0]
    assert raster_images(target) == []
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600  # health data: private like the journal


def test_options_reach_the_pdf(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    today = date.today()
    result = run("export", "pdf", str(target), "--from", (today - timedelta(days=29)).isoformat(),
                 "--to", today.isoformat(), "--page-size", "letter", "--include-notes",
                 "--name", "Alex Example")
    assert result.code == 0, result.err
    assert ", with notes) to " in result.err
    texts = page_texts(target)
    assert "(30 days)" in texts[0] and all("Alex Example" in t for t in texts)


@pytest.mark.parametrize(("args", "needles"), [
    (("--from", "2026-02-30"), ("--from '2026-02-30' is not a real calendar date",)),
    (("--to", "30/06/2026"), ("--to must look like YYYY-MM-DD",)),
    (("--from", "yesterday"), ("--from must look like YYYY-MM-DD",)),
    (("--from", "2026-03-01", "--to", "2026-02-01"), ("--from 2026-03-01 is after --to",)),
    (("--from", "2001-01-01", "--to", "2001-03-31"),
     ("nothing to report from 2001-01-01 to 2001-03-31", "--from/--to")),
    (("--name", "x" * 81), ("the name is 81 characters long",)),
])
def test_bad_input_is_refused_and_writes_nothing(run: Run, demo: Path, tmp_path: Path,
                                                 args: tuple[str, ...],
                                                 needles: tuple[str, ...]) -> None:
    before = _snapshot(run, tmp_path)
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    assert_one_line_error(run("export", "pdf", str(target), *args), 1, *needles)
    assert list(target.parent.iterdir()) == []
    assert _snapshot(run, tmp_path) == before


def test_usage_errors_exit_2(run: Run, demo: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("export", "pdf", str(tmp_path / "a.pdf"), "--page-size", "a3"), 2,
                    "invalid choice: 'a3'")
    assert_one_line_error(run("export", "pdf"), 2, "FILE")
    assert not (tmp_path / "a.pdf").exists()


def test_an_empty_journal_has_nothing_to_report(run: Run, tmp_path: Path, qapp: object) -> None:
    assert_one_line_error(run("export", "pdf", str(tmp_path / "a.pdf")), 1, "nothing to report")
    assert not (tmp_path / "a.pdf").exists()


def test_a_target_that_cannot_be_written(run: Run, demo: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "summary.pdf"
    assert_one_line_error(run("export", "pdf", str(missing)), 1, "does not exist")
    assert not missing.parent.exists()
    assert_one_line_error(run("export", "pdf", str(tmp_path)), 1, "is a folder")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert_one_line_error(run("export", "pdf", str(a_file / "summary.pdf")), 1, "does not exist")


def test_no_permission_gives_a_clear_error_and_no_file(run: Run, demo: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert_one_line_error(run("export", "pdf", str(folder / "summary.pdf")), 1, "Permission denied",
                    str(folder))
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a user they apply to (not root)")
def test_a_read_only_folder(run: Run, demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert_one_line_error(run("export", "pdf", str(folder / "summary.pdf")), 1,
                        "Permission denied")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are a Linux matter")
def test_headless_with_no_display_at_all(tmp_path: Path) -> None:
    """A fresh process with no display and no QT_QPA_PLATFORM: moodlog picks offscreen."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["MOODLOG_DATA_DIR"] = str(tmp_path / "d")
    base = [sys.executable, "-m", "moodlog"]
    subprocess.run([*base, "demo", "--days", "60"], env=env, check=True, capture_output=True)
    done = subprocess.run([*base, "export", "pdf", str(tmp_path / "s.pdf")], env=env,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert page_texts(tmp_path / "s.pdf")[0].startswith("moodlog summary")
