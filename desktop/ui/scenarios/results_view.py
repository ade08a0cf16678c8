"""Live results of the scenario being edited: the headline (NPV, payback, P10–P90), key
numbers, yearly costs, the cost allocation, notes, the trace of every number and the charts.
Shown as they arrive: the deterministic result first, then the tornado and Monte Carlo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formatting
from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.core.scenarios.trace import input_label
from desktop.ui import tones
from desktop.ui.models.roles import ROW_ROLE
from desktop.ui.scenarios import numbers
from desktop.ui.scenarios.allocation_model import AllocationModel
from desktop.ui.scenarios.allocation_settings import AllocationSettings
from desktop.ui.scenarios.chart_grid import ChartGrid
from desktop.ui.scenarios.comparison_model import ComparisonModel
from desktop.ui.scenarios.service_texts import stage_text
from desktop.ui.scenarios.trace_model import TraceModel, value_text
from desktop.ui.scenarios.years_model import YearsModel
from desktop.ui.views import fit
from desktop.ui.views.table_view import DataTableView


def _table(name: str, model: object, sortable: bool = False) -> DataTableView:
    table = DataTableView()
    table.setObjectName(name)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSortingEnabled(sortable)
    return table


def span_headings(table: DataTableView) -> None:
    """A heading row of the key numbers («Økonomi (nåverdi over analyseperioden)») across
    every column, so that a narrow label column does not cut it."""
    table.clearSpans()
    model = table.model()
    columns = model.columnCount()
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        if columns > 1 and getattr(row, "text", True) is None:
            table.setSpan(r, 0, 1, columns)


class ResultsView(QWidget):
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.headline = QLabel()
        self.headline.setObjectName("scenarioHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.spread = QLabel()
        self.spread.setObjectName("scenarioSpread")
        self.spread.setWordWrap(True)
        self.stale_note = QLabel(self.tr(
            "The project's data has changed since these figures were computed; they are "
            "being computed again and are not current."))
        self.stale_note.setObjectName("scenarioStaleNote")
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet(
            f"background: {tones.NOTE_BACKGROUND.name()}; color: {tones.NOTE_FOREGROUND.name()};"
            " padding: 4px; border-radius: 3px;")
        self.stale_note.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("scenarioProgress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setObjectName("scenarioStop")
        self.stop.setToolTip(self.tr("Stop computing (the next change starts again)"))
        self.stop.clicked.connect(self.stop_requested)
        busy = QHBoxLayout()
        busy.addWidget(self.progress)
        busy.addWidget(self.stop)
        busy.addStretch(1)

        self.key_model = ComparisonModel(self)
        self.key_table = _table("scenarioKeyNumbers", self.key_model)
        self.key_table.horizontalHeader().setVisible(False)
        self.years_model = YearsModel(self)
        self.years_table = _table("scenarioYears", self.years_model)
        self.allocation_model = AllocationModel(self)
        self.allocation_table = _table("scenarioAllocation", self.allocation_model)
        self.allocation_note = QLabel()
        self.allocation_note.setObjectName("allocationNote")
        self.allocation_note.setWordWrap(True)
        self.allocation_settings = AllocationSettings()
        allocation = QWidget()
        al = QVBoxLayout(allocation)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.allocation_settings)
        al.addWidget(self.allocation_note)
        al.addWidget(self.allocation_table, 1)

        self.notes = QTextBrowser()
        self.notes.setObjectName("scenarioNotes")
        self.trace_model = TraceModel(self)
        self.trace_table = _table("scenarioTrace", self.trace_model)
        self.trace_table.selectionModel().selectionChanged.connect(self._trace_selected)
        self.trace_details = QTextBrowser()
        self.trace_details.setObjectName("traceDetails")
        trace = QSplitter(Qt.Orientation.Vertical)
        trace.addWidget(self.trace_table)
        trace.addWidget(self.trace_details)
        trace.setStretchFactor(0, 3)
        trace.setStretchFactor(1, 1)

        self.charts = ChartGrid("scenario", columns=1)
        charts = QScrollArea()
        charts.setWidgetResizable(True)
        charts.setWidget(self.charts)
        self.charts.setMinimumHeight(4 * 330)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("scenarioResultTabs")
        self.tabs.setUsesScrollButtons(False)  # every tab in view: the pane is never narrower
        self.tabs.addTab(self.key_table, self.tr("Key numbers"))
        self.tabs.addTab(self.years_table, self.tr("By year"))
        self.tabs.setTabToolTip(1, self.tr("Yearly costs today and in the scenario, by kind"))
        self.tabs.addTab(fit.scrolling(allocation), self.tr("Allocation"))
        self.tabs.setTabToolTip(2, self.tr("Cost allocation per municipality"))
        self.tabs.addTab(charts, self.tr("Charts"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(trace, self.tr("Trace"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stale_note)
        layout.addWidget(self.headline)
        layout.addWidget(self.spread)
        layout.addLayout(busy)
        layout.addWidget(self.tabs, 1)
        self.set_busy(False)
        self.show_evaluation(None)

    # --- progress --------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Computing…"))

    def set_stage(self, step: int, steps: int, what: str) -> None:
        self.progress.setRange(0, steps)
        self.progress.setValue(step)
        self.progress.setFormat(stage_text(what))

    def set_stale(self, stale: bool) -> None:
        """Mark what is shown as out of date (the data changed) until new results arrive."""
        self.stale_note.setVisible(stale)
        self.tabs.setEnabled(not stale)
        for label in (self.headline, self.spread):
            label.setEnabled(not stale)

    @property
    def stale(self) -> bool:
        return not self.stale_note.isHidden()

    # --- results ---------------------------------------------------------------------------
    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        result = evaluation.result if evaluation else None
        self._headline(evaluation)
        self.key_model.set_evaluations((evaluation,) if evaluation is not None else ())
        self.key_table.fit_columns(520)
        # the label and a long value (the level's name) wrap; a number stays whole
        self.key_table.setWordWrap(True)
        self.key_table.set_elastic((0, 1), floor=160)
        span_headings(self.key_table)
        self.years_model.set_result(result)
        self.years_table.fit_columns(290)
        self.years_table.set_elastic((0,), floor=160)
        self.years_table.setProperty(fit.WIDE, 2)  # a column per year: scrolls sideways
        allocation = evaluation.allocation if evaluation else None
        self.allocation_model.set_allocation(allocation)
        self.allocation_table.fit_columns(220)
        self.allocation_table.set_elastic((0,), floor=110)
        self.allocation_note.setText(self.tr(
            "Running cost per year in %1 (when everything has taken effect): today next to the "
            "scenario, which is what stays local plus the shares of the common costs. Negative "
            "change: the municipality pays less.").replace("%1", str(allocation.year))
            if allocation else "")
        self.trace_model.set_trace(result.trace if result else ())
        self.trace_table.fit_columns(260)
        self.trace_table.set_elastic((3, 0), floor=120)
        self.trace_details.clear()
        self._notes(evaluation)
        self.charts.show_evaluations((evaluation,) if evaluation else ())

    def _headline(self, evaluation: Evaluation | None) -> None:
        if evaluation is None:
            self.headline.setText("")
            self.spread.setText("")
            return
        if evaluation.result is None:
            self.headline.setText("<b>" + self.tr("Cannot be computed") + "</b>")
            self.spread.setText(evaluation.error or "")
            return
        r, k = evaluation.result, evaluation.numbers
        payback = str(k.payback_year) if k.payback_year else self.tr("not within the horizon")
        self.headline.setText(
            "<span style='font-size:15pt'>" + self.tr("NPV %1").replace(
                "%1", f"<b>{numbers.money(k.npv)}</b>") + "</span> &nbsp; " +
            self.tr("payback %1").replace("%1", f"<b>{payback}</b>") + "<br>"
            "<span style='color:gray'>" +
            self.tr("%1–%2, real %3 discount rate").replace("%1", str(r.years[0])).replace(
                "%2", str(r.years[-1])).replace(
                "%3", numbers.parameter(r.parameters.get("discount_rate").spec,
                                        r.parameters["discount_rate"])) + "</span>")
        mc = evaluation.monte_carlo
        if mc is None:
            self.spread.setText(self.tr("Uncertainty: computing Monte Carlo…"))
        else:
            self.spread.setText(self.tr(
                "In %1 simulations: 90 % chance of an NPV of at least %2 (median %3, 10 % "
                "chance of more than %4); saves money in %5 of them. One-time costs: "
                "steering frame %6 (exceeded in half of the simulations), cost frame %7 "
                "(enough in 85 of 100: the budget with a reserve for uncertainty).")
                .replace("%1", formatting.number(mc.draws))
                .replace("%2", numbers.money(k.p10)).replace("%3", numbers.money(k.p50))
                .replace("%4", numbers.money(k.p90))
                .replace("%5", f"{numbers.plain(mc.probability_positive * 100, 0)} %")
                .replace("%6", numbers.money(k.one_time_p50))
                .replace("%7", numbers.money(k.one_time_p85)))

    def _notes(self, evaluation: Evaluation | None) -> None:
        if evaluation is None:
            self.notes.clear()
            return
        parts = []
        result = evaluation.result
        if evaluation.error:
            parts.append(f"<p><b>{evaluation.error}</b></p>")
        if result is not None and result.qualitative:
            parts.append("<h3>" + self.tr("Qualitative (levels 4–5)") + "</h3>")
            parts += [f"<p>{q}</p>" for q in result.qualitative]
        if result is not None and result.notes:
            parts.append("<h3>" + self.tr("What is missing, estimated or left out") + "</h3>")
            parts.append("<ul>" + "".join(f"<li>{n}</li>" for n in result.notes) + "</ul>")
        if evaluation.allocation is not None and evaluation.allocation.notes:
            parts.append("<h3>" + self.tr("Cost allocation") + "</h3>")
            parts.append("<ul>" + "".join(f"<li>{n}</li>" for n in evaluation.allocation.notes)
                         + "</ul>")
        self.notes.setHtml("".join(parts) or self.tr("No notes."))

    def _trace_selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        index = self.trace_table.currentIndex()
        line = index.data(ROW_ROLE) if index.isValid() else None
        if line is None:
            self.trace_details.clear()
            return
        lines = self.trace_model.trace
        inputs = "".join(
            f"<tr><td>{input_label(k, lines)}</td><td align='right'>"
            f"{'' if v is None else formatting.decimal(v, 4)}</td></tr>"
            for k, v in line.inputs.items())
        self.trace_details.setHtml(
            f"<b>{line.label}</b> = {value_text(line)} {line.unit}<br>"
            f"<i>{line.formula}</i>" + (f"<table cellspacing='6'>{inputs}</table>"
                                        if inputs else ""))
