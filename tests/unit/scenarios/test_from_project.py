"""The scenario model's input read from a real project file: current returns only, missing stays
missing, participants without a return are counted, dedup keys and catalogue functions used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.session import open_database
from desktop.core.catalogue import api as catalogue
from desktop.core.demo.build import build_demo
from desktop.core.project.export import record_rows
from desktop.core.scenarios import Scenario, compute
from desktop.core.scenarios.from_project import function_of_note, project_data
from tests.helpers.factory import ProjectFactory


def inst(name: str, area: str, **kw: object) -> dict[str, object]:
    return {"name": name, "service_area": area, "hosting": "Egen drift", **kw}


def fill(factory: ProjectFactory) -> None:
    paths = [
        factory.filled(
            "4216", "4216.xlsx",
            facts={"inhabitants": 5480, "it_users": 640, "clients": "?", "locations": 14,
                   "date_filled": dt.date(2026, 3, 4)},
            installation=[
                inst("Tieto Gerica", "Helse og omsorg", users=100, annual_cost=200000,
                     contract_end=dt.date(2028, 12, 31), management_fte=0.5),
                inst("Visma Flyt Skole", "Skole", users="ukjent", annual_cost=50000),
                inst("Ephorte", "Sak, arkiv og politikk", comment="avviklet"),
            ],
            staffing=[{"function": "Drift og infrastruktur", "fte": 2, "cost": 1760000},
                      {"function": "IT-ledelse", "fte": 1}],
            bought_service=[{"vendor": "Iveland kommune", "service": "Sikkerhetskopi",
                             "annual_cost": 85000},
                            {"vendor": "Atea AS", "service": "Servicedesk"}],
            infrastructure=[{"service": "Sikkerhetskopi", "hosting": "Egen drift",
                             "annual_cost": 34000}]),
        factory.filled(
            "4218", "4218.xlsx", facts={"inhabitants": 1352, "date_filled": dt.date(2026, 3, 10)},
            installation=[inst("Gerica 12.1", "Helse og omsorg", users=50)]),
    ]
    results = factory.api.import_files(paths)
    assert all(not r.rejected for r in results), [r.message for r in results]


def test_missing_stays_none_and_participants_without_a_return_are_counted(
        factory: ProjectFactory) -> None:
    fill(factory)
    p = project_data(factory.api.db)

    assert p.name == "Testprosjekt" and p.year == 2026
    assert [m.number for m in p.municipalities] == ["1018", "4216", "4218"]
    soegne, birkenes, iveland = p.municipalities
    assert soegne.name == "Søgne" and soegne.answered is False
    assert soegne.inhabitants is None and soegne.it_users is None and soegne.it_budget is None
    assert birkenes.answered and birkenes.inhabitants == 5480 and birkenes.it_users == 640
    assert birkenes.clients is None, "«?» is not given, never 0"
    assert birkenes.physical_servers is None and birkenes.it_budget is None
    assert iveland.answered and iveland.it_users is None

    rows = {(i.municipality, i.product): i for i in p.installations}
    assert len(rows) == 4
    gerica = rows["4216", "Tieto Gerica"]
    assert (gerica.users, gerica.annual_cost, gerica.management_fte) == (100, 200000, 0.5)
    assert gerica.contract_end == dt.date(2028, 12, 31) and gerica.hosting == "Egen drift"
    # not deduplicated yet: the catalogue's unit (vendor read out of the name), no function
    assert gerica.system_key == "produkt:gerica|tietoevry|Helse og omsorg"
    assert gerica.function is None
    skole = rows["4216", "Visma Flyt Skole"]
    assert skole.users is None and skole.annual_cost == 50000 and skole.servers is None
    assert rows["4216", "Ephorte"].in_use is False
    assert all(i.in_use for k, i in rows.items() if k[1] != "Ephorte")

    assert [(s.municipality, s.function, s.fte, s.cost) for s in p.staffing] == [
        ("4216", "Drift og infrastruktur", 2, 1760000), ("4216", "IT-ledelse", 1, None)]
    bought = {b.vendor: b for b in p.bought_services}
    assert bought["Iveland kommune"].vendor_municipality == "4218"
    assert bought["Atea AS"].vendor_municipality is None
    assert bought["Atea AS"].annual_cost is None
    assert [(r.service, r.hosting, r.annual_cost) for r in p.infrastructure] == [
        ("Sikkerhetskopi", "Egen drift", 34000)]

    result = compute(p, Scenario("Alle", ("4216", "4218", "1018"), level=2))
    assert result.left_out == (("1018", "Søgne"),)
    assert [n for n, _ in result.participants] == ["4216", "4218"]
    assert any(n.startswith("Søgne har ikke svart og er holdt utenfor alle tallene")
               for n in result.notes)


def test_dedup_gives_system_keys_and_catalogue_functions(factory: ProjectFactory) -> None:
    fill(factory)
    catalogue.auto(factory.api.db)
    p = project_data(factory.api.db)
    gericas = [i for i in p.installations if i.service_area == "Helse og omsorg"]
    assert len(gericas) == 2
    assert {i.product for i in gericas} == {"Gerica"}, "the distinct system's product name"
    assert gericas[0].system_key is not None and gericas[0].system_key.isdigit()
    assert gericas[0].system_key == gericas[1].system_key
    assert {i.function for i in gericas} == {"pleie- og omsorgsjournal"}


def test_function_of_note() -> None:
    assert function_of_note("legejournal") == "legejournal"
    assert function_of_note("barnevern (being replaced by Visma Flyt Barnevern)") == "barnevern"
    assert function_of_note("forvaltning drift vedlikehold (FDV)") == \
        "forvaltning drift vedlikehold"
    assert function_of_note("modules (Byggesak, Plan, Eiendomsskatt, Vann) are one product") \
        is None
    assert function_of_note("") is None and function_of_note(None) is None


def test_the_demo_reads_only_current_returns(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo")
    db = open_database(path)
    try:
        p = project_data(db)
        assert len(p.municipalities) == 7 and all(m.answered for m in p.municipalities)
        assert p.year == 2026
        assert len(p.installations) == len(record_rows(db, "installation"))
        assert len(p.staffing) == len(record_rows(db, "staffing"))
        assert len(p.bought_services) == len(record_rows(db, "bought_service"))
        assert len(p.infrastructure) == len(record_rows(db, "infrastructure"))
        internal = {(b.municipality, b.vendor_municipality) for b in p.bought_services
                    if b.vendor_municipality}
        assert ("4218", "4223") in internal, "Iveland buys from Vennesla kommune"
        # before any catalogue decision the model counts distinct systems as the catalogue
        # does, so the report's landscape and its scenarios agree
        from desktop.core.catalogue.api import overview
        from desktop.core.scenarios import baseline

        catalogue = overview(db, with_suggestions=False, with_members=False).summary
        assert baseline(p).total.distinct_systems.value == catalogue.systems
    finally:
        db.close()
