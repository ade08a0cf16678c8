"""One truth across the outputs: every key figure of every scenario reads the same in the JSON
(`samdrift scenario --show --json`), the PDF, the workbook and the Word summary — on the demo
and on a project where one participant has not answered.

Each output is written by the CLI, as a user makes it, and read back the way a reader would
(the PDF's text, the workbook's cells, the Word document's text). The app's models are checked
against the same JSON in tests/gui/test_cross_check_app.py.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document

from desktop.cli.main import main
from desktop.core import formatting
from desktop.core.demo.build import build_demo
from desktop.core.project.api import ProjectApi

NBSP = re.compile("[\u00a0\u202f]")
LEFT_OUT = "Iveland"


def plain(text: str) -> str:
    return NBSP.sub(" ", text)


def kr(value: int) -> str:
    return plain(formatting.kroner(value))


def amount(value: int) -> str:
    """A key figure in prose: millions to one decimal (`35,7 mill. kr`)."""
    return plain(formatting.amount(value))


def number(value: int) -> str:
    return plain(formatting.number(value))


def build_partial(demo: Path, out: Path) -> Path:
    """The demo's participants and scenarios, with every return but Iveland's imported."""
    with ProjectApi.open(demo) as source:
        numbers = [p.number for p in source.status()]
        scenarios = [s.scenario for s in source.scenarios.saved()]
    target = out / "Uten Iveland.samdrift"
    api = ProjectApi.create(target, "Knutepunkt uten Iveland", numbers)
    try:
        returns = [p for p in sorted((demo.parent / "Svar").iterdir())
                   if "iveland" not in p.name.casefold()]
        results = api.import_files(returns)
        assert {r.municipality_name for r in results if not r.rejected} >= {
            "Kristiansand", "Birkenes"}
        for s in scenarios:
            api.scenarios.save(s)
    finally:
        api.close()
    return target


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    root = tmp_path_factory.mktemp("cross")
    demo = build_demo(root / "demo", scenarios=True)
    projects = [demo, build_partial(demo, root)]
    out = []
    for i, project in enumerate(projects):
        folder = root / f"out{i}"
        folder.mkdir()
        pdf, xlsx, docx = folder / "r.pdf", folder / "r.xlsx", folder / "r.docx"
        assert main(["report", str(project), "--pdf", str(pdf), "--xlsx", str(xlsx),
                     "--docx", str(docx)]) == 0
        with ProjectApi.open(project) as api:
            names = [s.name for s in api.scenarios.saved()]
        docs = {}
        for name in names:
            json_path = folder / "s.json"
            with json_path.open("w", encoding="utf-8") as fh:
                done = subprocess.run(
                    [sys.executable, "-m", "desktop.cli.main", "scenario", str(project),
                     "--show", name, "--json"], stdout=fh, check=True)
            assert done.returncode == 0
            docs[name] = json.loads(json_path.read_text(encoding="utf-8"))
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        out.append({"project": project, "docs": docs, "pdf": plain(text),
                    "xlsx": openpyxl.load_workbook(xlsx),
                    "docx": plain("\n".join(p.text for p in Document(str(docx)).paragraphs)
                                  + "\n" + "\n".join(c.text for t in Document(str(docx)).tables
                                                     for row in t.rows for c in row.cells))})
    return out


def chapter(pdf: str, name: str) -> str:
    """The PDF's text of one scenario's chapters (from its heading to the next scenario's or
    the comparison), not the table of contents."""
    lines = pdf.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if line.strip() == f"Scenario: {name}")
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].strip().startswith("Scenario: ")
                or lines[i].strip() == "Sammenligning av scenarioene"), len(lines))
    return "\n".join(lines[start:end])


def sheet_rows(wb: Any, key: str) -> list[tuple[Any, ...]]:
    return [row for row in wb[key].iter_rows(values_only=True) if any(v is not None
                                                                      for v in row)]


def scenario_key(wb: Any, name: str) -> str:
    """«S1», «S2», … : the scenario's sheets, found by its name on the summary sheet."""
    order = [row[0] for row in sheet_rows(wb, "Sammendrag")
             if isinstance(row[0], str) and row[0].startswith("Scenario: ")]
    return f"S{order.index(f'Scenario: {name}') + 1}"


def test_the_partial_project_has_a_participant_without_a_return(
        outputs: list[dict[str, Any]]) -> None:
    doc = next(iter(outputs[1]["docs"].values()))
    assert [p["name"] for p in doc["participants_left_out"]] == [LEFT_OUT]
    iveland = next(m for m in doc["allocation"]["municipalities"] if m["name"] == LEFT_OUT)
    assert iveland["status"] == "left_out"
    assert iveland["cost_today"] is None and iveland["cost_scenario"] is None
    assert any(n.startswith(f"{LEFT_OUT} har ikke svart") for n in doc["notes"])


@pytest.mark.parametrize("which", [0, 1], ids=["demo", "non-responder"])
def test_key_figures_agree_in_json_pdf_workbook_and_word(
        outputs: list[dict[str, Any]], which: int) -> None:
    o = outputs[which]
    wb = o["xlsx"]
    summary = {row[0]: row[1] for row in sheet_rows(wb, "Sammendrag")}
    for name, doc in o["docs"].items():
        text = chapter(o["pdf"], name)
        key = scenario_key(wb, name)
        # NPV, percentiles, one-time costs and their budget frames, cost today, payback: the
        # PDF at its precision
        for field in ("npv", "p10", "p50", "p90", "one_time_total", "one_time_p50",
                      "one_time_p85", "cost_today"):
            assert amount(doc[field]) in text or kr(doc[field]) in text, (name, field, doc[field])
        assert str(doc["payback_year"]) in text
        # «kostnadsramme» and P85 belong to costs, never to the NPV (a benefit)
        for line in text.splitlines():
            assert not ("kostnadsramme" in line.casefold() and "nåverdi" in line.casefold())
        # … the workbook's cells to the krone
        uncertainty = {row[0]: row[1] for row in sheet_rows(wb, f"{key} Usikkerhet")}
        assert uncertainty["Beregnet med mest sannsynlige verdier"] == doc["npv"]
        assert uncertainty["90 % sjanse for minst (P10)"] == doc["p10"]
        assert uncertainty["Median (P50)"] == doc["p50"]
        assert uncertainty["10 % sjanse for mer enn (P90)"] == doc["p90"]
        frames = {row[0]: row[1] for row in sheet_rows(wb, f"{key} Kostnadsramme")}
        assert (frames["Styringsramme (P50)"], frames["Kostnadsramme (P85)"]) == (
            doc["one_time_p50"], doc["one_time_p85"])
        years = [row for row in sheet_rows(wb, f"{key} Kostnader per år")
                 if isinstance(row[0], str) and row[0].isdigit()]
        assert [(int(r[0]), r[1], r[2], r[3]) for r in years] == [
            (b["year"], b["total"], s["total"], o_["total"]) for b, s, o_ in
            zip(doc["baseline"], doc["scenario_costs"], doc["one_time"], strict=True)]
        assert plain(summary[f"«{name}»: nåverdi"]) == amount(doc["npv"])
        # … and the Word summary
        assert amount(doc["npv"]) in o["docx"]
        # per municipality: today and in the scenario, the same in PDF and workbook
        rows = {str(r[0]): r for r in sheet_rows(wb, f"{key} Kostnad per kommune")[2:]}
        for m in doc["allocation"]["municipalities"]:
            label = next(k for k in rows if k.startswith(m["name"]))
            row = rows[label]
            line = next(line for line in text.splitlines() if line.strip().startswith(label[:20]))
            if m["status"] == "left_out":
                assert row[1] is None and row[2] is None  # missing, never 0
                assert not re.search(r"\d", line.split(m["name"], 1)[1].replace(
                    "(ikke med: har ikke svart)", "")), line
            else:
                assert (row[1], row[2]) == (m["cost_today"], m["cost_scenario"])
                assert number(m["cost_today"]) in line and number(m["cost_scenario"]) in line
        total = next(r for r in sheet_rows(wb, f"{key} Kostnad per kommune") if r[0] == "Sum")
        assert (total[1], total[2]) == (doc["allocation"]["totals"]["today"],
                                        doc["allocation"]["totals"]["scenario"])
        assert total[1] == doc["cost_today"]


def test_cost_today_and_systems_agree_between_summary_and_scenarios(
        outputs: list[dict[str, Any]]) -> None:
    for o in outputs:
        summary = {row[0]: row[1] for row in sheet_rows(o["xlsx"], "Sammendrag")}
        everyone = [d for d in o["docs"].values()
                    if len(d["scenario"]["participants"]) + len(d["participants_left_out"]) == 7]
        assert everyone
        for doc in everyone:
            # what IT costs today: the summary's figure is the scenarios' starting point
            assert plain(summary["IT-kostnad per år i dag"]) == amount(doc["cost_today"])
        if not everyone[0]["participants_left_out"]:
            doc = everyone[0]
            systems = (f"{int(doc['summary']['installations_today'])} installasjoner → "
                       f"{int(doc['summary']['distinct_systems_today'])} distinkte systemer")
            assert plain(summary["Fagsystemer"]) == systems
            assert systems in o["pdf"]


def test_the_draws_and_seed_are_the_same_everywhere_and_stated(
        outputs: list[dict[str, Any]]) -> None:
    o = outputs[0]
    for doc in o["docs"].values():
        draws, seed = doc["simulation"]["draws"], doc["simulation"]["seed"]
        assert doc["monte_carlo"]["draws"] == draws
        assert f"trukket {number(draws)} ganger" in o["pdf"] and str(seed) in o["pdf"]
