"""Consolidation scenarios (issue 4): the baseline, the scenario model, its uncertainty, the
cost allocation and the JSON document. Free of Qt and of the database: build a `ProjectData`
(inputs.py) from whatever holds the data, then

    result = compute(project, Scenario("Felles drift", ("4216", "4218"), level=2))
    mc = simulate(project, scenario, draws=10_000, seed=1)
    bars = tornado(project, scenario)
    shares = allocate(result)
    text = to_json(result, monte_carlo=mc, tornado=bars, allocation=shares)
"""

from desktop.core.scenarios.allocation import (
    Allocation,
    AllocationRule,
    MunicipalityAllocation,
    PriceModel,
    allocate,
    round_to_total,
)
from desktop.core.scenarios.baseline import Baseline, MunicipalityBaseline, baseline
from desktop.core.scenarios.figures import COST_KINDS, ONE_TIME_KINDS, Figure
from desktop.core.scenarios.inputs import (
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    StaffingData,
    vendor_municipality,
)
from desktop.core.scenarios.model import OneTimeCosts, ScenarioResult, YearCosts, compute
from desktop.core.scenarios.parameters import PARAMETERS, Parameter, ParameterSet, resolve
from desktop.core.scenarios.scenario import LEVELS, ORGANISATION_FORMS, TARGET_RULES, Scenario
from desktop.core.scenarios.targets import TargetChoice
from desktop.core.scenarios.to_json import scenario_document, to_json
from desktop.core.scenarios.trace import TraceLine
from desktop.core.scenarios.uncertainty import MonteCarloResult, TornadoBar, simulate, tornado

__all__ = [
    "COST_KINDS", "LEVELS", "ONE_TIME_KINDS", "ORGANISATION_FORMS", "PARAMETERS", "TARGET_RULES",
    "Allocation", "AllocationRule", "Baseline", "BoughtServiceData", "Figure",
    "InfrastructureData", "InstallationData", "MonteCarloResult", "MunicipalityAllocation",
    "MunicipalityBaseline", "MunicipalityData", "OneTimeCosts", "Parameter", "ParameterSet",
    "PriceModel", "ProjectData", "Scenario", "ScenarioResult", "StaffingData", "TargetChoice",
    "TornadoBar", "TraceLine", "YearCosts", "allocate", "baseline", "compute", "resolve",
    "round_to_total", "scenario_document", "simulate", "to_json", "tornado",
    "vendor_municipality",
]
