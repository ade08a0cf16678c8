"""The report's content on the demo project: every number is the core's, missing stays
missing, the user's choices (scenarios, recommendation) are honoured, cancelling works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core import formatting
from desktop.core.catalogue import api as catalogue
from desktop.core.project.api import ProjectApi
from desktop.core.reports import Cancelled, UnknownScenario
from desktop.core.reports.content import build_report
from desktop.core.reports.document import KeyFigures, Report, Section, Table
from desktop.core.scenarios.allocation import allocate, kroner
from desktop.core.scenarios.baseline import baseline
from desktop.core.scenarios.evaluation import Simulation
from desktop.core.scenarios.from_project import project_data
from desktop.core.scenarios.model import compute
from desktop.core.scenarios.service import DEFAULT_SEED
from desktop.core.scenarios.store import load_scenario
from desktop.core.scenarios.uncertainty import simulate
from tests.unit.reports.demo_project import SCENARIOS, demo_project


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectApi]:
    path = demo_project(tmp_path_factory, tmp_path_factory.mktemp("content") / "p.samdrift")
    project = ProjectApi.open(path)
    yield project
    project.close()


@pytest.fixture(scope="module")
def report(api: ProjectApi) -> Report:
    return build_report(api.db, [s.name for s in SCENARIOS], "Vi anbefaler felles drift.",
                        simulation=Simulation(draws=300))


def table(report: Report, key: str) -> Table:
    return next(t for t in report.tables() if t.key == key)


def section(report: Report, title: str) -> Section:
    return next(s for s in report.sections if s.title == title)


def figures(report: Report, title: str) -> dict[str, str]:
    block = next(b for b in section(report, title).blocks if isinstance(b, KeyFigures))
    return {f.label: f.value for f in block.items}


def notes(report: Report, title: str) -> dict[str, str]:
    block = next(b for b in section(report, title).blocks if isinstance(b, KeyFigures))
    return {f.label: f.note for f in block.items}


def test_chapters_in_order(report: Report) -> None:
    chapters = [s.title for s in report.sections if s.level == 1]
    assert chapters == [
        "Sammendrag", "Kartlegging og datagrunnlag", "Systemlandskapet",
        "Bemanning, kostnader og sårbarhet", "Scenario: Felles drift",
        "Scenario: Felles fagsystemer", "Sammenligning av scenarioene",
        "Notater for beslutning", "Faktaark per kommune",
        "Vedlegg: parametere og kilder"]
    assert report.scenarios == ("Felles drift", "Felles fagsystemer")
    assert report.running_header == "Forstudie IT-samarbeid Knutepunkt Sørlandet"


def test_one_scenario_is_not_a_comparison(api: ProjectApi) -> None:
    one = build_report(api.db, [SCENARIOS[0].name], "", simulation=Simulation(draws=50))
    chapters = [s.title for s in one.sections if s.level == 1]
    assert "Sammenligning av scenarioene" not in chapters
    assert f"Scenario: {SCENARIOS[0].name}" in chapters


def test_key_numbers_are_the_cores(api: ProjectApi, report: Report) -> None:
    project = project_data(api.db)
    summary = figures(report, "Sammendrag")
    s = catalogue.summary(api.db)
    assert summary["Fagsystemer"] == (f"{formatting.number(s.installations)} installasjoner → "
                                      f"{formatting.number(s.systems)} distinkte systemer")
    assert summary["Deltakende kommuner"] == "7"
    for scenario in SCENARIOS:
        result = compute(project, load_scenario(api.db, scenario.name))
        assert summary[f"«{scenario.name}»: nåverdi"] == formatting.amount(result.npv)
        chapter = figures(report, f"Scenario: {scenario.name}")
        assert chapter["Nåverdi"] == formatting.amount(result.npv)
        assert chapter["Tilbakebetalingsår"] == str(result.payback_year)
        mc = simulate(project, result.scenario, draws=300, seed=DEFAULT_SEED)
        assert chapter["90 % sjanse for en nåverdi på minst"] == formatting.amount(
            kroner(mc.npv.p10))
    economy = table(report, "Sammenligning økonomi")
    assert [r[0] for r in economy.rows] == ["Felles drift", "Felles fagsystemer"]


def test_cost_per_municipality_is_the_allocation(api: ProjectApi, report: Report) -> None:
    result = compute(project_data(api.db), load_scenario(api.db, "Felles fagsystemer"))
    shares = allocate(result)
    rows = table(report, "S2 Kostnad per kommune").rows
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (m.name, m.cost_today, m.cost_scenario, m.difference) for m in shares.municipalities]


def test_changed_parameter_and_appendix_show_the_scenarios_value(report: Report) -> None:
    changed = table(report, "S2 Endrede parametere")
    assert changed.rows == (("Kalkulasjonsrente (reell)", "3,5\u00a0%", "4\u00a0%", ""),)
    economy = table(report, "Parametere 1")
    rate = next(r for r in economy.rows if r[0] == "Kalkulasjonsrente (reell)")
    assert rate[4:6] == ("4", "3,5 *")  # Felles drift keeps the default, the other changes it
    assert all(r[-1] for r in economy.rows)  # every parameter has its source


def test_landscape_counts_distinct_systems(api: ProjectApi, report: Report) -> None:
    s = catalogue.summary(api.db)
    matrix = table(report, "Systemlandskap")
    assert matrix.total is not None
    assert matrix.total[-2:] == (s.systems, s.installations)
    by_area = {a.service_area: a.systems for a in s.by_area}
    assert {r[0]: r[-2] for r in matrix.rows} == by_area


def test_no_scenario_named_takes_all_saved_and_stored_recommendation(api: ProjectApi) -> None:
    from desktop.core.reports.store import save_recommendation

    save_recommendation(api.db, "=SUM(A1) er ikke en formel her.")
    try:
        report = build_report(api.db, [], simulation=Simulation(draws=50))
    finally:
        save_recommendation(api.db, "")
    assert report.scenarios == ("Felles drift", "Felles fagsystemer")
    texts = [b.text for b in section(report, "Anbefaling").blocks]  # type: ignore[union-attr]
    assert texts == ["=SUM(A1) er ikke en formel her."]


def test_unknown_scenario_lists_the_saved_ones(api: ProjectApi) -> None:
    with pytest.raises(UnknownScenario) as info:
        build_report(api.db, ["Felles drift", "Alt i ett"], simulation=Simulation(draws=10))
    assert "«Alt i ett»" in str(info.value)
    assert "Lagrede scenarioer: «Felles drift», «Felles fagsystemer»" in str(info.value)


def test_names_are_matched_like_the_scenario_store(api: ProjectApi) -> None:
    report = build_report(api.db, ["felles  FAGSYSTEMER"], simulation=Simulation(draws=10))
    assert report.scenarios == ("Felles fagsystemer",)


def test_progress_reports_and_cancels(api: ProjectApi) -> None:
    seen: list[tuple[int, int, str]] = []

    def record(done: int, total: int, text: str) -> bool:
        seen.append((done, total, text))
        return True

    build_report(api.db, ["Felles drift"], simulation=Simulation(draws=10), progress=record)
    assert seen[-1][0] == seen[-1][1] and seen[0][0] == 0
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)

    with pytest.raises(Cancelled):
        build_report(api.db, ["Felles drift"], simulation=Simulation(draws=10),
                     progress=lambda done, total, text: done < 2)


def test_a_participant_without_return_is_missing_not_zero(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    path = demo_project(tmp_path_factory, tmp_path_factory.mktemp("silent") / "p.samdrift")
    project = ProjectApi.open(path)
    try:
        project.add_participants(["4219"])  # Evje og Hornnes: never answered
        report = build_report(project.db, ["Felles drift"], simulation=Simulation(draws=10))
        total = baseline(project_data(project.db)).total
    finally:
        project.close()
    assert total.it_cost.missing >= 1
    fte = table(report, "IT-årsverk")
    silent = next(r for r in fte.rows if r[0] == "Evje og Hornnes")
    assert set(silent[1:]) == {None}
    assert "Evje og Hornnes" in fte.note
    status = table(report, "Svar")
    row = next(r for r in status.rows if r[1] == "Evje og Hornnes")
    assert row[3:6] == (None, None, None)
    cost = notes(report, "Sammendrag")["IT-kostnad per år i dag"]
    assert "uten Evje og Hornnes, som ikke har svart" in cost  # left out, named, never 0
    missing = table(report, "Mangler")
    assert ("Evje og Hornnes", "Har ikke svart: alle tall mangler.") in missing.rows
    matrix = table(report, "Systemlandskap")
    column = [c.title for c in matrix.columns].index("Evje og Hornnes")
    assert {r[column] for r in matrix.rows} == {None}


def test_workbook_keys_are_unique_and_short(report: Report) -> None:
    keys = [t.key for t in report.tables()]
    assert len({k.casefold() for k in keys}) == len(keys)
    assert all(len(k) <= 31 for k in keys)


def test_staff_are_named_only_when_asked(api: ProjectApi, report: Report) -> None:
    """The vulnerability chapter goes to politicians: «Én person er systemansvarlig for …»
    unless the report is made with staff names."""
    flags = [row[1] for t in report.tables() if t.key.startswith("Sårbarhet") for row in t.rows]
    owners = [f for f in flags if isinstance(f, str) and "systemansvarlig for" in f]
    assert owners and all(f.startswith("Én person er systemansvarlig") for f in owners)
    named = build_report(api.db, [], "", simulation=Simulation(draws=20), staff_names=True)
    flags = [row[1] for t in named.tables() if t.key.startswith("Sårbarhet") for row in t.rows]
    assert any(isinstance(f, str) and "systemansvarlig for" in f
               and not f.startswith("Én person") for f in flags)
