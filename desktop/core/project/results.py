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

    @property
    def rejected(self) -> bool:
        return self.outcome is Outcome.REJECTED
