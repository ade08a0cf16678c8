"""The project file's schema: SQLAlchemy 2.x typed models.

One project (one pre-study) per database. Every value a municipality typed is kept twice: the
typed value in its column (None when missing or unreadable, never 0) and the raw text in
`raw` (field key -> text as typed). `interpreted` lists the field keys whose value was read
with a guess (`ca. 10` -> 10) so that the UI and the export can flag them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, dict[str, str]: JSON}


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(Text, default=lambda: str(uuid.uuid4()), unique=True)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Year of the register figures (population) used when the participants were picked.
    register_year: Mapped[int | None] = mapped_column(Integer)
    response_deadline: Mapped[dt.date | None] = mapped_column(Date)
    contact: Mapped[str | None] = mapped_column(Text)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Participant.number"
    )


class Participant(Base):
    """A participating municipality, current or former (e.g. 1018 Søgne before 2020)."""

    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    county: Mapped[str | None] = mapped_column(Text)
    population: Mapped[int | None] = mapped_column(Integer)
    # For a former municipality: the number of the municipality it is part of today.
    merged_into: Mapped[str | None] = mapped_column(Text)
    template_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Dispatch and follow-up (added in 0007): whom to ask, by when, how often reminded.
    contact_person: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    reminders: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_reminder_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Set when the participant was removed: its returns stay as history, out of every figure.
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    project: Mapped[Project] = relationship(back_populates="participants")
    returns: Mapped[list[QuestionnaireReturn]] = relationship(
        back_populates="participant", cascade="all, delete-orphan",
        order_by="QuestionnaireReturn.id",
    )


class QuestionnaireReturn(Base):
    """One imported file. At most one per participant is `current` (a partial unique index,
    added in 0006); earlier ones `superseded`."""

    __tablename__ = "questionnaire_return"
    __table_args__ = (
        Index("uq_questionnaire_return_one_current", "participant_id", unique=True,
              sqlite_where=text("status = 'current'"),
              postgresql_where=text("status = 'current'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(Text)
    file_format: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(Text, index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # When the file says it was last saved (document properties), if it says.
    saved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    template_version: Mapped[str | None] = mapped_column(Text)
    matched_by: Mapped[str] = mapped_column(Text)  # identity | kommune_sheet | user
    status: Mapped[str] = mapped_column(Text, default="current")  # current | superseded
    original: Mapped[bytes] = mapped_column(LargeBinary)
    # What this return changed against the one it replaced: {"added": [...], "removed": [...],
    # "changed": [...]} per record type (see desktop/core/importing/diff.py). Added in 0002.
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    imported_by: Mapped[str | None] = mapped_column(Text)  # added in 0006

    participant: Mapped[Participant] = relationship(back_populates="returns")
    facts: Mapped[MunicipalityFacts | None] = relationship(
        back_populates="source", cascade="all, delete-orphan", uselist=False
    )
    issues: Mapped[list[ImportIssue]] = relationship(
        back_populates="source", cascade="all, delete-orphan"
    )


class _Row:
    """Columns every imported record has: its return, where it came from, raw text, flags."""

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_return.id", ondelete="CASCADE"), index=True
    )
    sheet: Mapped[str] = mapped_column(Text)
    row: Mapped[int] = mapped_column(Integer)  # 1-based spreadsheet row
    raw: Mapped[dict[str, str]] = mapped_column(default=dict)
    interpreted: Mapped[list[str]] = mapped_column(default=list)


class MunicipalityFacts(_Row, Base):
    __tablename__ = "municipality_facts"

    number: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    inhabitants: Mapped[int | None] = mapped_column(Integer)
    employees_fte: Mapped[float | None] = mapped_column(Float)
    it_users: Mapped[int | None] = mapped_column(Integer)
    clients: Mapped[int | None] = mapped_column(Integer)
    mobile_devices: Mapped[int | None] = mapped_column(Integer)
    locations: Mapped[int | None] = mapped_column(Integer)
    data_rooms: Mapped[int | None] = mapped_column(Integer)
    physical_servers: Mapped[int | None] = mapped_column(Integer)
    virtual_servers: Mapped[int | None] = mapped_column(Integer)
    it_budget: Mapped[float | None] = mapped_column(Float)
    contact_person: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    date_filled: Mapped[dt.date | None] = mapped_column(Date)

    source: Mapped[QuestionnaireReturn] = relationship(back_populates="facts")


class Installation(_Row, Base):
    __tablename__ = "installation"

    name: Mapped[str | None] = mapped_column(Text)
    vendor: Mapped[str | None] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(Text)
    service_area: Mapped[str | None] = mapped_column(Text)
    hosting: Mapped[str | None] = mapped_column(Text)
    users: Mapped[int | None] = mapped_column(Integer)
    servers: Mapped[int | None] = mapped_column(Integer)
    annual_cost: Mapped[float | None] = mapped_column(Float)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    system_owner: Mapped[str | None] = mapped_column(Text)
    management_fte: Mapped[float | None] = mapped_column(Float)
    integrations: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    # False when the municipality says it no longer uses the system (e.g. "avviklet").
    in_use: Mapped[bool] = mapped_column(Boolean, default=True)
    # The distinct system this installation is, from the name decisions (added in 0003).
    system_id: Mapped[int | None] = mapped_column(
        ForeignKey("distinct_system.id", ondelete="SET NULL"), index=True
    )


class StaffingLine(_Row, Base):
    __tablename__ = "staffing_line"

    function: Mapped[str | None] = mapped_column(Text)
    fte: Mapped[float | None] = mapped_column(Float)
    persons: Mapped[int | None] = mapped_column(Integer)
    cost: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)


class BoughtService(_Row, Base):
    __tablename__ = "bought_service"

    vendor: Mapped[str | None] = mapped_column(Text)
    service: Mapped[str | None] = mapped_column(Text)
    annual_cost: Mapped[float | None] = mapped_column(Float)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)


class InfrastructureService(_Row, Base):
    __tablename__ = "infrastructure_service"

    service: Mapped[str | None] = mapped_column(Text)
    hosting: Mapped[str | None] = mapped_column(Text)
    annual_cost: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)


class ExtraValue(Base):
    """A value in a column the questionnaire does not have: kept as a note, never dropped."""

    __tablename__ = "extra_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_return.id", ondelete="CASCADE"), index=True
    )
    sheet: Mapped[str] = mapped_column(Text)
    cell: Mapped[str] = mapped_column(Text)
    row: Mapped[int] = mapped_column(Integer)
    header: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text)


class ImportIssue(Base):
    __tablename__ = "import_issue"
    __table_args__ = (Index("ix_import_issue_return_severity", "return_id", "severity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_return.id", ondelete="CASCADE")
    )
    file_name: Mapped[str] = mapped_column(Text)
    sheet: Mapped[str | None] = mapped_column(Text)
    cell: Mapped[str | None] = mapped_column(Text)
    raw_value: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(Text)  # error | warning | info
    code: Mapped[str] = mapped_column(Text)

    source: Mapped[QuestionnaireReturn] = relationship(back_populates="issues")


RECORD_MODELS: dict[str, type[_Row]] = {
    "installation": Installation,
    "staffing": StaffingLine,
    "bought_service": BoughtService,
    "infrastructure": InfrastructureService,
}


# --- the fagsystem catalogue (added in 0003) ----------------------------------------------------


class DistinctSystem(Base):
    """A distinct system (product) of the pre-study. Installations belong to it through the
    name decisions (`NameDecision`); `installation.system_id` is derived from them."""

    __tablename__ = "distinct_system"

    id: Mapped[int] = mapped_column(primary_key=True)
    product: Mapped[str] = mapped_column(Text)
    vendor: Mapped[str | None] = mapped_column(Text)
    service_area: Mapped[str | None] = mapped_column(Text)
    # The catalogue product (its name in desktop/resources/catalogue/fagsystemer.csv), if matched.
    catalogue_key: Mapped[str | None] = mapped_column(Text, index=True)
    origin: Mapped[str] = mapped_column(Text)  # catalogue | cluster | user | dictionary
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(Text)  # added in 0006


class NameDecision(Base):
    """A name (normalised; with vendor and service area as read) is this system.

    One row per unit; deleting or restoring a row is how a decision is undone or redone. An
    installation takes the decision of its own unit, else the one all decisions for its name
    agree on (among those whose vendor and service area do not contradict its own).
    """

    __tablename__ = "name_decision"
    __table_args__ = (UniqueConstraint("name_key", "vendor_key", "area_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    vendor_key: Mapped[str] = mapped_column(Text, default="")
    area_key: Mapped[str] = mapped_column(Text, default="")
    system_id: Mapped[int] = mapped_column(
        ForeignKey("distinct_system.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)  # as written, most common spelling
    source: Mapped[str] = mapped_column(Text)  # auto | user | dictionary
    confidence: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(Text)  # added in 0006


class NameRejection(Base):
    """Two names (or a name and a product) the user said are not the same: not suggested
    again. Keys are stored in sorted order."""

    __tablename__ = "name_rejection"
    __table_args__ = (UniqueConstraint("name_key", "other_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name_key: Mapped[str] = mapped_column(Text)
    other_key: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)  # as written, for display and dictionaries
    other_name: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)  # user | dictionary
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(Text)  # added in 0006


# --- scenarios (added in 0004) ------------------------------------------------------------------


class Scenario(Base):
    """A named, saved scenario of the pre-study (desktop/core/scenarios/store.py).

    `definition` is what `desktop.core.scenarios.Scenario` holds besides its name, as JSON:
    `participants` (numbers), `level`, `organisation_form`, `target_rule`, `targets` (slot ->
    system key or null), `overrides` (parameter key -> value), `ranges` (parameter key ->
    [low, most likely, high]) and `start_year` (null: the project's year), with `version`.
    """

    __tablename__ = "scenario"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# --- report settings (added in 0005) ------------------------------------------------------------


class ReportSetting(Base):
    """One setting of the report, kept with the project (desktop/core/reports/store.py).

    `name` says what it is (`recommendation`: the text the user writes; `scenarios`: the
    names last chosen; later e.g. `title`), `value` is JSON.
    """

    __tablename__ = "report_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# --- change log and who made a change (added in 0006) ------------------------------------------


class ChangeLog(Base):
    """One committed write: the kinds of data it changed (desktop/core/project/changes.py
    `Data`), the ids it knows, who and which process (host:pid) made it, when. Other
    processes on the same project read the rows that are not theirs to refresh their views."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(Text)
    process: Mapped[str] = mapped_column(Text)
    kinds: Mapped[list[str]] = mapped_column(JSON)
    ids: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def _stamp_user(_mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    from db.session import current_user

    for attr in ("imported_by", "created_by", "decided_by"):
        if hasattr(target, attr) and getattr(target, attr) is None:
            setattr(target, attr, current_user())


def _restamp_decision(_mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    from db.session import current_user

    target.decided_by = current_user()  # whoever changed the decision made it now


for _model in (QuestionnaireReturn, DistinctSystem, NameDecision, NameRejection):
    event.listen(_model, "before_insert", _stamp_user)
event.listen(NameDecision, "before_update", _restamp_decision)


# --- survey follow-up (added in 0007) -----------------------------------------------------------


class ValueCorrection(Base):
    """A value of a return the user corrected, with who, when and why (desktop/core/survey).

    The corrected value is written into the record's column (so every figure uses it); the
    value as read (`from_value`) and the raw text stay here and in the record's `raw`. The
    record is found again by participant, kind, sheet and row (a newer return of the same
    municipality is matched when it is imported). `state`: active | resolved (the newer file
    has the corrected value) | conflict (the newer file has another value: the user chooses;
    `file_value` is it) | withdrawn (undone).
    """

    __tablename__ = "value_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    return_id: Mapped[int | None] = mapped_column(
        ForeignKey("questionnaire_return.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20))  # facts | installation | staffing | ...
    sheet: Mapped[str] = mapped_column(String(100))
    row: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60))
    cell: Mapped[str] = mapped_column(String(120))  # Fagsystemer!F12
    label: Mapped[str | None] = mapped_column(Text)  # the row's name, to find it again
    from_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    raw: Mapped[str | None] = mapped_column(Text)
    to_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    by: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="active")
    file_value: Mapped[Any] = mapped_column(JSON, nullable=True)


class IssueState(Base):
    """An import issue marked `handled` or `accepted` (as is), with a comment. `key` is a hash
    of the issue's sheet, cell, code and raw text: the same issue in a newer return keeps it."""

    __tablename__ = "issue_state"
    __table_args__ = (UniqueConstraint("participant_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12))  # handled | accepted
    comment: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ParticipantEvent(Base):
    """One step of a participant's status history: sent, reminder, received, contact, added,
    removed."""

    __tablename__ = "participant_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(120), default="")


class Note(Base):
    """A note on the project (`target` ""), a participant (its number) or a distinct system
    (its id as text); `in_report`: printed in the report's appendix."""

    __tablename__ = "note"
    __table_args__ = (UniqueConstraint("target_kind", "target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))  # project | participant | system
    target: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    in_report: Mapped[bool] = mapped_column(Boolean, default=False)
    by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
