"""The CLI's commands: thin wrappers around ProjectApi that print for people or for machines."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from desktop.cli.main import print_json
from desktop.core import formatting as fmt
from desktop.core.importing.messages import shown
from desktop.core.project.api import ProjectApi
from desktop.core.project.results import ImportResult, Outcome, ReturnStatus
from desktop.core.project.target import display_target

STATUS_TEXT = {
    ReturnStatus.NOT_SENT: "ikke sendt",
    ReturnStatus.SENT: "sendt",
    ReturnStatus.RETURNED: "mottatt",
    ReturnStatus.IMPORTED_WITH_ISSUES: "importert med avvik",
}
SEVERITY_TEXT = {"error": "FEIL", "warning": "ADVARSEL", "info": "info"}
# every word the CLI prints is Norwegian, like the app: [LEST INN], not [imported]
OUTCOME_TEXT = {Outcome.IMPORTED: "LEST INN", Outcome.REPLACED: "ERSTATTET",
                Outcome.UNCHANGED: "UENDRET", Outcome.OLDER: "ELDRE", Outcome.REJECTED: "AVVIST"}
CHANGE_TEXT = {"added": "lagt til", "removed": "fjernet", "changed": "endret"}


def _notices(api: ProjectApi) -> None:
    if api.unclean_shutdown is not None:
        print(f"samdrift: {api.unclean_shutdown.message}", file=sys.stderr)
    if api.open_elsewhere:
        print(f"samdrift: prosjektet er åpent også på {', '.join(api.open_elsewhere)}.",
              file=sys.stderr)


def print_open_notices() -> None:
    """Say on standard error when a project opened was not closed cleanly last time, or is
    open elsewhere too."""
    if _notices not in ProjectApi.opened_hooks:
        ProjectApi.opened_hooks.append(_notices)


def cmd_backup(args: argparse.Namespace) -> int:
    if args.out is None and not args.list and args.restore is None:
        print("samdrift: oppgi hvor kopien skal skrives, --list eller --restore N.",
              file=sys.stderr)
        return 2
    api = ProjectApi.open(args.project)
    try:
        if args.restore is not None:
            source = api.restore_backup(args.restore)  # closes the project
            print(f"Sikkerhetskopi {args.restore} ({source.name}) er satt tilbake i "
                  f"{display_target(args.project)}; filen slik den var, er tatt vare på som "
                  "sikkerhetskopi 1.")
            return 0
        if args.list:
            found = api.backups()
            if not found:
                print("Ingen automatiske sikkerhetskopier ennå.")
            for b in found:
                print(f"{b.number:>3}  {fmt.timestamp(b.made_at)}  {b.size / 1024:,.0f} KB  "
                      f"{b.path}".replace(",", " "))
        if args.out is not None:
            where = api.save_copy(args.out)
            print(f"Kopi skrevet til {display_target(where)}.")
    finally:
        api.close()
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    api = ProjectApi.create(args.project, args.name, [args.municipalities])
    try:
        info = api.info()
        print(f"Opprettet {display_target(args.project)} «{info['name']}» med "
              f"{info['participants']} kommuner "
              f"(innbyggertall fra {info['register_year']}).")
    finally:
        api.close()
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    api = ProjectApi.open(args.project)
    try:
        paths = api.write_templates(args.out, args.municipality)
    finally:
        api.close()
    for p in paths:
        print(p)
    print(f"{len(paths)} spørreskjema skrevet til {args.out}.", file=sys.stderr)
    return 0


def _result_json(r: ImportResult) -> dict[str, Any]:
    doc = asdict(r)
    doc["outcome"] = r.outcome.value
    return doc


def cmd_import(args: argparse.Namespace) -> int:
    api = ProjectApi.open(args.project)
    try:
        results = api.import_files(args.paths, municipality=args.municipality)
    finally:
        api.close()
    if args.json:
        print_json([_result_json(r) for r in results])
    else:
        _print_import(results)
    if not results:
        print("samdrift: fant ingen regneark å importere.", file=sys.stderr)
        return 1
    return 1 if any(r.rejected for r in results) else 0


def _print_import(results: list[ImportResult]) -> None:
    for r in results:
        mark = "AVVIST" if r.rejected else OUTCOME_TEXT.get(r.outcome, r.outcome.value)
        hint = " Bruk --municipality NUMMER." if r.code == "unmatched" else ""
        print(f"[{mark}] {r.message}{hint}")
        if r.outcome is Outcome.REPLACED:
            kinds = [c.kind for c in r.changes]
            print(f"    endringer: {kinds.count('added')} lagt til, {kinds.count('removed')} "
                  f"fjernet, {kinds.count('changed')} endret")
            for c in r.changes:
                detail = f" ({', '.join(c.fields)})" if c.fields else ""
                print(f"      {CHANGE_TEXT.get(c.kind, c.kind):8} {c.record}: {c.label}{detail}")
        for line in r.corrections:
            print(f"    RETTING  {line}")
        if not r.rejected:
            for i in r.issues:
                if i.severity != "info":
                    where = "!".join(x for x in (i.sheet, i.cell) if x)
                    raw = f" [{i.raw_value}]" if i.raw_value is not None else ""
                    print(f"    {SEVERITY_TEXT[i.severity]:8} {where}{raw}: {shown(i.message)}")
    done = [r for r in results if not r.rejected]
    print(f"{len(results)} filer: {len(done)} lest, {len(results) - len(done)} avvist, "
          f"{sum(len([i for i in r.issues if i.severity != 'info']) for r in done)} avvik.")


def cmd_status(args: argparse.Namespace) -> int:
    api = ProjectApi.open(args.project)
    try:
        info, statuses = api.info(), api.status()
    finally:
        api.close()
    if args.json:
        print_json({"project": {k: info[k] for k in ("name", "uuid", "register_year")},
                    "participants": [asdict(s) | {"status": s.status.value,
                                                  "issues": s.issues,
                                                  "open_issues": s.issues}
                                     for s in statuses]})
        return 0
    print(f"{info['name']} – {len(statuses)} kommuner")
    for s in statuses:
        text = STATUS_TEXT[s.status]
        if s.status is ReturnStatus.IMPORTED_WITH_ISSUES:
            text = (f"importert med {s.issues} avvik ({s.errors} feil, "
                    f"{fmt.count(s.warnings, 'advarsel', 'advarsler')})")
        if s.status is ReturnStatus.IMPORTED_WITH_ISSUES and s.closed_issues:
            text += f" (+{s.closed_issues} håndtert)"
        when = f" {fmt.timestamp(s.received_at)} {s.file_name}" if s.file_name else ""
        if s.status is ReturnStatus.SENT and s.deadline:
            when = f", frist {fmt.date(s.deadline)}"
            if s.overdue_days:
                when += f", {s.overdue_days} dager på overtid"
            if s.reminders:
                when += f", purret {s.reminders} gang" + ("er" if s.reminders > 1 else "")
        gone = " (fjernet; holdt utenfor alle tall)" if s.removed else ""
        print(f"  {s.number} {s.name:<22} {text}{when}{gone}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    api = ProjectApi.open(args.project)
    try:
        doc = api.export()
    finally:
        api.close()
    if args.out:
        args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n",
                            encoding="utf-8")
    else:
        print_json(doc)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.core.demo.build import build_demo

    path = build_demo(args.dir, scenarios=True)
    print(path)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import run_gui

    if getattr(args, "smoke_screenshot", None):  # packaging smoke test (build/smoke.sh)
        from desktop.cli.smoke import arm_screenshot

        arm_screenshot(args.smoke_screenshot, args.project)
    return run_gui(args.project)
