#!/usr/bin/env python3
"""The application icon, from its one source: resources/icons/pic-wizard.svg.

    python tools/icons.py          # write every PNG size and the Windows .ico
    python tools/icons.py --check  # exit 1 if a committed file is missing or out of date

The PNG sizes go into the package (``pic_wizard/icons``: the window's icon, from a pip
install and from the frozen bundle alike, and the Linux hicolor theme's); the ``.ico``
(the same PNG images, in the layout Windows Vista and later read) goes to
``packaging/windows`` for the executables and the installer.  Qt's own SVG renderer draws
them, so nothing but the development environment is needed.

``--check`` draws the SVG again and compares it with the committed PNGs pixel by pixel,
allowing for the small anti-aliasing differences between Qt versions: an SVG edited
without running this tool fails the test that calls it.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "pic-wizard.svg"
PACKAGE = ROOT / "pic_wizard" / "icons"
ICO = ROOT / "packaging" / "windows" / "pic-wizard.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Mean difference per channel (0-255) and the largest on any one pixel that still counts
# as the same drawing: Qt's anti-aliasing moves edges by a fraction of a pixel between
# releases; an edited drawing changes far more.
MEAN_TOLERANCE = 2.0
PIXEL_TOLERANCE = 96


def png_name(size: int) -> str:
    return f"pic-wizard-{size}.png"


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        sys.exit(f"{source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico holding ``images`` (size -> PNG bytes), PNG-compressed entries (Windows
    Vista and later; a width or height of 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def ico_entries(data: bytes) -> dict[int, bytes]:
    """The images of an .ico written by ``ico``: size -> PNG bytes."""
    _, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        raise ValueError("not an icon file")
    found = {}
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        found[width or 256] = data[offset : offset + length]
    return found


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def write() -> None:
    PACKAGE.mkdir(parents=True, exist_ok=True)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in SIZES}
    for size, png in images.items():
        (PACKAGE / png_name(size)).write_bytes(png)
    ICO.write_bytes(ico(images))
    print(f"{len(images)} PNG sizes in {PACKAGE.relative_to(ROOT)}, {ICO.relative_to(ROOT)}")


def differences(committed: bytes, drawn: bytes) -> tuple[float, int]:
    """Mean and largest difference per channel between two PNG images of one size."""
    from PySide6.QtGui import QImage

    _application()
    one, two = QImage.fromData(committed), QImage.fromData(drawn)
    if one.size() != two.size():
        return 255.0, 255
    one = one.convertToFormat(QImage.Format.Format_RGBA8888)
    two = two.convertToFormat(QImage.Format.Format_RGBA8888)
    a, b = bytes(one.constBits()), bytes(two.constBits())  # type: ignore[call-overload]
    deltas = [abs(x - y) for x, y in zip(a, b, strict=True)]
    return sum(deltas) / len(deltas), max(deltas)


def problems() -> list[str]:
    """What is missing or stale among the committed icon files (empty: all good)."""
    found: list[str] = []
    for size in SIZES:
        path = PACKAGE / png_name(size)
        if not path.is_file():
            found.append(f"{path.relative_to(ROOT)} is missing")
            continue
        committed = path.read_bytes()
        if png_size(committed) != (size, size):
            found.append(f"{path.relative_to(ROOT)} is not {size}x{size}")
            continue
        mean, largest = differences(committed, render(size))
        if mean > MEAN_TOLERANCE or largest > PIXEL_TOLERANCE:
            found.append(
                f"{path.relative_to(ROOT)} differs from the SVG (mean {mean:.2f}, "
                f"largest {largest}): run tools/icons.py"
            )
    if not ICO.is_file():
        found.append(f"{ICO.relative_to(ROOT)} is missing")
    else:
        entries = ico_entries(ICO.read_bytes())
        if sorted(entries) != sorted(SIZES):
            found.append(f"{ICO.relative_to(ROOT)} holds sizes {sorted(entries)}")
        for size, png in entries.items():
            path = PACKAGE / png_name(size)
            if path.is_file() and png != path.read_bytes():
                found.append(f"{ICO.relative_to(ROOT)}'s {size}px image is not {path.name}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed files")
    if parser.parse_args().check:
        found = problems()
        print("\n".join(found) or "The icon files match the SVG.")
        sys.exit(1 if found else 0)
    write()


if __name__ == "__main__":
    main()
