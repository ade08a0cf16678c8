"""2–4 saved scenarios side by side: choose them in a checkable list; a table of key numbers
and the charts of the chosen ones."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.ui.scenarios.chart_grid import ChartGrid
from desktop.ui.scenarios.comparison_model import ComparisonModel
from desktop.ui.scenarios.controller import MAX_COMPARED
from desktop.ui.scenarios.results_view import span_headings
from desktop.ui.views.panes import AdaptivePanes
from desktop.ui.views.table_view import DataTableView

TABLE_HEIGHT = 280  # the scenario and economy rows down to the net present value
CHARTS_HEIGHT = 360  # most of the first row of charts


class ComparisonView(QWidget):
    chosen = Signal(object)  # list of scenario names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a short list of names with check boxes: not a data table
        self.choice = QListWidget()
        self.choice.setObjectName("comparisonChoice")
        self.choice.itemChanged.connect(self._changed)
        self.status = QLabel()
        self.status.setObjectName("comparisonStatus")
        self.status.setWordWrap(True)
        self.model = ComparisonModel(self)
        self.table = DataTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.charts = ChartGrid("comparison")
        self.charts.setMinimumHeight(560)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Compare (choose 2–%1):").replace("%1", str(MAX_COMPARED)))
        ll.addWidget(title)
        ll.addWidget(self.choice, 1)
        # the table above the charts where the height has room for both, else on two tabs
        right = AdaptivePanes("comparisonPanes", vertical=True)
        right.add(self.table, self.tr("Table"), TABLE_HEIGHT, stretch=2)
        right.add(scroll, self.tr("Charts"), CHARTS_HEIGHT, stretch=3)
        right.splitter.setSizes([TABLE_HEIGHT, 2 * CHARTS_HEIGHT])  # the charts whole
        self.panes = right
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.status)
        bl.addWidget(right, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(body)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 1100])
        self.split = split
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.set_names([], [])

    def set_names(self, names: list[str], checked: list[str]) -> None:
        with QSignalBlocker(self.choice):
            self.choice.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in checked
                                   else Qt.CheckState.Unchecked)
                self.choice.addItem(item)
        # the list as wide as its longest name (the names were cut at 180 px), within reason
        wanted = max((self.choice.fontMetrics().horizontalAdvance(n) for n in names),
                     default=0) + 60
        sizes = self.split.sizes()
        if names and sizes[0] < min(wanted, 360):
            total = sum(sizes)
            first = min(wanted, 360, max(total // 3, 180))
            self.split.setSizes([first, max(total - first, 1)])
        self._status()

    def checked(self) -> list[str]:
        return [self.choice.item(i).text() for i in range(self.choice.count())
                if self.choice.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names: list[str]) -> None:
        """Check these (at most four) and compare them."""
        with QSignalBlocker(self.choice):
            for i in range(self.choice.count()):
                item = self.choice.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.text() in names
                                   else Qt.CheckState.Unchecked)
        self._changed(None)

    def _changed(self, item: QListWidgetItem | None) -> None:
        names = self.checked()
        if len(names) > MAX_COMPARED and item is not None:
            with QSignalBlocker(self.choice):
                item.setCheckState(Qt.CheckState.Unchecked)
            names = self.checked()
        self._status()
        self.chosen.emit(names)

    def _status(self, busy: bool = False) -> None:
        n = len(self.checked())
        if n < 2:
            text = self.tr("Choose two to four scenarios to compare them.")
        elif busy:
            text = self.tr("Computing %1 scenarios (with Monte Carlo)…").replace("%1", str(n))
        else:
            text = self.tr("NPV and P10–P90 are present values over the horizon; a positive "
                           "NPV means the scenario saves money.")
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        self._status(busy)

    def set_stale(self, stale: bool) -> None:
        """The data changed: the comparison shown is cleared (never shown as current) until
        it has been computed again."""
        if stale and self.model.rowCount():
            self.show_evaluations(())
            self.status.setText(self.tr("The project's data has changed; the comparison is "
                                        "computed again…"))

    def show_evaluations(self, evaluations: tuple[Evaluation, ...]) -> None:
        self.model.set_evaluations(evaluations)
        self.table.fit_columns(360)
        # the scenarios side by side in view: a long text (the level's name) wraps
        self.table.setWordWrap(True)
        self.table.set_elastic((*range(1, self.model.columnCount()), 0), floor=110)
        span_headings(self.table)
        self.charts.show_evaluations(evaluations)
