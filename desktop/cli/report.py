"""`samdrift report PROJECT …`: the report as PDF, and the same tables as a workbook and the
summary as a Word document.

    samdrift report PROJECT [--scenario NAME …] --pdf OUT.pdf [--xlsx OUT.xlsx]
                    [--docx OUT.docx] [--notes DIR] [--fact-sheets DIR]
                    [--recommendation-file FILE] [--draws N] [--seed S] [--staff-names]

--notes DIR writes each decision note (level 3, one per service area) as a Word file of its
own, --fact-sheets DIR each municipality's fact sheet.

With no --scenario, every saved scenario. The recommendation is the text saved in the project
unless --recommendation-file gives one (UTF-8). An unknown scenario, a bad option or a project
that cannot be opened gives exit status 2 and a Norwegian message on standard error (see
`desktop/cli/main.py`). Wired into `desktop/cli/main.py` by `add_parsers(sub)`; each step is a
call into the facade (`ProjectApi.scenarios`, `ProjectApi.reports`); importing this module is
cheap.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core import formatting
from desktop.core.errors import InputError
from desktop.core.i18n import mark, norwegian, tr
from desktop.core.project.target import project_target

WRITERS = {"xlsx": ("desktop.core.reports.xlsx", "write_xlsx", mark("regnearket")),
           "docx": ("desktop.core.reports.docx", "write_docx", mark("Word-dokumentet"))}


def add_parsers(sub: Any) -> None:
    """Add `report` to the `samdrift` subparsers."""
    c = sub.add_parser(
        "report", help="the report: PDF, workbook (--xlsx), summary for the case (--docx)",
        description=tr("Rapporten for styringsgruppen: kartlegging, systemlandskap, bemanning "
                       "og de valgte scenarioene med nåverdi, usikkerhet og fordeling per "
                       "kommune."))
    c.add_argument("project", type=project_target)
    c.add_argument("--scenario", action="append", default=[], metavar="NAME",
                   help="a saved scenario to include (repeatable; default: all saved)")
    c.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the report as PDF")
    c.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the tables as a workbook")
    c.add_argument("--docx", type=Path, metavar="OUT.docx",
                   help="write the summary as a Word document")
    c.add_argument("--notes", type=Path, metavar="DIR",
                   help="write each decision note (level 3) as its own Word file in DIR")
    c.add_argument("--fact-sheets", type=Path, metavar="DIR",
                   help="write each municipality's fact sheet as its own Word file in DIR")
    c.add_argument("--recommendation-file", type=Path, metavar="FILE",
                   help="the recommendation text (UTF-8) instead of the one saved in the project")
    c.add_argument("--draws", type=int, default=None,
                   help="Monte Carlo draws per scenario (default: the project's, as in the app)")
    c.add_argument("--seed", type=int, default=None,
                   help="Monte Carlo seed (default: the project's, so the numbers repeat)")
    c.add_argument("--staff-names", action="store_true",
                   help="name the staff in the vulnerability chapter (default: «Én person …»)")
    c.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """Errors go to `desktop.cli.main`: exit status 2 for a user error, 3 for a bug."""
    return _run(args)


def _writer(kind: str) -> Callable[[Any, Path], None]:
    module_name, function, what = WRITERS[kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise InputError(tr("Denne versjonen av Samdrift kan ikke skrive {what} (--{kind})"
                            ).format(what=tr(what), kind=kind) + f": {exc}") from exc
    writer = getattr(module, function, None)
    if writer is None:
        raise InputError(tr("Denne versjonen av Samdrift kan ikke skrive {what} (--{kind})"
                            ).format(what=tr(what), kind=kind) + ".")
    return writer  # type: ignore[no-any-return]


def _recommendation(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(tr("{path} er ikke en UTF-8-tekstfil").format(path=path)) from exc
    except OSError as exc:
        raise InputError(tr("Kan ikke lese {path}: {reason}").format(
            path=path, reason=exc.strerror)) from exc


def _run(args: argparse.Namespace) -> int:
    import dataclasses

    from desktop.core.project.api import ProjectApi

    outputs = [(k, getattr(args, k)) for k in ("pdf", "xlsx", "docx") if getattr(args, k)]
    groups = [(g, d) for g, d in (("note", args.notes), ("fact_sheet", args.fact_sheets)) if d]
    if not outputs and not groups:
        raise InputError(tr("Si hvor rapporten skal skrives: --pdf FIL (og/eller --xlsx, "
                            "--docx, --notes MAPPE, --fact-sheets MAPPE)"))
    if args.draws is not None and args.draws < 1:
        raise InputError(tr("--draws må være minst 1, ikke {draws}").format(draws=args.draws))
    writers = {k: _writer(k) for k, _ in outputs if k != "pdf"}
    text = _recommendation(args.recommendation_file)
    project = ProjectApi.open(args.project)
    try:
        start = time.perf_counter()
        simulation = project.scenarios.simulation()
        if args.draws is not None:
            simulation = dataclasses.replace(simulation, draws=args.draws)
        if args.seed is not None:
            simulation = dataclasses.replace(simulation, seed=args.seed)
        report = project.reports.build(args.scenario, text, simulation=simulation,
                                       staff_names=args.staff_names)
    finally:
        project.close()
    for kind, path in outputs:
        if kind == "pdf":
            from desktop.core.reports.pdf import write_pdf

            with norwegian():  # the report is Norwegian whatever the CLI's language
                write_pdf(report, path, fork=True)  # the charts painted in a second process
        else:
            with norwegian():
                writers[kind](report, path)
        print(tr("Skrev {path}").format(path=path))
    if groups:
        from desktop.core.reports.files import write_group

        what = {"note": (tr("notater for beslutning"), tr("Ingen notater for beslutning: "
                                                           "ingen av scenarioene er på nivå 3.")),
                "fact_sheet": (tr("faktaark"), tr("Ingen faktaark: ingen scenarioer."))}
        for group, directory in groups:
            with norwegian():
                written = write_group(report, group, directory)
            label, none = what[group]
            print(tr("Skrev {count} {what} i {folder}").format(
                count=len(written), what=label, folder=directory) if written else none)
    names = ", ".join(f"«{n}»" for n in report.scenarios) or tr("ingen")
    print(tr("Rapport for {project}: scenarioer {names} ({seconds} s).").format(
        project=report.meta.get("project", ""), names=names,
        seconds=formatting.decimal(time.perf_counter() - start, 1)))
    return 0
