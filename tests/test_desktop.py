"""Linux desktop integration: the shipped files, and ``moodlog --install-desktop-entry``."""

import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from moodlog import APP_ID
from moodlog.desktop import exec_value, launch_command
from moodlog.resources import resources_dir
from tests.conftest import Result
from tests.test_autostart import exec_argv, xdg_only

RES = resources_dir()
DESKTOP = RES / "linux" / f"{APP_ID}.desktop"
METAINFO = RES / "linux" / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: {package})")
    return found


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    text = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text and "Exec=moodlog\n" in text


def test_metainfo_validates_and_names_this_version() -> None:
    result = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net",
                             str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    project = tomllib.loads((RES.parent / "pyproject.toml").read_text())["project"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == project["license"]
    release = root.find("releases/release")  # the newest comes first
    assert release is not None and release.get("version") == project["version"]


def test_hicolor_icons_are_the_svg_at_each_size(qapp: object) -> None:
    hicolor = RES / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (RES / "icons" / "moodlog.svg").read_bytes()
    for size in SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # round corner


def test_qt_names_the_desktop_file(qapp: object) -> None:
    from moodlog.app import make_qapp

    assert make_qapp().desktopFileName() == APP_ID


@pytest.mark.parametrize("args, expected", [
    (["/usr/bin/moodlog"], "/usr/bin/moodlog"),
    (["/opt/my apps/moodlog", "--tray"], '"/opt/my apps/moodlog" --tray'),
    (['/a"b/c$d'], '"/a\\\\"b/c\\\\$d"'),
    (["/x/100%/m"], "/x/100%%/m"),
    (["C:\\m"], '"C:\\\\\\\\m"'),
    ([""], '""'),
])
def test_exec_value_quoting(args: list[str], expected: str) -> None:
    assert exec_value(args) == expected


def test_exec_value_refuses_a_line_break() -> None:
    with pytest.raises(ValueError, match="line break"):
        exec_value(["/a\nb"])


def _installed(data_home: Path) -> set[str]:
    return {str(p.relative_to(data_home)) for p in data_home.rglob("*") if p.is_file()}


@xdg_only
def test_install_and_remove_for_the_current_user(run: Callable[..., Result], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    data_home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    result = run("--install-desktop-entry")
    assert result.code == 0 and str(data_home) in result.out
    expected = {f"applications/{APP_ID}.desktop", f"metainfo/{APP_ID}.metainfo.xml",
                f"icons/hicolor/scalable/apps/{APP_ID}.svg",
                *(f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in SIZES)}
    assert _installed(data_home) == expected
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert exec_argv(entry.read_text(encoding="utf-8")) == launch_command()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0
    assert run("--install-desktop-entry").code == 0  # again: same files, no error
    assert _installed(data_home) == expected
    result = run("--remove-desktop-entry")
    assert result.code == 0 and _installed(data_home) == set()


@xdg_only
def test_install_refuses_a_file_as_the_data_folder(run: Callable[..., Result], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    result = run("--install-desktop-entry")
    err = result.err
    assert result.code == 1 and err.startswith("moodlog: error: ")
    assert "is not a folder" in err and err.count("\n") == 1
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("args", [["--install-desktop-entry", "info"],
                                  ["--tray", "--remove-desktop-entry"],
                                  ["--tray", "demo"]])
def test_window_only_options_do_not_mix(run: Callable[..., Result], data_dir: Path,
                                        args: list[str]) -> None:
    result = run(*args)
    err = result.err
    assert result.code == 2 and "cannot be combined" in err
    assert not data_dir.exists()  # nothing ran: no journal was even created


def test_install_is_refused_where_there_are_no_desktop_entries(
        run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("moodlog.desktop.sys.platform", "win32")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    result = run("--install-desktop-entry")
    assert result.code == 1 and "desktop entries are for Linux" in result.err
    assert not (tmp_path / "share").exists()
