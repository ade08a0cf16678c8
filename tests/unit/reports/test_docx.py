"""The summary for the case presentation: a Word document with the recommendation, the key
figures and the comparison of the scenarios."""

from __future__ import annotations

from pathlib import Path

import docx

from desktop.core.reports.document import Column, Report, Section, Table
from desktop.core.reports.docx import write_docx
from tests.unit.reports.sample_report import sample_report


def _open(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def test_summary_holds_recommendation_key_figures_and_comparison(tmp_path: Path) -> None:
    path = tmp_path / "saksframlegg.docx"
    write_docx(sample_report(), path)
    doc = _open(path)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Forstudie: IT-samarbeid i Knutepunkt Sørlandet"
    assert "Dato: 22.11.2026" in texts[2]
    headings = [p.text for p in doc.paragraphs
                if p.style is not None and str(p.style.name).startswith("Heading")]
    assert headings == ["Anbefaling", "Nøkkeltall", "Sammenligning av scenarioene", "Merknader"]
    assert ("Styringsgruppen anbefaler at kommunene går videre med «Felles drift» til et "
            "forprosjekt.") in texts
    assert "Vedtak fattes i kommunestyrene våren 2027." in texts

    figures, comparison = doc.tables
    assert figures.cell(0, 1).text == "12\u00a0345\u00a0678 kr"
    # six columns, three rows: turned to one row per measure so that it fits the page
    rows = [[c.text for c in row.cells] for row in comparison.rows]
    assert rows == [
        ["Scenario", "Felles drift", "Felles fagsystemer", "Sum"],
        ["Nåverdi 10 år", "12\u00a0345\u00a0678\u00a0kr", "\u22123\u00a0250\u00a0000\u00a0kr",
         "9\u00a0095\u00a0678\u00a0kr"],
        ["Tilbakebetaling (år)", "2\u00a0029", "–", "–"],  # missing, never 0
        ["Årsverk", "2,5", "1,0", "3,5"],
        ["Besparelse", "4,5\u00a0%", "12,5\u00a0%", "–"],
        ["Oppstart", "01.01.2027", "30.06.2028", "–"]]
    assert any("– betyr at verdien mangler" in t for t in texts)
    assert all(r.bold for row in comparison.rows for r in row.cells[3].paragraphs[0].runs)


def test_a_narrow_table_keeps_its_rows(tmp_path: Path) -> None:
    narrow = Table("Sammenligning", "Kort", (Column("Scenario"), Column("Nåverdi", "kroner")),
                   tuple((f"S{i}", i * 1000) for i in range(8)))
    report = sample_report()
    path = tmp_path / "smal.docx"
    write_docx(Report(report.title, "", report.created, (Section("S", (narrow,)),)), path)
    [table] = _open(path).tables
    assert [c.text for c in table.rows[0].cells] == ["Scenario", "Nåverdi"]
    assert [c.text for c in table.rows[8].cells] == ["S7", "7\u00a0000\u00a0kr"]


def test_without_recommendation_or_scenarios_it_says_so(tmp_path: Path) -> None:
    report = sample_report()
    bare = Report(report.title, report.subtitle, report.created,
                  (Section("Sammendrag", ()),))
    path = tmp_path / "tom.docx"
    write_docx(bare, path)
    doc = _open(path)
    assert "Ingen anbefaling er skrevet." in [p.text for p in doc.paragraphs]
    assert doc.tables == []


def test_the_same_report_gives_the_same_file(tmp_path: Path) -> None:
    write_docx(sample_report(), tmp_path / "a.docx")
    write_docx(sample_report(), tmp_path / "b.docx")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
