"""«Utover kronene» in the scenario editor on the demo: the data's suggestion for robustness
shown in grey with the survey's figure, set by the user (saved in the scenario's definition),
undone with Ctrl+Z; a risk added and removed; a task moved to another level."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.ui.scenarios.assessment_models import R_P, SCOPE_COL, SIGNIF, STATUS, T_LEVEL, WHY
from tests.gui.scenario_support import copy_demo, open_scenarios, saved, wait_idle
from tests.gui.shots import shot


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


def test_effects_risks_and_matrix_are_edited_with_undo(qtbot: Any, demo: Path, shots_dir: Path,
                                                      tmp_path: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    assert view.new_scenario("Felles drift")
    wait_idle(qtbot, view)
    panel = view.assessment
    view.editor_tabs.setCurrentWidget(panel)
    effects = panel.effects
    qtbot.waitUntil(lambda: effects.rowCount() == 8)
    assert effects.index(0, 0).data() == "Robusthet og sårbarhet"
    assert effects.index(0, STATUS).data() == "Forslag"
    assert "1 av 7 IT-enheter har ≤ 2 årsverk i dag" in effects.index(0, WHY).data()
    assert effects.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # grey

    # the user lowers the scope: the effect is theirs now, saved in the scenario
    assert effects.setData(effects.index(0, SCOPE_COL), 1)
    wait_idle(qtbot, view)
    entry = saved(project, "Felles drift").assessment.effects["robustness"]
    assert (entry.significance, entry.scope) == (3, 1)
    qtbot.waitUntil(lambda: effects.index(0, STATUS).data() == "Vurdert")
    assert effects.index(0, 3).data() == "+ +"
    win.resize(1500, 900)
    panel.effects_table.setFocus()
    shot(win, shots_dir / "assessment-effects.png", "Robusthet og sårbarhet", "Vurdert")

    qtbot.keyClick(panel.effects_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert saved(project, "Felles drift").assessment.effects == {}
    qtbot.waitUntil(lambda: effects.index(0, STATUS).data() == "Forslag")

    # a bad significance is refused with a message
    effects.setData(effects.index(1, SIGNIF), 7)
    qtbot.waitUntil(lambda: view.message.isVisible())
    assert "Betydning må være 1" in view.message.text()

    # risks: five seeded; add one, change its probability, remove it
    panel.tabs.setCurrentIndex(1)
    risks = panel.risks
    assert risks.rowCount() == 5
    panel.add_risk.click()
    wait_idle(qtbot, view)
    qtbot.waitUntil(lambda: risks.rowCount() == 6)
    assert risks.setData(risks.index(5, R_P), 5)
    wait_idle(qtbot, view)
    assert saved(project, "Felles drift").assessment.risk_register[-1].probability == 5
    shot(win, shots_dir / "assessment-risks.png")
    panel.risks_table.selectRow(5)
    panel.remove_risk.click()
    wait_idle(qtbot, view)
    assert len(saved(project, "Felles drift").assessment.risk_register) == 5

    # the responsibility matrix: the budget moves to level 4
    panel.tabs.setCurrentIndex(3)
    tasks = panel.tasks
    qtbot.waitUntil(lambda: tasks.rowCount() > 0)
    budget = next(r for r in range(tasks.rowCount()) if tasks.row_at(r).key == "budget")
    assert tasks.setData(tasks.index(budget, T_LEVEL), 4)
    wait_idle(qtbot, view)
    assert saved(project, "Felles drift").assessment.responsibilities == {"budget": 4}
    qtbot.waitUntil(lambda: tasks.index(budget, T_LEVEL).data() == "Nivå 4")
    assert tasks.index(budget, 5).data() == "Felles enhet"  # level 4 column
    shot(win, shots_dir / "assessment-matrix.png", "Felles enhet", "Nivå 4")
    panel.tabs.setCurrentIndex(2)
    shot(win, shots_dir / "assessment-benefits.png")
    assert panel.benefits.rowCount() >= 4
