"""Plain data the core hands to the CLI and the UI (never ORM objects across threads)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ReturnStatus(StrEnum):
    NOT_SENT = "not_sent"  # no questionnaire generated yet
    SENT = "sent"  # questionnaire generated, nothing imported
    RETURNED = "returned"  # imported, no issues
    IMPORTED_WITH_ISSUES = "imported_with_issues"  # imported, N issues


@dataclass(frozen=True)
class ParticipantStatus:
    number: str
    name: str
    county: str | None
    population: int | None
    merged_into: str | None
    status: ReturnStatus
    sent_at: dt.datetime | None
    file_name: str | None
    received_at: dt.datetime | None
    errors: int
    warnings: int
    infos: int
    installations: int
    superseded: int  # earlier returns this one replaced
    # dispatch and follow-up (desktop/core/survey/followup.py); errors and warnings above
    # count the open issues only (not those marked handled or accepted)
    contact_person: str | None = None
    email: str | None = None
    phone: str | None = None
    deadline: dt.date | None = None
    reminders: int = 0
    overdue_days: int = 0  # days past the deadline without a return (0: not overdue)
    removed: bool = False  # removed from the project: its data is history, in no figure
    closed_issues: int = 0  # errors and warnings marked handled or accepted
    note: str | None = None  # the user's note on the participant (desktop/core/survey/notes)

    @property
    def issues(self) -> int:
        return self.errors + self.warnings


class Outcome(StrEnum):
    IMPORTED = "imported"  # first return from this municipality
    REPLACED = "replaced"  # a newer return replaced an earlier one
    UNCHANGED = "unchanged"  # identical to the return already imported: nothing changed
    OLDER = "older"  # older than the current return: kept as history, data not changed
    REJECTED = "rejected"  # nothing imported; `message` says why


@dataclass(frozen=True)
class IssueRow:
    file_name: str
    sheet: str | None
    cell: str | None
    raw_value: str | None
    message: str
    severity: str  # error | warning | info
    code: str
    municipality: str | None = None  # number
    municipality_name: str | None = None
    id: int | None = None  # import_issue.id (stable while the return is current)
    state: str = "open"  # open | handled | accepted
    comment: str = ""


@dataclass(frozen=True)
class RecordChange:
    kind: str  # added | removed | changed
    record: str  # installation | staffing | bought_service | infrastructure | facts
    label: str  # e.g. the system name
    fields: tuple[str, ...] = ()  # for "changed": the field keys that differ
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    path: str
    outcome: Outcome
    message: str
    municipality: str | None = None  # number
    municipality_name: str | None = None
    matched_by: str | None = None  # identity | kommune_sheet | user
    issues: tuple[IssueRow, ...] = ()
    changes: tuple[RecordChange, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)  # records imported per kind
    # Why a file was rejected, stable for programs: empty, not_spreadsheet, corrupt, password,
    # zip_bomb, unknown_template, outside_project, conflicting_municipality, unmatched, ...
    code: str | None = None
    # what became of the corrections of this municipality (a newer return), one line each
    corrections: tuple[str, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.outcome is Outcome.REJECTED


@dataclass(frozen=True)
class UncleanShutdown:
    """The project was not closed cleanly last time; `ok`: the integrity check passed."""

    ok: bool
    message: str
