#!/usr/bin/env python3
"""Render the hicolor PNG icon set from the hand-written SVGs with Qt's SVG renderer.

packaging/render_icons.py            write resources/icons/hicolor/<n>x<n>/apps/<id>.png
packaging/render_icons.py --preview  also write a contact sheet on light and dark grounds
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ponder.desktop_entry import APP_ID
from ponder.desktop_entry import ICON_SIZES as SIZES

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def source_for(size: int) -> Path:
    """The drawing for a size: small sizes have their own, drawn on their pixel grid."""
    if size <= 16:
        return ICONS / "ponder-16.svg"
    return ICONS / ("ponder-24.svg" if size <= 24 else "ponder.svg")


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def target(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def write_all() -> list[Path]:
    written = []
    for size in SIZES:
        path = target(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(source_for(size), size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def contact_sheet(out: Path, scale: int) -> None:
    """Every size at its real pixels, then magnified `scale` times, on light and dark grounds."""
    grounds = ("#ffffff", "#ececec", "#2b2b2b", "#000000")
    width = sum(size + 12 for size in SIZES) + 12
    row = max(SIZES) + 24
    sheet = QImage(width, row * len(grounds), QImage.Format.Format_ARGB32)
    painter = QPainter(sheet)
    for index, ground in enumerate(grounds):
        top = index * row
        painter.fillRect(0, top, width, row, QColor(ground))
        left = 12
        for size in SIZES:
            painter.drawImage(left, top + 12, QImage(str(target(size))))
            left += size + 12
    painter.end()
    sheet.save(str(out))
    small = [size for size in SIZES if size <= 48]
    zoom = QImage(sum(s * scale + 12 for s in small) + 12, 2 * (48 * scale + 24), sheet.format())
    painter = QPainter(zoom)
    for index, ground in enumerate(("#ffffff", "#2b2b2b")):
        top = index * (48 * scale + 24)
        painter.fillRect(0, top, zoom.width(), 48 * scale + 24, QColor(ground))
        left = 12
        for size in small:
            big = QImage(str(target(size))).scaled(size * scale, size * scale)  # nearest pixel
            painter.drawImage(left, top + 12, big)
            left += size * scale + 12
    painter.end()
    zoom.save(str(out.with_name(out.stem + "-zoom.png")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, metavar="PNG", help="write a contact sheet here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in write_all():
        print(path.relative_to(ICONS.parents[1]))
    if args.preview:
        contact_sheet(args.preview, 6)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
