"""Every model of the scenario tab passes pytest-qt's model tester with real data from the
demo project, and the baseline shows missing figures as missing, never as 0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.project.api import ProjectApi
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.evaluation import ScenarioEvaluation as Evaluation
from desktop.core.scenarios.evaluation import Simulation, evaluate
from desktop.core.scenarios.from_project import project_data
from desktop.ui.scenarios.allocation_model import AllocationModel
from desktop.ui.scenarios.baseline_model import BaselineModel
from desktop.ui.scenarios.candidates import candidates
from desktop.ui.scenarios.comparison_model import ComparisonModel
from desktop.ui.scenarios.parameter_proxy import ParameterFilterProxy
from desktop.ui.scenarios.parameters_model import ParametersModel
from desktop.ui.scenarios.participants_model import ParticipantsCheckModel
from desktop.ui.scenarios.scenario_list_model import ScenarioListModel
from desktop.ui.scenarios.targets_model import TargetSystemsModel
from desktop.ui.scenarios.trace_model import TraceModel
from desktop.ui.scenarios.years_model import YearsModel


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def evaluations(demo: Path) -> tuple[Evaluation, Evaluation]:
    api = ProjectApi.open(demo)
    try:
        project = project_data(api.db)
    finally:
        api.close()
    everyone = tuple(m.number for m in project.municipalities)
    a = evaluate(project, Scenario("Felles drift", everyone, level=2), Simulation(draws=500))
    b = evaluate(project, Scenario("Fagsystemer", everyone[:4], level=3,
                                   overrides={"discount_rate": 0.05}), Simulation(draws=500))
    return a, b


def test_result_models(qtmodeltester: Any, evaluations: tuple[Evaluation, Evaluation]) -> None:
    a, b = evaluations
    assert a.complete and a.result is not None and a.allocation is not None
    years = YearsModel()
    years.set_result(a.result)
    qtmodeltester.check(years)
    assert years.columnCount() == len(a.result.years) + 2
    allocation = AllocationModel()
    allocation.set_allocation(a.allocation)
    qtmodeltester.check(allocation)
    assert allocation.rowCount() == 8
    trace = TraceModel()
    trace.set_trace(a.result.trace)
    qtmodeltester.check(trace)
    comparison = ComparisonModel()
    comparison.set_evaluations((a, b))
    qtmodeltester.check(comparison)
    assert [comparison.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 3)] == [
        "Felles drift", "Fagsystemer"]


def test_editor_models(qtmodeltester: Any, demo: Path,
                       evaluations: tuple[Evaluation, Evaluation]) -> None:
    a, b = evaluations
    params = ParametersModel()
    params.set_scenario(b.scenario)
    qtmodeltester.check(params)
    proxy = ParameterFilterProxy()
    proxy.setSourceModel(params)
    proxy.set_changed_only(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Kalkulasjonsrente (reell)"
    proxy.set_changed_only(False)
    proxy.set_text("kalkulasjonsrente")
    assert proxy.rowCount() == 1
    participants = ParticipantsCheckModel()
    with ProjectApi.open(demo) as api:
        workspace = api.scenarios.workspace()
    participants.set_municipalities([(m.number, m.name, m.answered)
                                     for m in workspace.project.municipalities])
    participants.set_checked(b.scenario.participants)
    qtmodeltester.check(participants)
    assert len(participants.checked()) == 4
    targets = TargetSystemsModel()
    assert b.result is not None
    targets.set_targets(b.result.targets, candidates(workspace.project,
                                                      b.scenario.participants), True)
    qtmodeltester.check(targets)
    listing = ScenarioListModel()
    listing.set_rows([a.scenario, b.scenario])
    qtmodeltester.check(listing)
    baseline = BaselineModel()
    baseline.set_baseline(workspace.baseline)
    qtmodeltester.check(baseline)


def test_baseline_shows_missing_as_missing(qtmodeltester: Any, factory: Any) -> None:
    """A participant that has not answered has every figure missing, and the totals say so."""
    from tests.gui.data import answers

    path = factory.filled("4216", "birkenes.xlsx", facts=answers()["facts"],
                          **{k: v for k, v in answers().items() if k != "facts"})
    factory.api.import_files([path])
    model = BaselineModel()
    model.set_baseline(factory.api.scenarios.workspace().baseline)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert sorted(headers[1:4]) == ["Birkenes", "Iveland", "Søgne"] and headers[4] == "Sum"
    birkenes, iveland = headers.index("Birkenes"), headers.index("Iveland")
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    users = rows["IT-brukere"]
    assert model.index(users, birkenes).data() == "520"
    assert model.index(users, iveland).data() == "mangler"  # has not answered: not 0
    assert model.index(users, 4).data() == "520 (mangler for 2 av 3)"
    assert "ikke regnet som 0" in model.index(users, iveland).data(
        Qt.ItemDataRole.ToolTipRole)
