"""`samdrift dedup`, `samdrift systems` and `samdrift dictionary`: parsers and commands.

Wired into `desktop/cli/main.py` by `add_parsers(sub)`; each command is a thin call into the
facade (`ProjectApi.catalogue`) and returns an exit status. Importing this module is cheap (the
catalogue is loaded when a command runs).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.core import formatting
from desktop.core.errors import InputError
from desktop.core.i18n import mark, tr, trn
from desktop.core.project.target import project_target


def add_parsers(sub: Any) -> None:
    """Add the catalogue commands to the `samdrift` subparsers."""
    c = sub.add_parser("dedup", help="deduplicate installations into distinct systems")
    c.add_argument("project", type=project_target)
    c.add_argument("--auto", action="store_true",
                   help="accept catalogue matches and suggestions at or above the threshold "
                        "(without it: list the suggestions)")
    c.add_argument("--threshold", type=float, default=None,
                   help="confidence 0–1 needed to accept (default: measured, see make bench)")
    c.add_argument("--json", action="store_true", help="results as JSON")
    c.set_defaults(handler=cmd_dedup)

    c = sub.add_parser("systems", help="the distinct systems with their installations")
    c.add_argument("project", type=project_target)
    c.add_argument("--json", action="store_true", help="as JSON")
    c.add_argument("--matrix", type=Path, metavar="FILE",
                   help="also write the system × municipality matrix as CSV")
    c.set_defaults(handler=cmd_systems)

    c = sub.add_parser("dictionary", help="export or import the word list (ordliste): the "
                                           "names this project has learned")
    c.add_argument("project", type=project_target)
    g = c.add_mutually_exclusive_group(required=True)
    g.add_argument("--export", type=Path, metavar="FILE")
    g.add_argument("--import", dest="import_", type=Path, metavar="FILE")
    c.add_argument("--json", action="store_true", help="the import report as JSON")
    c.set_defaults(handler=cmd_dictionary)


def _print_json(doc: Any) -> None:
    # one write: json.dump with indent writes every token separately (minutes at 60 000)
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")


KIND_TEXT = {"catalogue": mark("katalogen"), "system": mark("system i prosjektet"),
             "new": mark("nytt"), "merge": mark("slå sammen med systemet")}


def _percent(share: float) -> str:
    return f"{formatting.number(share * 100)}{formatting.NBSP}%"


def _threshold(value: float | None) -> float:
    from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD

    if value is None:
        return DEFAULT_THRESHOLD
    if not 0.0 <= value <= 1.0:
        raise InputError(tr("--threshold må være mellom 0 og 1, ikke {value}").format(
            value=formatting.decimal(value, 2)))
    return value


def _summary_json(summary: Any) -> dict[str, Any]:
    doc = asdict(summary)
    doc["text"] = summary.text
    return doc


def _print_summary(summary: Any) -> None:
    from desktop.core.catalogue.matrix import NO_AREA

    print(summary.text)
    for a in summary.by_area:
        area = tr(a.service_area) if a.service_area == NO_AREA else a.service_area
        print(f"  {area}: {a.installations} → {a.systems}")
    if summary.undecided_names:
        print(tr("{count} navn er ikke avgjort og telles som egne systemer (se samdrift dedup "
                 "PROSJEKT).").format(count=summary.undecided_names))


def cmd_dedup(args: argparse.Namespace) -> int:
    from desktop.core.catalogue.reasons import shown as reason_text
    from desktop.core.project.api import ProjectApi

    threshold = _threshold(args.threshold)
    project = ProjectApi.open(args.project)
    try:
        if args.auto:
            r = project.catalogue.auto(threshold)
            if args.json:
                _print_json({"threshold": r.threshold, "accepted_names": r.accepted_names,
                             "systems_created": r.systems_created,
                             "left_for_review": r.left_for_review,
                             "summary": _summary_json(r.summary)})
            else:
                print(tr("Terskel {threshold}: {names} navn avgjort, {systems} systemer "
                         "opprettet, {left} navn til gjennomgang.").format(
                    threshold=formatting.decimal(r.threshold, 2), names=r.accepted_names,
                    systems=r.systems_created, left=r.left_for_review))
                _print_summary(r.summary)
            return 0
        suggestions = project.catalogue.suggest(threshold)
    finally:
        project.close()
    if args.json:
        _print_json([_suggestion_json(s, reason_text) for s in suggestions])
        return 0
    for sug in suggestions:
        kind = tr(KIND_TEXT[sug.kind]) if sug.kind in KIND_TEXT else sug.kind
        print(f"[{_percent(sug.confidence)}] {sug.product} ({kind}): "
              f"{', '.join(m.name for m in sug.members)}")
        for m in sug.members:
            print(f"    {m.name} – {_percent(m.confidence)}: {reason_text(m.reason)}")
    if not suggestions:
        print(tr("Ingen navn venter på avgjørelse."))
    return 0


def _suggestion_json(suggestion: Any, reason_text: Any) -> dict[str, Any]:
    """A suggestion as JSON: each member's `reason` as stored (Norwegian, stable for a
    program that reads it) and `reason_shown` in the command line's language."""
    doc = asdict(suggestion)
    for member, shown in zip(doc["members"], suggestion.members, strict=True):
        member["reason_shown"] = reason_text(shown.reason)
    return doc


def _system_json(row: Any) -> dict[str, Any]:
    users = [i.users for i in row.installations if i.users is not None]
    costs = [i.annual_cost for i in row.installations if i.annual_cost is not None]
    return {"system_id": row.system_id, "product": row.product, "vendor": row.vendor,
            "service_area": row.service_area, "catalogue": row.catalogue_key,
            "origin": row.origin, "decided": row.system_id is not None,
            "municipalities": len(row.municipalities),
            "users": sum(users) if users else None,
            "annual_cost": sum(costs) if costs else None,
            "installations": [{"municipality": i.municipality,
                               "municipality_name": i.municipality_name, "name": i.name,
                               "vendor": i.vendor, "version": i.version,
                               "service_area": i.service_area, "users": i.users,
                               "annual_cost": i.annual_cost, "in_use": i.in_use}
                              for i in row.installations]}


def cmd_systems(args: argparse.Namespace) -> int:
    from desktop.core.catalogue.bulk import bulk
    from desktop.core.catalogue.matrix import sort_matrix, write_matrix_csv
    from desktop.core.project.api import ProjectApi

    project = ProjectApi.open(args.project)
    try:
        # one read for the systems, the summary and the matrix
        view = project.catalogue.overview(with_suggestions=False, with_members=False)
    finally:
        project.close()
    rows, summary = view.systems, view.summary
    if args.matrix:
        write_matrix_csv(sort_matrix(view.matrix), args.matrix)
    if args.json:
        with bulk():  # 60 000 installations make a million small objects
            _print_json([_system_json(r) for r in rows])
    else:
        for r in rows:
            names = sorted({i.name for i in r.installations})
            undecided = "" if r.system_id is not None else " " + tr("(ikke avgjort)")
            print(f"{r.product}{undecided} – {r.vendor or tr('ukjent leverandør')}, "
                  f"{r.service_area or tr('uten tjenesteområde')}: " + trn(
                      "{count} kommune", "{count} kommuner", len(r.municipalities)).format(
                      count=len(r.municipalities))
                  + f" ({'; '.join(names)})")
        _print_summary(summary)
    if args.matrix:
        print(tr("Matrisen er skrevet til {path}.").format(path=args.matrix), file=sys.stderr)
    return 0


def cmd_dictionary(args: argparse.Namespace) -> int:
    from desktop.core.project.api import ProjectApi

    project = ProjectApi.open(args.project)
    try:
        if args.export is not None:
            path = project.catalogue.export_dictionary(args.export)
            print(tr("Ordlisten er skrevet til {path}.").format(path=path))
            return 0
        r = project.catalogue.import_dictionary(args.import_)
    finally:
        project.close()
    doc = {k: v for k, v in asdict(r).items() if k != "changes"}
    if args.json:
        _print_json(doc)
    else:
        print(tr("Ordliste importert: {added} navn lagt til, {replaced} endret, {kept} egne "
                 "avgjørelser beholdt, {systems} systemer opprettet, {rejections} avvisninger."
                 ).format(added=r.decisions_added, replaced=r.decisions_replaced,
                          kept=r.kept_user_decisions, systems=r.systems_created,
                          rejections=r.rejections_added))
    return 0
