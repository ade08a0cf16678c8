"""One truth in the app: a change anywhere reaches every figure that depends on it, without F5,
and a figure computed on data that has since changed is never shown as current."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.project.changes import Changes, Data
from desktop.core.scenarios.scenario import Scenario
from desktop.ui.main_window import MainWindow
from tests.gui.catalogue_support import key, open_catalogue, wait_idle
from tests.helpers.catalogue_returns import fill
from tests.helpers.factory import ProjectFactory

EVERYONE = ("4216", "4218", "1018")


def shown_total(win: MainWindow, label: str) -> str:
    """The «Total» cell of a row of «Dagens situasjon», as the table shows it."""
    model = win.scenarios.baseline.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == label)
    return str(model.index(row, model.columnCount() - 1).data())


def shown_key_number(win: MainWindow, label: str) -> str:
    model = win.scenarios.results.key_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)
    return str(model.index(row, 1).data())


def computed(win: MainWindow) -> Any:
    """The scenario tab's evaluation once it is complete and current."""
    c = win.scenarios.controller
    ev = c.evaluation
    return ev if ev is not None and ev.complete and not c.stale and c.idle else None


def test_a_catalogue_decision_updates_the_scenario_tab_without_a_refresh(
        qtbot: Any, factory: ProjectFactory, monkeypatch: Any) -> None:
    fill(factory)
    factory.api.scenarios.save(Scenario("Alle tre", EVERYONE, level=3))
    win = open_catalogue(qtbot, factory)
    qtbot.waitUntil(lambda: computed(win) is not None, timeout=60000)
    before = computed(win)
    systems_before = win.scenarios.controller.workspace.baseline.total.distinct_systems.value
    assert shown_total(win, "Distinkte fagsystemer") == str(int(systems_before))
    assert before.numbers.systems_today == systems_before

    refreshed: list[int] = []
    monkeypatch.setattr(win, "refresh", lambda: refreshed.append(1))
    view = win.catalogue
    key(qtbot, view.suggestions, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # auto
    wait_idle(qtbot, view)
    headline = view.headline.text()  # «13 installasjoner → 6 distinkte systemer»
    systems_after = int(headline.split("→")[1].split()[0])
    assert systems_after < systems_before

    # «Dagens situasjon» and the scenario's key numbers follow, with no refresh command
    qtbot.waitUntil(lambda: shown_total(win, "Distinkte fagsystemer") == str(systems_after),
                    timeout=60000)
    qtbot.waitUntil(lambda: computed(win) is not None
                    and computed(win).numbers.systems_today == systems_after, timeout=60000)
    assert not win.scenarios.results.stale
    assert computed(win).numbers.systems_today != before.numbers.systems_today
    assert refreshed == []  # the tabs followed the change set; nothing called refresh
    monkeypatch.undo()


def test_results_computed_on_changed_data_are_marked_until_computed_again(
        qtbot: Any, factory: ProjectFactory) -> None:
    fill(factory)
    factory.api.scenarios.save(Scenario("Alle tre", EVERYONE, level=2))
    win = open_catalogue(qtbot, factory)
    win.tabs.setCurrentWidget(win.scenarios)
    qtbot.waitUntil(lambda: computed(win) is not None, timeout=60000)
    results = win.scenarios.results
    assert not results.stale and results.tabs.isEnabled()

    marked: list[bool] = []
    win.scenarios.controller.stale_changed.connect(marked.append)
    win.data_changed(Changes.of(Data.RETURNS, returns=["4216"]))  # e.g. another app imported
    assert results.stale and not results.tabs.isEnabled()  # at once, before any reading
    assert results.stale_note.isVisibleTo(win)
    qtbot.waitUntil(lambda: computed(win) is not None, timeout=60000)
    assert marked == [True, False] and not results.stale and results.tabs.isEnabled()


def test_an_import_updates_the_participants_and_the_scenario_tab(
        qtbot: Any, factory: ProjectFactory, filled: Any) -> None:
    factory.api.scenarios.save(Scenario("Alle tre", EVERYONE, level=2))
    win = open_catalogue(qtbot, factory)
    qtbot.waitUntil(lambda: win.scenarios.controller.workspace is not None, timeout=60000)
    assert shown_total(win, "Installasjoner i bruk") == "mangler"  # nobody has answered
    win.importer.import_paths([filled])
    qtbot.waitUntil(lambda: shown_total(win, "Installasjoner i bruk").startswith("3"),
                    timeout=60000)
    qtbot.waitUntil(lambda: next(p for p in win.participants.model.rows()
                                 if p.number == "4216").file_name == "birkenes.xlsx",
                    timeout=30000)
