"""Shared setup of the scenario tab tests: the demo project (Knutepunkt Sørlandet), the window
on the «Scenarier» tab, waiting for the tab's threads."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.core.project.api import ProjectApi
from desktop.core.scenarios import Scenario, compute
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.store import load_scenario
from desktop.ui.main_window import MainWindow
from desktop.ui.scenarios.view import ScenariosView


def copy_demo(demo: Path, tmp_path: Path) -> Path:
    project = tmp_path / demo.name
    shutil.copy(demo, project)
    return project


def wait_idle(qtbot: Any, view: ScenariosView, complete: bool = True,
              timeout: int = 30000) -> None:
    """Until nothing is read, computed or written, and the current scenario's result (with
    Monte Carlo when `complete`) is shown."""
    c = view.controller
    QApplication.processEvents()  # queued requests (an edit in a table) are made first

    def done() -> bool:
        if not c.idle or c.workspace is None:
            return False
        if c.current is None:
            return True
        ev = c.evaluation
        return ev is not None and ev.scenario == c.scenario() and (ev.complete or not complete)

    qtbot.waitUntil(done, timeout=timeout)
    QApplication.processEvents()


def open_scenarios(qtbot: Any, project: Path, size: tuple[int, int] = (1500, 900)
                   ) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(*size)
    assert win.open_project(project)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.scenarios)
    wait_idle(qtbot, win.scenarios)
    return win


def saved(project: Path, name: str) -> Scenario:
    api = ProjectApi.open(project)
    try:
        return load_scenario(api.db, name)
    finally:
        api.close()


def expected_npv(project: Path, scenario: Scenario) -> float:
    """The core's NPV of the scenario on the project's data, computed here independently."""
    api = ProjectApi.open(project)
    try:
        return compute(project_data(api.db), scenario).npv
    finally:
        api.close()
