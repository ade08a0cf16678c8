"""The comparison, the charts and the tab rendered to $SAMDRIFT_SHOTS (default /tmp/gui-shots)
in several states, so that a person can look at them: today's situation, the editor with its
results, the parameters, the charts, the comparison, and the tab in English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.core.scenarios import Scenario
from desktop.ui import settings
from desktop.ui.app import configure_app
from desktop.ui.scenarios import numbers
from tests.gui.scenario_support import copy_demo, expected_npv, open_scenarios, wait_idle
from tests.gui.shots import assert_painted, shot


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


def _settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(80)


def _three_scenarios(qtbot: Any, view: Any) -> None:
    view.new_scenario("Felles drift")
    wait_idle(qtbot, view)
    view.duplicate_scenario("Felles fagsystemer")
    wait_idle(qtbot, view)
    view.setup.level.setCurrentIndex(view.setup.level.findData(3))
    wait_idle(qtbot, view)
    view.new_scenario("Fire kommuner")
    wait_idle(qtbot, view)
    model = view.setup.participants
    for r in range(model.rowCount())[4:]:
        model.setData(model.index(r, 0), Qt.CheckState.Unchecked.value,
                      Qt.ItemDataRole.CheckStateRole)
        wait_idle(qtbot, view)


def test_comparison_shows_the_chosen_scenarios(qtbot: Any, demo: Path, tmp_path: Path,
                                               shots_dir: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    _three_scenarios(qtbot, view)
    assert len(view.controller.scenario().participants) == 4
    view.pages.setCurrentWidget(view.comparison)
    view.comparison.set_checked(["Felles drift", "Fire kommuner"])
    qtbot.waitUntil(lambda: len(view.controller.comparison) == 2, timeout=30000)
    _settle(qtbot)
    model = view.comparison.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(1, model.columnCount())]
    assert headers == ["Felles drift", "Fire kommuner"]
    npv_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data()
                   == "Nåverdi (NPV)")
    four = view.controller.scenarios["Fire kommuner"]
    assert model.index(npv_row, 2).data() == numbers.money(expected_npv(project, four))
    charts = view.comparison.charts
    qtbot.waitUntil(lambda: all(c.drawn for c in charts.views()), timeout=30000)
    shot(win, shots_dir / "scenarios-4-comparison.png", "Sammenlign (velg 2–4):",
         "Felles drift", "Fire kommuner", "Nåverdi (NPV)", "Tilbakebetalingsår")
    for chart in charts.views():
        assert_painted(chart)

    view.comparison.set_checked(["Felles drift", "Felles fagsystemer", "Fire kommuner"])
    qtbot.waitUntil(lambda: len(view.controller.comparison) == 3, timeout=30000)
    _settle(qtbot)
    assert model.columnCount() == 4
    shot(win, shots_dir / "scenarios-5-comparison-three.png", "Felles fagsystemer",
         "3 Felles fagsystemer (ett system per tjenesteområde)")


def test_tab_screenshots(qtbot: Any, demo: Path, tmp_path: Path, shots_dir: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    view.pages.setCurrentWidget(view.baseline)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-0-baseline.png", "Dagens situasjon", "Innbyggere (oppgitt)",
         "143 845", "Sårbarhetsflagg")
    view.pages.setCurrentIndex(1)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-1-empty.png", "Lagrede scenarioer", "&Nytt …")
    _three_scenarios(qtbot, view)
    view.list.selected.emit("Felles fagsystemer")
    wait_idle(qtbot, view)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-2-editor.png", "Felles fagsystemer", "Nåverdi (NPV)",
         "Kristiansand (4204)", "Distinkte fagsystemer")
    view.editor_tabs.setCurrentWidget(view.targets)
    view.results.tabs.setCurrentIndex(1)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-2b-targets-years.png", "Felles system", "Helse og omsorg",
         "Netto innsparing (i dag − scenario − engang)")
    view.editor_tabs.setCurrentWidget(view.parameters)
    model = view.parameters.model
    view.parameters.proxy.setData(view.parameters.proxy.mapFromSource(
        model.index(model.row_of("discount_rate"), 1)), "3")
    wait_idle(qtbot, view)
    view.parameters.select("discount_rate")
    view.results.tabs.setCurrentIndex(2)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-3-parameters-allocation.png", "Kalkulasjonsrente (reell)",
         "3 %", "Kommune")
    view.results.tabs.setCurrentIndex(3)
    charts = view.results.charts
    qtbot.waitUntil(lambda: all(c.drawn for c in charts.views()), timeout=30000)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-3b-charts.png", "Kalkulasjonsrente (reell)")
    for chart in charts.views():
        assert_painted(chart)
    view.results.tabs.setCurrentIndex(4)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-3c-notes.png",
         "Hva som mangler, er anslått eller holdt utenfor")
    view.results.tabs.setCurrentIndex(5)
    view.results.trace_table.select_source_row(0)
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-3d-trace.png", "(årsverk i felles drift + ledelse)")
    win.close()


def test_tab_in_english(qtbot: Any, qapp: QApplication, app: Any, demo: Path, tmp_path: Path,
                        shots_dir: Path) -> None:
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
    settings.put(settings.LANGUAGE, "en")
    assert configure_app(qapp) is None
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    assert win.tabs.tabText(win.tabs.indexOf(view)) == "Scenarios"
    assert [view.pages.tabText(i) for i in range(3)] == [
        "Today's situation", "Scenarios", "Comparison"]
    view.new_scenario("Shared operations")
    wait_idle(qtbot, view)
    assert isinstance(view.controller.scenario(), Scenario)
    assert "NPV" in view.results.headline.text()
    view.setup.level.setCurrentIndex(view.setup.level.findData(3))
    wait_idle(qtbot, view)
    texts = [text for r in range(view.targets.model.rowCount())
             for text, _ in view.targets.model.choices(r)[1:-1]]
    counts = [re.search(r"\((\d+) (municipality|municipalities)\b", t) for t in texts]
    assert counts and all(m and (m[2] == "municipality") == (m[1] == "1") for m in counts)
    assert any(m and m[1] == "1" for m in counts)  # «1 municipality», not «1 municipalities»
    _settle(qtbot)
    shot(win, shots_dir / "scenarios-6-english.png", "Shared operations",
         "Net present value (NPV)", "Participants")
