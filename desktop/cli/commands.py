"""The CLI's commands: thin wrappers around ProjectApi that print for people or for machines."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from desktop.cli.main import print_json
from desktop.core import formatting as fmt
from desktop.core.i18n import mark, tr, trn
from desktop.core.importing.messages import shown
from desktop.core.project.api import ProjectApi
from desktop.core.project.results import ImportResult, Outcome, ReturnStatus
from desktop.core.project.target import display_target

# every word the CLI prints is in one language, the app's (desktop/cli/language.py): [LEST
# INN] or [IMPORTED], never a mix; written in Norwegian, translated where printed (tr)
STATUS_TEXT = {
    ReturnStatus.NOT_SENT: mark("ikke sendt"),
    ReturnStatus.SENT: mark("sendt"),
    ReturnStatus.RETURNED: mark("mottatt"),
    ReturnStatus.IMPORTED_WITH_ISSUES: mark("importert med avvik"),
}
SEVERITY_TEXT = {"error": mark("FEIL"), "warning": mark("ADVARSEL"), "info": mark("info")}
OUTCOME_TEXT = {Outcome.IMPORTED: mark("LEST INN"), Outcome.REPLACED: mark("ERSTATTET"),
                Outcome.UNCHANGED: mark("UENDRET"), Outcome.OLDER: mark("ELDRE"),
                Outcome.REJECTED: mark("AVVIST")}
CHANGE_TEXT = {"added": mark("lagt til"), "removed": mark("fjernet"),
               "changed": mark("endret")}


def _notices(api: ProjectApi) -> None:
    if api.unclean_shutdown is not None:
        print(f"samdrift: {api.unclean_shutdown.message}", file=sys.stderr)
    if api.open_elsewhere:
        print("samdrift: " + tr("prosjektet er åpent også på {where}.").format(
            where=", ".join(api.open_elsewhere)), file=sys.stderr)


def print_open_notices() -> None:
    """Say on standard error when a project opened was not closed cleanly last time, or is
    open elsewhere too."""
    if _notices not in ProjectApi.opened_hooks:
        ProjectApi.opened_hooks.append(_notices)


def cmd_backup(args: argparse.Namespace) -> int:
    if args.out is None and not args.list and args.restore is None:
        print("samdrift: " + tr("oppgi hvor kopien skal skrives, --list eller --restore N."),
              file=sys.stderr)
        return 2
    api = ProjectApi.open(args.project)
    try:
        if args.restore is not None:
            source = api.restore_backup(args.restore)  # closes the project
            print(tr("Sikkerhetskopi {number} ({name}) er satt tilbake i {project}; filen "
                     "slik den var, er tatt vare på som sikkerhetskopi 1.").format(
                number=args.restore, name=source.name, project=display_target(args.project)))
            return 0
        if args.list:
            found = api.backups()
            if not found:
                print(tr("Ingen automatiske sikkerhetskopier ennå."))
            for b in found:
                print(f"{b.number:>3}  {fmt.timestamp(b.made_at)}  {b.size / 1024:,.0f} KB  "
                      f"{b.path}".replace(",", " "))
        if args.out is not None:
            where = api.save_copy(args.out)
            print(tr("Kopi skrevet til {target}.").format(target=display_target(where)))
    finally:
        api.close()
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    api = ProjectApi.create(args.project, args.name, [args.municipalities])
    try:
        info = api.info()
        print(tr("Opprettet {project} «{name}» med {count} kommuner (innbyggertall fra "
                 "{year}).").format(project=display_target(args.project), name=info["name"],
                                    count=info["participants"], year=info["register_year"]))
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
    print(tr("{count} spørreskjema skrevet til {folder}.").format(count=len(paths),
                                                                   folder=args.out),
          file=sys.stderr)
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
        print("samdrift: " + tr("fant ingen regneark å importere."), file=sys.stderr)
        return 1
    return 1 if any(r.rejected for r in results) else 0


def _print_import(results: list[ImportResult]) -> None:
    for r in results:
        outcome = OUTCOME_TEXT[Outcome.REJECTED] if r.rejected else OUTCOME_TEXT.get(r.outcome)
        word = tr(outcome) if outcome else r.outcome.value
        hint = " " + tr("Bruk --municipality NUMMER.") if r.code == "unmatched" else ""
        print(f"[{word}] {shown(r.message)}{hint}")
        if r.outcome is Outcome.REPLACED:
            kinds = [c.kind for c in r.changes]
            print("    " + tr("endringer: {added} lagt til, {removed} fjernet, {changed} "
                             "endret").format(added=kinds.count("added"),
                                              removed=kinds.count("removed"),
                                              changed=kinds.count("changed")))
            for c in r.changes:
                detail = f" ({', '.join(c.fields)})" if c.fields else ""
                change = tr(CHANGE_TEXT[c.kind]) if c.kind in CHANGE_TEXT else c.kind
                print(f"      {change:8} {c.record}: {c.label}{detail}")
        for line in r.corrections:
            print(f"    {tr('RETTING'):8} {line}")
        if not r.rejected:
            for i in r.issues:
                if i.severity != "info":
                    where = "!".join(x for x in (i.sheet, i.cell) if x)
                    raw = f" [{i.raw_value}]" if i.raw_value is not None else ""
                    print(f"    {tr(SEVERITY_TEXT[i.severity]):8} {where}{raw}: "
                          f"{shown(i.message)}")
    done = [r for r in results if not r.rejected]
    print(tr("{files} filer: {read} lest, {rejected} avvist, {issues} avvik.").format(
        files=len(results), read=len(done), rejected=len(results) - len(done),
        issues=sum(len([i for i in r.issues if i.severity != "info"]) for r in done)))


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
    print(tr("{name} – {count} kommuner").format(name=info["name"], count=len(statuses)))
    for s in statuses:
        text = tr(STATUS_TEXT[s.status])
        if s.status is ReturnStatus.IMPORTED_WITH_ISSUES:
            text = tr("importert med {issues} avvik ({errors} feil, {warnings})").format(
                issues=s.issues, errors=s.errors,
                warnings=fmt.count(s.warnings, tr("advarsel"), tr("advarsler")))
        if s.status is ReturnStatus.IMPORTED_WITH_ISSUES and s.closed_issues:
            text += " " + tr("(+{count} håndtert)").format(count=s.closed_issues)
        when = f" {fmt.timestamp(s.received_at)} {s.file_name}" if s.file_name else ""
        if s.status is ReturnStatus.SENT and s.deadline:
            when = ", " + tr("frist {date}").format(date=fmt.date(s.deadline))
            if s.overdue_days:
                when += ", " + tr("{days} dager på overtid").format(days=s.overdue_days)
            if s.reminders:
                when += ", " + trn("purret {n} gang", "purret {n} ganger",
                                   s.reminders).format(n=s.reminders)
        gone = " " + tr("(fjernet; holdt utenfor alle tall)") if s.removed else ""
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
