"""Import issues marked handled or accepted as is, with a comment.

An issue's state is kept by its participant and its place (sheet, cell, code, raw text), so
the same issue in a newer return of the same content keeps it; `import_issue.id` is the id
the CLI and the app show (stable while the return is current).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from db.models import ImportIssue, IssueState, Participant, QuestionnaireReturn, utcnow
from db.session import ProjectDatabase
from desktop.core.errors import InputError, NotFound
from desktop.core.survey.texts import ISSUE_STATE_TEXT

STATES = ("open", "handled", "accepted")
STATE_TEXT = ISSUE_STATE_TEXT


def issue_key(sheet: str | None, cell: str | None, code: str, raw: str | None) -> str:
    text = "\x1f".join((sheet or "", cell or "", code, raw or ""))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def states_by_participant(s: object) -> dict[tuple[int, str], IssueState]:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    return {(st.participant_id, st.key): st for st in s.scalars(select(IssueState))}


def set_state(db: ProjectDatabase, issue_id: int, state: str, comment: str, by: str
              ) -> tuple[str, str]:
    """Mark an issue of a current return; returns (municipality number, previous state)."""
    if state not in STATES:
        raise InputError(f"Ukjent tilstand «{state}»; bruk {', '.join(STATES)}.")
    with db.session() as s:
        row = s.execute(select(ImportIssue, QuestionnaireReturn.participant_id, Participant.number)
                        .join(QuestionnaireReturn, ImportIssue.return_id == QuestionnaireReturn.id)
                        .join(Participant, QuestionnaireReturn.participant_id == Participant.id)
                        .where(ImportIssue.id == issue_id,
                               QuestionnaireReturn.status == "current")).first()
        if row is None:
            raise NotFound(f"Finner ikke avvik {issue_id} i de gjeldende svarene "
                           "(se samdrift issues PROJECT).")
        issue, pid, number = row
        key = issue_key(issue.sheet, issue.cell, issue.code, issue.raw_value)
        st = s.scalars(select(IssueState).where(IssueState.participant_id == pid,
                                                IssueState.key == key)).one_or_none()
        previous = st.state if st is not None else "open"
        if state == "open":
            if st is not None:
                s.delete(st)
        elif st is None:
            s.add(IssueState(participant_id=pid, key=key, state=state, comment=comment or "",
                             by=by or "", at=utcnow()))
        else:
            st.state, st.comment, st.by, st.at = state, comment or "", by or "", utcnow()
        return number, previous
