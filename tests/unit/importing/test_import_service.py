"""Importing returns into a project: matching, re-sent files, replacement, what changed."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop.core.project.results import Outcome, ReturnStatus
from desktop.core.questionnaire.spec import IDENTITY_SHEET
from tests.helpers.saved_at import set_saved_at

SYSTEMS = [
    {"name": "Visma Flyt Skole", "vendor": "Visma", "version": "3.2", "service_area": "Skole",
     "hosting": "Skytjeneste (SaaS)", "users": 120, "servers": 0, "annual_cost": 145000,
     "contract_end": dt.datetime(2027, 12, 31), "system_owner": "Kari Nordmann",
     "management_fte": 0.2, "integrations": 4, "comment": "Felles med Lillesand"},
    {"name": "Gerica", "vendor": "Tietoevry", "service_area": "Helse og omsorg",
     "hosting": "Egen drift", "users": 210, "servers": 2, "annual_cost": 410000},
]
STAFF = [{"function": "Drift og infrastruktur", "fte": 2.5, "persons": 3, "cost": 2100000}]


def status_of(api, number):
    return next(s for s in api.status() if s.number == number)


def test_import_matches_by_hidden_identity_and_shows_status(factory) -> None:
    path = factory.filled("4216", facts={"inhabitants": 5480}, installation=SYSTEMS,
                          staffing=STAFF)
    assert status_of(factory.api, "4216").status is ReturnStatus.SENT
    assert status_of(factory.api, "4218").status is ReturnStatus.NOT_SENT
    [r] = factory.api.import_files([path])
    assert r.outcome is Outcome.IMPORTED and r.matched_by == "identity"
    assert r.municipality == "4216" and r.counts["installation"] == 2
    st = status_of(factory.api, "4216")
    assert st.status is ReturnStatus.RETURNED and st.installations == 2


def test_reimporting_the_identical_file_changes_nothing(factory) -> None:
    path = factory.filled("4216", installation=SYSTEMS)
    factory.api.import_files([path])
    before = factory.api.export()
    [r] = factory.api.import_files([path])
    assert r.outcome is Outcome.UNCHANGED
    assert factory.api.export() == before
    assert status_of(factory.api, "4216").superseded == 0


def _resave(path, out, edit, modified):
    wb = load_workbook(path)
    edit(wb)
    wb.save(out)
    return set_saved_at(out, modified)


def test_a_newer_return_replaces_the_earlier_and_says_what_changed(factory) -> None:
    first = _resave(factory.filled("4216", installation=SYSTEMS), factory.tmp / "v1.xlsx",
                    lambda wb: None, dt.datetime(2026, 3, 1, 10, 0))

    def edit(wb):
        ws = wb["Fagsystemer"]
        ws["F3"] = 250  # Gerica users 210 -> 250
        ws["A4"], ws["D4"], ws["E4"] = "Websak", "Sak, arkiv og politikk", "Egen drift"

    second = _resave(first, factory.tmp / "v2.xlsx", edit, dt.datetime(2026, 3, 20, 9, 0))
    factory.api.import_files([first])
    [r] = factory.api.import_files([second])
    assert r.outcome is Outcome.REPLACED
    kinds = {(c.kind, c.label) for c in r.changes}
    assert ("added", "Websak") in kinds
    changed = next(c for c in r.changes if c.kind == "changed" and c.label == "Gerica")
    assert changed.fields == ("users",) and changed.before == {"users": 210}
    assert changed.after == {"users": 250}
    names = [i["name"] for i in factory.api.export()["installations"]]
    assert sorted(names) == ["Gerica", "Visma Flyt Skole", "Websak"]
    assert status_of(factory.api, "4216").superseded == 1


def test_an_older_version_imported_after_the_newer_does_not_replace_it(factory) -> None:
    old = _resave(factory.filled("4216", installation=SYSTEMS), factory.tmp / "old.xlsx",
                  lambda wb: None, dt.datetime(2026, 3, 1))
    new = _resave(old, factory.tmp / "new.xlsx",
                  lambda wb: wb["Fagsystemer"].delete_rows(3), dt.datetime(2026, 3, 9))
    factory.api.import_files([new])
    [r] = factory.api.import_files([old])
    assert r.outcome is Outcome.OLDER
    assert [i["name"] for i in factory.api.export()["installations"]] == ["Visma Flyt Skole"]


def test_a_return_without_identity_is_matched_by_kommune_sheet(factory) -> None:
    path = factory.filled("1018", installation=SYSTEMS[:1])
    wb = load_workbook(path)
    del wb[IDENTITY_SHEET]
    wb.save(path)
    [r] = factory.api.import_files([path])
    assert r.outcome is Outcome.IMPORTED and r.matched_by == "kommune_sheet"
    assert r.municipality == "1018"


def test_a_return_that_names_no_municipality_needs_the_user_to_say(factory) -> None:
    path = factory.filled("4218", installation=SYSTEMS[:1])
    wb = load_workbook(path)
    del wb[IDENTITY_SHEET]
    del wb["Kommune"]
    wb.save(path)
    [r] = factory.api.import_files([path])
    assert r.outcome is Outcome.REJECTED and "Velg kommunen" in r.message
    assert factory.api.export()["installations"] == []
    [r] = factory.api.import_files([path], municipality="4218")
    assert r.outcome is Outcome.IMPORTED and r.matched_by == "user"


def test_export_keeps_values_as_typed_and_missing_as_null(factory) -> None:
    rows = [dict(SYSTEMS[1], users="ca. 200", annual_cost="ukjent", servers=None)]
    factory.api.import_files([factory.filled("4216", installation=rows)])
    [inst] = factory.api.export()["installations"]
    assert inst["users"] == 200 and inst["interpreted"]["users"] is True
    assert inst["raw"]["users"] == "ca. 200"
    assert inst["annual_cost"] is None and inst["raw"]["annual_cost"] == "ukjent"
    assert inst["servers"] is None
    assert inst["interpreted"]["name"] is False
