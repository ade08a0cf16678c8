"""`samdrift scenario PROJECT …` on the demo project, as a batch user runs it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core import formatting
from desktop.core.catalogue import api as catalogue
from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi
from desktop.core.scenarios.service import DEFAULT_SEED

ALL = "4216,4218,4204,4215,1017,1018,4223"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_demo(tmp_path_factory.mktemp("demo"))
    api = ProjectApi.open(path)
    try:
        catalogue.auto(api.db)
    finally:
        api.close()
    return path


@pytest.fixture
def project(demo_file: Path, tmp_path: Path) -> str:
    target = tmp_path / "prosjekt.samdrift"
    shutil.copy(demo_file, target)
    return str(target)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["scenario", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_show_json(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, project, "--new", "Felles drift", "--participants", ALL,
                       "--level", "2", "--param", "discount_rate=3,5 %",
                       "--range", "framework_saving=1 %:2,5 %:5 %")
    assert code == 0 and "Scenarioet «Felles drift» er lagret: nivå 2" in out
    code, out, _ = run(capsys, project, "--new", "Fagsystemer", "--participants",
                       "4216,4218", "--level", "3", "--org", "iks")
    assert code == 0

    code, out, _ = run(capsys, project, "--show", "Felles drift", "--json", "--draws", "300")
    assert code == 0
    doc = json.loads(out)
    for key in ("parameters", "baseline", "scenario_costs", "one_time", "npv", "payback_year",
                "p10", "p50", "p85", "p90", "allocation"):
        assert key in doc, key
    assert all(p["source"] for p in doc["parameters"])
    rate = next(p for p in doc["parameters"] if p["key"] == "discount_rate")
    assert rate["value"] == pytest.approx(0.035) and rate["overridden"] is True
    saving = next(p for p in doc["parameters"] if p["key"] == "framework_saving")
    assert (saving["low"], saving["value"], saving["high"]) == pytest.approx((0.01, 0.025, 0.05))
    years = doc["years"]
    assert len(years) == 10 and years[0] == 2026
    assert [b["year"] for b in doc["baseline"]] == years
    assert [s["year"] for s in doc["scenario_costs"]] == years
    # the figures every output shows are whole kroner (one rounding, key_numbers.py)
    assert all(isinstance(b["total"], int) for b in doc["baseline"] + doc["scenario_costs"])
    assert doc["one_time"][0]["total"] > 0 and doc["one_time_total"] > 0
    assert doc["p10"] <= doc["p50"] <= doc["p85"] <= doc["p90"]
    assert doc["monte_carlo"]["draws"] == 300 and doc["monte_carlo"]["seed"] == DEFAULT_SEED
    assert isinstance(doc["npv"], int)
    assert doc["payback_year"] is None or doc["payback_year"] in years
    numbers = [m["number"] for m in doc["allocation"]["municipalities"]]
    assert numbers == ALL.split(",")
    for m in doc["allocation"]["municipalities"]:
        assert m["cost_scenario"] - m["cost_today"] == m["difference"]
    assert doc["scenario"]["organisation_form"] == "vertskommune"

    code, again, _ = run(capsys, project, "--show", "Felles drift", "--json", "--draws", "300")
    assert json.loads(again)["p50"] == doc["p50"], "reproducible with the default seed"
    code, other, _ = run(capsys, project, "--show", "Felles drift", "--json", "--draws", "300",
                         "--seed", "7")
    assert json.loads(other)["monte_carlo"]["seed"] == 7

    code, out, _ = run(capsys, project, "--list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("Fagsystemer") and "nivå 3" in lines[0]
    assert lines[1].startswith("Felles drift") and "7 deltakere" in lines[1]
    assert f"nåverdi {formatting.kroner(doc['npv'])}" in lines[1]

    code, out, _ = run(capsys, project, "--list", "--json")
    listed = {s["name"]: s for s in json.loads(out)}
    assert listed["Fagsystemer"]["participants"] == ["4216", "4218"]
    assert listed["Felles drift"]["npv"] == pytest.approx(doc["npv"])


def test_show_for_people(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, project, "--new", "Felles drift", "--participants", ALL, "--level", "2")
    code, out, _ = run(capsys, project, "--show", "felles drift", "--draws", "200")
    assert code == 0
    assert out.startswith("Felles drift\n  Nivå 2: Felles teknisk drift")
    for text in ("Kostnader per år", "Nåverdi:", "P10", "P90", "Tilbakebetalingsår",
                 "Fordeling per kommune", "4204 Kristiansand", "Sum",
                 f"startverdi {DEFAULT_SEED}", "90 % sjanse for en nåverdi på minst",
                 "kostnadsramme (P85)"):
        assert text in out, text


def test_delete_and_rename(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, project, "--new", "A", "--participants", "4216,4218", "--level", "1")
    code, out, _ = run(capsys, project, "--rename", "A", "B")
    assert code == 0 and "heter nå «B»" in out
    code, out, _ = run(capsys, project, "--delete", "B")
    assert code == 0 and "«B» er slettet" in out
    code, out, _ = run(capsys, project, "--list")
    assert "ingen lagrede scenarioer" in out
    code, _, err = run(capsys, project, "--delete", "B")
    assert code == 2 and "Finner ikke scenarioet «B»" in err


@pytest.mark.parametrize(("argv", "message"), [
    (["--participants", "4216,4299"], "4299 er ikke deltaker i prosjektet"),
    (["--participants", "4216", "--param", "discount_rte=0,04"],
     "Ukjent parameter: discount_rte (verdi «0,04»)"),
    (["--participants", "4216", "--param", "discount_rate=4"],
     "Kalkulasjonsrente (reell) (discount_rate) = «4»"),
    (["--participants", "4216", "--param", "discount_rate"], "--param «discount_rate»"),
    (["--participants", "4216", "--range", "horizon_years=5:10:15"],
     "Analyseperiode (horizon_years) = «5:10:15»"),
    ([], "--new trenger --participants"),
])
def test_bad_input_gives_exit_2_naming_it(project: str, capsys: pytest.CaptureFixture[str],
                                          argv: list[str], message: str) -> None:
    code, out, err = run(capsys, project, "--new", "X", *argv)
    assert code == 2 and message in err and out == ""
    code, out, _ = run(capsys, project, "--list", "--json")
    assert json.loads(out) == [], "nothing saved"


def test_options_of_new_without_new_and_a_name_taken(project: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, project, "--list", "--level", "3")
    assert code == 2 and "--level brukes bare sammen med --new" in err
    run(capsys, project, "--new", "A", "--participants", "4216")
    code, _, err = run(capsys, project, "--new", "a", "--participants", "4218")
    assert code == 2 and "«A» finnes allerede" in err
    code, out, _ = run(capsys, project, "--new", "A", "--participants", "4218", "--replace")
    assert code == 0
    with pytest.raises(SystemExit) as exc:
        main(["scenario", project, "--new", "B", "--participants", "4216", "--level", "7"])
    assert exc.value.code == 2
