"""`api.survey`: corrections, issue states, participants after creation, dispatch and
follow-up, notes (desktop/core/survey/). Every write records its change set."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.project.changes import Changes, Data

if TYPE_CHECKING:
    from desktop.core.project.api import ProjectApi
    from desktop.core.survey.corrections import CorrectionRow
    from desktop.core.survey.followup import Draft, Event
    from desktop.core.survey.notes import NoteRow


def os_user() -> str:
    """The OS user name, the default «by» of a correction or a note."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container without one)
        return "ukjent"


class SurveyOps:
    def __init__(self, api: ProjectApi) -> None:
        self.api = api
        self.db = api.db

    # --- corrections -------------------------------------------------------------------
    def correct(self, number: str, value: str, reason: str, *, cell: str | None = None,
                kind: str | None = None, sheet: str | None = None, row: int | None = None,
                field: str | None = None, by: str | None = None) -> CorrectionRow:
        from desktop.core.survey import corrections

        c = corrections.correct(self.db, number, value=value, reason=reason, by=by or os_user(),
                                cell=cell, kind=kind, sheet=sheet, row=row, field=field)
        self.api.changed(Changes.of(Data.RETURNS, returns=[c.municipality]))
        return c

    def withdraw_correction(self, correction_id: int) -> CorrectionRow:
        from desktop.core.survey import corrections

        c = corrections.withdraw(self.db, correction_id)
        self.api.changed(Changes.of(Data.RETURNS, returns=[c.municipality]))
        return c

    def reinstate_correction(self, correction_id: int) -> CorrectionRow:
        from desktop.core.survey import corrections

        c = corrections.reinstate(self.db, correction_id)
        self.api.changed(Changes.of(Data.RETURNS, returns=[c.municipality]))
        return c

    def choose_correction(self, correction_id: int, keep: str) -> CorrectionRow:
        from desktop.core.survey import corrections

        c = corrections.choose(self.db, correction_id, keep)
        self.api.changed(Changes.of(Data.RETURNS, returns=[c.municipality]))
        return c

    def corrections(self, number: str | None = None,
                    states: tuple[str, ...] | None = None) -> list[CorrectionRow]:
        from desktop.core.survey import corrections

        return corrections.list_corrections(self.db, number, states)

    # --- issues ------------------------------------------------------------------------
    def set_issue_state(self, issue_id: int, state: str, comment: str = "",
                        by: str | None = None) -> str:
        """Returns the previous state (for undo)."""
        from desktop.core.survey import issues

        number, previous = issues.set_state(self.db, issue_id, state, comment, by or os_user())
        self.api.changed(Changes.of(Data.RETURNS, returns=[number]))
        return previous

    # --- participants --------------------------------------------------------------------
    def add_participants(self, refs: Sequence[str], by: str | None = None) -> list[str]:
        from desktop.core.project import setup

        added = setup.add_participants(self.db, refs, by or os_user())
        self.api.changed(Changes.of(Data.PARTICIPANTS, participants=added))
        return added

    def remove_participant(self, number: str, by: str | None = None) -> str:
        """Returns the warning to show."""
        from desktop.core.project import setup

        warning = setup.withdraw_participant(self.db, number, by or os_user())
        self.api.changed(Changes.of(Data.PARTICIPANTS, Data.RETURNS))
        return warning

    # --- dispatch and follow-up ----------------------------------------------------------
    def set_contact(self, number: str, *, person: str | None = None, email: str | None = None,
                    phone: str | None = None, by: str | None = None) -> None:
        from desktop.core.survey import followup

        followup.set_contact(self.db, number, person=person, email=email, phone=phone,
                             by=by or os_user())
        self.api.changed(Changes.of(Data.PARTICIPANTS, participants=[number]))

    def set_deadline(self, deadline: dt.date, numbers: Iterable[str] | None = None) -> None:
        from desktop.core.survey import followup

        followup.set_deadline(self.db, deadline, numbers)
        self.api.changed(Changes.of(Data.PARTICIPANTS, Data.PROJECT))

    def send(self, out_dir: str | Path, *, deadline: dt.date | None = None,
             numbers: Iterable[str] | None = None, template: str | None = None,
             by: str | None = None, on: dt.date | None = None) -> list[Draft]:
        from desktop.core.survey import followup

        drafts = followup.send(self.db, Path(out_dir), deadline=deadline, numbers=numbers,
                               by=by or os_user(), template=template, on=on)
        self.api.changed(Changes.of(Data.PARTICIPANTS, Data.PROJECT))
        return drafts

    def remind(self, out_dir: str | Path, *, numbers: Iterable[str] | None = None,
               template: str | None = None, by: str | None = None,
               on: dt.date | None = None) -> list[Draft]:
        from desktop.core.survey import followup

        drafts = followup.remind(self.db, Path(out_dir), numbers=numbers, by=by or os_user(),
                                 template=template, on=on)
        self.api.changed(Changes.of(Data.PARTICIPANTS))
        return drafts

    def email_template(self, reminder: bool = False) -> str:
        from desktop.core.survey import followup

        return followup.template_text(self.db, reminder)

    def save_email_template(self, text: str, reminder: bool = False) -> None:
        from desktop.core.survey import followup

        followup.save_template_text(self.db, text, reminder)
        self.api.changed(Changes.of(Data.SETTINGS))

    def history(self, number: str) -> list[Event]:
        from desktop.core.survey import followup

        return followup.history(self.db, number)

    def original(self, number: str) -> tuple[str, bytes]:
        """The file name and stored bytes of a participant's current return."""
        from sqlalchemy import select

        from db.models import Participant, QuestionnaireReturn
        from desktop.core.errors import NotFound

        with self.db.session() as s:
            row = s.execute(select(QuestionnaireReturn.file_name, QuestionnaireReturn.original)
                            .join(Participant,
                                  QuestionnaireReturn.participant_id == Participant.id)
                            .where(Participant.number == number,
                                   QuestionnaireReturn.status == "current")).first()
        if row is None:
            raise NotFound(f"Kommune {number} har ikke levert svar.")
        return row[0], row[1]

    # --- notes ---------------------------------------------------------------------------
    def set_note(self, kind: str, target: str | None, text: str, *, in_report: bool = False,
                 by: str | None = None) -> None:
        from desktop.core.survey import notes

        notes.set_note(self.db, kind, target, text, in_report=in_report, by=by or os_user())
        where = {"project": Data.PROJECT, "participant": Data.PARTICIPANTS,
                 "system": Data.CATALOGUE}.get(kind, Data.SETTINGS)
        self.api.changed(Changes.of(where, Data.SETTINGS))

    def notes(self, in_report: bool | None = None) -> list[NoteRow]:
        from desktop.core.survey import notes

        return notes.notes(self.db, in_report=in_report)
