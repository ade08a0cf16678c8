"""Who has answered, and what is wrong in each current return."""

from __future__ import annotations

from sqlalchemy import case, func, select

from db.models import ImportIssue, Installation, Participant, QuestionnaireReturn
from db.session import ProjectDatabase
from desktop.core.project.results import IssueRow, ParticipantStatus, ReturnStatus

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def participant_statuses(db: ProjectDatabase) -> list[ParticipantStatus]:
    R = QuestionnaireReturn
    with db.session() as s:
        current = {r.participant_id: r for r in s.scalars(select(R).where(R.status == "current"))}
        superseded = dict(s.execute(
            select(R.participant_id, func.count()).where(R.status != "current")
            .group_by(R.participant_id)).all())
        issue_counts: dict[int, dict[str, int]] = {}
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
            out.append(ParticipantStatus(
                number=p.number, name=p.name, county=p.county, population=p.population,
                merged_into=p.merged_into, status=status, sent_at=p.template_sent_at,
                file_name=r.file_name if r else None, received_at=r.received_at if r else None,
                errors=errors, warnings=warnings, infos=counts.get("info", 0),
                installations=installs.get(r.id, 0) if r else 0,
                superseded=superseded.get(p.id, 0)))
        return out


def current_issues(db: ProjectDatabase) -> list[IssueRow]:
    R, Iss = QuestionnaireReturn, ImportIssue
    order = case(SEVERITY_ORDER, value=Iss.severity, else_=3)
    with db.session() as s:
        rows = s.execute(
            select(Iss, Participant.number, Participant.name)
            .join(R, Iss.return_id == R.id).join(Participant, R.participant_id == Participant.id)
            .where(R.status == "current")
            .order_by(order, Participant.number, Iss.id)).all()
        return [IssueRow(i.file_name, i.sheet, i.cell, i.raw_value, i.message, i.severity,
                         i.code, number, name) for i, number, name in rows]
