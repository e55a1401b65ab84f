"""Linux desktop integration: the menu entry, icons and AppStream metainfo, per user.

``moodlog --install-desktop-entry`` copies them from ``resources/`` into ``$XDG_DATA_HOME``
(``~/.local/share``), with the entry's ``Exec`` pointing at this very installation (a built
bundle, a pip or uv install). No Qt here: it works from the command line on any machine.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from moodlog import APP_ID
from moodlog.resources import resources_dir

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def launch_command() -> list[str]:
    """The command that starts this installation of moodlog."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    found = shutil.which("moodlog")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "moodlog"]


def exec_value(args: Sequence[str]) -> str:
    """``args`` as the value of a desktop entry's ``Exec`` key, quoted and escaped."""
    parts = []
    for arg in args:
        if "\n" in arg:
            raise ValueError("a command-line argument cannot contain a line break")
        arg = arg.replace("%", "%%")
        if not arg or any(c in _RESERVED for c in arg):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{escaped}"'
        parts.append(arg)
    # The string escape rule applies on top of the quoting rule: each backslash is doubled.
    return " ".join(parts).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], template: Path | None = None) -> str:
    """The shipped desktop entry with ``Exec`` set to ``command``."""
    template = template or resources_dir() / "linux" / f"{APP_ID}.desktop"
    lines = template.read_text(encoding="utf-8").splitlines()
    out = [f"Exec={exec_value(command)}" if line.startswith("Exec=") else line for line in lines]
    return "\n".join(out) + "\n"


def xdg_dir(env: Mapping[str, str], name: str, default: str) -> Path:
    """``$XDG_<name>_HOME`` if set to an absolute path (the spec ignores relative ones)."""
    value = env.get(f"XDG_{name}_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / default


def _check_folder(path: Path) -> None:
    for parent in (path, *path.parents):
        if parent.exists():
            if not parent.is_dir():
                raise ValueError(f"{parent} is not a folder")
            return


def installed_files(data_home: Path) -> list[Path]:
    """Every file ``install`` writes under ``data_home``."""
    icons = resources_dir() / "icons" / "hicolor"
    files = [data_home / "applications" / f"{APP_ID}.desktop",
             data_home / "metainfo" / f"{APP_ID}.metainfo.xml"]
    files += [data_home / "icons" / "hicolor" / p.relative_to(icons)
              for p in sorted(icons.rglob(f"{APP_ID}.*"))]
    return files


def install(data_home: Path, command: Sequence[str] | None = None) -> list[Path]:
    """Write the desktop entry, metainfo and hicolor icons under ``data_home``."""
    _check_folder(data_home)
    res = resources_dir()
    icons = res / "icons" / "hicolor"
    sources = {f"{APP_ID}.metainfo.xml": res / "linux" / f"{APP_ID}.metainfo.xml"}
    written = []
    for target in installed_files(data_home):
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            target.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
        elif target.name in sources:
            shutil.copyfile(sources[target.name], target)
        else:
            shutil.copyfile(icons / target.relative_to(data_home / "icons" / "hicolor"), target)
        written.append(target)
    # Icon caches and menus notice a change of their folder's modification time.
    for folder in (data_home / "icons" / "hicolor", data_home / "applications"):
        os.utime(folder)
    return written


def remove(data_home: Path) -> list[Path]:
    """Remove what ``install`` wrote; return the files that were there."""
    removed = []
    for path in installed_files(data_home):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def install_command(remove_it: bool = False, env: Mapping[str, str] | None = None) -> int:
    """``moodlog --install-desktop-entry`` (or ``--remove-desktop-entry``)."""
    if sys.platform in ("win32", "darwin"):
        raise ValueError("desktop entries are for Linux and other freedesktop.org desktops")
    data_home = xdg_dir(os.environ if env is None else env, "DATA", ".local/share")
    if remove_it:
        removed = remove(data_home)
        print(f"Removed {len(removed)} files from {data_home}.")
        return 0
    written = install(data_home)
    print(f"Installed the moodlog menu entry and icons in {data_home}:")
    for path in written:
        print(f"  {path}")
    return 0
