"""The report beyond the money, on the demo as `samdrift demo` builds it: for each scenario a
plus-minus table, a risk matrix and a benefits plan; one decision note per service area of the
level-3 scenario; one fact sheet per participant; --notes and --fact-sheets write one file
each."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi
from desktop.core.reports.content import build_report
from desktop.core.reports.document import Chart, Report, Section, Table
from desktop.core.scenarios.evaluation import Simulation


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(build_demo(tmp_path_factory.mktemp("beyond-report"), scenarios=True))


@pytest.fixture(scope="module")
def report(demo_path: Path) -> Report:
    with ProjectApi.open(demo_path) as api:
        return build_report(api.db, [], "", simulation=Simulation(draws=100))


def titled(report: Report, title: str) -> Section:
    return next(s for s in report.sections if s.title == title)


def test_each_scenario_has_plus_minus_risk_matrix_and_benefits_plan(report: Report) -> None:
    assert len(report.scenarios) == 4
    for name in report.scenarios:
        effects = titled(report, f"Ikke-prissatte virkninger – {name}")
        table = next(b for b in effects.blocks if isinstance(b, Table))
        assert [r[0] for r in table.rows][:2] == ["Robusthet og sårbarhet", "Kompetansemiljø"]
        risk = titled(report, f"Risiko – {name}")
        assert any(isinstance(b, Chart) and b.title == "Risikomatrise" for b in risk.blocks)
        plan = titled(report, f"Gevinstrealiseringsplan – {name}")
        assert plan.in_summary and any(isinstance(b, Table) and b.rows for b in plan.blocks)
    drift = titled(report, "Ikke-prissatte virkninger – Felles drift, alle sju")
    robust = next(b for b in drift.blocks if isinstance(b, Table)).rows[0]
    assert robust[4] == "Forslag"
    assert "1 av 7 IT-enheter har ≤ 2 årsverk i dag" in str(robust[5])


def test_one_decision_note_per_service_area_and_one_fact_sheet_each(report: Report) -> None:
    notes = [s for s in report.sections if s.group == "note"]
    areas = ["Barnehage", "Barnevern", "Fellesløsninger og infrastruktur", "Helse og omsorg",
             "Innbyggerdialog og nettsider", "Kultur og fritid", "Lønn og personal",
             "NAV og sosial", "Plan, bygg og geodata", "Sak, arkiv og politikk", "Skole",
             "Teknisk og eiendom", "Økonomi"]
    assert [s.title for s in notes] == [f"Notat for beslutning: {a}" for a in areas]
    assert all(s.new_page and not s.in_contents for s in notes)
    child = titled(report, "Notat for beslutning: Barnevern")
    moves = next(b for b in child.blocks if isinstance(b, Table) and b.key.endswith("Bytter"))
    assert len(moves.rows) == 7 and moves.total is not None
    sheets = [s.title for s in report.sections if s.group == "fact_sheet"]
    assert sheets == ["Faktaark: Songdalen (1017)", "Faktaark: Søgne (1018)",
                      "Faktaark: Kristiansand (4204)", "Faktaark: Lillesand (4215)",
                      "Faktaark: Birkenes (4216)", "Faktaark: Iveland (4218)",
                      "Faktaark: Vennesla (4223)"]


def test_levels_four_and_five_come_from_the_matrix(report: Report) -> None:
    matrix = titled(report, "Ansvar på nivå 1–5 – Felles drift, alle sju")
    table = next(b for b in matrix.blocks if isinstance(b, Table))
    assert ("Arbeidsgiveransvar for IT-ansatte", "Lokalt", "Lokalt", "Lokalt", "Lokalt",
            "Felles enhet", "") in table.rows


def test_notes_and_fact_sheets_as_files(demo_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    from desktop.cli.main import main

    code = main(["report", str(demo_path), "--notes", str(tmp_path / "notater"),
                 "--fact-sheets", str(tmp_path / "faktaark"), "--draws", "50"])
    assert code == 0, capsys.readouterr().err
    notes = sorted(p.name for p in (tmp_path / "notater").iterdir())
    assert len(notes) == 13 and notes[1] == "02 Notat for beslutning – Barnevern.docx"
    sheets = sorted((tmp_path / "faktaark").iterdir())
    assert len(sheets) == 7
    text = [p.text for p in Document(str(sheets[0])).paragraphs]
    assert text[0] == "Faktaark: Songdalen (1017)"
    assert "Skrev 13 notater for beslutning" in capsys.readouterr().out


def test_with_many_participants_the_fact_sheets_are_files_only(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.reports import files
    from desktop.core.reports.sections import fact_sheets

    monkeypatch.setattr(fact_sheets, "IN_PDF_AT_MOST", 3)
    with ProjectApi.open(demo_path) as api:
        report = build_report(api.db, ["Felles drift, alle sju"], "",
                              simulation=Simulation(draws=20))
    sheets = [s for s in report.sections if s.group == "fact_sheet"]
    assert len(sheets) == 7 and not any(s.printed for s in sheets)
    assert not any(t.key.startswith("F1 ") for t in report.tables())  # not in the workbook
    intro = titled(report, "Faktaark per kommune")
    assert "--fact-sheets" in intro.blocks[0].text  # type: ignore[union-attr]
    assert len(files.write_group(report, "fact_sheet", tmp_path)) == 7


def test_many_moves_are_summed_per_system_and_year(report: Report,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.assessment.notes import DecisionNote, Move
    from desktop.core.reports.sections import notes

    child = titled(report, "Notat for beslutning: Barnevern")
    full = next(b for b in child.blocks if isinstance(b, Table) and b.key.endswith("Bytter"))
    assert len(full.rows) == 7 and full.columns[0].title == "Kommune"
    monkeypatch.setattr(notes, "MOVES_IN_FULL", 3)
    moves = tuple(Move(str(r[0]), str(r[1]), int(str(r[2])), float(r[3] or 0))
                  for r in full.rows)
    note = DecisionNote("S", "Barnevern", "Barnevern", (), "Visma Flyt Barnevern", "override",
                        "", moves, (), ())
    table = notes.moves_table(note, "x")
    assert [c.title for c in table.columns] == ["Bytter fra", "År", "Installasjoner",
                                                "Engangskostnad"]
    assert len(table.rows) < 7
    assert sum(int(r[2] or 0) for r in table.rows) == 7
    assert table.total is not None and table.total[2] == 7
    # the costs here are the full table's whole kroner: the sums agree to rounding
    assert abs(int(table.total[3] or 0) - int(full.total[3] or 0)) <= 7  # type: ignore[index]
