"""The «Scenarier» tab: today's situation, the scenario editor next to its live results, and
the comparison. Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the tab's changes while the
focus is in the tab (a text field being typed in keeps its own undo)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project.changes import Changes
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.allocation import PriceModel
from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.ui import tones
from desktop.ui.scenarios.assessment_panel import AssessmentPanel
from desktop.ui.scenarios.baseline_view import BaselineView
from desktop.ui.scenarios.comparison_view import ComparisonView
from desktop.ui.scenarios.controller import ScenarioController
from desktop.ui.scenarios.list_panel import ListPanel
from desktop.ui.scenarios.parameters_panel import ParametersPanel
from desktop.ui.scenarios.results_view import ResultsView
from desktop.ui.scenarios.setup_panel import SetupPanel
from desktop.ui.scenarios.targets_panel import TargetsPanel
from desktop.ui.views import fit
from desktop.ui.views.empty_state import EmptyState
from desktop.ui.views.panes import AdaptivePanes

INFO_STYLE = "color: palette(text); padding: 4px;"
EDITOR_WIDTH = 550  # logical pixels the editor needs beside the results (its tables whole)
RESULTS_WIDTH = 400  # ... and the results (the headline, a key number with its label)


class ScenariosView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenariosView")
        self.controller = ScenarioController(self)
        c = self.controller

        self.message = QLabel()
        self.message.setObjectName("scenarioMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.baseline = BaselineView()
        self.list = ListPanel(c.stack)
        self.setup = SetupPanel()
        self.targets = TargetsPanel()
        self.parameters = ParametersPanel()
        self.assessment = AssessmentPanel()
        self.results = ResultsView()
        self.comparison = ComparisonView()

        self.editor_title = QLabel()
        self.editor_title.setObjectName("scenarioEditorTitle")
        self.editor_title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.editor_tabs = QTabWidget()
        self.editor_tabs.setObjectName("scenarioEditorTabs")
        self.editor_tabs.setUsesScrollButtons(False)  # «Utover kronene» never hidden
        self.editor_tabs.addTab(fit.scrolling(self.setup), self.tr("Set-up"))
        self.editor_tabs.addTab(self.targets, self.tr("Common systems"))
        self.editor_tabs.addTab(self.parameters, self.tr("Parameters"))
        self.editor_tabs.addTab(self.assessment, self.tr("Beyond the money"))
        editor = QWidget()
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.editor_title)
        el.addWidget(self.editor_tabs, 1)

        # side by side where each has room, else on two tabs (a laptop at 150 %)
        work = AdaptivePanes("scenarioWork")
        work.add(editor, self.tr("Scenario"), EDITOR_WIDTH, stretch=3)
        work.add(self.results, self.tr("Results"), RESULTS_WIDTH, stretch=2)
        # the editor's tables (a parameter with its range, an effect with its status) take
        # more width than the results' label and value
        work.splitter.setSizes([620, 440])
        self.work_panes = work
        self.work = EmptyState(work, self.tr(
            "No scenarios yet. Click «New…» to make one: it starts with every participant at "
            "level 2 (common technical operations), and every change is saved at once."))
        page = QSplitter(Qt.Orientation.Horizontal)
        page.setObjectName("scenarioPageSplitter")
        page.addWidget(self.list)
        page.addWidget(self.work)
        page.setStretchFactor(0, 0)
        page.setStretchFactor(1, 1)
        page.setChildrenCollapsible(False)
        page.setSizes([210, 1300])  # most saved names whole; a long one elided, whole on hover

        self.pages = QTabWidget()
        self.pages.setObjectName("scenarioPages")
        self.pages.addTab(self.baseline, self.tr("Today's situation"))
        self.pages.addTab(page, self.tr("Scenarios"))
        self.pages.addTab(self.comparison, self.tr("Comparison"))
        self.pages.setCurrentIndex(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

        c.loaded.connect(self._loaded)
        c.scenarios_changed.connect(self._scenarios_changed)
        c.current_changed.connect(self._current_changed)
        c.evaluating.connect(self.results.set_busy)
        c.stage.connect(self.results.set_stage)
        c.evaluated.connect(self._evaluated)
        c.comparing.connect(self.comparison.set_busy)
        c.compared.connect(self.comparison.show_evaluations)
        c.failed.connect(self.show_error)
        c.stale_changed.connect(self.results.set_stale)
        c.stale_changed.connect(self.comparison.set_stale)
        c.stack.indexChanged.connect(lambda _i: self.message.hide())
        self.list.selected.connect(c.select)
        self.list.new.clicked.connect(lambda: self.new_scenario())
        self.list.duplicate.clicked.connect(lambda: self.duplicate_scenario())
        self.list.rename.clicked.connect(lambda: self.rename_scenario())
        self.list.delete.clicked.connect(self.delete_scenario)
        for panel in (self.setup, self.targets, self.parameters, self.assessment):
            panel.edit_requested.connect(self._edit)
        self.assessment.failed.connect(self.show_error)
        self.setup.failed.connect(self.show_error)
        self.parameters.failed.connect(self.show_error)
        self.results.stop_requested.connect(c.stop)
        self.results.allocation_settings.changed.connect(self._allocation)
        self.comparison.chosen.connect(c.compare)
        self._loaded()
        self._scenarios_changed()
        self._current_changed(None)

    # --- the project -----------------------------------------------------------------------
    def set_project(self, path: Path | None) -> None:
        self.message.hide()
        self.controller.set_project(path)

    def refresh(self) -> None:
        """Read the project again (the window's refresh)."""
        self.controller.reload()

    def data_changed(self, changes: Changes) -> None:
        """The project's data changed: figures that depend on it are recomputed."""
        self.controller.data_changed(changes)

    def shutdown(self) -> None:
        self.controller.shutdown()

    # --- showing ---------------------------------------------------------------------------
    def _loaded(self) -> None:
        ws = self.controller.workspace
        self.baseline.set_baseline(ws.baseline if ws else None, ws.cost_today if ws else None)
        self.setup.set_municipalities(self.controller.participants())
        self.targets.project = ws.project if ws else None

    def _scenarios_changed(self) -> None:
        c = self.controller
        self.list.set_scenarios(list(c.scenarios.values()), c.current, c.path is not None)
        chosen = [n for n in self.comparison.checked() if n in c.scenarios]
        if not chosen and len(c.scenarios) >= 2:
            chosen = []
        self.comparison.set_names(c.names(), chosen)
        self.work.set_empty(not c.scenarios)

    def _current_changed(self, scenario: Scenario | None) -> None:
        self.list.show_current(scenario.name if scenario else None)
        self.editor_title.setText(scenario.name if scenario else "")
        self.setup.show_scenario(scenario)
        self.parameters.show_scenario(scenario)
        self.results.allocation_settings.show_scenario(scenario)
        self.targets.scenario = scenario
        self.assessment.show_scenario(scenario)
        ev = self.controller.evaluation
        if scenario is None:
            self.results.show_evaluation(None)
            self.targets.show_result(None, None)
        elif ev is None or ev.scenario.name != scenario.name:
            self.results.show_evaluation(None)

    def _evaluated(self, evaluation: Evaluation | None) -> None:
        if evaluation is None:
            return
        self.results.show_evaluation(evaluation)
        self.targets.show_result(evaluation.scenario, evaluation.result)
        self.assessment.show_evaluation(evaluation)
        if evaluation.result is not None and evaluation.scenario == self.parameters.scenario:
            self.parameters.show_scenario(evaluation.scenario, evaluation.result.parameters)

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {tones.NEGATIVE.name()}; padding: 4px;")
        self.message.setText(text)
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(text)
        self.message.show()

    # --- changes ---------------------------------------------------------------------------
    def _allocation(self, keys: dict[str, str], cap: float | None, years: int) -> None:
        scenario = self.controller.scenario()
        if scenario is None:
            return
        default = PriceModel()
        chosen = {c: k for c, k in keys.items() if k != next(iter(getattr(default, c).keys))}
        self._edit(dataclasses.replace(scenario, allocation_keys=chosen, transition_cap=cap,
                                       transition_years=years),
                   self.tr("change the cost allocation"))

    def _edit(self, scenario: Scenario, what: str) -> None:
        self.message.hide()
        self.controller.edit(scenario, what)

    def _ask_name(self, title: str, label: str, default: str, ignore: str | None = None
                  ) -> str | None:
        name = default
        while True:
            name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, name)
            if not ok:
                return None
            problem = self._name_problem(name, ignore)
            if problem is None:
                return name.strip()
            self.show_error(problem)

    def _name_problem(self, name: str, ignore: str | None = None) -> str | None:
        problem = self.controller.name_problem(name, ignore)
        if problem == "empty":
            return self.tr("A scenario needs a name.")
        if problem == "long":
            return self.tr("A name can be at most 200 characters.")
        if problem == "taken":
            return self.tr("There is already a scenario called «%1».").replace("%1",
                                                                                name.strip())
        return None

    def new_scenario(self, name: str | None = None) -> bool:
        c = self.controller
        if c.workspace is None:
            return False
        if name is None:
            name = self._ask_name(self.tr("New scenario"), self.tr("Name:"),
                                  c.free_name(self.tr("Scenario")))
        elif (problem := self._name_problem(name)) is not None:
            self.show_error(problem)
            return False
        if name is None:
            return False
        c.create(name, self.tr("new scenario «%1»").replace("%1", name))
        self.pages.setCurrentIndex(1)
        return True

    def duplicate_scenario(self, name: str | None = None) -> bool:
        c = self.controller
        source = c.current
        if source is None:
            return False
        if name is None:
            name = self._ask_name(self.tr("Duplicate scenario"), self.tr("Name of the copy:"),
                                  c.free_name(self.tr("%1 (copy)").replace("%1", source)))
        elif (problem := self._name_problem(name)) is not None:
            self.show_error(problem)
            return False
        if name is None:
            return False
        c.duplicate(source, name, self.tr("duplicate «%1»").replace("%1", source))
        return True

    def rename_scenario(self, name: str | None = None) -> bool:
        c = self.controller
        old = c.current
        if old is None:
            return False
        if name is None:
            name = self._ask_name(self.tr("Rename scenario"), self.tr("New name:"), old, old)
        elif (problem := self._name_problem(name, old)) is not None:
            self.show_error(problem)
            return False
        if name is None or name.strip() == old:
            return False
        c.rename(old, name, self.tr("rename «%1»").replace("%1", old))
        return True

    def delete_scenario(self) -> bool:
        c = self.controller
        name = c.current
        if name is None:
            return False
        c.delete(name, self.tr("delete «%1»").replace("%1", name))
        self.show_info(self.tr("Deleted «%1». Ctrl+Z brings it back.").replace("%1", name))
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
