"""Start at login: Linux end to end, macOS and Windows by what they would write."""

import plistlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from moodlog import APP_ID, autostart
from moodlog.autostart import LaunchAgent, WindowsRunKey, XdgAutostart
from moodlog.desktop import launch_command

CMD = ["/opt/my apps/moodlog/moodlog"]
# Desktop entries are for Linux and other freedesktop.org systems (not Windows paths).
xdg_only = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                              reason="desktop entries are for freedesktop.org desktops")


def exec_argv(entry: str) -> list[str]:
    """The Exec line of a desktop entry as argv (enough of the spec for our own entries)."""
    line = next(x for x in entry.splitlines() if x.startswith("Exec="))
    return shlex.split(line.removeprefix("Exec=").replace("\\\\", "\\"))


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@xdg_only
def test_linux_entry_starts_this_moodlog_in_the_tray(tmp_path: Path) -> None:
    login = autostart.for_platform("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert isinstance(login, XdgAutostart)
    assert not login.is_enabled()
    autostart.set_enabled(login, True)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert login.is_enabled() and login.where == str(path)
    entry = path.read_text(encoding="utf-8")
    assert "X-GNOME-Autostart-enabled=true" in entry and f"Icon={APP_ID}" in entry
    argv = exec_argv(entry)
    assert argv == [*launch_command(), "--tray"]
    validate(path)
    # The command it would run at login starts this installation of moodlog.
    run = subprocess.run([*argv[:-1], "--version"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.startswith("moodlog ")
    autostart.set_enabled(login, False)
    assert not path.exists() and not login.is_enabled()
    autostart.set_enabled(login, False)  # already off: nothing to do, no error


def test_linux_entry_quotes_a_path_with_spaces(tmp_path: Path) -> None:
    login = XdgAutostart(tmp_path)
    login.enable(CMD)
    assert exec_argv(login.path.read_text(encoding="utf-8")) == [*CMD, "--tray"]
    assert 'Exec="/opt/my apps/moodlog/moodlog" --tray' in login.path.read_text()
    validate(login.path)


def test_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    login = autostart.for_platform("linux", {"XDG_CONFIG_HOME": "relative/dir",
                                             "HOME": str(tmp_path)})
    assert login.where == str(tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop")


def test_macos_launch_agent(tmp_path: Path) -> None:
    login = autostart.for_platform("darwin", {"HOME": str(tmp_path)})
    assert isinstance(login, LaunchAgent)
    app = "/Applications/moodlog.app/Contents/MacOS/moodlog"
    login.enable([app])
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert login.is_enabled() and login.where == str(path)
    plist = plistlib.loads(path.read_bytes())
    assert plist == {"Label": APP_ID, "ProgramArguments": [app, "--tray"], "RunAtLoad": True,
                     "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"}
    login.disable()
    assert not path.exists() and not login.is_enabled()


class FakeRegistry(dict[str, str]):
    def set(self, name: str, value: str) -> None:
        self[name] = value

    def delete(self, name: str) -> None:
        self.pop(name, None)


def test_windows_run_key() -> None:
    registry = FakeRegistry()
    login = autostart.for_platform("win32", {}, registry=registry)
    assert isinstance(login, WindowsRunKey) and not login.is_enabled()
    login.enable([r"C:\Program Files\moodlog\moodlog.exe"])
    assert registry == {"moodlog": r'"C:\Program Files\moodlog\moodlog.exe" --tray'}
    assert login.is_enabled()
    assert login.where.endswith(r"Software\Microsoft\Windows\CurrentVersion\Run\moodlog")
    login.disable()
    assert registry == {} and not login.is_enabled()


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry is there")
def test_the_real_registry_is_refused_elsewhere() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        autostart.WinregRunKey().get("moodlog")


def test_a_file_where_the_folder_should_be_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("not a folder")
    with pytest.raises(OSError):
        autostart.set_enabled(XdgAutostart(tmp_path), True, CMD)
