"""«Dagens situasjon»: the baseline table and the vulnerability flags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.scenarios import Baseline
from desktop.core.scenarios.today import CostToday
from desktop.ui.scenarios.baseline_model import BaselineModel
from desktop.ui.views import fit
from desktop.ui.views.table_view import DataTableView


class BaselineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BaselineModel(self)
        self.table = DataTableView()
        self.table.setObjectName("baselineTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.flags = QTextBrowser()
        self.flags.setObjectName("baselineFlags")
        legend = QLabel(self.tr(
            "Figures as the municipalities gave them. <i>Missing</i> means not given (never "
            "counted as 0); a total adds the known parts and says for how many municipalities "
            "something is missing. Hover over a cell for details."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.flags)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(split, 1)

    def set_baseline(self, baseline: Baseline | None, cost_today: CostToday | None = None
                     ) -> None:
        self.model.set_baseline(baseline, cost_today)
        self.table.fit_columns(240)
        self.table.setProperty(fit.WIDE, 1)  # a column per municipality: scrolls sideways
        if baseline is None:
            self.flags.clear()
            return
        items = [f"<li><b>{m.name}</b>: {f.text}</li>"
                 for m in baseline.municipalities for f in m.flags]
        title = self.tr("Vulnerability flags")
        self.flags.setHtml(f"<b>{title}</b>" + (f"<ul>{''.join(items)}</ul>" if items else
                                                "<p>" + self.tr("None.") + "</p>"))
