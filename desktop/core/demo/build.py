"""`samdrift demo DIR`: a complete demo project for the seven Knutepunkt Sørlandet municipalities.

Builds what a pre-study looks like a few weeks in: the project file, the questionnaires sent
(`DIR/Utsendt`), the returns as the municipalities sent them back (`DIR/Svar`) — realistically
messy, see data.MESSY_FEATURES — and all of them imported. Deterministic: the same data gives
the same files (apart from the project's id and timestamps).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.demo.answers import answers_for, lillesand_resent
from desktop.core.demo.data import (
    IVELAND,
    KRISTIANSAND,
    LILLESAND,
    LILLESAND_RESENT,
    MUNICIPALITIES,
    NUMBERS,
    PROJECT_FILE,
    PROJECT_NAME,
    VENNESLA,
    VENNESLA_EXTRA,
    VENNESLA_EXTRA_HEADER,
)
from desktop.core.demo.scenarios import save_examples
from desktop.core.project.api import ProjectApi
from desktop.core.project.templates import template_file_name
from desktop.core.questionnaire.fill import Answers, fill_form, fill_table, fill_template
from desktop.core.questionnaire.spec import (
    IDENTITY_SHEET,
    MUNICIPALITY,
    SYSTEMS,
    TABLE_SHEETS,
    normalize_label,
)

SENT_DIR = "Utsendt"
RETURNS_DIR = "Svar"
RETURN_FILES = (*(m.file_name for m in MUNICIPALITIES), LILLESAND_RESENT.file_name)


def build_demo(directory: str | Path, *, scenarios: bool = False) -> Path:
    """Build the demo project in `directory` and return the project file's path; with
    `scenarios`, also the example scenarios (demo/scenarios.py).

    Refuses (FileExistsError) when the directory already holds a demo project or returns."""
    directory = Path(directory)
    project = directory / PROJECT_FILE
    returns = directory / RETURNS_DIR
    if project.exists():
        raise FileExistsError(f"Demoprosjektet finnes allerede: {project}. Slett det eller "
                              "velg en annen mappe.")
    if returns.is_dir() and any(returns.iterdir()):
        raise FileExistsError(f"Mappen {returns} finnes allerede og er ikke tom. Velg en tom "
                              "mappe for demoprosjektet.")
    directory.mkdir(parents=True, exist_ok=True)
    api = ProjectApi.create(project, PROJECT_NAME, list(NUMBERS))
    try:
        api.write_templates(directory / SENT_DIR)
        templates = {s.number: directory / SENT_DIR / template_file_name(s.number, s.name)
                     for s in api.status()}
        api.import_files(write_returns(templates, returns))
        if scenarios:
            save_examples(api.db)
    except BaseException:  # leave nothing half-built behind, so that the next try can run
        api.close()
        project.unlink(missing_ok=True)
        for name in RETURN_FILES:
            (returns / name).unlink(missing_ok=True)
        raise
    api.close()
    return project


def write_returns(templates: dict[str, Path], out_dir: Path) -> list[Path]:
    """Fill each municipality's questionnaire as it answered, into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for m in MUNICIPALITIES:
        written.append(fill_return(templates[m.number], out_dir / m.file_name, answers_for(m),
                                   m.saved_at, MESS.get(m.number)))
    written.append(fill_return(templates[LILLESAND.number], out_dir / LILLESAND_RESENT.file_name,
                               lillesand_resent(), LILLESAND_RESENT.saved_at))
    return written


# --- what the municipalities did to the file besides typing ------------------------------------


def fill_return(template: Path, out: Path, answers: Answers, saved_at: dt.datetime,
                mess: Callable[[Workbook], None] | None = None) -> Path:
    """The template filled with `answers`, changed by `mess` (the municipality's own edits of
    the file: a deleted sheet, a hidden column, …), dated as saved at `saved_at`."""
    if mess is None:
        fill_template(template, out, answers)
    else:  # what fill_template does, with the edits before the one save
        wb = load_workbook(template)
        fill_form(wb[MUNICIPALITY.name], answers.facts)
        for spec in TABLE_SHEETS:
            if spec.record and answers.rows.get(spec.record):
                fill_table(wb[spec.name], spec, answers.rows[spec.record])
        mess(wb)
        wb.save(out)
    set_saved_at(out, saved_at)
    return out


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def set_saved_at(path: Path, saved_at: dt.datetime) -> None:
    """Set the file's "last modified" property (docProps/core.xml) as if the municipality
    saved it at `saved_at` (openpyxl's own save always writes the current time)."""
    stamp = saved_at.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with ZipFile(path) as zin:
        parts = [(info, zin.read(info)) for info in zin.infolist()]
    tmp = path.with_name(path.name + ".part")
    with ZipFile(tmp, "w", ZIP_DEFLATED) as zout:
        for info, data in parts:
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(lambda m: m.group(1) + stamp + m.group(2), data)
            zout.writestr(info, data)
    os.replace(tmp, path)


def _columns(ws: Worksheet) -> dict[str, int]:
    """Field key -> column on a table sheet's header row (row 1)."""
    labels = {normalize_label(f.label): f.key for f in SYSTEMS.fields}
    return {labels[normalize_label(c.value)]: c.column for c in ws[1]
            if isinstance(c.value, str) and normalize_label(c.value) in labels}


def _rows_named(ws: Worksheet, name: str) -> list[int]:
    return [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == name]


def _iveland(wb: Workbook) -> None:
    # Built its own copy of the form: the hidden identity sheet did not come along.
    del wb[IDENTITY_SHEET]


def _kristiansand(wb: Workbook) -> None:
    ws = wb[SYSTEMS.name]
    letter = ws.cell(1, _columns(ws)["integrations"]).column_letter
    ws.column_dimensions[letter].hidden = True


def _vennesla(wb: Workbook) -> None:
    ws = wb[SYSTEMS.name]
    cols = _columns(ws)
    # its own column right of the form
    extra = max(cols.values()) + 1
    ws.cell(1, extra).value = VENNESLA_EXTRA_HEADER
    for name, contact in VENNESLA_EXTRA.items():
        for r in _rows_named(ws, name):
            ws.cell(r, extra).value = contact
    # Tjenesteområde merged over the school systems
    area = cols["service_area"]
    school = [r for r in range(2, ws.max_row + 1) if ws.cell(r, area).value == "Skole"]
    first = school[0]
    last = first
    while last + 1 in school:
        last += 1
    ws.merge_cells(start_row=first, start_column=area, end_row=last, end_column=area)
    # a date pasted as a plain number (Excel's day number in a General cell)
    for r in _rows_named(ws, "TOPdesk"):
        ws.cell(r, cols["contract_end"]).number_format = "General"


MESS: dict[str, Callable[[Workbook], None]] = {
    IVELAND.number: _iveland,
    KRISTIANSAND.number: _kristiansand,
    VENNESLA.number: _vennesla,
}
