"""The scenario charts embedded in the tab: a matplotlib canvas per chart, drawn by the core's
chart functions (desktop.core.charts, Qt-free) into the canvas's figure. Drawing waits until
the chart is shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget

from desktop.ui.scenarios import chart_theme

Draw = Callable[[ModuleType, Figure], Any]
RESIZE_DELAY_MS = 150  # a resized chart is drawn again this long after the last resize
RESIZE_SLACK = 24  # ... when its width changed by more than this (pixels)


def charts_module() -> ModuleType | None:
    """desktop.core.charts, or None while it is not there."""
    try:
        return importlib.import_module("desktop.core.charts")
    except ImportError:
        return None


class ChartView(QStackedWidget):
    """One chart; `set_chart(draw)` with draw(charts, figure), or None for a message."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.figure = Figure(figsize=(5.0, 3.2), dpi=96)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(240, 160)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self.addWidget(self.canvas)
        self.addWidget(self.message)
        self._draw: Draw | None = None
        self._drawn_width = 0.0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self.redraw)
        self.canvas.mpl_connect("resize_event", self._resized)
        self._dirty = False
        self.drawn = False  # a chart was drawn (not a message)
        self.set_chart(None)

    def set_chart(self, draw: Draw | None, empty: str = "") -> None:
        self._draw = draw
        self._dirty = True
        self.drawn = False
        if draw is None:
            self.message.setText(empty)
            self.setCurrentWidget(self.message)
            return
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty and self._draw is not None:
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._draw is not None:
            self._dirty = True  # dark mode switched on or off: drawn again in its colours
            if self.isVisible():
                self.redraw()

    def redraw(self) -> None:
        self._dirty = False
        charts = charts_module()
        if self._draw is None:
            return
        if charts is None:
            self.message.setText(self.tr("The charts appear here once the chart package is "
                                         "installed."))
            self.setCurrentWidget(self.message)
            return
        self.setCurrentWidget(self.canvas)  # shown first: the figure takes the canvas's size
        self.figure.clear()
        self._drawn_width = self.figure.bbox.width
        self._resize_timer.stop()  # drawn at this width now
        try:
            self._draw(charts, self.figure)
            chart_theme.follow_palette(self.figure, self.palette())
        except Exception as exc:  # a chart must never take the tab down
            self.message.setText(self.tr("The chart could not be drawn: %1").replace(
                "%1", str(exc) or type(exc).__name__))
            self.setCurrentWidget(self.message)
            return
        self.canvas.draw_idle()
        self.drawn = True

    def _resized(self, _event: Any) -> None:
        """Drawn again for the new width (debounced): the legends choose their columns by the
        figure's width (desktop.core.charts.style.bottom_legend)."""
        if self._draw is not None and abs(
                self.figure.bbox.width - self._drawn_width) > RESIZE_SLACK:
            self._resize_timer.start()
