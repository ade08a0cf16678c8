"""The demo's example scenarios: the questions a steering group asks first — buy together,
share technical operations, what if only four of us join, and shared systems (level 3) where
the municipalities have chosen one system for child welfare and for kindergartens."""

from __future__ import annotations

from db.session import ProjectDatabase
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.store import save_scenario

ALL_SEVEN = ("1017", "1018", "4204", "4215", "4216", "4218", "4223")
FOUR = ("4204", "4216", "4218", "4223")  # Kristiansand, Birkenes, Iveland, Vennesla

EXAMPLES = (
    Scenario("Felles rammeavtaler", ALL_SEVEN, level=1, organisation_form=None),
    Scenario("Felles drift, alle sju", ALL_SEVEN, level=2),
    Scenario("Felles drift, fire kommuner", FOUR, level=2),
    Scenario("Felles fagsystemer, alle sju", ALL_SEVEN, level=3,
             targets={"Barnevern": "produkt:flytbarnevern|visma|Barnevern",
                      "Barnehage": "produkt:flytbarnehage|visma|Barnehage"}),
)


def save_examples(db: ProjectDatabase) -> None:
    for scenario in EXAMPLES:
        save_scenario(db, scenario)
