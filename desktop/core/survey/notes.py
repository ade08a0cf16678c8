"""Notes on the project, a participant or a distinct system; optionally in the report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from db.models import DistinctSystem, Note, Participant, utcnow
from db.session import ProjectDatabase
from desktop.core.errors import InputError, NotFound

KINDS = ("project", "participant", "system")


@dataclass(frozen=True)
class NoteRow:
    target_kind: str
    target: str
    label: str  # «Prosjektet», «4204 Kristiansand», the system's product
    text: str
    in_report: bool
    by: str
    updated_at: dt.datetime


def _label(s: object, kind: str, target: str) -> str:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    if kind == "project":
        return "Prosjektet"
    if kind == "participant":
        p = s.scalars(select(Participant).where(Participant.number == target)).one_or_none()
        if p is None:
            raise NotFound(f"Kommune {target} er ikke med i prosjektet.")
        return f"{p.number} {p.name}"
    try:
        system = s.get(DistinctSystem, int(target))
    except ValueError:
        system = None
    if system is None:
        raise NotFound(f"Finner ikke system {target} i katalogen.")
    return system.product


def _target(kind: str, target: str | None) -> str:
    if kind not in KINDS:
        raise InputError(f"Ukjent notattype «{kind}»; bruk {', '.join(KINDS)}.")
    t = (target or "").strip()
    if kind == "participant" and t.isdigit():
        t = t.zfill(4)
    return "" if kind == "project" else t


def set_note(db: ProjectDatabase, kind: str, target: str | None, text: str, *,
             in_report: bool = False, by: str = "") -> None:
    """Write (or with an empty text, delete) the note on a target."""
    t = _target(kind, target)
    with db.session() as s:
        _label(s, kind, t)
        note = s.scalars(select(Note).where(Note.target_kind == kind, Note.target == t)
                         ).one_or_none()
        if not text.strip():
            if note is not None:
                s.delete(note)
            return
        if note is None:
            s.add(Note(target_kind=kind, target=t, text=text.strip(), in_report=in_report,
                       by=by, updated_at=utcnow()))
        else:
            note.text, note.in_report, note.by = text.strip(), in_report, by
            note.updated_at = utcnow()


def notes(db: ProjectDatabase, *, in_report: bool | None = None) -> list[NoteRow]:
    with db.session() as s:
        q = select(Note).order_by(Note.target_kind, Note.target)
        if in_report is not None:
            q = q.where(Note.in_report.is_(in_report))
        out = []
        for n in s.scalars(q):
            try:
                label = _label(s, n.target_kind, n.target)
            except NotFound:
                label = n.target
            out.append(NoteRow(n.target_kind, n.target, label, n.text, n.in_report, n.by,
                               n.updated_at))
        return out
