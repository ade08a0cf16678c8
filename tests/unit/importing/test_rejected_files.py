"""Files that import nothing: each gets one clear message naming the file, and the project is
left exactly as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.importing.readers import MAX_UNCOMPRESSED_BYTES
from desktop.core.project.results import Outcome
from desktop.core.questionnaire.identity import KEY_MUNICIPALITY, KEY_VERSION
from desktop.core.questionnaire.spec import IDENTITY_SHEET

GERICA = [{"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift"}]


@pytest.fixture
def project(factory):  # a project with one return already imported
    factory.api.import_files([factory.filled("4216", "first.xlsx", installation=GERICA)])
    return factory


def _reject(project, path: Path, code: str, words: str) -> str:
    before = project.api.export()
    [r] = project.api.import_files([path])
    assert r.outcome is Outcome.REJECTED
    assert [i.code for i in r.issues] == [code]
    assert path.name in r.message and words in r.message
    assert project.api.export() == before, "a rejected file must not change the project"
    return r.message


def _with_identity(project, edit_key: str, value: str, name: str) -> Path:
    path = project.filled("4218", name, installation=GERICA)
    wb = load_workbook(path)
    ws = wb[IDENTITY_SHEET]
    for row in ws.iter_rows():
        if row[0].value == edit_key:
            row[1].value = value
    wb.save(path)
    return path


def test_empty_file(project, tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"")
    _reject(project, path, "empty", "tom")


def test_not_a_spreadsheet(project, tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    _reject(project, path, "not_spreadsheet", "ikke et regneark")
    text = tmp_path / "notat.xls"
    text.write_text("Systemnavn;Leverandør\nGerica;Tietoevry\n", encoding="utf-8")
    _reject(project, text, "not_spreadsheet", "ikke et regneark")


def test_a_word_document_renamed_to_xlsx(project, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    path = tmp_path / "svar.xlsx"
    path.write_bytes(buf.getvalue())
    _reject(project, path, "not_spreadsheet", "Word-dokument")


def test_truncated_file(project, factory, tmp_path: Path) -> None:
    good = factory.filled("4218", "hel.xlsx", installation=GERICA).read_bytes()
    path = tmp_path / "avkuttet.xlsx"
    path.write_bytes(good[: len(good) // 2])
    _reject(project, path, "corrupt", "skadet eller ufullstendig")


def test_corrupt_member_inside_the_zip(project, factory, tmp_path: Path) -> None:
    src = factory.filled("4218", "hel.xlsx", installation=GERICA)
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data[:40]  # cut in the middle of the XML
            zout.writestr(item, data)
    path = tmp_path / "skadet.xlsx"
    path.write_bytes(buf.getvalue())
    _reject(project, path, "corrupt", "skadet")


def test_password_protected_file(project, factory, tmp_path: Path) -> None:
    msoffcrypto = pytest.importorskip("msoffcrypto.format.ooxml")
    src = factory.filled("4218", "klar.xlsx", installation=GERICA)
    path = tmp_path / "passord.xlsx"
    with src.open("rb") as fin, path.open("wb") as fout:
        msoffcrypto.OOXMLFile(fin).encrypt("hemmelig", fout)
    _reject(project, path, "password", "passordbeskyttet")


def test_zip_bomb(project, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (MAX_UNCOMPRESSED_BYTES + 1))
    path = tmp_path / "bombe.xlsx"
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 2_000_000
    _reject(project, path, "zip_bomb", "zip-bombe")


def test_unknown_template_version(project) -> None:
    path = _with_identity(project, KEY_VERSION, "2031.4", "fremtid.xlsx")
    _reject(project, path, "unknown_template", "2031.4")


def test_municipality_outside_the_project(project) -> None:
    path = _with_identity(project, KEY_MUNICIPALITY, "0301", "oslo.xlsx")
    _reject(project, path, "outside_project", "0301")


def test_a_batch_goes_on_after_a_rejected_file(project, factory, tmp_path: Path) -> None:
    bad = tmp_path / "tom.xlsx"
    bad.write_bytes(b"")
    good = factory.filled("4218", "iveland.xlsx", installation=GERICA)
    results = project.api.import_files([bad, good])
    assert [r.outcome for r in results] == [Outcome.REJECTED, Outcome.IMPORTED]
