"""The demo project with its catalogue decided and two saved scenarios, built once per test
session and copied for each test module that needs it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.catalogue import api as catalogue
from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.store import save_scenario

ALL = ("4216", "4218", "4204", "4215", "1017", "1018", "4223")
SCENARIOS = (
    Scenario("Felles drift", ALL, level=2),
    Scenario("Felles fagsystemer", ("4216", "4218", "4204", "4215"), level=3,
             organisation_form="iks", overrides={"discount_rate": 0.035}),
)
_built: dict[str, Path] = {}


def demo_project(factory: pytest.TempPathFactory, target: Path) -> Path:
    """A copy of the demo project (with scenarios) at `target`."""
    root = str(factory.getbasetemp())
    if root not in _built:
        path = build_demo(factory.mktemp("report-demo"))
        api = ProjectApi.open(path)
        try:
            catalogue.auto(api.db)
            for scenario in SCENARIOS:
                save_scenario(api.db, scenario)
        finally:
            api.close()
        _built[root] = path
    shutil.copy(_built[root], target)
    return target
