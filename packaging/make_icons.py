"""Render the application icon: resources/icons/pressdesk.svg → PNGs (16…512 px) and a multi-size .ico.

Run after changing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py`.
The outputs are committed, so building the app needs no rendering step. Uses Qt's QSvgRenderer (part of
PySide6-Essentials); falls back to painting the design with QPainter when QtSvg is missing.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

log = logging.getLogger("make_icons")

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "pressdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can describe


def _paint_fallback(painter: QPainter, size: int) -> None:
    """The SVG's design drawn directly, for a Qt without the SVG module."""
    painter.scale(size / 512, size / 512)
    gradient = QLinearGradient(0, 16, 0, 496)
    gradient.setColorAt(0, QColor("#2b5c8a"))
    gradient.setColorAt(1, QColor("#173a5e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(QRectF(16, 16, 480, 480), 96, 96)
    for x, colour in ((64, "#d63b3b"), (200, "#3b7dd6"), (336, "#2f9e6e")):
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(x, 104, 112, 312), 14, 14)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, 104, 112, 44), 14, 14)
        painter.drawRect(QRectF(x, 134, 112, 14))
        painter.setBrush(QColor("#9aa8b8"))
        for i, width in enumerate((76, 64, 76, 54, 70)):
            painter.drawRoundedRect(QRectF(x + 18, 176 + 36 * i, width, 14), 7, 7)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        log.warning("QtSvg is not available; painting the icon with QPainter")
        _paint_fallback(painter, size)
    else:
        renderer = QSvgRenderer(str(SVG))
        if not renderer.isValid():
            raise SystemExit(f"{SVG} is not a valid SVG")
        renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {}
    for size in PNG_SIZES:
        data = png_bytes(render(size))
        (ICONS / f"pressdesk-{size}.png").write_bytes(data)
        pngs[size] = data
    (ICONS / "pressdesk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    log.info("wrote %d PNGs and pressdesk.ico to %s", len(PNG_SIZES), ICONS)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
