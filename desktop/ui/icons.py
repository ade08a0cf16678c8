"""Small icons drawn in code: coloured status dots, app icon from desktop/resources/icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.paths import resource

GREY = "#9e9e9e"
BLUE = "#1e88e5"
GREEN = "#43a047"
ORANGE = "#fb8c00"
RED = "#e53935"
PURPLE = "#8e24aa"  # decisions that came from a word list (dictionary)


@cache
def dot(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    path = resource("icons", "samdrift.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def import_icon(size: int = 32) -> QIcon:
    """«Importer svar»: an arrow into a tray, in blue (the style's plain black down arrow was
    nearly invisible on a dark toolbar and looked like a drop-down in a light one)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPen, QPolygonF

    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 32
    colour = QColor(BLUE)
    pen = QPen(colour, 3 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline(QPolygonF([QPointF(5 * s, 19 * s), QPointF(5 * s, 27 * s),
                                    QPointF(27 * s, 27 * s), QPointF(27 * s, 19 * s)]))
    painter.drawLine(QPointF(16 * s, 4 * s), QPointF(16 * s, 17 * s))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(10 * s, 14 * s), QPointF(22 * s, 14 * s),
                                   QPointF(16 * s, 21 * s)]))
    painter.end()
    return QIcon(pixmap)
