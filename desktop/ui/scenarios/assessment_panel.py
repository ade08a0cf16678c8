"""«Beyond the money» in the scenario editor: the non-priced effects (plus-minus, the data's
suggestions in grey until set), the risk register, the benefits plan and the responsibility
matrix of levels 1–5, each editable with undo (the tab's stack, through the view's edits)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assessment import edits
from desktop.core.assessment.risks import Risk
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.evaluation import ScenarioEvaluation
from desktop.ui.scenarios.assessment_models import (
    B_METHOD,
    R_MITIGATION,
    SCOPE_COL,
    SIGNIF,
    STATUS,
    WHY,
    BenefitsModel,
    EditableModel,
    EffectsModel,
    RisksModel,
    TasksModel,
)
from desktop.ui.scenarios.charts import ChartView
from desktop.ui.views import fit
from desktop.ui.views.table_view import DataTableView


def _table(model: EditableModel, name: str) -> DataTableView:
    table = DataTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class AssessmentPanel(QWidget):
    edit_requested = Signal(object, str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.scenario: Scenario | None = None
        self.effects = EffectsModel(self)
        self.risks = RisksModel(self)
        self.benefits = BenefitsModel(self)
        self.tasks = TasksModel(self)
        self.note = QLabel()
        self.note.setObjectName("assessmentNote")
        self.note.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("assessmentTotal")

        self.effects_table = _table(self.effects, "effectsTable")
        self.risks_table = _table(self.risks, "risksTable")
        self.benefits_table = _table(self.benefits, "benefitsTable")
        self.tasks_table = _table(self.tasks, "tasksTable")
        self.add_risk = QPushButton(self.tr("Add risk"))
        self.add_risk.setObjectName("addRisk")
        self.remove_risk = QPushButton(self.tr("Remove risk"))
        self.remove_risk.setObjectName("removeRisk")
        self.reset_effect = QPushButton(self.tr("Back to the suggestion"))
        self.reset_effect.setObjectName("resetEffect")

        effects_page = QWidget()
        el = QVBoxLayout(effects_page)
        el.addWidget(QLabel(self.tr(
            "DFØ's plus-minus method: significance (1 small – 3 large) × scope (−3 … +3) gives "
            "a score from −4 to +4. Grey rows are the data's suggestion (hover the "
            "justification for the figure it comes from) until you set them.")))
        el.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        el.addWidget(self.effects_table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("effectDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        el.addWidget(self.detail)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.reset_effect)
        el.addLayout(row)

        self.risk_chart = ChartView("riskMatrix")
        risks_page = QWidget()
        rl = QVBoxLayout(risks_page)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.risks_table)
        split.addWidget(self.risk_chart)
        split.setChildrenCollapsible(False)
        split.setSizes([300, 300])
        rl.addWidget(split, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_risk)
        buttons.addWidget(self.remove_risk)
        rl.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setUsesScrollButtons(False)  # every tab in view
        self.tabs.addTab(fit.scrolling(effects_page), self.tr("Non-priced effects"))
        self.tabs.addTab(fit.scrolling(risks_page), self.tr("Risks"))
        self.tabs.addTab(self.benefits_table, self.tr("Benefits plan"))
        self.tabs.addTab(self.tasks_table, self.tr("Responsibilities"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

        for model in (self.effects, self.risks, self.benefits, self.tasks):
            model.edit_requested.connect(self.edit_requested,
                                         Qt.ConnectionType.QueuedConnection)
            model.failed.connect(self.failed)
        self.effects_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_detail())
        self.effects.modelReset.connect(self._show_detail)
        self.add_risk.clicked.connect(self._add_risk)
        self.remove_risk.clicked.connect(self._remove_risk)
        self.reset_effect.clicked.connect(self._reset_effect)
        self._fitted = False
        self.show_scenario(None)

    def show_scenario(self, scenario: Scenario | None) -> None:
        """The scenario being edited: the risks and the matrix are its own; the effects and
        the benefits wait for its evaluation."""
        self.scenario = scenario
        for model in (self.effects, self.risks, self.benefits, self.tasks):
            model.scenario = scenario
        self._show_risks(scenario.assessment.risk_register if scenario else ())
        enabled = scenario is not None
        for button in (self.add_risk, self.remove_risk, self.reset_effect):
            button.setEnabled(enabled)
        if scenario is None:
            for model in (self.effects, self.benefits, self.tasks):
                model.set_rows(())
            self.note.setText(self.tr("Choose a scenario."))

    def show_evaluation(self, ev: ScenarioEvaluation | None) -> None:
        if ev is None or self.scenario is None or ev.scenario.name != self.scenario.name:
            return
        a = ev.assessment
        if a is None:
            self.note.setText(self.tr("The assessment is shown when the scenario has been "
                                      "computed."))
            return
        self.effects.set_rows(a.effects)
        self.benefits.set_rows(a.benefits)
        self.tasks.level = ev.scenario.level
        self.tasks.set_rows(a.tasks)
        self._show_risks(self.scenario.assessment.risk_register)
        self.total.setText(self.tr("Sum of the scores: %1").replace("%1", f"{a.total_score:+d}"
                                                                     .replace("-", "−")))
        suggested = sum(1 for e in a.effects if e.suggested and e.score is not None)
        self.note.setText(self.tr("Weighed beside the NPV in the report: %1 of %2 effects are "
                                  "still the data's suggestion.")
                          .replace("%1", str(suggested)).replace("%2", str(len(a.effects))))
        if not self._fitted and a.effects:
            self._fit()

    def _show_risks(self, risks: Sequence[Risk]) -> None:
        if self.risks.rows() == list(risks):
            return
        self.risks.set_rows(risks)
        shown = tuple(risks)
        self.risk_chart.set_chart(
            (lambda charts, figure: charts.risk_matrix(shown, figure)) if shown else None,
            self.tr("No risks registered."))

    def _show_detail(self) -> None:
        row = self.effects_table.currentIndex().row()
        if not 0 <= row < self.effects.rowCount():
            self.detail.setText(self.tr("Choose an effect to see its justification; "
                                        "double-click a cell to change it."))
            return
        e = self.effects.row_at(row)
        text = f"{e.label}: {e.justification or '–'}"
        if e.basis and e.basis != e.justification:
            text += "\n" + self.tr("From the data: %1").replace("%1", e.basis)
        self.detail.setText(text)

    def _fit(self) -> None:
        # the reason, shown whole below the table, gives way first; the name and the
        # effect's words («Middels positivt», «Ikke vurdert») wrap
        for table, elastic in ((self.effects_table, (WHY, 0, SCOPE_COL, SIGNIF, STATUS)),
                               (self.risks_table, (R_MITIGATION, 0)),
                               (self.benefits_table, (B_METHOD, 0))):
            table.fit_columns(190)
            table.setWordWrap(True)  # a few rows of text: the name and the reason wrap
            table.set_elastic(elastic, floor=60, first=elastic[0])
        self.tasks_table.fit_columns(320)
        self._fitted = True

    def _add_risk(self) -> None:
        if self.scenario is None:
            return
        self.edit_requested.emit(edits.with_risk(self.scenario, None,
                                                 title=self.tr("New risk")),
                                 self.tr("add a risk"))

    def _remove_risk(self) -> None:
        row = self.risks_table.currentIndex().row()
        if self.scenario is None or not 0 <= row < self.risks.rowCount():
            self.failed.emit(self.tr("Choose the risk to remove."))
            return
        risk = self.risks.row_at(row)
        self.edit_requested.emit(edits.without_risk(self.scenario, risk.key),
                                 self.tr("remove the risk «%1»").replace("%1", risk.title))

    def _reset_effect(self) -> None:
        row = self.effects_table.currentIndex().row()
        if self.scenario is None or not 0 <= row < self.effects.rowCount():
            self.failed.emit(self.tr("Choose the effect to give back to the suggestion."))
            return
        effect = self.effects.row_at(row)
        if effect.key not in self.scenario.assessment.effects:
            return
        self.edit_requested.emit(edits.without_effect(self.scenario, effect.key),
                                 self.tr("back to the suggestion for %1")
                                 .replace("%1", effect.label.lower()))
