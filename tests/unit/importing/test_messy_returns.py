"""Returns as they look in real life (spec: "What returns look like in real life"): the importer
copes, flags what it interpreted, keeps what it does not know, and loses nothing typed."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from desktop.core.project.results import Outcome


def _issues(result: Any, code: str) -> list[Any]:
    return [i for i in result.issues if i.code == code]


def _own_sheet(tmp: Path, header: list[str], rows: list[list[Any]], *, above: int = 0,
               number: str = "4216") -> Path:
    """A municipality that built its own workbook: no identity, its own layout."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kommune"
    ws.append(["Kommunenummer", number])
    ws.append(["Kommunenavn", "Birkenes"])
    ws = wb.create_sheet("Fagsystemer")
    for i in range(above):
        ws.append([f"Oversikt over fagsystemer, ark {i + 1}"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    path = tmp / "egen.xlsx"
    wb.save(path)
    return path


def test_headers_by_label_in_any_order_case_unit_and_star(factory, tmp_path: Path) -> None:
    path = _own_sheet(tmp_path, [" brukere* ", "TJENESTEOMRÅDE", "Systemnavn *", "Driftsform",
                                 "Lisens og vedlikehold", "Kontaktperson leverandør"],
                      [[12, "Skole", "Visma Flyt Skole ", "Skytjeneste (SaaS)", 45000, "Ola"]],
                      above=2)
    [r] = factory.api.import_files([path])
    assert r.outcome is Outcome.IMPORTED and r.matched_by == "kommune_sheet"
    [inst] = factory.api.export()["installations"]
    assert (inst["name"], inst["users"], inst["annual_cost"]) == ("Visma Flyt Skole", 12, 45000)
    assert inst["service_area"] == "Skole" and inst["hosting"] == "Skytjeneste (SaaS)"
    assert inst["extra"] == {"Kontaktperson leverandør": "Ola"}, "unknown columns are kept"
    assert inst["source"]["row"] == 4
    [extra] = _issues(r, "extra_column")
    assert extra.cell == "F3" and extra.severity == "info"


def test_blank_rows_note_rows_nfd_hand_typed_lists(factory, tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Søknadssenteret")
    path = _own_sheet(tmp_path, ["Systemnavn", "Tjenesteområde", "Driftsform",
                                 "Lisens og vedlikehold (NOK/år)"],
                      [["Gerica", "helse og omsorg", "egen drift", "kr 45 000,-"],
                       [None, None, None, None],
                       [nfd, "Helse", "SaaS", "1\u00a0200"],
                       ["Sum", None, None, 46200]])
    [r] = factory.api.import_files([path])
    names = [(i["name"], i["service_area"], i["hosting"], i["annual_cost"])
             for i in factory.api.export()["installations"]]
    assert names == [("Gerica", "Helse og omsorg", "Egen drift", 45000),
                     ("Søknadssenteret", "Helse og omsorg", "Skytjeneste (SaaS)", 1200)]
    assert unicodedata.is_normalized("NFC", names[1][0])
    [note] = _issues(r, "note_row")
    assert note.cell == "A5" and note.raw_value == "Sum"
    fuzzy = {i.cell for i in r.issues if i.code == "list_value_fuzzy"}
    assert {"B4", "C4"} <= fuzzy, "values read from a forgiving match are flagged"


def test_same_system_twice_split_rows_and_systems_no_longer_used(factory, tmp_path: Path) -> None:
    path = _own_sheet(tmp_path, ["Systemnavn", "Tjenesteområde", "Driftsform", "Brukere",
                                 "Lisens og vedlikehold", "Kommentar"],
                      [["Websak", "Sak, arkiv og politikk", "Egen drift", 40, None, None],
                       [None, None, None, None, 88000, "lisens fakturert separat"],
                       ["Ephorte", "Sak, arkiv og politikk", "Egen drift", 3, None,
                        "Avviklet 2024, kun innsyn"],
                       ["websak", "Sak, arkiv og politikk", "Egen drift", 40, None, None]])
    [r] = factory.api.import_files([path])
    inst = factory.api.export()["installations"]
    assert [i["name"] for i in inst] == ["Websak", "Ephorte", "websak"]
    assert inst[0]["annual_cost"] == 88000 and inst[0]["interpreted"]["annual_cost"] is True
    assert inst[0]["comment"] == "lisens fakturert separat"
    [cont] = _issues(r, "continuation_row")
    assert "rad 3" in cont.message.lower() and "rad 2" in cont.message
    assert inst[1]["in_use"] is False and inst[0]["in_use"] is True
    [dup] = _issues(r, "duplicate_row")
    assert dup.cell == "A5" and "rad 2" in dup.message


def test_merged_cells_and_hidden_rows_and_columns(factory) -> None:
    path = factory.filled("4218", "iveland.xlsx", installation=[
        {"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift"},
        {"name": "CosDoc", "service_area": None, "hosting": "Egen drift"},
        {"name": "Profil", "service_area": None, "hosting": "Egen drift", "users": 9}])
    wb = load_workbook(path)
    ws = wb["Fagsystemer"]
    ws.protection.sheet = False
    ws.merge_cells("D2:D4")  # one Tjenesteområde for three rows, as a person groups them
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions["F"].hidden = True
    wb.save(path)
    factory.api.import_files([path])
    inst = factory.api.export()["installations"]
    assert [(i["name"], i["service_area"]) for i in inst] == [
        ("Gerica", "Helse og omsorg"), ("CosDoc", "Helse og omsorg"),
        ("Profil", "Helse og omsorg")]
    assert inst[2]["users"] == 9, "hidden rows and columns are still read"


def test_unreadable_values_are_issues_with_cell_and_raw_text_and_stored_as_null(factory) -> None:
    path = factory.filled("4216", installation=[
        {"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Hos naboen",
         "users": "mange", "contract_end": "31.02.2027", "annual_cost": -5}])
    [r] = factory.api.import_files([path])
    by_cell = {i.cell: i for i in r.issues if i.severity == "error"}
    assert by_cell["F2"].raw_value == "mange" and "mange" in by_cell["F2"].message
    assert by_cell["I2"].raw_value == "31.02.2027"
    assert by_cell["E2"].code == "list_value_unknown"
    assert by_cell["H2"].code == "negative"
    assert all(i.sheet == "Fagsystemer" and i.file_name == "svar.xlsx" for i in by_cell.values())
    [inst] = factory.api.export()["installations"]
    assert inst["users"] is None and inst["contract_end"] is None and inst["hosting"] is None
    assert inst["raw"] == {"users": "mange", "contract_end": "31.02.2027",
                           "hosting": "Hos naboen", "annual_cost": "-5"}


def test_dates_in_every_form(factory) -> None:
    rows = [{"name": f"S{i}", "service_area": "Annet", "hosting": "Egen drift",
             "contract_end": v} for i, v in enumerate(
                 [dt.datetime(2027, 12, 31), 46752, "31.12.2027", "2027-12-31", "des. 2027",
                  "2027"])]
    factory.api.import_files([factory.filled("4216", installation=rows)])
    inst = factory.api.export()["installations"]
    assert {i["contract_end"] for i in inst} == {"2027-12-31"}
    # the serial number lands in a date-formatted template cell, so it is a real date there
    assert [i["interpreted"]["contract_end"] for i in inst] == [False, False, False, False,
                                                               True, True]
