"""Creating a project and choosing its participants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from db.models import Note, Participant, Project, QuestionnaireReturn
from db.session import ProjectDatabase
from db.target import display_url
from desktop.core.errors import InputError
from desktop.core.register.municipalities import Municipality, Register, default_register


def resolve_municipalities(refs: Sequence[str], register: Register | None = None
                           ) -> list[Municipality]:
    """Municipalities by number or name; a comma-separated string counts as several refs.

    Raises UnknownMunicipality naming the first reference that does not fit exactly one."""
    register = register or default_register()
    found: dict[str, Municipality] = {}
    for ref in refs:
        for part in str(ref).split(","):
            if part.strip():
                m = register.lookup(part)
                found.setdefault(m.number, m)
    return list(found.values())


def _participant(m: Municipality) -> Participant:
    return Participant(number=m.number, name=m.name, county=m.county, population=m.population,
                       merged_into=m.merged_into)


def create_project(db: ProjectDatabase, name: str, refs: Sequence[str]) -> None:
    if not name.strip():
        raise InputError("Prosjektet må ha et navn")
    register = default_register()
    municipalities = resolve_municipalities(refs, register)
    with db.session() as s:
        s.add(Project(name=name.strip(), register_year=register.year,
                      participants=[_participant(m) for m in municipalities]))


def add_participants(db: ProjectDatabase, refs: Sequence[str], by: str = "") -> list[str]:
    """Add participants (a removed one is taken in again, with its data); returns the
    numbers added or taken in."""
    from desktop.core.survey.followup import log

    municipalities = resolve_municipalities(refs)
    added: list[str] = []
    with db.session() as s:
        project = s.scalars(select(Project)).one()
        have = {p.number: p for p in project.participants}
        for m in municipalities:
            p = have.get(m.number)
            if p is None:
                p = _participant(m)
                project.participants.append(p)
                s.flush()
                log(s, p, "added", "", by)
                added.append(m.number)
            elif p.removed_at is not None:
                p.removed_at = None
                log(s, p, "restored", "", by)
                added.append(m.number)
    return added


def withdraw_participant(db: ProjectDatabase, number: str, by: str = "") -> str:
    """Remove a participant after creation: a participant without data goes; one with returns
    is kept as history (`removed_at`) and left out of every figure. Returns the warning."""
    from desktop.core.survey.followup import log

    n = number.strip().zfill(4) if number.strip().isdigit() else number.strip()
    with db.session() as s:
        p = s.scalars(select(Participant).where(Participant.number == n)).one_or_none()
        if p is None:
            p = next((x for x in s.scalars(select(Participant))
                      if x.name.casefold() == number.strip().casefold()), None)
        if p is None:
            raise InputError(f"Kommune {number} er ikke med i prosjektet.")
        if p.removed_at is not None:
            raise InputError(f"{p.number} {p.name} er allerede fjernet.")
        returns = s.scalar(select(func.count()).select_from(QuestionnaireReturn)
                           .where(QuestionnaireReturn.participant_id == p.id))
        if not returns:
            s.delete(p)
            return f"{p.number} {p.name} er fjernet fra prosjektet."
        from db.models import utcnow

        p.removed_at = utcnow()
        log(s, p, "removed", "", by)
        return (f"{p.number} {p.name} er fjernet fra prosjektet. Svarene er tatt vare på som "
                "historikk, men er holdt utenfor alle tall: dagens situasjon, alle scenarioer "
                "og rapporten. Legg kommunen til igjen for å ta dem med.")


def remove_participant(db: ProjectDatabase, number: str) -> None:
    """Remove a participant that has no imported return (its data would go with it)."""
    with db.session() as s:
        p = s.scalars(select(Participant).where(Participant.number == number)).one_or_none()
        if p is None:
            return
        n = s.scalar(select(func.count()).select_from(QuestionnaireReturn)
                     .where(QuestionnaireReturn.participant_id == p.id))
        if n:
            raise InputError(f"{p.number} {p.name} har importerte svar og kan ikke fjernes")
        s.delete(p)


def project_info(db: ProjectDatabase) -> dict[str, Any]:
    with db.session() as s:
        project = s.scalars(select(Project)).one()
        return {
            "name": project.name,
            "uuid": project.uuid,
            "created_at": project.created_at,
            "register_year": project.register_year,
            "participants": len(project.participants),
            "path": str(db.path) if db.path else display_url(db.url),
            "note": s.scalars(select(Note.text).where(Note.target_kind == "project")).first(),
        }
