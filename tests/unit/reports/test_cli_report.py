"""`samdrift report PROJECT …` as a batch user runs it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.unit.reports.demo_project import demo_project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_project(tmp_path_factory, tmp_path_factory.mktemp("cli") / "p.samdrift")


def report(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main(["report", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_with_chosen_scenario_and_recommendation_file(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recommendation = tmp_path / "anbefaling.txt"
    recommendation.write_text("Vi anbefaler «Felles fagsystemer».\n", encoding="utf-8")
    out = tmp_path / "rapport.pdf"
    code, stdout, err = report(capsys, project, "--scenario", "Felles fagsystemer", "--pdf",
                               out, "--recommendation-file", recommendation, "--draws", "200")
    assert code == 0, err
    assert f"Skrev {out}" in stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Vi anbefaler «Felles fagsystemer»." in text
    assert "Scenario: Felles fagsystemer" in text
    assert "Scenario: Felles drift" not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_no_scenario_means_all_saved(project: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "alle.pdf"
    code, _, err = report(capsys, project, "--pdf", out, "--draws", "50", "--seed", "7")
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Scenario: Felles drift" in text and "Scenario: Felles fagsystemer" in text
    assert "startverdi (7)" in text and "frø" not in text


def test_unknown_scenario_names_the_saved_ones(project: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = report(capsys, project, "--scenario", "Felles drift", "--scenario",
                          "Storkommune", "--pdf", out)
    assert code == 2
    assert "«Storkommune» finnes ikke" in err
    assert "«Felles drift», «Felles fagsystemer»" in err
    assert not out.exists()


def test_usage_errors(project: Path, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = report(capsys, project)
    assert code == 2 and "--pdf" in err
    code, _, err = report(capsys, project, "--pdf", tmp_path / "x.pdf", "--draws", "0")
    assert code == 2 and "--draws" in err
    code, _, err = report(capsys, project, "--pdf", tmp_path / "x.pdf",
                          "--recommendation-file", tmp_path / "finnes-ikke.txt")
    assert code == 2 and "finnes-ikke.txt" in err
    code, _, err = report(capsys, tmp_path / "ingen.samdrift", "--pdf", tmp_path / "x.pdf")
    assert code == 2 and err.startswith("samdrift: ")


def test_workbook_alongside(project: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("desktop.core.reports.xlsx")
    from openpyxl import load_workbook

    out = tmp_path / "tabeller.xlsx"
    code, _, err = report(capsys, project, "--scenario", "Felles drift", "--xlsx", out,
                          "--draws", "50")
    assert code == 0, err
    assert load_workbook(out).sheetnames
