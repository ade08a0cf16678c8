"""Corrections with a trail: a value of a return changed by the user, who, when and why.

The corrected value is written into the record's column, so every figure, the export and the
views use it; the value as read and its raw text are kept in `value_correction` (and the raw
text stays in the record's `raw`). When a newer return of the municipality is imported,
`carry_over` looks at each active correction: the file still has the old value (kept and
applied again), the file has the corrected value (resolved), or another value (conflict: the
user chooses with `choose`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    RECORD_MODELS,
    ImportIssue,
    IssueState,
    MunicipalityFacts,
    Participant,
    QuestionnaireReturn,
    ValueCorrection,
    utcnow,
)
from db.queries import is_current
from db.session import ProjectDatabase
from desktop.core.errors import InputError, NotFound
from desktop.core.importing.parse import KEY_FIELD
from desktop.core.importing.values import parse_cell
from desktop.core.questionnaire.spec import (
    MUNICIPALITY,
    TABLE_SHEETS,
    Field,
    Kind,
    normalize_label,
)
from desktop.core.survey.cells import cell_of, locate
from desktop.core.survey.texts import CORRECTION_STATE_TEXT

SPECS = {"facts": MUNICIPALITY, **{s.record: s for s in TABLE_SHEETS if s.record}}
STATE_TEXT = CORRECTION_STATE_TEXT


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    municipality: str
    municipality_name: str
    kind: str
    sheet: str
    row: int
    field: str
    field_label: str
    cell: str
    from_value: Any
    raw: str | None
    to_value: Any
    by: str
    at: dt.datetime
    reason: str
    state: str
    file_value: Any = None


def to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def from_json(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.kind is Kind.DATE and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if f.kind is Kind.INTEGER and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _model(kind: str) -> Any:
    return MunicipalityFacts if kind == "facts" else RECORD_MODELS[kind]


def _field(kind: str, key: str) -> Field:
    return SPECS[kind].field(key)


def find_participant(s: Session, number: str) -> Participant:
    """A participant by its number (leading zeros optional) or its name; NotFound else."""
    n = number.strip()
    n = n.zfill(4) if n.isdigit() else n
    p = s.scalars(select(Participant).where(Participant.number == n)).one_or_none()
    if p is None:  # a name, as `samdrift new` takes them
        key = " ".join(number.casefold().split())
        hits = [x for x in s.scalars(select(Participant))
                if " ".join(x.name.casefold().split()) == key]
        p = hits[0] if len(hits) == 1 else None
    if p is None:
        raise NotFound(f"Kommune {number} er ikke med i prosjektet.")
    return p


AUTO_COMMENT = "Rettet til {to}: {reason}"


def _issues_at(s: Session, return_id: int, cell: str) -> list[ImportIssue]:
    sheet, _, ref = cell.rpartition("!")
    return [i for i in s.scalars(select(ImportIssue).where(ImportIssue.return_id == return_id,
                                                           ImportIssue.cell == ref))
            if normalize_label(i.sheet or "") == normalize_label(sheet)]


def _mark_issues(s: Session, p: Participant, return_id: int, c: ValueCorrection,
                 handled: bool) -> None:
    """The issues of the corrected cell are handled by the correction (and open again when
    it is undone, unless the user has marked them otherwise meanwhile)."""
    from desktop.core.survey.issues import issue_key

    comment = AUTO_COMMENT.format(to=c.to_value, reason=c.reason)
    for issue in _issues_at(s, return_id, c.cell):
        key = issue_key(issue.sheet, issue.cell, issue.code, issue.raw_value, issue.message)
        st = s.scalars(select(IssueState).where(IssueState.participant_id == p.id,
                                                IssueState.key == key)).one_or_none()
        if handled and st is None:
            s.add(IssueState(participant_id=p.id, key=key, state="handled", comment=comment,
                             by=c.by, at=utcnow()))
        elif not handled and st is not None and st.comment == comment:
            s.delete(st)


def _current(s: Session, p: Participant) -> QuestionnaireReturn:
    r = s.scalars(select(QuestionnaireReturn).where(
        QuestionnaireReturn.participant_id == p.id,
        is_current())).one_or_none()
    if r is None:
        raise InputError(f"{p.number} {p.name} har ikke levert svar; det er ingen verdi å rette.")
    return r


def _record(s: Session, return_id: int, kind: str, sheet: str, row: int) -> Any:
    model = _model(kind)
    q = select(model).where(model.return_id == return_id)
    if kind != "facts":
        q = q.where(model.sheet == sheet, model.row == row)
    return s.scalars(q).first()


def parse_value(f: Field, text: str, cell: str) -> Any:
    """The typed value of `text` for field `f`, read as the importer reads a cell; InputError
    naming the cell and the raw text when it cannot be read exactly."""
    if text is None or not str(text).strip():
        return None
    p = parse_cell(f, str(text))
    if p.value is None or p.interpreted or (p.problem is not None
                                            and p.problem.severity == "error"):
        why = f" ({p.problem.message})" if p.problem is not None else ""
        raise InputError(f"Cellen {cell}: «{text}» kan ikke leses som en verdi for "
                         f"«{f.label}»{why}.")
    return p.value


def _row(c: ValueCorrection, p: Participant) -> CorrectionRow:
    return CorrectionRow(c.id, p.number, p.name, c.kind, c.sheet, c.row, c.field,
                         _field(c.kind, c.field).label, c.cell, c.from_value, c.raw, c.to_value,
                         c.by, c.at, c.reason, c.state, c.file_value)


def _reapply_catalogue(s: Session, kind: str, key: str, return_id: int) -> None:
    if kind == "installation" and key in ("name", "vendor", "service_area"):
        from desktop.core.catalogue.api import apply_decisions

        apply_decisions(s, return_id)


def correct(db: ProjectDatabase, number: str, *, value: str, reason: str, by: str,
            cell: str | None = None, kind: str | None = None, sheet: str | None = None,
            row: int | None = None, field: str | None = None) -> CorrectionRow:
    """Correct one value of a municipality's current return, named by its cell
    (`Fagsystemer!F12`) or by record (kind, sheet, row, field)."""
    if not (reason or "").strip():
        raise InputError("Skriv hvorfor verdien rettes (begrunnelse).")
    with db.session() as s:
        p = find_participant(s, number)
        ret = _current(s, p)
        facts_row = s.scalar(select(MunicipalityFacts.row)
                             .where(MunicipalityFacts.return_id == ret.id))
        if cell is not None:
            place = locate(ret.original, ret.file_name, cell, facts_row)
            kind, sheet, row, field, ref = (place.kind, place.sheet, place.row, place.field,
                                            place.cell)
        else:
            if kind is None or sheet is None or row is None or field is None:
                raise InputError("Oppgi cellen som skal rettes, f.eks. Fagsystemer!F12.")
            if kind not in SPECS:
                raise InputError(f"Ukjent posttype «{kind}».")
            ref = cell_of(ret.original, ret.file_name, kind, sheet, row, field)
        try:
            f = _field(kind, field)
        except KeyError:
            raise InputError(f"Cellen {ref}: «{field}» er ikke et felt i skjemaet.") from None
        rec = _record(s, ret.id, kind, sheet, row)
        if rec is None:
            raise InputError(f"Cellen {ref}: det er ingen importert rad her (rad {row} i "
                             f"arket «{sheet}»).")
        new = parse_value(f, value, ref)
        earlier = s.scalars(select(ValueCorrection).where(
            ValueCorrection.participant_id == p.id, ValueCorrection.kind == kind,
            ValueCorrection.sheet == rec.sheet, ValueCorrection.row == rec.row,
            ValueCorrection.field == field, ValueCorrection.state == "active")).first()
        if earlier is not None:
            earlier.state = "replaced"
            original, raw = earlier.from_value, earlier.raw
        else:
            original, raw = to_json(getattr(rec, field)), (rec.raw or {}).get(field)
        label = getattr(rec, KEY_FIELD.get(kind, "name"), None) if kind != "facts" else None
        c = ValueCorrection(participant_id=p.id, return_id=ret.id, kind=kind, sheet=rec.sheet,
                            row=rec.row, field=field, cell=ref,
                            label=str(label)[:300] if label is not None else None,
                            from_value=original, raw=raw, to_value=to_json(new),
                            by=(by or "").strip()[:120] or "ukjent", at=utcnow(),
                            reason=reason.strip(), state="active")
        setattr(rec, field, new)
        s.add(c)
        s.flush()
        _mark_issues(s, p, ret.id, c, handled=True)
        _reapply_catalogue(s, kind, field, ret.id)
        return _row(c, p)


def _correction(s: Session, correction_id: int) -> tuple[ValueCorrection, Participant]:
    """A correction and its participant; NotFound when there is no such correction."""
    c = s.get(ValueCorrection, correction_id)
    if c is None:
        raise NotFound(f"Finner ikke retting {correction_id}.")
    p = s.get(Participant, c.participant_id)
    assert p is not None
    return c, p


def withdraw(db: ProjectDatabase, correction_id: int) -> CorrectionRow:
    """Undo a correction: the value it replaced comes back (an earlier correction of the same
    cell, or the value as read)."""
    with db.session() as s:
        c, p = _correction(s, correction_id)
        if c.state != "active":
            raise InputError(f"Rettingen av {c.cell} gjelder ikke lenger "
                             f"({STATE_TEXT.get(c.state, c.state)}).")
        c.state = "withdrawn"
        previous = s.scalars(select(ValueCorrection).where(
            ValueCorrection.participant_id == p.id, ValueCorrection.kind == c.kind,
            ValueCorrection.sheet == c.sheet, ValueCorrection.row == c.row,
            ValueCorrection.field == c.field, ValueCorrection.state == "replaced")
            .order_by(ValueCorrection.id.desc())).first()
        f = _field(c.kind, c.field)
        value = c.from_value
        if previous is not None:
            previous.state, value = "active", previous.to_value
        ret = s.scalars(select(QuestionnaireReturn).where(
            QuestionnaireReturn.participant_id == p.id,
            is_current())).one_or_none()
        rec = _record(s, ret.id, c.kind, c.sheet, c.row) if ret is not None else None
        if rec is not None:
            setattr(rec, c.field, from_json(f, value))
            _mark_issues(s, p, rec.return_id, c, handled=False)
            _reapply_catalogue(s, c.kind, c.field, rec.return_id)
        return _row(c, p)


def reinstate(db: ProjectDatabase, correction_id: int) -> CorrectionRow:
    """Redo a withdrawn correction (the app's redo)."""
    with db.session() as s:
        c, p = _correction(s, correction_id)
        ret = _current(s, p)
        rec = _record(s, ret.id, c.kind, c.sheet, c.row)
        if rec is None:
            raise InputError(f"Cellen {c.cell} finnes ikke lenger i svaret.")
        for other in s.scalars(select(ValueCorrection).where(
                ValueCorrection.participant_id == p.id, ValueCorrection.kind == c.kind,
                ValueCorrection.sheet == c.sheet, ValueCorrection.row == c.row,
                ValueCorrection.field == c.field, ValueCorrection.state == "active")):
            other.state = "replaced"
        c.state = "active"
        setattr(rec, c.field, from_json(_field(c.kind, c.field), c.to_value))
        _mark_issues(s, p, ret.id, c, handled=True)
        _reapply_catalogue(s, c.kind, c.field, ret.id)
        return _row(c, p)


def choose(db: ProjectDatabase, correction_id: int, keep: str) -> CorrectionRow:
    """For a correction in conflict with a newer file: keep the correction (`correction`) or
    the file's value (`file`)."""
    if keep not in ("correction", "file"):
        raise InputError("Velg «correction» (behold rettingen) eller «file» (filens verdi).")
    with db.session() as s:
        c, p = _correction(s, correction_id)
        if c.state != "conflict":
            raise InputError(f"Rettingen av {c.cell} venter ikke på et valg.")
        if keep == "file":
            c.state = "resolved"
            return _row(c, p)
        ret = _current(s, p)
        rec = _record(s, ret.id, c.kind, c.sheet, c.row)
        if rec is None:
            raise InputError(f"Cellen {c.cell} finnes ikke i det nye svaret; rettingen kan "
                             "ikke brukes der.")
        c.from_value, c.raw = to_json(getattr(rec, c.field)), (rec.raw or {}).get(c.field)
        c.state, c.return_id = "active", ret.id
        setattr(rec, c.field, from_json(_field(c.kind, c.field), c.to_value))
        _reapply_catalogue(s, c.kind, c.field, ret.id)
        return _row(c, p)


def list_corrections(db: ProjectDatabase, number: str | None = None,
                     states: tuple[str, ...] | None = None) -> list[CorrectionRow]:
    with db.session() as s:
        q = (select(ValueCorrection, Participant)
             .join(Participant, ValueCorrection.participant_id == Participant.id))
        if number is not None:
            q = q.where(Participant.number == find_participant(s, number).number)
        if states is not None:
            q = q.where(ValueCorrection.state.in_(states))
        return [_row(c, p) for c, p in s.execute(q.order_by(Participant.number,
                                                            ValueCorrection.id))]


def active_by_record(db: ProjectDatabase) -> dict[tuple[str, str, str, int], dict[str, Any]]:
    """(municipality, kind, sheet, row) -> field -> the active correction as export JSON."""
    out: dict[tuple[str, str, str, int], dict[str, Any]] = {}
    for c in list_corrections(db, states=("active",)):
        out.setdefault((c.municipality, c.kind, c.sheet, c.row), {})[c.field] = export_json(c)
    return out


def export_json(c: CorrectionRow) -> dict[str, Any]:
    return {"field": c.field, "from": c.from_value, "raw": c.raw, "to": c.to_value,
            "by": c.by, "at": c.at.isoformat(timespec="seconds"), "reason": c.reason,
            "cell": c.cell}


def _find(s: Session, return_id: int, c: ValueCorrection) -> Any:
    rec = _record(s, return_id, c.kind, c.sheet, c.row)
    if c.kind == "facts" or c.label is None:
        return rec
    key = KEY_FIELD.get(c.kind, "name")
    if rec is not None and str(getattr(rec, key)) == c.label:
        return rec
    model = _model(c.kind)
    same = list(s.scalars(select(model).where(model.return_id == return_id,
                                              getattr(model, key) == c.label)))
    return same[0] if len(same) == 1 else None


def carry_over(s: Session, participant: Participant, ret: QuestionnaireReturn) -> list[str]:
    """Inside the import of a newer return `ret`: each active correction of the participant is
    kept (the file has the old value), resolved (it has the corrected one) or in conflict (it
    has another value, or the row is gone). Returns a Norwegian line per correction."""
    messages: list[str] = []
    active = list(s.scalars(select(ValueCorrection).where(
        ValueCorrection.participant_id == participant.id,
        ValueCorrection.state.in_(("active", "conflict")))))
    for c in active:
        f = _field(c.kind, c.field)
        rec = _find(s, ret.id, c)
        if rec is None:
            c.state, c.file_value = "conflict", None
            messages.append(f"Retting av {c.cell} ({f.label}): raden finnes ikke i den nye "
                            "filen; velg hva som skal gjelde.")
            continue
        value = to_json(getattr(rec, c.field))
        c.row, c.sheet = rec.row, rec.sheet
        if value == c.to_value:
            c.state = "resolved"
            messages.append(f"Retting av {c.cell} ({f.label}): den nye filen har den rettede "
                            f"verdien {value}; rettingen er løst.")
        elif value == c.from_value:
            c.state, c.return_id = "active", ret.id
            setattr(rec, c.field, from_json(f, c.to_value))
            messages.append(f"Retting av {c.cell} ({f.label}): den nye filen har fortsatt "
                            f"{value}; rettingen til {c.to_value} er beholdt.")
        else:
            c.state, c.file_value = "conflict", value
            messages.append(f"Retting av {c.cell} ({f.label}): den nye filen har {value}, "
                            f"rettingen sa {c.to_value}; velg hva som skal gjelde.")
    if any(c.kind == "installation" and c.state == "active" for c in active):
        _reapply_catalogue(s, "installation", "name", ret.id)
    return messages
