"""Dispatch and follow-up: contact details, sending (as e-mail drafts), deadlines, reminders
(purring) and each participant's status history.

Nothing is sent by Samdrift: `send` and `remind` write one `.eml` draft per municipality
(the questionnaire attached to a sending), which the user opens in the mail program.
The e-mail text is a template the user can edit (kept in the project, setting
`email_template` / `reminder_template`), with the fields {kommune}, {nummer},
{kontaktperson}, {frist}, {prosjekt}, {avsender} and {dager} (days overdue).
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from sqlalchemy import select

from db.models import (
    MunicipalityFacts,
    Participant,
    ParticipantEvent,
    Project,
    QuestionnaireReturn,
    utcnow,
)
from db.queries import CURRENT, is_current
from db.session import ProjectDatabase
from desktop.core import formatting as fmt
from desktop.core.errors import InputError
from desktop.core.project.settings import load_setting, save_setting
from desktop.core.project.templates import template_file_name
from desktop.core.questionnaire.template import write_template
from desktop.core.survey.corrections import find_participant

XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

DEFAULT_TEMPLATE = """Til {kontaktperson}, {kommune} kommune

{prosjekt} kartlegger IT-driften i kommunene som vurderer et samarbeid. Vedlagt er
spørreskjemaet for {kommune} ({nummer}). Fyll ut arkene Kommune, Fagsystemer, Bemanning,
Kjøpte tjenester og Infrastruktur så godt dere kan; et anslag er bedre enn ingenting, og
skriv gjerne en kommentar der noe er usikkert.

Send det utfylte regnearket tilbake som vedlegg til denne e-posten innen {frist}.

Spørsmål kan rettes til {avsender}.

Med vennlig hilsen
{avsender}
"""

DEFAULT_REMINDER = """Til {kontaktperson}, {kommune} kommune

Vi har ennå ikke mottatt spørreskjemaet for {kommune} ({nummer}) i {prosjekt}. Fristen var
{frist} ({dager} dager siden). Skjemaet er vedlagt på nytt.

Send det utfylte regnearket tilbake så snart som mulig. Gi gjerne beskjed om dere trenger
hjelp eller mer tid.

Med vennlig hilsen
{avsender}
"""

_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


@dataclass(frozen=True)
class Event:
    at: dt.datetime
    kind: str
    text: str
    by: str


@dataclass(frozen=True)
class Draft:
    number: str
    name: str
    path: Path
    to: str | None  # the e-mail address, None when the project has none


def log(s: object, p: Participant, kind: str, text: str = "", by: str = "") -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    s.add(ParticipantEvent(participant_id=p.id, at=utcnow(), kind=kind, text=text, by=by))


def contacts_from_returns(db: ProjectDatabase) -> dict[str, tuple[str | None, ...]]:
    """Municipality number -> (contact person, e-mail, phone) from the current return's
    «Kommune» sheet."""
    with db.session() as s:
        rows = s.execute(select(Participant.number, MunicipalityFacts.contact_person,
                                MunicipalityFacts.email, MunicipalityFacts.phone)
                         .join(QuestionnaireReturn,
                               MunicipalityFacts.return_id == QuestionnaireReturn.id)
                         .join(Participant, QuestionnaireReturn.participant_id == Participant.id)
                         .where(is_current())).all()
    return {n: (c, e, ph) for n, c, e, ph in rows}


def set_contact(db: ProjectDatabase, number: str, *, person: str | None = None,
                email: str | None = None, phone: str | None = None, by: str = "") -> None:
    """Set (or with "" clear) the contact details of a participant."""
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email.strip()):
        raise InputError(f"«{email}» er ikke en e-postadresse.")
    with db.session() as s:
        p = find_participant(s, number)
        changed = []
        for attr, value in (("contact_person", person), ("email", email), ("phone", phone)):
            if value is not None:
                setattr(p, attr, value.strip() or None)
                changed.append(value.strip() or "–")
        if changed:
            log(s, p, "contact", ", ".join(changed), by)


def set_deadline(db: ProjectDatabase, deadline: dt.date, numbers: Iterable[str] | None = None
                 ) -> None:
    with db.session() as s:
        ps = (list(s.scalars(select(Participant))) if numbers is None
              else [find_participant(s, n) for n in numbers])
        for p in ps:
            p.deadline = deadline
        if numbers is None:
            s.scalars(select(Project)).one().response_deadline = deadline


def history(db: ProjectDatabase, number: str) -> list[Event]:
    """Every step of a participant's follow-up, with the returns received, oldest first."""
    with db.session() as s:
        p = find_participant(s, number)
        events = [Event(e.at, e.kind, e.text, e.by) for e in s.scalars(
            select(ParticipantEvent).where(ParticipantEvent.participant_id == p.id))]
        events += [Event(r.received_at, "received",
                         r.file_name + ("" if r.status == CURRENT else " (erstattet)"), "")
                   for r in p.returns]
    return sorted(events, key=lambda e: e.at)


def template_text(db: ProjectDatabase, reminder: bool = False) -> str:
    name = "reminder_template" if reminder else "email_template"
    value = load_setting(db, name)
    return value if isinstance(value, str) and value.strip() else (
        DEFAULT_REMINDER if reminder else DEFAULT_TEMPLATE)


def save_template_text(db: ProjectDatabase, text: str, reminder: bool = False) -> None:
    save_setting(db, "reminder_template" if reminder else "email_template", text)


def _fill(template: str, fields: dict[str, str]) -> str:
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise InputError(f"E-postmalen har et ukjent felt {exc}; bruk {{kommune}}, {{nummer}}, "
                         "{kontaktperson}, {frist}, {prosjekt}, {avsender} og {dager}.") from None


def _draft(out_dir: Path, *, to: str | None, subject: str, body: str, attachment: Path,
           file_name: str) -> None:
    msg = EmailMessage()
    if to:
        msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"  # opened as a draft to send, not as a received message
    msg.set_content(body)
    msg.add_attachment(attachment.read_bytes(), maintype=XLSX[0], subtype=XLSX[1],
                       filename=attachment.name)
    (out_dir / file_name).write_bytes(bytes(msg))


def _drafts(db: ProjectDatabase, out_dir: Path, numbers: Iterable[str] | None, *,
            reminder: bool, deadline: dt.date | None, by: str, template: str | None,
            on: dt.date) -> list[Draft]:
    out_dir.mkdir(parents=True, exist_ok=True)
    text = template if template is not None else template_text(db, reminder)
    found = contacts_from_returns(db)
    written: list[Draft] = []
    with db.session() as s, tempfile.TemporaryDirectory() as tmp:
        project = s.scalars(select(Project)).one()
        if deadline is not None and not reminder:
            project.response_deadline = deadline
        if numbers is not None:
            ps = [find_participant(s, n) for n in numbers]
        else:
            ps = [p for p in s.scalars(select(Participant).order_by(Participant.number))
                  if p.removed_at is None]
        answered = {r.participant_id for r in s.scalars(select(QuestionnaireReturn).where(
            is_current()))}
        for p in ps:
            if p.removed_at is not None:
                raise InputError(f"{p.number} {p.name} er fjernet fra prosjektet.")
            due = p.deadline or project.response_deadline
            if reminder:
                if numbers is None and (p.id in answered or p.template_sent_at is None
                                        or due is None or due >= on):
                    continue
            elif deadline is not None:
                p.deadline = due = deadline
            person, email, _ = found.get(p.number, (None, None, None))
            person, email = p.contact_person or person, p.email or email
            sheet = Path(tmp) / template_file_name(p.number, p.name)
            write_template(sheet, project_id=project.uuid, project_name=project.name,
                           municipality_number=p.number, municipality_name=p.name,
                           population=p.population, deadline=due, contact=project.contact)
            fields = {"kommune": p.name, "nummer": p.number,
                      "kontaktperson": person or "kontaktperson for IT",
                      "frist": fmt.date(due) or "snarest", "prosjekt": project.name,
                      "avsender": project.contact or by or "prosjektleder",
                      "dager": str((on - due).days if due else 0)}
            kind = "Purring" if reminder else "Spørreskjema"
            subject = f"{kind}: {project.name} – {p.name} ({p.number})"
            name = _UNSAFE.sub("-", f"{kind} {p.name} ({p.number}).eml")
            _draft(out_dir, to=email, subject=subject, body=_fill(text, fields),
                   attachment=sheet, file_name=name)
            if reminder:
                p.reminders = (p.reminders or 0) + 1
                p.last_reminder_at = utcnow()
                log(s, p, "reminder", f"purring {p.reminders}", by)
            else:
                p.template_sent_at = utcnow()
                log(s, p, "sent", f"frist {fmt.date(due)}" if due else "", by)
            written.append(Draft(p.number, p.name, out_dir / name, email))
    return written


def send(db: ProjectDatabase, out_dir: Path, *, deadline: dt.date | None = None,
         numbers: Iterable[str] | None = None, by: str = "", template: str | None = None,
         on: dt.date | None = None) -> list[Draft]:
    """One e-mail draft per participant (or those given) with its questionnaire attached;
    records the sending and the deadline."""
    return _drafts(db, out_dir, numbers, reminder=False, deadline=deadline, by=by,
                   template=template, on=on or dt.date.today())


def remind(db: ProjectDatabase, out_dir: Path, *, numbers: Iterable[str] | None = None,
           by: str = "", template: str | None = None, on: dt.date | None = None
           ) -> list[Draft]:
    """A reminder draft for each overdue participant (or those given); counts the reminder."""
    return _drafts(db, out_dir, numbers, reminder=True, deadline=None, by=by,
                   template=template, on=on or dt.date.today())
