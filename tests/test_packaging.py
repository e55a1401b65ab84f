"""The build helpers in packaging/ (the build itself runs in .ci/run and the workflow)."""

import importlib.util
import struct
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("icons")
    load("make_icons").write_app_icons(out)
    return {p.name: p.read_bytes() for p in out.iterdir()}


def test_ico_holds_a_png_per_size(qapp: object, icons: dict[str, bytes]) -> None:
    data = icons["moodlog.ico"]
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for i in range(count):
        w, h, _c, _r, _planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data,
                                                                         6 + 16 * i)
        size = png_size(data[offset:offset + length])
        assert size == (w or 256, h or 256) and bits == 32
        sizes.append(size[0])
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_standard_types(qapp: object, icons: dict[str, bytes]) -> None:
    data = icons["moodlog.icns"]
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos:pos + 4].decode(), struct.unpack_from(">I", data, pos + 4)[0]
        found[kind] = png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found == {"icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128,
                     "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024}
    assert png_size(icons["moodlog.png"]) == (512, 512)


@pytest.mark.qt_log_ignore("Cannot read file", extend=True)
def test_a_broken_svg_is_refused(qapp: object, tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg")
    with pytest.raises(ValueError, match="not a valid SVG"):
        load("make_icons").render_png(bad, 16)


def test_archive_name_has_version_os_and_arch(monkeypatch: pytest.MonkeyPatch) -> None:
    build = load("build")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(build.platform, "machine", lambda: "x86_64")
    assert build.archive_name() == f"moodlog-{version}-linux-x86_64.tar.gz"
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(build.platform, "machine", lambda: "arm64")
    assert build.archive_name(onefile=True) == f"moodlog-{version}-macos-arm64-onefile.zip"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(build.platform, "machine", lambda: "AMD64")
    assert build.archive_name() == f"moodlog-{version}-windows-x86_64.zip"


def test_spec_bundles_what_runs_from_files() -> None:
    """The spec names the migration files Alembic reads at run time, and the package data."""
    spec = (ROOT / "packaging" / "moodlog.spec").read_text()
    for needle in ('"moodlog/resources"', '"env.py"', '"script.py.mako"', 'glob("*.py")',
                   "copy_metadata(NAME)", '"sqlcipher3"', "QtOpenGL"):
        assert needle in spec
    assert '"QtOpenGL"' not in spec.split("excludes = [")[1].split("]\n")[0]


def test_one_app_id_everywhere() -> None:
    from moodlog import APP_ID

    spec = (ROOT / "packaging" / "moodlog.spec").read_text()
    assert f'APP_ID = "{APP_ID}"' in spec
    assert load("make_icons").APP_ID == APP_ID
