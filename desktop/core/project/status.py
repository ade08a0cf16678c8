"""Who has answered, and what is wrong in each current return.

Issue counts are of the open issues: an issue marked handled or accepted
(desktop/core/survey/issues.py) is not counted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select

from db.models import (
    ImportIssue,
    Installation,
    IssueState,
    MunicipalityFacts,
    Note,
    Participant,
    Project,
    QuestionnaireReturn,
)
from db.queries import current_returns, is_current
from db.session import ProjectDatabase
from desktop.core.project.results import IssueRow, ParticipantStatus, ReturnStatus
from desktop.core.survey.issues import issue_key

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def today() -> dt.date:
    return dt.date.today()


def participant_statuses(db: ProjectDatabase, on: dt.date | None = None
                         ) -> list[ParticipantStatus]:
    R = QuestionnaireReturn
    on = on or today()
    with db.session() as s:
        project_deadline = s.scalar(select(Project.response_deadline))
        current = {r.participant_id: r for r in s.scalars(current_returns())}
        superseded = dict(s.execute(
            select(R.participant_id, func.count()).where(~is_current(R))
            .group_by(R.participant_id)).all())
        issue_counts: dict[int, dict[str, int]] = {}
        closed: dict[int, int] = {}
        states = {(st.participant_id, st.key) for st in s.scalars(select(IssueState))}
        if states:
            pid_of = {r.id: pid for pid, r in current.items()}
            for rid, sev, sheet, cell, code, raw in s.execute(
                    select(ImportIssue.return_id, ImportIssue.severity, ImportIssue.sheet,
                           ImportIssue.cell, ImportIssue.code, ImportIssue.raw_value)
                    .where(ImportIssue.return_id.in_(list(pid_of)))):
                if (pid_of[rid], issue_key(sheet, cell, code, raw)) in states:
                    if sev in ("error", "warning"):
                        closed[rid] = closed.get(rid, 0) + 1
                    continue
                counts = issue_counts.setdefault(rid, {})
                counts[sev] = counts.get(sev, 0) + 1
        else:
            for rid, sev, n in s.execute(
                    select(ImportIssue.return_id, ImportIssue.severity, func.count())
                    .group_by(ImportIssue.return_id, ImportIssue.severity)):
                issue_counts.setdefault(rid, {})[sev] = n
        # installations in use: the count the catalogue, the baseline and the report's
        # «N installasjoner → M distinkte systemer» use (one marked discontinued is not one)
        installs = dict(s.execute(
            select(Installation.return_id, func.count())
            .where(Installation.in_use.is_(True)).group_by(Installation.return_id)
        ).all())
        # contact details the municipality gave on its «Kommune» sheet, where none is set
        given = {rid: (c, e, ph) for rid, c, e, ph in s.execute(
            select(MunicipalityFacts.return_id, MunicipalityFacts.contact_person,
                   MunicipalityFacts.email, MunicipalityFacts.phone)
            .join(R, MunicipalityFacts.return_id == R.id).where(R.status == "current"))}
        notes = dict(s.execute(select(Note.target, Note.text)
                               .where(Note.target_kind == "participant")).all())
        out: list[ParticipantStatus] = []
        for p in s.scalars(select(Participant).order_by(Participant.number)):
            r = current.get(p.id)
            counts = issue_counts.get(r.id, {}) if r else {}
            errors, warnings = counts.get("error", 0), counts.get("warning", 0)
            if r is not None:
                status = (ReturnStatus.IMPORTED_WITH_ISSUES if errors + warnings
                          else ReturnStatus.RETURNED)
            else:
                status = ReturnStatus.SENT if p.template_sent_at else ReturnStatus.NOT_SENT
            deadline = p.deadline or project_deadline
            on_sheet = given.get(r.id, (None, None, None)) if r else (None, None, None)
            overdue = (on - deadline).days if (deadline and r is None and p.removed_at is None
                                               and p.template_sent_at) else 0
            out.append(ParticipantStatus(
                number=p.number, name=p.name, county=p.county, population=p.population,
                merged_into=p.merged_into, status=status, sent_at=p.template_sent_at,
                file_name=r.file_name if r else None, received_at=r.received_at if r else None,
                errors=errors, warnings=warnings, infos=counts.get("info", 0),
                installations=installs.get(r.id, 0) if r else 0,
                superseded=superseded.get(p.id, 0),
                contact_person=p.contact_person or on_sheet[0], email=p.email or on_sheet[1],
                phone=p.phone or on_sheet[2],
                deadline=deadline, reminders=p.reminders or 0, overdue_days=max(overdue, 0),
                removed=p.removed_at is not None,
                closed_issues=closed.get(r.id, 0) if r else 0, note=notes.get(p.number)))
        return out


def current_issues(db: ProjectDatabase, *, include_removed: bool = False) -> list[IssueRow]:
    """The issues of the current returns, errors first, each with its id and state."""
    R, Iss = QuestionnaireReturn, ImportIssue
    order = case(SEVERITY_ORDER, value=Iss.severity, else_=3)
    with db.session() as s:
        states = {(st.participant_id, st.key): st for st in s.scalars(select(IssueState))}
        q = (select(Iss, Participant.id, Participant.number, Participant.name)
             .join(R, Iss.return_id == R.id).join(Participant, R.participant_id == Participant.id)
             .where(is_current(R)))
        if not include_removed:
            q = q.where(Participant.removed_at.is_(None))
        rows = s.execute(q.order_by(order, Participant.number, Iss.id)).all()
        out = []
        for i, pid, number, name in rows:
            st = states.get((pid, issue_key(i.sheet, i.cell, i.code, i.raw_value))) if states \
                else None
            out.append(IssueRow(i.file_name, i.sheet, i.cell, i.raw_value, i.message,
                                i.severity, i.code, number, name, i.id,
                                st.state if st else "open", st.comment if st else ""))
        return out
