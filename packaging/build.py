"""Build moodlog with PyInstaller for this OS and pack the result for download.

    uv run --group build python packaging/build.py [--onefile]

Writes dist/moodlog/ (also dist/moodlog.app on macOS; dist/onefile/ with --onefile) and an
archive named
moodlog-<version>-<os>-<arch>.tar.gz (Linux) or .zip (Windows, macOS), then prints the archive's
path, its size and the build time. The same script runs on every OS, here and in CI.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
OS_NAMES = {"linux": "linux", "win32": "windows", "darwin": "macos"}
ARCHES = {"amd64": "x86_64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def archive_name(onefile: bool = False) -> str:
    os_name = OS_NAMES.get(sys.platform, sys.platform)
    arch = ARCHES.get(platform.machine().lower(), platform.machine().lower())
    suffix = ".tar.gz" if os_name == "linux" else ".zip"
    kind = "-onefile" if onefile else ""
    return f"moodlog-{version()}-{os_name}-{arch}{kind}{suffix}"


def _tar(source: Path, target: Path) -> None:
    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(source, arcname=source.name, filter=clean)


def _zip(source: Path, target: Path) -> None:
    if sys.platform == "darwin":
        # ditto keeps the .app's symlinks and permissions, which zipfile would flatten.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(source), str(target)],
                       check=True)
        return
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        if source.is_file():
            zf.write(source, source.name)
            return
        for path in sorted(source.rglob("*")):
            zf.write(path, path.relative_to(source.parent))


def build(onefile: bool = False) -> Path:
    """Run PyInstaller on the spec and pack what it made; return the archive."""
    env = {**os.environ, "MOODLOG_ONEFILE": "1" if onefile else "0"}
    # The one-file executable would have the folder's name: it goes in a folder of its own.
    out = DIST / "onefile" if onefile else DIST
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(out), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "moodlog.spec")], check=True, env=env, cwd=ROOT)
    exe = "moodlog.exe" if sys.platform == "win32" else "moodlog"
    if onefile:
        source = out / exe
    elif sys.platform == "darwin":
        source = out / "moodlog.app"
    else:
        source = out / "moodlog"
    if not source.exists():
        raise SystemExit(f"PyInstaller did not make {source}")
    target = DIST / archive_name(onefile)
    target.unlink(missing_ok=True)
    (_tar if target.name.endswith(".tar.gz") else _zip)(source, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--onefile", action="store_true",
                        help="one self-extracting executable instead of a folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.onefile and (DIST / "moodlog").is_dir():
        shutil.rmtree(DIST / "moodlog")
    archive = build(args.onefile)
    took = time.monotonic() - started
    print(f"built {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB "
          f"in {took:.0f} s")
    print(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
