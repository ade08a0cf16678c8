"""The decision notes and the fact sheets as one Word file each (`samdrift report … --notes DIR
--fact-sheets DIR`): the same sections as in the PDF, one document per section."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.errors import FileProblem
from desktop.core.reports.document import Report

UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(index: int, title: str) -> str:
    """`03 Notat for beslutning – Barnevern.docx`: the title without characters a file
    system refuses, numbered so the files sort as in the report."""
    clean = UNSAFE.sub(" – ", title.replace(": ", " – ")).strip(" .–")
    clean = re.sub(r"\s+", " ", clean)[:120].rstrip(" .")
    return f"{index:02d} {clean}.docx"


def write_group(report: Report, group: str, directory: Path) -> list[Path]:
    """Write each section of `group` ("note", "fact_sheet") to `directory` (made if needed);
    the paths written, in the report's order."""
    from desktop.core.reports.docx import write_sections

    sections = [s for s in report.sections if s.group == group]
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(f"Kan ikke lage mappen {directory}: {exc.strerror}") from exc
    out = []
    for i, section in enumerate(sections, start=1):
        path = directory / file_name(i, section.title)
        try:
            write_sections(report.title, section, report.created, path)
        except OSError as exc:
            raise FileProblem(f"Kan ikke skrive {path}: {exc.strerror}") from exc
        out.append(path)
    return out
