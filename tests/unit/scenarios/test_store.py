"""Saved scenarios: every field round-trips, overrides are checked, names are unique, and a
project of schema 0003 is upgraded to get the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from db.session import alembic_config, head_revision, open_database
from desktop.core.project.api import ProjectApi
from desktop.core.scenarios import Scenario
from desktop.core.scenarios.store import (
    ScenarioNotFound,
    delete_scenario,
    list_scenarios,
    load_scenario,
    participant_numbers,
    rename_scenario,
    save_scenario,
)
from desktop.core.scenarios.validation import parameter_range, parameter_value
from tests.helpers.factory import ProjectFactory

FULL = Scenario(
    "Felles fagsystemer", ("4218", "4216"), level=3, organisation_form="iks",
    target_rule="lowest_cost_per_user",
    targets={"Helse og omsorg / pleie- og omsorgsjournal": "12", "Annet": None},
    overrides={"discount_rate": 0.035, "horizon_years": 12, "cost_per_fte": 950_000},
    ranges={"framework_saving": (0.01, 0.025, 0.05), "project_cost_fixed": (1e6, 2e6, 5e6)},
    start_year=2027)


def test_a_saved_scenario_round_trips_every_field(factory: ProjectFactory) -> None:
    db = factory.api.db
    saved = save_scenario(db, FULL)
    assert saved.scenario == FULL and saved.created_at <= saved.updated_at
    loaded = load_scenario(db, "Felles fagsystemer")
    assert loaded == FULL
    assert loaded.participants == ("4218", "4216"), "the order given is kept"
    assert loaded.ranges["framework_saving"] == (0.01, 0.025, 0.05)
    assert isinstance(loaded.ranges["framework_saving"], tuple)
    assert loaded.targets["Annet"] is None

    factory.close()
    api = ProjectApi.open(factory.location)
    try:
        assert load_scenario(api.db, "felles  FAGSYSTEMER") == FULL, "case and spaces forgiven"
        minimal = Scenario("Rammeavtaler", ("1018",), level=1, organisation_form=None)
        save_scenario(api.db, minimal)
        assert [s.name for s in list_scenarios(api.db)] == ["Felles fagsystemer",
                                                             "Rammeavtaler"]
        assert load_scenario(api.db, "Rammeavtaler") == minimal
    finally:
        api.close()


def test_replace_rename_delete(factory: ProjectFactory) -> None:
    db = factory.api.db
    first = save_scenario(db, Scenario("A", ("4216",)))
    with pytest.raises(ValueError, match="«A» finnes allerede"):
        save_scenario(db, Scenario("a", ("4218",)), replace=False)
    again = save_scenario(db, Scenario("A", ("4218",), level=3))
    assert again.created_at == first.created_at and again.updated_at >= first.updated_at
    assert load_scenario(db, "A").participants == ("4218",)

    save_scenario(db, Scenario("B", ("4216",)))
    with pytest.raises(ValueError, match="«B» finnes allerede"):
        rename_scenario(db, "A", "b")
    rename_scenario(db, "A", "C")
    assert [s.name for s in list_scenarios(db)] == ["B", "C"]
    assert delete_scenario(db, "c") == "C"
    with pytest.raises(ScenarioNotFound, match="Finner ikke scenarioet «C».*Lagrede "
                       "scenarioer: B"):
        load_scenario(db, "C")
    with pytest.raises(ScenarioNotFound):
        delete_scenario(db, "C")


@pytest.mark.parametrize(("overrides", "ranges", "message"), [
    ({"discount_rte": 0.04}, {}, r"Ukjent parameter: discount_rte \(verdi «0,04»\)"),
    ({"discount_rate": 4}, {}, r"discount_rate\W.*= 4: må være en andel"),
    ({"horizon_years": 2.5}, {}, r"horizon_years\W.*= 2,5: må være et helt tall"),
    ({"users_per_servicedesk_fte": 0}, {}, r"users_per_servicedesk_fte\W.*= 0: må være større"),
    ({"cost_per_fte": -1}, {}, r"cost_per_fte\W.*= −1: kan ikke være negativ"),
    ({"cost_per_fte": float("nan")}, {}, r"cost_per_fte\W.*: ikke et tall"),
    ({}, {"nope": (1, 2, 3)}, r"Ukjent parameter: nope"),
    ({}, {"horizon_years": (5, 10, 15)}, r"horizon_years\W.*kan ikke ha et usikkerhetsspenn"),
    ({}, {"framework_saving": (0.05, 0.01, 0.06)}, r"framework_saving\W.*lav ≤ mest"),
    ({"framework_saving": 0.1}, {"framework_saving": (0.0, 0.03, 0.06)},
     r"framework_saving\W.*= 0,1: utenfor spennet"),
    ({"first_effect_year": 10}, {}, r"first_effect_year = 10: første år"),
])
def test_bad_parameters_are_refused_naming_key_and_value(
        factory: ProjectFactory, overrides: dict[str, float],
        ranges: dict[str, tuple[float, float, float]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        save_scenario(factory.api.db, Scenario("X", ("4216",), overrides=overrides,
                                               ranges=ranges))
    assert list_scenarios(factory.api.db) == []


def test_participants_must_be_participants_of_the_project(factory: ProjectFactory) -> None:
    db = factory.api.db
    with pytest.raises(ValueError, match=r"^4204 er ikke deltaker i prosjektet \(deltakerne er "
                       r"1018 Søgne, 4216 Birkenes, 4218 Iveland\)"):
        save_scenario(db, Scenario("X", ("4216", "4204")))
    assert participant_numbers(db, "4216, Iveland,1018,4216") == ("4216", "4218", "1018")
    assert participant_numbers(db, ["søgne"]) == ("1018",)
    with pytest.raises(ValueError, match="^4204, Oslo er ikke deltakere"):
        participant_numbers(db, "4216,4204,Oslo")


@pytest.mark.parametrize(("key", "typed", "value"), [
    ("discount_rate", "0,04", 0.04), ("discount_rate", "0.04", 0.04),
    ("discount_rate", "4 %", 0.04), ("discount_rate", "3,5%", 0.035),
    ("benchmark_weight", "50 %", 0.5), ("cost_per_fte", "950 000", 950_000),
    ("cost_per_fte", "950\u00a0000 kr", 950_000), ("cost_per_fte", "950000", 950_000),
    ("horizon_years", "12", 12), ("vms_per_host", "25,5", 25.5),
])
def test_values_typed_the_norwegian_or_the_plain_way(key: str, typed: str, value: float) -> None:
    assert parameter_value(key, typed) == pytest.approx(value)


@pytest.mark.parametrize(("key", "typed", "message"), [
    ("discount_rate", "4", "mente du 4 %"),
    ("cost_per_fte", "900.000", "tvetydig"),
    ("cost_per_fte", "5 %", "ikke en prosentandel"),
    ("cost_per_fte", "mye", "ikke et tall"),
    ("cost_per_fte", "1,2,3", "ikke et tall"),
])
def test_bad_typed_values(key: str, typed: str, message: str) -> None:
    # the label in words first, the key for the command line in brackets
    where = f"^[^(]+(\\(reell\\) )?\\({key}\\) = «{typed}»"
    with pytest.raises(ValueError, match=f"{where}.*{message}"):
        parameter_value(key, typed)


def test_ranges_typed() -> None:
    assert parameter_range("framework_saving", "1 %:2,5 %:5 %") == pytest.approx(
        (0.01, 0.025, 0.05))
    with pytest.raises(ValueError, match="LAV:MEST_SANNSYNLIG:HØY"):
        parameter_range("framework_saving", "1 %-5 %")


def test_a_0003_project_upgrades_to_0004_with_a_scenario_table(tmp_path: Path) -> None:
    path = tmp_path / "gammel.samdrift"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0003")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO project (id, uuid, name, created_at) "
                "VALUES (1, 'u-1', 'Gammelt prosjekt', '2025-01-01')")
    con.execute("INSERT INTO participant (project_id, number, name) VALUES (1, '4216', "
                "'Birkenes')")
    con.commit()
    assert "scenario" not in {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()

    head = head_revision()
    assert head >= "0004"  # later migrations (other features) come on top
    db = open_database(path)
    try:
        assert db.backup is not None and "0003" in db.backup.name
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == head
        columns = {c["name"] for c in inspect(db.engine).get_columns("scenario")}
        assert columns == {"id", "name", "definition", "created_at", "updated_at"}
        save_scenario(db, Scenario("Birkenes alene", ("4216",), level=2))
        assert load_scenario(db, "Birkenes alene").participants == ("4216",)
    finally:
        db.close()

    command.downgrade(alembic_config(f"sqlite:///{path}"), "0003")
    con = sqlite3.connect(path)
    try:
        assert "scenario" not in {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
