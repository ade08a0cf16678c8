"""The scenario editor on the demo project: a new scenario, a parameter changed, undo, the
participants and the allocation, the common systems; every change saved in the project."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.scenarios.parameters import NOT_SAMPLED, PARAMETERS
from desktop.ui.scenarios import numbers
from desktop.ui.scenarios.parameters_model import HIGH, VALUE
from tests.gui.scenario_support import (
    copy_demo,
    expected_npv,
    open_scenarios,
    saved,
    wait_idle,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


def shown_npv(view: Any) -> str:
    """The NPV as the key numbers table shows it."""
    model = view.results.key_model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == "Nåverdi (NPV)":
            return str(model.index(r, 1).data())
    raise AssertionError("no NPV row")


def parameter_index(view: Any, key: str, column: int = VALUE) -> Any:
    panel = view.parameters
    source = panel.model.index(panel.model.row_of(key), column)
    return panel.proxy.mapFromSource(source)


def test_new_scenario_edit_and_undo(qtbot: Any, demo: Path, tmp_path: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    assert view.work.is_empty  # no scenarios yet: a message says how to make one
    assert view.new_scenario("Felles drift")
    wait_idle(qtbot, view)
    assert view.list.model.rowCount() == 1
    first = saved(project, "Felles drift")
    assert len(first.participants) == 7 and first.level == 2
    npv = expected_npv(project, first)
    assert view.controller.evaluation.result.npv == pytest.approx(npv)
    assert shown_npv(view) == numbers.money(npv)
    assert numbers.money(npv) in view.results.headline.text()

    # the discount rate from 4 % to 8 %: typed as a user would, in the parameter table
    view.editor_tabs.setCurrentWidget(view.parameters)
    assert view.parameters.proxy.setData(parameter_index(view, "discount_rate"), "8")
    wait_idle(qtbot, view)
    changed = saved(project, "Felles drift")
    assert changed.overrides == {"discount_rate": pytest.approx(0.08)}
    npv8 = expected_npv(project, changed)
    assert npv8 != pytest.approx(npv)
    assert shown_npv(view) == numbers.money(npv8)
    row = view.parameters.model.row_at(view.parameters.model.row_of("discount_rate"))
    assert row.overridden and parameter_index(view, "discount_rate").data() == "8\u00a0%"
    assert parameter_index(view, "discount_rate").data(Qt.ItemDataRole.FontRole).bold()

    # Ctrl+Z in the tab: the value, the saved scenario and the NPV are back
    view.parameters.table.setFocus()
    qtbot.keyClick(view.parameters.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert saved(project, "Felles drift").overrides == {}
    assert parameter_index(view, "discount_rate").data() == "4\u00a0%"
    assert shown_npv(view) == numbers.money(npv)
    # and Ctrl+Shift+Z does it again
    qtbot.keyClick(view.parameters.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, view)
    assert saved(project, "Felles drift").overrides == {"discount_rate": pytest.approx(0.08)}
    assert shown_npv(view) == numbers.money(npv8)
    # the catalogue's history was not touched
    assert win.catalogue.controller.stack.count() == 0


def test_bad_value_is_refused_with_a_message(qtbot: Any, demo: Path, tmp_path: Path) -> None:
    win = open_scenarios(qtbot, copy_demo(demo, tmp_path))
    view = win.scenarios
    view.new_scenario("A")
    wait_idle(qtbot, view)
    view.parameters.proxy.setData(parameter_index(view, "vms_per_host"), "0")
    qtbot.waitUntil(lambda: view.message.isVisible())
    assert "større enn 0" in view.message.text()
    assert view.controller.stack.count() == 1  # only the new scenario
    # a range: the high value of the first parameter that has a range and is not a share
    spec = next(p for p in PARAMETERS if p.uncertain and p.key not in NOT_SAMPLED
                and not p.percent and p.unit != "andel")
    high = (spec.high or 0) * 2
    view.parameters.proxy.setData(parameter_index(view, spec.key, HIGH), str(high))
    wait_idle(qtbot, view)
    assert view.controller.scenario().ranges[spec.key] == (spec.low, spec.default, high)
    assert view.message.isHidden()


def test_participants_change_the_allocation(qtbot: Any, demo: Path, tmp_path: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    view.new_scenario("Alle")
    wait_idle(qtbot, view)
    rows = view.results.allocation_model.rows()
    assert [r.name for r in rows][-1] == "Sum"
    assert len(rows) == 8 and "Kristiansand" in [r.name for r in rows]

    model = view.setup.participants
    kristiansand = next(r for r in range(model.rowCount())
                        if "Kristiansand" in model.index(r, 0).data())
    assert model.setData(model.index(kristiansand, 0), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    wait_idle(qtbot, view)
    names = [r.name for r in view.results.allocation_model.rows()]
    assert len(names) == 7 and "Kristiansand" not in names
    assert "4204" not in saved(project, "Alle").participants
    assert view.controller.stack.undoText() == "ta ut Kristiansand"
    view.controller.stack.undo()
    wait_idle(qtbot, view)
    assert "Kristiansand" in [r.name for r in view.results.allocation_model.rows()]
    assert "4204" in saved(project, "Alle").participants


def test_level_and_common_system(qtbot: Any, demo: Path, tmp_path: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    view.new_scenario("Fagsystemer")
    wait_idle(qtbot, view)
    view.setup.level.setCurrentIndex(view.setup.level.findData(3))
    wait_idle(qtbot, view)
    assert saved(project, "Fagsystemer").level == 3
    targets = view.targets.model
    slots = [targets.index(r, 0).data() for r in range(targets.rowCount())]
    assert "Skole" in slots
    row = slots.index("Skole")
    choices = targets.choices(row)
    counts = [re.search(r"\((\d+) (kommuner?)\b", text) for text, _ in choices[1:-1]]
    assert counts and all(m and (m[2] == "kommune") == (m[1] == "1") for m in counts)
    other = next(data for text, data in choices[1:-1]
                 if data != targets.row_at(row).system_key)
    assert targets.setData(targets.index(row, 1), other)
    wait_idle(qtbot, view)
    assert saved(project, "Fagsystemer").targets == {"Skole": other}
    assert targets.row_at(slots.index("Skole")).rule == "override"
    level4 = view.setup.level.findData(4)
    assert "kvalitativ" in view.setup.level.itemText(level4)
    view.setup.level.setCurrentIndex(level4)
    wait_idle(qtbot, view)
    assert "kvalitativt" in view.results.notes.toPlainText()


def test_duplicate_rename_delete_and_undo(qtbot: Any, demo: Path, tmp_path: Path) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    view.new_scenario("Felles drift")
    wait_idle(qtbot, view)
    assert not view.new_scenario("felles  DRIFT")  # the same name, differently written
    assert "finnes allerede" in view.message.text() or "Det finnes" in view.message.text()
    assert view.duplicate_scenario("Kopi")
    wait_idle(qtbot, view)
    assert view.controller.current == "Kopi"
    assert view.rename_scenario("Fire kommuner")
    wait_idle(qtbot, view)
    assert saved(project, "Fire kommuner").participants == saved(
        project, "Felles drift").participants
    assert view.delete_scenario()
    wait_idle(qtbot, view)
    assert [view.list.model.index(r, 0).data() for r in range(view.list.model.rowCount())] \
        == ["Felles drift"]
    view.controller.stack.undo()  # the deletion
    wait_idle(qtbot, view)
    assert saved(project, "Fire kommuner").name == "Fire kommuner"
    view.controller.stack.undo()  # the renaming
    wait_idle(qtbot, view)
    assert saved(project, "Kopi").name == "Kopi"
    assert view.controller.current == "Kopi"


def test_rapid_edits_show_only_the_latest_result(qtbot: Any, demo: Path,
                                                 tmp_path: Path) -> None:
    import dataclasses

    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view = win.scenarios
    view.new_scenario("Raskt")
    wait_idle(qtbot, view)
    shown: list[Any] = []
    view.controller.evaluated.connect(shown.append)
    for rate in (0.05, 0.06, 0.07, 0.08, 0.09):
        current = view.controller.scenario()
        view.controller.edit(dataclasses.replace(current, overrides={"discount_rate": rate}),
                             f"rente {rate}")
    assert view.window().isVisible()  # the GUI was not blocked: we are here at once
    wait_idle(qtbot, view)
    latest = view.controller.scenario()
    assert latest.overrides == {"discount_rate": 0.09}
    assert shown and all(e.scenario == latest for e in shown)  # nothing stale was shown
    assert sum(1 for e in shown if e.complete) == 1  # one computation for five edits
    assert shown_npv(view) == numbers.money(expected_npv(project, latest))
    assert view.controller.stack.count() == 6  # each edit can still be undone on its own


def test_edit_menu_undo_follows_the_tab_in_front(qtbot: Any, demo: Path, tmp_path: Path
                                                  ) -> None:
    project = copy_demo(demo, tmp_path)
    win = open_scenarios(qtbot, project)
    view, undo = win.scenarios, win.actions_.undo
    view.new_scenario("Felles drift")
    wait_idle(qtbot, view)
    view.parameters.proxy.setData(parameter_index(view, "discount_rate"), "8")
    wait_idle(qtbot, view)
    # the scenarios in front: Rediger → Angre names and undoes the scenario change
    assert undo.isEnabled()
    assert undo.text() == "&Angre: " + view.controller.stack.undoText()
    assert view.controller.stack.undoText() and win.catalogue.controller.stack.count() == 0
    undo.trigger()
    wait_idle(qtbot, view)
    assert saved(project, "Felles drift").overrides == {}
    # the catalogue in front, with nothing to undo there: nothing to undo in the menu
    win.tabs.setCurrentWidget(win.catalogue)
    assert not undo.isEnabled() and undo.text() == "&Angre"
    win.tabs.setCurrentWidget(view)
    assert undo.isEnabled()  # the new scenario can still be undone
