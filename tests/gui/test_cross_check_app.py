"""One truth in the app: the scenario tab shows, for every saved scenario, the figures of
`samdrift scenario --show --json` (at the tab's precision), on the demo and on a project where
a participant has not answered (tests/unit/reports/test_cross_check.py checks the report)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core import formatting
from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi
from desktop.ui.main_window import MainWindow
from desktop.ui.scenarios import numbers
from tests.unit.reports.test_cross_check import LEFT_OUT, build_partial


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("cross-app")
    demo = build_demo(root / "demo", scenarios=True)
    return [demo, build_partial(demo, root)]


def documents(project: Path) -> dict[str, dict[str, Any]]:
    with ProjectApi.open(project) as api:
        return {s.name: api.scenarios.evaluate(s.name).document()
                for s in api.scenarios.saved()}


def cell(model: Any, row_label: str, column: int = 1) -> str:
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == row_label)
    return str(model.index(row, column).data())


@pytest.mark.parametrize("which", [0, 1], ids=["demo", "non-responder"])
def test_the_scenario_tab_shows_the_json_figures(qtbot: Any, projects: list[Path],
                                                 which: int) -> None:
    project = projects[which]
    docs = documents(project)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project)
    win.tabs.setCurrentWidget(win.scenarios)
    c = win.scenarios.controller
    for name, doc in docs.items():
        c.select(name)
        qtbot.waitUntil(lambda n=name: c.evaluation is not None and c.evaluation.complete
                        and c.evaluation.name == n and not c.stale, timeout=60000)
        k = c.evaluation.numbers
        assert (k.npv, k.p10, k.p50, k.p85, k.p90) == tuple(
            doc[f] for f in ("npv", "p10", "p50", "p85", "p90"))
        assert (k.one_time_total, k.cost_today, k.payback_year) == (
            doc["one_time_total"], doc["cost_today"], doc["payback_year"])
        results = win.scenarios.results
        assert numbers.money(doc["npv"]) in results.headline.text()
        for p in ("p10", "p50", "p90", "one_time_p50", "one_time_p85"):
            assert numbers.money(doc[p]) in results.spread.text()
        assert "P85" not in results.spread.text().split("One-time")[0].split(
            "Engangskostnader")[0]  # never attached to the NPV
        key = results.key_model
        assert cell(key, "Driftskostnad i dag (per år)") == numbers.money(doc["cost_today"])
        assert cell(key, "Engangskostnader i alt") == numbers.money(doc["one_time_total"])
        allocation = results.allocation_model
        for i, m in enumerate(doc["allocation"]["municipalities"]):
            shown = [allocation.index(i, col).data() for col in range(3)]
            assert shown[0].startswith(m["name"])
            if m["status"] == "left_out":
                assert shown[1:] == ["–", "–"]  # missing, never 0
                assert m["name"] == LEFT_OUT
            else:
                assert shown[1:] == [formatting.number(m["cost_today"]),
                                     formatting.number(m["cost_scenario"])]
    win.close()
