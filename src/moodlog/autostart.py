"""Start moodlog at login, in the tray: written and removed by the app, one way per OS.

- Linux and other freedesktop.org desktops: ``$XDG_CONFIG_HOME/autostart/<id>.desktop``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<id>.plist``.
- Windows: a value in ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (a Startup
  folder shortcut would need COM to write a .lnk file; the Run key is what Windows' own
  Settings > Apps > Startup lists and can switch off).

No Qt; every path and the registry are passed in, so tests can look at what would be written.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from moodlog import APP_ID, atomic
from moodlog.desktop import desktop_entry, launch_command, xdg_dir

#: The option that starts moodlog in the tray, without opening the window.
TRAY_OPTION = "--tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "moodlog"


class Autostart(Protocol):
    """Turn starting at login on and off; ``where`` says where it is recorded."""

    def enable(self, command: Sequence[str]) -> None: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...
    @property
    def where(self) -> str: ...


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, data, mode=0o644)


class XdgAutostart:
    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    @property
    def where(self) -> str:
        return str(self.path)

    def entry(self, command: Sequence[str]) -> str:
        return desktop_entry([*command, TRAY_OPTION]) + "X-GNOME-Autostart-enabled=true\n"

    def enable(self, command: Sequence[str]) -> None:
        _write(self.path, self.entry(command).encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


class LaunchAgent:
    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    @property
    def where(self) -> str:
        return str(self.path)

    def plist(self, command: Sequence[str]) -> bytes:
        return plistlib.dumps({
            "Label": APP_ID,
            "ProgramArguments": [*command, TRAY_OPTION],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # only in a graphical login
        })

    def enable(self, command: Sequence[str]) -> None:
        _write(self.path, self.plist(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()


class RunKey(Protocol):
    """The few registry operations the Windows way needs (a dict will do in tests)."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class WinregRunKey:
    """The current user's Run key, through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    return str(winreg.QueryValueEx(key, name)[0])
            except FileNotFoundError:
                return None
        raise OSError("the Windows registry exists only on Windows")

    def set(self, name: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg

            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)
            return
        raise OSError("the Windows registry exists only on Windows")

    def delete(self, name: str) -> None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                    winreg.KEY_SET_VALUE) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass
            return
        raise OSError("the Windows registry exists only on Windows")


class WindowsRunKey:
    def __init__(self, registry: RunKey) -> None:
        self.registry = registry

    @property
    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"

    def value(self, command: Sequence[str]) -> str:
        return subprocess.list2cmdline([*command, TRAY_OPTION])

    def enable(self, command: Sequence[str]) -> None:
        self.registry.set(RUN_VALUE, self.value(command))

    def disable(self) -> None:
        self.registry.delete(RUN_VALUE)

    def is_enabled(self) -> bool:
        return self.registry.get(RUN_VALUE) is not None


def for_platform(platform: str = sys.platform, env: Mapping[str, str] | None = None,
                 registry: RunKey | None = None) -> Autostart:
    """The way to start at login on ``platform``."""
    env = os.environ if env is None else env
    if platform == "win32":
        return WindowsRunKey(registry if registry is not None else WinregRunKey())
    if platform == "darwin":
        return LaunchAgent(Path(env.get("HOME") or Path.home()))
    return XdgAutostart(xdg_dir(env, "CONFIG", ".config"))


def set_enabled(autostart: Autostart, on: bool, command: Sequence[str] | None = None) -> None:
    """Turn starting at login on (for this installation of moodlog) or off."""
    if on:
        autostart.enable(command or launch_command())
    else:
        autostart.disable()
