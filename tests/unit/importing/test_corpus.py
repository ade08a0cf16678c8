"""The importer's corpus: crafted, damaged and special files (tests/helpers/corpus.py), each
rejected with one Norwegian message naming the file (and sheet and cell where there is one), no
English exception text, and the project exactly as it was; values beyond a number are issues
naming the cell and the raw text; unusual but valid files read as the plain ones."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from desktop.core.project.results import Outcome
from tests.helpers import corpus
from tests.helpers.corpus import ENGLISH, KINDS, Kind

GERICA = [{"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift",
           "users": 40, "annual_cost": 120000}]
NOT_AS_A_FILE = {"lenke ut av mappen"}  # chosen as a file, a link is the user's choice


@pytest.fixture
def project(factory):  # a project with one return already imported, and a good return to vary
    factory.api.import_files([factory.filled("4216", "first.xlsx", installation=GERICA)])
    factory.good = factory.filled("4218", "god.xlsx", installation=GERICA)
    return factory


def _assert_rejected(result, kind: Kind, path: Path, in_folder: bool = False) -> None:
    code, words = kind.in_folder if in_folder and kind.in_folder else (kind.code, kind.words)
    assert result.outcome is Outcome.REJECTED, (kind.name, result.message)
    assert [i.code for i in result.issues] == [code], (kind.name, result.message)
    assert result.message.startswith(path.name + ":"), result.message
    assert words in result.message, (kind.name, result.message)
    assert not ENGLISH.search(result.message), f"English text in «{result.message}»"


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_each_kind_is_rejected_with_one_norwegian_message_and_nothing_changes(
        project, tmp_path: Path, kind: Kind) -> None:
    folder = tmp_path / "korpus"
    folder.mkdir()
    path = kind.make(folder, project.good)
    before = project.api.export()
    [from_folder] = project.api.import_files([folder])
    _assert_rejected(from_folder, kind, path, in_folder=True)
    if kind.name not in NOT_AS_A_FILE:
        [as_file] = project.api.import_files([path])
        _assert_rejected(as_file, kind, path)
    assert project.api.export() == before, "a rejected file must not change the project"


def test_one_folder_of_every_kind_still_imports_its_good_return(project, tmp_path: Path
                                                               ) -> None:
    folder = tmp_path / "alle"
    folder.mkdir()
    made = {}
    for kind in KINDS:
        sub = folder / re.sub(r"\W+", "-", kind.name)
        sub.mkdir()
        made[kind.make(sub, project.good).name] = kind
    good = folder / "zz-god.xlsx"
    good.write_bytes(project.good.read_bytes())
    results = project.api.import_files([folder])
    assert len(results) == len(KINDS) + 1
    for r in results:
        if r.file_name == good.name:
            assert r.outcome is Outcome.IMPORTED, r.message
        else:
            _assert_rejected(r, made[r.file_name], Path(r.path), in_folder=True)
    assert {m["number"] for m in project.api.export()["municipalities"]
            if m["file"]} == {"4216", "4218"}


def test_a_return_missing_a_sheet_part_never_replaces_the_good_one(project, tmp_path: Path
                                                                    ) -> None:
    project.api.import_files([project.good])
    before = project.api.export()
    damaged = corpus.sheet_part_missing(tmp_path, project.good)
    [r] = project.api.import_files([damaged])
    assert r.outcome is Outcome.REJECTED and r.code == "part_missing"
    assert project.api.export() == before
    assert [i["name"] for i in before["installations"] if i["municipality"] == "4218"] == [
        "Gerica"]


def test_values_beyond_a_number_and_formula_errors_are_issues_at_their_cells(
        project, tmp_path: Path) -> None:
    """1e400 as a number (calamine reads infinity), as text, in a date cell; #DIV/0!."""
    path = project.filled("4218", "tall.xlsx", installation=[
        {"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift",
         "users": 40, "servers": 2, "annual_cost": 120000, "contract_end": "31.12.2027",
         "integrations": 3}])
    edited = corpus.edit_sheet(path, tmp_path / "tall.xlsx", "Fagsystemer", lambda x: (
        corpus._set_cell(b"F2", b'<c r="F2"><v>1e400</v></c>')(
            corpus._set_cell(b"G2", b'<c r="G2" t="inlineStr"><is><t>1e400</t></is></c>')(
                corpus._set_cell(b"H2", b'<c r="H2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')(
                    corpus._set_cell(b"L2", b'<c r="L2"><v>1E+300</v></c>')(x))))))
    [r] = project.api.import_files([edited])
    assert r.outcome is Outcome.IMPORTED, r.message
    by_cell = {i.cell: i for i in r.issues if i.severity == "error"}
    assert (by_cell["F2"].code, by_cell["F2"].raw_value) == ("number_too_large", "1e400")
    assert (by_cell["G2"].code, by_cell["G2"].raw_value) == ("number_too_large", "1e400")
    assert (by_cell["H2"].code, by_cell["H2"].raw_value) == ("formula_error", "#DIV/0!")
    assert (by_cell["L2"].code, by_cell["L2"].raw_value) == ("number_too_large", "1e+300")
    assert all(i.sheet == "Fagsystemer" and "«" in i.message for i in by_cell.values())
    [inst] = [i for i in project.api.export()["installations"] if i["municipality"] == "4218"]
    assert (inst["users"], inst["servers"], inst["annual_cost"], inst["integrations"]) == (
        None, None, None, None)
    assert inst["raw"]["users"] == "1e400" and inst["contract_end"] == "2027-12-31"


def _unusual_but_valid(xml: bytes) -> bytes:
    """The same sheet with a namespace prefix, no `r` on cells or rows, and line breaks."""
    xml = xml.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=")
    xml = re.sub(rb"<(/?)(sheetData|row|c|v|is|t|f|dimension|sheetViews|sheetView|selection|"
                 rb"sheetFormatPr|cols|col|pageMargins|sheetPr|outlinePr|pageSetUpPr|"
                 rb"mergeCells|mergeCell|sheetProtection|dataValidations|dataValidation|"
                 rb"formula1|worksheet|tableParts|tablePart|conditionalFormatting|cfRule|"
                 rb"pageSetup|printOptions|headerFooter|legacyDrawing|drawing)(?=[\s/>])",
                 rb"<\1x:\2", xml)
    xml = re.sub(rb'(<x:c) r="[A-Z]+[0-9]+"', rb"\1", xml)
    xml = re.sub(rb'(<x:row) r="[0-9]+"', rb"\1", xml)
    return xml.replace(b"<x:row", b"\n  <x:row").replace(b"<x:c", b"\n    <x:c")


def test_unusual_but_valid_sheet_xml_reads_as_the_plain_file(project, tmp_path: Path) -> None:
    """Cells placed by calamine's running position (no `r`), prefixed tags, line breaks: the
    measuring scan takes the tag-by-tag path, and the return reads exactly as the plain one."""
    rows = [{"name": f"System {i}", "service_area": "Skole", "hosting": "Egen drift",
             "users": i, "contract_end": "30.06.2028"} for i in range(1, 8)]
    plain = project.filled("4218", "vanlig.xlsx", installation=rows)
    with zipfile.ZipFile(plain) as zf:  # every row of the template written out, none skipped
        part = corpus.sheet_parts(plain.read_bytes())["Fagsystemer"]
        xml = zf.read(part)
    rows_in_file = [int(n) for n in re.findall(rb'<row r="([0-9]+)"', xml)]
    assert rows_in_file == list(range(1, len(rows_in_file) + 1))
    odd = corpus.edit_xlsx(plain, tmp_path / "uvanlig.xlsx", {part: _unusual_but_valid})
    [r] = project.api.import_files([plain])
    first = project.api.export()
    [r2] = project.api.import_files([odd])
    assert r2.outcome is Outcome.UNCHANGED or r2.outcome is Outcome.REPLACED, r2.message
    assert not r2.changes, "the unusual file holds exactly what the plain one does"
    second = project.api.export()
    assert [i for i in second["installations"] if i["municipality"] == "4218"] == [
        {**i, "source": {**i["source"], "file": "uvanlig.xlsx"}}
        for i in first["installations"] if i["municipality"] == "4218"]


def test_an_external_entity_is_never_read(project, tmp_path: Path) -> None:
    path = corpus.external_entity(tmp_path, project.good)
    [r] = project.api.import_files([path])
    if r.outcome is Outcome.REJECTED:
        assert r.message.startswith("xxe.xlsx:") and not ENGLISH.search(r.message)
    assert "root:" not in json.dumps(project.api.export())


def test_an_xls_written_from_scratch_imports(project, tmp_path: Path) -> None:
    """The corpus's own .xls writer makes files calamine reads (so its damaged ones test the
    importer, not the writer)."""
    path = tmp_path / "iveland.xls"
    path.write_bytes(corpus.xls_book({"Kommune": corpus.XLS_KOMMUNE,
                                      "Fagsystemer": corpus.XLS_SYSTEMS}))
    [r] = project.api.import_files([path])
    assert r.outcome is Outcome.IMPORTED and r.matched_by == "kommune_sheet", r.message
    assert [(i["name"], i["hosting"]) for i in project.api.export()["installations"]
            if i["municipality"] == "4218"] == [("Gerica", "Egen drift")]


def test_merged_cells_of_an_ods_fill_their_range(project, tmp_path: Path) -> None:
    cell = corpus.ods_text_cell
    header = (b"<table:table-row>" + cell("Systemnavn") + cell("Tjenesteområde")
              + cell("Driftsform") + b"</table:table-row>")
    merged = (b'<table:table-cell table:number-rows-spanned="3" office:value-type="string">'
              b"<text:p>Skole</text:p></table:table-cell>")
    covered = b"<table:covered-table-cell/>"
    rows = (b"<table:table-row>" + cell("A") + merged + cell("Egen drift")
            + b"</table:table-row><table:table-row>" + cell("B") + covered + cell("Egen drift")
            + b"</table:table-row><table:table-row>" + cell("C") + covered + cell("Egen drift")
            + b"</table:table-row>")
    path = tmp_path / "flettet.ods"
    path.write_bytes(corpus.ods_book({"Kommune": corpus.KOMMUNE_ROWS,
                                      "Fagsystemer": header + rows}))
    [r] = project.api.import_files([path])
    assert r.outcome is Outcome.IMPORTED, r.message
    assert [(i["name"], i["service_area"]) for i in project.api.export()["installations"]
            if i["municipality"] == "4218"] == [("A", "Skole"), ("B", "Skole"), ("C", "Skole")]


def test_a_path_that_cannot_be_read_is_said_in_norwegian(project, tmp_path: Path) -> None:
    before = project.api.export()
    [r] = project.api.import_files([tmp_path / "borte.xlsx"])
    assert (r.outcome, r.code) == (Outcome.REJECTED, "unreadable")
    assert r.message == "borte.xlsx: kan ikke leses (filen finnes ikke)."
    assert project.api.export() == before
