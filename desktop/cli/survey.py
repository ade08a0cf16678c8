"""`samdrift correct | corrections | issues | participants | send | remind | contact | note |
history`: running the survey from the command line (desktop/core/survey on ProjectApi).

Importing this module is cheap: the core is imported when a command runs.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.cli.main import print_json
from desktop.core.i18n import tr
from desktop.core.project.target import project_target

HELP_NB = {
    "correct an imported value, with a reason (kept with who and when); or undo or settle a "
    "correction": "rett en innlest verdi med begrunnelse (lagres med hvem og når); eller angre "
                  "eller avgjør en retting",
    "the corrections and their trail": "rettingene og sporet deres",
    "the import issues with their id and state; mark one handled or accepted":
        "avvikene fra innlesingen med id og tilstand; merk ett som håndtert eller godtatt",
    "list, add or remove participants": "list, legg til eller fjern deltakere",
    "one e-mail draft (.eml) per municipality with its questionnaire attached; nothing is "
    "sent": "ett e-postutkast (.eml) per kommune med spørreskjemaet vedlagt; ingenting sendes",
    "a reminder draft (purring) per overdue municipality":
        "et purreutkast per kommune som er på overtid",
    "a participant's contact person, e-mail and phone":
        "kontaktperson, e-post og telefon for en deltaker",
    "a participant's status history and returns": "statushistorikken og svarene til en deltaker",
    "notes on the project, a participant or a system":
        "notater om prosjektet, en deltaker eller et system",
    "write each decision note (level 3) as its own Word file in DIR":
        "skriv hvert beslutningsnotat (nivå 3) som egen Word-fil i mappen DIR",
    "write each municipality's fact sheet as its own Word file in DIR":
        "skriv faktaarket for hver kommune som egen Word-fil i mappen DIR",
    "the municipality number (or name)": "kommunenummeret (eller navnet)",
    "the cell as the issue list names it, e.g. Fagsystemer!F12":
        "cellen slik avvikslisten skriver den, f.eks. Fagsystemer!F12",
    "the corrected value (read as the importer reads a cell)":
        "den rettede verdien (lest slik innlesingen leser en celle)",
    "why (e.g. «Bekreftet på telefon»)": "hvorfor (f.eks. «Bekreftet på telefon»)",
    "who corrects (default: the OS user name)": "hvem som retter (standard: brukernavnet)",
    "withdraw correction ID": "angre retting ID",
    "settle correction ID in conflict with a newer file (with --keep)":
        "avgjør retting ID som strider mot en nyere fil (med --keep)",
    "only the open issues": "bare de åpne avvikene",
    "mark issue ID handled": "merk avvik ID som håndtert",
    "mark issue ID accepted as is": "merk avvik ID som godtatt som det er",
    "mark issue ID open again": "merk avvik ID som åpent igjen",
    "what was done, or why it is accepted": "hva som er gjort, eller hvorfor det godtas",
    "who (default: the OS user name)": "hvem (standard: brukernavnet)",
    "numbers or names (repeatable)": "nummer eller navn (kan gjentas)",
    "a participant (repeatable); its data is kept as history and left out of every figure":
        "en deltaker (kan gjentas); dataene tas vare på som historikk og holdes utenfor alle "
        "tall",
    "the response deadline, e.g. 2027-01-15": "svarfristen, f.eks. 2027-01-15",
    "the e-mail text (UTF-8; fields {kommune} {nummer} {kontaktperson} {frist} {prosjekt} "
    "{avsender}); kept in the project for next time":
        "e-postteksten (UTF-8; feltene {kommune} {nummer} {kontaktperson} {frist} {prosjekt} "
        "{avsender}); lagres i prosjektet til neste gang",
    "these, overdue or not": "disse, på overtid eller ikke",
    "the reminder text (UTF-8; also {dager}); kept in the project":
        "purreteksten (UTF-8; også {dager}); lagres i prosjektet",
    "the municipality number or the system id": "kommunenummeret eller systemets id",
    "the note (empty: delete it)": "notatet (tomt: slett det)",
    "print it in the report": "ta det med i rapporten",
}


def add_parsers(sub: Any) -> None:
    from desktop.cli.help_nb import HELP

    for english, norsk in HELP_NB.items():
        HELP.setdefault(english, norsk)
    c = sub.add_parser("correct", help="correct an imported value, with a reason (kept with "
                       "who and when); or undo or settle a correction")
    c.add_argument("project", type=project_target)
    c.add_argument("--municipality", help="the municipality number (or name)")
    c.add_argument("--cell", help="the cell as the issue list names it, e.g. Fagsystemer!F12")
    c.add_argument("--value", help="the corrected value (read as the importer reads a cell)")
    c.add_argument("--reason", help="why (e.g. «Bekreftet på telefon»)")
    c.add_argument("--by", help="who corrects (default: the OS user name)")
    c.add_argument("--undo", type=int, metavar="ID", help="withdraw correction ID")
    c.add_argument("--choose", type=int, metavar="ID",
                   help="settle correction ID in conflict with a newer file (with --keep)")
    c.add_argument("--keep", choices=("correction", "file"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_correct)

    c = sub.add_parser("corrections", help="the corrections and their trail")
    c.add_argument("project", type=project_target)
    c.add_argument("--municipality")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_corrections)

    c = sub.add_parser("issues", help="the import issues with their id and state; mark one "
                       "handled or accepted")
    c.add_argument("project", type=project_target)
    c.add_argument("--open", action="store_true", help="only the open issues")
    c.add_argument("--municipality")
    c.add_argument("--json", action="store_true")
    c.add_argument("--resolve", type=int, metavar="ID", help="mark issue ID handled")
    c.add_argument("--accept", type=int, metavar="ID", help="mark issue ID accepted as is")
    c.add_argument("--reopen", type=int, metavar="ID", help="mark issue ID open again")
    c.add_argument("--comment", default="", help="what was done, or why it is accepted")
    c.add_argument("--by", help="who (default: the OS user name)")
    c.set_defaults(handler=cmd_issues)

    c = sub.add_parser("participants", help="list, add or remove participants")
    c.add_argument("project", type=project_target)
    c.add_argument("--add", action="append", metavar="N", help="numbers or names (repeatable)")
    c.add_argument("--remove", action="append", metavar="N", help="a participant (repeatable); "
                   "its data is kept as history and left out of every figure")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_participants)

    c = sub.add_parser("send", help="one e-mail draft (.eml) per municipality with its "
                       "questionnaire attached; nothing is sent")
    c.add_argument("project", type=project_target)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--deadline", help="the response deadline, e.g. 2027-01-15")
    c.add_argument("--municipality", action="append", help="only these (repeatable)")
    c.add_argument("--template", type=Path, metavar="FILE",
                   help="the e-mail text (UTF-8; fields {kommune} {nummer} {kontaktperson} "
                        "{frist} {prosjekt} {avsender}); kept in the project for next time")
    c.add_argument("--by")
    c.set_defaults(handler=cmd_send)

    c = sub.add_parser("remind", help="a reminder draft (purring) per overdue municipality")
    c.add_argument("project", type=project_target)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--municipality", action="append", help="these, overdue or not")
    c.add_argument("--template", type=Path, metavar="FILE", help="the reminder text (UTF-8; "
                   "also {dager}); kept in the project")
    c.add_argument("--by")
    c.set_defaults(handler=cmd_remind)

    c = sub.add_parser("contact", help="a participant's contact person, e-mail and phone")
    c.add_argument("project", type=project_target)
    c.add_argument("--municipality", required=True)
    c.add_argument("--person")
    c.add_argument("--email")
    c.add_argument("--phone")
    c.set_defaults(handler=cmd_contact)

    c = sub.add_parser("history", help="a participant's status history and returns")
    c.add_argument("project", type=project_target)
    c.add_argument("--municipality", required=True)
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_history)

    c = sub.add_parser("note", help="notes on the project, a participant or a system")
    c.add_argument("project", type=project_target)
    c.add_argument("--on", choices=("project", "participant", "system"))
    c.add_argument("--target", help="the municipality number or the system id")
    c.add_argument("--text", help="the note (empty: delete it)")
    c.add_argument("--in-report", action="store_true", help="print it in the report")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_note)


def _open(project: str | Path) -> Any:
    from desktop.core.project.api import ProjectApi

    return ProjectApi.open(project)


def _fail(message: str) -> int:
    import sys

    print(f"samdrift: {message}", file=sys.stderr)
    return 2


def _value(v: Any) -> str:
    return tr("(tom)") if v is None else str(v)


def cmd_correct(args: argparse.Namespace) -> int:
    with _open(args.project) as api:
        if args.undo is not None:
            c = api.survey.withdraw_correction(args.undo)
            print(tr("Rettingen av {cell} er angret; verdien er {value} igjen.").format(
                cell=c.cell, value=_value(c.from_value)))
            return 0
        if args.choose is not None:
            if not args.keep:
                return _fail(tr("oppgi --keep correction eller --keep file"))
            c = api.survey.choose_correction(args.choose, args.keep)
            print(f"{c.cell}: " + (tr("rettingen gjelder.") if args.keep == "correction"
                                   else tr("filens verdi gjelder.")))
            return 0
        missing = [o for o, v in (("--municipality", args.municipality), ("--cell", args.cell),
                                  ("--value", args.value), ("--reason", args.reason)) if v is None]
        if missing:
            return _fail(tr("oppgi {options}").format(options=", ".join(missing)))
        c = api.survey.correct(args.municipality, args.value, args.reason, cell=args.cell,
                               by=args.by)
    if args.json:
        print_json(asdict(c))
    else:
        raw = " " + tr("(skrevet «{raw}»)").format(raw=c.raw) if c.raw else ""
        print(f"[{c.id}] {c.municipality} {c.municipality_name} {c.cell} {c.field_label}: "
              f"{_value(c.from_value)}{raw} → {_value(c.to_value)} ({c.by}: {c.reason})")
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    from desktop.core import formatting as fmt
    from desktop.core.survey.texts import CORRECTION_STATE_TEXT as STATE_TEXT

    with _open(args.project) as api:
        rows = api.survey.corrections(args.municipality)
    if args.json:
        print_json([asdict(c) for c in rows])
        return 0
    for c in rows:
        print(f"[{c.id}] {c.municipality} {c.municipality_name} {c.cell} {c.field_label}: "
              f"{_value(c.from_value)} → {_value(c.to_value)}  "
              f"{tr(STATE_TEXT[c.state]) if c.state in STATE_TEXT else c.state}"
              f"  {c.by} {fmt.timestamp(c.at)}: {c.reason}"
              + ("  " + tr("(ny fil: {value})").format(value=_value(c.file_value))
                 if c.state == "conflict" else ""))
    print(tr("{count} rettinger.").format(count=len(rows)))
    return 0


def cmd_issues(args: argparse.Namespace) -> int:
    from desktop.core.survey.texts import ISSUE_STATE_TEXT as STATE_TEXT

    marks = [(args.resolve, "handled"), (args.accept, "accepted"), (args.reopen, "open")]
    chosen = [(i, st) for i, st in marks if i is not None]
    if len(chosen) > 1:
        return _fail(tr("bruk bare én av --resolve, --accept og --reopen"))
    with _open(args.project) as api:
        if chosen:
            issue_id, state = chosen[0]
            api.survey.set_issue_state(issue_id, state, args.comment, by=args.by)
            print(tr("Avvik {id}: {state}.").format(id=issue_id, state=tr(STATE_TEXT[state])))
            return 0
        rows = api.issues()
    if args.open:
        rows = [i for i in rows if i.state == "open"]
    if args.municipality:
        wanted = args.municipality.strip().zfill(4) if args.municipality.strip().isdigit() \
            else args.municipality.strip()
        rows = [i for i in rows if wanted in (i.municipality, i.municipality_name)]
    if args.json:
        print_json([asdict(i) for i in rows])
        return 0
    from desktop.core.importing.messages import shown

    for i in rows:
        where = "!".join(x for x in (i.sheet, i.cell) if x)
        raw = f" [{i.raw_value}]" if i.raw_value is not None else ""
        comment = f" – {i.comment}" if i.comment else ""
        state = tr(STATE_TEXT[i.state]) if i.state in STATE_TEXT else i.state
        print(f"{i.id:>6} {state:9} {i.municipality} {i.severity:8} "
              f"{where}{raw}: {shown(i.message)}{comment}")
    print(tr("{count} avvik.").format(count=len(rows)))
    return 0


def cmd_participants(args: argparse.Namespace) -> int:
    import sys

    with _open(args.project) as api:
        for ref in args.add or ():
            added = api.survey.add_participants([ref])
            print(tr("Lagt til: {names}.").format(names=", ".join(added)) if added
                  else tr("{name} er allerede med.").format(name=ref))
            if added:
                print(tr("Skriv spørreskjemaet med: {command}").format(
                    command="samdrift template PROJECT --out DIR "
                    + " ".join(f"--municipality {n}" for n in added)), file=sys.stderr)
        for ref in args.remove or ():
            print(f"{tr('ADVARSEL')}: {api.survey.remove_participant(ref)}", file=sys.stderr)
        statuses = api.status()
    if args.json:
        print_json([asdict(s) | {"status": s.status.value} for s in statuses])
        return 0
    if not (args.add or args.remove):
        for s in statuses:
            gone = "  " + tr("(fjernet)") if s.removed else ""
            print(f"  {s.number} {s.name}{gone}")
    return 0


def _template(path: Path | None) -> str | None:
    return path.read_text(encoding="utf-8") if path is not None else None


def _print_drafts(drafts: list[Any], what: str) -> None:
    import sys

    for d in drafts:
        print(d.path)
        if not d.to:
            print(f"  {d.number} {d.name}: " + tr("ingen e-postadresse; fyll inn mottaker selv "
                                                  "(samdrift contact …)."), file=sys.stderr)
    print(tr("{count} {what} skrevet (ingenting er sendt).").format(count=len(drafts),
                                                                    what=what),
          file=sys.stderr)


def cmd_send(args: argparse.Namespace) -> int:
    from desktop.core.survey.texts import parse_date

    deadline = parse_date(args.deadline) if args.deadline else None
    with _open(args.project) as api:
        text = _template(args.template)
        if text is not None:
            api.survey.save_email_template(text)
        drafts = api.survey.send(args.out, deadline=deadline, numbers=args.municipality,
                                 by=args.by)
    _print_drafts(drafts, tr("e-postutkast"))
    return 0


def cmd_remind(args: argparse.Namespace) -> int:
    with _open(args.project) as api:
        text = _template(args.template)
        if text is not None:
            api.survey.save_email_template(text, reminder=True)
        drafts = api.survey.remind(args.out, numbers=args.municipality, by=args.by)
    _print_drafts(drafts, tr("purringer"))
    return 0


def cmd_contact(args: argparse.Namespace) -> int:
    with _open(args.project) as api:
        api.survey.set_contact(args.municipality, person=args.person, email=args.email,
                               phone=args.phone)
    print(tr("Kontaktinformasjonen er lagret."))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from desktop.core import formatting as fmt
    from desktop.core.survey.texts import EVENT_TEXT

    with _open(args.project) as api:
        events = api.survey.history(args.municipality)
    if args.json:
        print_json([asdict(e) for e in events])
        return 0
    for e in events:
        by = f" ({e.by})" if e.by else ""
        kind = tr(EVENT_TEXT[e.kind]) if e.kind in EVENT_TEXT else e.kind
        print(f"  {fmt.timestamp(e.at)}  {kind:14} {e.text}{by}")
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    with _open(args.project) as api:
        if args.on:
            api.survey.set_note(args.on, args.target, args.text or "",
                                in_report=args.in_report)
            print(tr("Notatet er lagret.") if args.text else tr("Notatet er slettet."))
            return 0
        rows = api.survey.notes()
    if args.json:
        print_json([asdict(n) for n in rows])
        return 0
    for n in rows:
        flag = " " + tr("[i rapporten]") if n.in_report else ""
        print(f"{n.label}{flag}: {n.text}")
    return 0
