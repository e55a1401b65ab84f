"""Render moodlog's SVG icon into the per-OS icon files, with Qt.

    python packaging/make_icons.py OUT_DIR            # moodlog.ico, moodlog.icns, moodlog.png
    python packaging/make_icons.py --hicolor RES_DIR  # RES_DIR/icons/hicolor/NxN/apps/ID.png

The .ico and .icns are generated at build time (the spec runs this) and never committed; the
hicolor PNGs for Linux desktops are committed under resources/ (so a wheel has them too) and
regenerated with ``--hicolor`` when the SVG changes. Both containers hold PNG images, which
Windows (Vista on) and macOS (10.7 on) read; writing them by hand keeps the output the same on
every OS, whatever image plugins its Qt has.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "moodlog.svg"
APP_ID = "io.github.moodlog.Moodlog"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, and their pixel sizes (the @2x types share sizes).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
              ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024))
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (a width or height of 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images for the standard types."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def write_app_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """moodlog.ico, moodlog.icns and a 512 px moodlog.png in ``out``."""
    _qt_app()
    sizes = set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(sizes)}
    out.mkdir(parents=True, exist_ok=True)
    files = {"moodlog.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
             "moodlog.icns": icns_bytes(pngs), "moodlog.png": pngs[512]}
    written = []
    for name, data in files.items():
        path = out / name
        path.write_bytes(data)
        written.append(path)
    return written


def write_hicolor(resources: Path, svg: Path = SVG) -> list[Path]:
    """The hicolor icon theme tree, named after the desktop file's id: a copy of the SVG as
    the scalable icon, and the PNG sizes for desktops that want bitmaps."""
    _qt_app()
    scalable = resources / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written = [scalable]
    for size in HICOLOR_SIZES:
        path = resources / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(svg, size))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write into")
    parser.add_argument("--hicolor", action="store_true",
                        help="write the hicolor PNGs under OUT/icons/hicolor instead")
    args = parser.parse_args(argv)
    paths = write_hicolor(args.out) if args.hicolor else write_app_icons(args.out)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
