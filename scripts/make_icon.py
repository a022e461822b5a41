"""Draw VocDesk's application icon into resources/icons/ (run again only to change the design).

A deep-blue rounded square holding a white speech bubble (the voice of the people served) with
a gold tick (heard and acted on). Drawn with Qt as vectors at every size, so small sizes stay
sharp; Pillow packs the Windows .ico and the macOS .icns from those drawings.

    .venv/bin/python scripts/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE_TOP, BLUE_BOTTOM = QColor("#1f4e9c"), QColor("#14366e")
GOLD = QColor("#f2b705")


def draw(size: int) -> QImage:
    """The icon at `size` pixels, drawn on a 100-unit square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)

    # The tile: a rounded square with a gentle top-to-bottom shade.
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(4, 4, 92, 92), 20, 20)
    shade = QLinearGradient(0, 4, 0, 96)
    shade.setColorAt(0, BLUE_TOP)
    shade.setColorAt(1, BLUE_BOTTOM)
    painter.fillPath(tile, QBrush(shade))

    # The speech bubble: a rounded body and a tail at its lower left.
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(17, 20, 66, 48), 14, 14)
    tail = QPainterPath()
    tail.moveTo(28, 60)
    tail.lineTo(24, 82)
    tail.lineTo(46, 64)
    tail.closeSubpath()
    painter.fillPath(bubble.united(tail), QColor("white"))

    # The tick inside the bubble.
    pen = QPen(GOLD, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    tick = QPainterPath(QPointF(35, 45))
    tick.lineTo(46, 55)
    tick.lineTo(66, 33)
    painter.drawPath(tick)
    painter.end()
    return image


def as_pillow(size: int) -> Image.Image:
    """The PNG drawn at `size`, read back for Pillow to pack."""
    return Image.open(ICONS / f"vocdesk-{size}.png").convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    drawings = {size: draw(size) for size in PNG_SIZES}
    for size, image in drawings.items():
        image.save(str(ICONS / f"vocdesk-{size}.png"))
    drawings[256].save(str(ICONS / "vocdesk.png"))
    as_pillow(256).save(
        ICONS / "vocdesk.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[as_pillow(s) for s in ICO_SIZES if s != 256],
    )
    as_pillow(512).save(ICONS / "vocdesk.icns")
    print(f"icons written to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
