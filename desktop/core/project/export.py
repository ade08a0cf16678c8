"""The project's data as plain rows and as one JSON document (`samdrift export --json`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from db.models import (
    RECORD_MODELS,
    ExtraValue,
    MunicipalityFacts,
    Participant,
    Project,
    QuestionnaireReturn,
)
from db.queries import is_current, of_current_returns
from db.session import ProjectDatabase
from desktop.core.project.status import current_issues, participant_statuses
from desktop.core.questionnaire.spec import MUNICIPALITY, TABLE_SHEETS, TEMPLATE_VERSION

FIELDS: dict[str, tuple[str, ...]] = {s.record: tuple(f.key for f in s.fields)
                                      for s in TABLE_SHEETS if s.record}
EXPORT_NAMES = {"installation": "installations", "staffing": "staffing",
                "bought_service": "bought_services", "infrastructure": "infrastructure"}
FACT_FIELDS = tuple(f.key for f in MUNICIPALITY.fields if f.key not in ("number", "name"))


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def record_rows(db: ProjectDatabase, kind: str) -> list[dict[str, Any]]:
    """The current returns' records of one kind, each with its municipality and origin, and
    `corrections` (field -> the active correction, see desktop/core/survey/corrections.py).
    A removed participant's records are history and left out."""
    from desktop.core.survey.corrections import active_by_record

    corrected = active_by_record(db)
    model = RECORD_MODELS[kind]
    R = QuestionnaireReturn
    fields = FIELDS[kind] + (("in_use",) if kind == "installation" else ())
    with db.session() as s:
        rows = s.execute(
            select(model, Participant.number, Participant.name, R.file_name)
            .join(R, model.return_id == R.id).join(Participant, R.participant_id == Participant.id)
            .where(is_current(R), Participant.removed_at.is_(None))
            .order_by(Participant.number, model.row)).all()
        extras: dict[tuple[int, str, int], dict[str, str]] = {}
        for e in s.scalars(of_current_returns(select(ExtraValue), ExtraValue.return_id)):
            extras.setdefault((e.return_id, e.sheet, e.row), {})[e.header] = e.value
        out = []
        for rec, number, name, file_name in rows:
            row = {k: getattr(rec, k) for k in fields}
            row.update(municipality=number, municipality_name=name, file_name=file_name,
                       sheet=rec.sheet, row=rec.row, raw=dict(rec.raw or {}),
                       interpreted=list(rec.interpreted or []),
                       extra=extras.get((rec.return_id, rec.sheet, rec.row), {}),
                       corrections=corrected.get((number, kind, rec.sheet, rec.row), {}))
            out.append(row)
        return out


def _export_record(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    fields = FIELDS[kind] + (("in_use",) if kind == "installation" else ())
    doc: dict[str, Any] = {"municipality": row["municipality"]}
    doc.update({k: _json_value(row[k]) for k in fields})
    fixed = row.get("corrections", {})  # a corrected value is the user's, not a guess
    doc["interpreted"] = {k: k in row["interpreted"] and k not in fixed for k in FIELDS[kind]}
    doc["raw"] = row["raw"]
    doc["extra"] = row["extra"]
    doc["source"] = {"file": row["file_name"], "sheet": row["sheet"], "row": row["row"]}
    doc["corrections"] = [_correction(c) for c in row.get("corrections", {}).values()]
    return doc


def _correction(c: dict[str, Any]) -> dict[str, Any]:
    return {k: c[k] for k in ("field", "from", "to", "by", "at", "reason")} | {
        "raw": c["raw"], "cell": c["cell"]}


def export_document(db: ProjectDatabase) -> dict[str, Any]:
    from desktop.core.survey.corrections import active_by_record, export_json, list_corrections

    corrected = active_by_record(db)
    with db.session() as s:
        project = s.scalars(select(Project)).one()
        facts = {number: f for f, number in s.execute(
            of_current_returns(select(MunicipalityFacts, Participant.number),
                               MunicipalityFacts.return_id)
            .join(Participant, QuestionnaireReturn.participant_id == Participant.id)).all()}
        head = {"name": project.name, "id": project.uuid, "register_year": project.register_year,
                "template_version": TEMPLATE_VERSION}
    municipalities = []
    for st in participant_statuses(db):
        f = facts.get(st.number)
        fixed = corrected.get((st.number, "facts", f.sheet, f.row), {}) if f else {}
        municipalities.append({
            "number": st.number, "name": st.name, "county": st.county,
            "register_population": st.population, "merged_into": st.merged_into,
            "status": st.status.value, "file": st.file_name,
            "facts": {k: _json_value(getattr(f, k)) if f else None for k in FACT_FIELDS},
            "interpreted": {k: bool(f and k in (f.interpreted or [])) and k not in fixed
                            for k in FACT_FIELDS},
            "raw": dict(f.raw or {}) if f else {},
            "corrections": [_correction(c) for c in fixed.values()],
            "removed": st.removed,
            "contact": {"person": st.contact_person, "email": st.email, "phone": st.phone},
            "deadline": _json_value(st.deadline), "reminders": st.reminders,
            "open_issues": st.issues,
        })
    doc: dict[str, Any] = {"project": head, "municipalities": municipalities}
    for kind, name in EXPORT_NAMES.items():
        doc[name] = [_export_record(kind, r) for r in record_rows(db, kind)]
    doc["issues"] = [{"municipality": i.municipality, "file": i.file_name, "sheet": i.sheet,
                      "cell": i.cell, "raw_value": i.raw_value, "message": i.message,
                      "severity": i.severity, "code": i.code, "id": i.id, "state": i.state,
                      "comment": i.comment} for i in current_issues(db)]
    doc["corrections"] = [export_json(c) | {"municipality": c.municipality, "kind": c.kind,
                                            "state": c.state, "id": c.id}
                          for c in list_corrections(db)]
    return doc
