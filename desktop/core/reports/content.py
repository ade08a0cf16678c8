"""The report's content, assembled by the core from the project and the chosen scenarios:

    report = build_report(db, ["Felles drift", "Felles fagsystemer"])
    write_pdf(report, Path("rapport.pdf"))

Chapters: summary with the recommendation, survey status and completeness, the system
landscape, staffing and vulnerability, one chapter per scenario (with its non-priced effects,
risks, benefits plan and responsibility matrix), the comparison, the decision notes per
service area (level 3), the fact sheet per municipality, and the appendix of parameters.
Every number comes from the existing core (context.gather).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from db.session import ProjectDatabase
from desktop.core import formatting
from desktop.core.reports.context import ReportData, gather
from desktop.core.reports.document import Block, Chart, Report, Section, Table
from desktop.core.reports.sections import (
    appendix,
    comparison,
    fact_sheets,
    landscape,
    notes,
    scenario,
    staffing,
    summary,
    survey,
)
from desktop.core.scenarios.evaluation import Simulation

CHAPTERS: tuple[Callable[[ReportData], list[Section]], ...] = (
    summary.build, survey.build, landscape.build, staffing.build, scenario.build,
    comparison.build, notes.build, fact_sheets.build, appendix.build)


def build_report(db: ProjectDatabase, scenarios: Sequence[str],
                 recommendation: str | None = None, *, simulation: Simulation | None = None,
                 progress: Callable[[int, int, str], bool] | None = None,
                 today: dt.date | None = None, staff_names: bool = False) -> Report:
    """The report for these saved scenarios (all saved ones when none is named), built from
    the project's data as it is now.

    `recommendation` None takes the text saved in the project; `simulation` None the
    project's draws and seed (the app's). `progress(done, total, text)` is called between
    steps; returning False cancels (Cancelled). An unknown scenario name raises
    UnknownScenario, which lists the saved names. `staff_names` names the people in the
    vulnerability chapter («Camilla Fjeld er systemansvarlig for 6 fagsystemer»); without it
    the report says «Én person …»."""
    data, steps = gather(db, scenarios, recommendation, simulation, progress, today,
                         staff_names)
    sections: list[Section] = []
    for chapter in CHAPTERS:
        sections += chapter(data)
    steps.finish()
    return report_of(data, sections)


def report_of(data: ReportData, sections: list[Section]) -> Report:
    names = tuple(sd.name for sd in data.scenarios)
    subtitle = ("Kartlegging av IT og scenarioer for samarbeid" if names
                else "Kartlegging av IT")
    return Report(
        title=title_of(data.name),
        subtitle=subtitle,
        created=data.created,
        sections=tuple(unique_keys(sections)),
        scenarios=names,
        running_header=data.name,
        meta={"project": data.name, "author": "Samdrift",
              "subject": f"Forstudie av IT-samarbeid: {data.name}",
              "participants": str(len(data.statuses)),
              "created": formatting.date(data.created),
              "draws": str(data.draws), "seed": "" if data.seed is None else str(data.seed)})


def title_of(project: str) -> str:
    """The project's name when it says what the report is, else «Forstudie: IT-samarbeid i …»."""
    if "forstudie" in project.casefold():
        return project
    return f"Forstudie: IT-samarbeid i {project}"


def unique_keys(sections: list[Section]) -> list[Section]:
    """Table keys (the workbook's sheet names, ≤ 31 characters) made unique."""
    seen: set[str] = set()

    def key(k: str) -> str:
        base = k[:31]
        out, n = base, 2
        while out.casefold() in seen:
            suffix = f" ({n})"
            out, n = base[:31 - len(suffix)] + suffix, n + 1
        seen.add(out.casefold())
        return out

    def fix(block: Block) -> Block:
        if isinstance(block, Table):
            return dataclasses.replace(block, key=key(block.key))
        if isinstance(block, Chart) and block.data is not None:
            return dataclasses.replace(block, data=dataclasses.replace(
                block.data, key=key(block.data.key)))
        return block

    return [dataclasses.replace(s, blocks=tuple(fix(b) for b in s.blocks)) for s in sections]
