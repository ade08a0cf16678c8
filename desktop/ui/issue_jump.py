"""Where an issue points to in the data views. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.project.results import IssueRow
from desktop.core.questionnaire.spec import find_sheet
from desktop.ui.cells import parse_cell


@dataclass(frozen=True)
class JumpTarget:
    kind: str  # record kind: installation | staffing | bought_service | infrastructure
    file_name: str
    sheet: str
    row: int
    municipality: str | None


def jump_target(issue: IssueRow) -> JumpTarget | None:
    """The data row an issue's cell is on, if the sheet is one of the data tabs."""
    if not issue.sheet:
        return None
    sheet = find_sheet(issue.sheet)
    parsed = parse_cell(issue.cell)
    if sheet is None or sheet.record is None or parsed is None:
        return None
    return JumpTarget(sheet.record, issue.file_name, issue.sheet, parsed[1],
                      issue.municipality)
