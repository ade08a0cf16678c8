"""Panes side by side where there is room, else on tabs: `AdaptivePanes`.

A scenario editor next to its live results needs two usable widths; on a laptop at 150 %
(about 910 logical pixels) that leaves each pane too narrow to show a value whole. Below the
sum of its panes' usable widths the widget shows them as tabs of the full width (the same
widgets, moved), and side by side again when the window grows. The splitter's sizes are kept
across the switch. `vertical=True`: panes one above the other, on tabs below the sum of their
usable heights (a comparison's table above its charts on a laptop screen).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QWidget


class AdaptivePanes(QStackedWidget):
    tabbed_changed = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None, *, vertical: bool = False
                 ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.vertical = vertical
        self.splitter = QSplitter(Qt.Orientation.Vertical if vertical
                                  else Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{name}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName(f"{name}Tabs")
        self.tab_widget.setDocumentMode(True)
        self.addWidget(self.splitter)
        self.addWidget(self.tab_widget)
        self._panes: list[tuple[QWidget, str, int, int]] = []  # widget, title, usable, stretch
        self._state: QByteArray | None = None
        self.tabbed = False

    def add(self, widget: QWidget, title: str, usable: int, stretch: int = 1) -> None:
        """A pane that needs `usable` logical pixels of width (height, when vertical) to be of
        use."""
        self._panes.append((widget, title, usable, stretch))
        index = len(self._panes) - 1
        if self.tabbed:
            self.tab_widget.addTab(widget, title)
        else:
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, stretch)

    def set_title(self, index: int, title: str) -> None:
        widget, _old, usable, stretch = self._panes[index]
        self._panes[index] = (widget, title, usable, stretch)
        if self.tabbed:
            self.tab_widget.setTabText(index, title)

    def needed(self) -> int:
        """The width (height) below which the panes go on tabs: each pane's usable width, or
        what its layout needs if that is more."""
        handles = self.splitter.handleWidth() * max(len(self._panes) - 1, 0)
        return sum(max(usable, self._extent(w.minimumSizeHint()))
                   for w, _t, usable, _s in self._panes) + handles

    def _extent(self, size: QSize) -> int:
        return size.height() if self.vertical else size.width()

    def show_pane(self, index: int) -> None:
        """Bring pane `index` into view (on tabs: its tab)."""
        if self.tabbed:
            self.tab_widget.setCurrentIndex(index)

    def set_tabbed(self, tabbed: bool) -> None:
        if tabbed == self.tabbed:
            return
        self.tabbed = tabbed
        if tabbed:
            self._state = self.splitter.saveState()
            for widget, title, _u, _s in self._panes:
                self.tab_widget.addTab(widget, title)
            self.tab_widget.setCurrentIndex(0)
            for i, (widget, _t, _u, _s) in enumerate(self._panes):
                widget.setVisible(i == 0)  # shown in the splitter, not hidden by the tabs
            self.setCurrentWidget(self.tab_widget)
        else:
            for i, (widget, _t, _u, stretch) in enumerate(self._panes):
                self.splitter.addWidget(widget)
                self.splitter.setStretchFactor(i, stretch)
            if self._state is not None:
                self.splitter.restoreState(self._state)
            for widget, _t, _u, _s in self._panes:
                widget.show()  # a tab hid the ones not current
            self.setCurrentWidget(self.splitter)
        self.tabbed_changed.emit(tabbed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """What the panes need on tabs: the widest pane's minimum (the splitter's would be
        their sum, which would keep the window from ever being narrow enough for tabs)."""
        width = max((w.minimumSizeHint().width() for w, _t, _u, _s in self._panes), default=0)
        height = max((w.minimumSizeHint().height() for w, _t, _u, _s in self._panes),
                     default=0)
        bar = self.tab_widget.tabBar().sizeHint().height()
        return QSize(width, height + bar)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.set_tabbed(self._extent(event.size()) < self.needed())
