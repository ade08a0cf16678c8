"""The system matrix as CSV (`samdrift systems --matrix`, Katalog → Eksporter): text that a
spreadsheet program would run as a formula is written so that it opens as text, by the rule of
the report workbook (issue 15)."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.cli.main import main
from desktop.core.catalogue.reports import write_matrix_csv
from desktop.core.catalogue.results import Cell, Matrix, MatrixRow
from tests.helpers.factory import ProjectFactory

FORMULAS = ['=HYPERLINK("http://example.invalid/x","Klikk")', "+1+1", "-2+3", "@SUM(A1:A2)",
            "=cmd|' /C calc'!A0"]


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def _no_formula(table: list[list[str]]) -> bool:
    return not any(c.startswith(("=", "+", "-", "@")) for row in table for c in row)


def test_formula_like_text_is_text_in_the_matrix_csv(tmp_path: Path) -> None:
    rows = tuple(MatrixRow(i, name, FORMULAS[-1], "@Helse", {"4216": Cell(1, 10, 1000.0)}, 10,
                           1000.0) for i, name in enumerate(FORMULAS[:4]))
    table = _read(write_matrix_csv(Matrix((("4216", "=Birkenes"),), rows), tmp_path / "m.csv"))
    assert [r[0] for r in table[1:]] == ["'" + name for name in FORMULAS[:4]]
    assert {r[1] for r in table[1:]} == {"'" + FORMULAS[-1]}
    assert {r[2] for r in table[1:]} == {"'@Helse"}
    assert table[0][6] == "4216 =Birkenes brukere", "a header starting with a digit is safe"
    assert [r[4:8] for r in table[1:]][0] == ["10", "1000", "10", "1000"], "numbers stay numbers"
    assert _no_formula(table)


def test_systems_matrix_from_the_command_line_opens_as_text(factory: ProjectFactory,
                                                           tmp_path: Path, capsys) -> None:
    rows = [{"name": n, "vendor": "Visma", "service_area": "Helse og omsorg",
             "hosting": "Egen drift", "users": 10, "annual_cost": 1000} for n in FORMULAS[1:3]]
    factory.api.import_files([factory.filled("4216", installation=rows)])
    path = factory.location
    factory.close()
    out = tmp_path / "matrise.csv"
    assert main(["systems", str(path), "--json", "--matrix", str(out)]) == 0
    capsys.readouterr()
    table = _read(out)
    assert {r[0] for r in table[1:]} == {"'+1+1", "'-2+3"}
    assert _no_formula(table)
