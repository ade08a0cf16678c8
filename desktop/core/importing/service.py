"""Importing returned questionnaires into a project: one transaction per file.

A file is read and parsed completely before the database is touched; then, in one
transaction, it is matched to its participant, compared with the return already imported,
and stored. A file that is rejected, or a crash or kill half-way, leaves the project as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from db.bulk import insert_rows
from db.models import (
    RECORD_MODELS,
    ExtraValue,
    ImportIssue,
    MunicipalityFacts,
    Participant,
    Project,
    QuestionnaireReturn,
)
from db.queries import CURRENT, SUPERSEDED
from db.session import ProjectDatabase
from desktop.core.catalogue.api import apply_decisions
from desktop.core.errors import StorageProblem
from desktop.core.i18n import mark, tr
from desktop.core.importing.diff import (
    COMPARED_FIELDS,
    changes_to_json,
    diff_facts,
    diff_records,
)
from desktop.core.importing.files import Candidate, spreadsheet_files
from desktop.core.importing.parse import ParsedReturn, Record
from desktop.core.importing.readers import RejectedFile
from desktop.core.importing.reading import (
    Read,
    internal_error,
    read_bytes,
    read_file,
    reader_for,
    rejected,
    small,
)
from desktop.core.project.results import ImportResult, IssueRow, Outcome, RecordChange
from desktop.core.survey.corrections import carry_over

log = logging.getLogger("samdrift.import")
RECORD_KINDS = tuple(RECORD_MODELS)
OUTCOME_TEXT = {
    Outcome.IMPORTED: mark("importert"),
    Outcome.REPLACED: mark("erstattet tidligere svar"),
    Outcome.UNCHANGED: mark("uendret (samme fil er importert før)"),
    Outcome.OLDER: mark("eldre enn svaret som er importert; lagret som historikk"),
}


def import_paths(db: ProjectDatabase, paths: Sequence[str | Path], *,
                 municipality: str | None = None,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[ImportResult]:
    """Each file in its own transaction, in order. The files are read and parsed ahead,
    touching no database (reading.py): for several files in a reader process, a few files
    ahead, so that reading uses another core while the files before are stored; else on a
    helper thread while a file's transaction commits (SQLite waits for the disk,
    `synchronous=FULL`), and only after a small file, so that at most one large file is in
    memory at a time."""
    files = spreadsheet_files(paths)
    results: list[ImportResult] = []
    ahead = reader_for(files, cancelled)
    try:
        for i, candidate in enumerate(files):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(i, len(files), candidate.path.name)
            read = ahead.take(i)
            if read is None:  # cancelled while it was being read
                break
            next_file = partial(ahead.start, i + 1) if small(read) else None
            try:
                results.append(_import_read(db, read, municipality, before_commit=next_file))
            except StorageProblem as exc:  # the project cannot be written: stop, say so
                exc.results = results  # type: ignore[attr-defined]  # the files done before
                raise
            del read  # its rows, before the next file is taken
    finally:
        ahead.close()  # the reader process ends (terminated if it is still reading)
    if progress is not None and (cancelled is None or not cancelled()):
        progress(len(files), len(files), "")
    return results


def import_file(db: ProjectDatabase, path: Path, *, municipality: str | None = None,
                folder: Path | None = None) -> ImportResult:
    """One file: imported, or rejected with one Norwegian message; never an exception, so
    that one bad file does not stop the others of a folder (`folder`: where it was found)."""
    return _import_read(db, read_file(Candidate(path, folder)), municipality)


def _import_read(db: ProjectDatabase, read: Read | ImportResult, municipality: str | None,
                 before_commit: Callable[[], None] | None = None) -> ImportResult:
    """Store a file read: imported, or rejected with one Norwegian message."""
    if isinstance(read, ImportResult):
        return read
    try:
        return _store_read(db, read, municipality, before_commit)
    except RejectedFile as exc:
        return rejected(read.name, read.path, exc.code, exc.message)
    except StorageProblem:  # not the file's fault: the project cannot be written
        raise
    except Exception:  # a fault of ours: logged; the file's transaction was rolled back
        log.exception("import of %s failed", read.path)
        return internal_error(read.name, read.path)


def import_bytes(db: ProjectDatabase, data: bytes, file_name: str, path: str = "", *,
                 municipality: str | None = None) -> ImportResult:
    """Import one file's content. Raises RejectedFile when nothing may be imported."""
    return _store_read(db, read_bytes(data, file_name, path), municipality)


def _store_read(db: ProjectDatabase, read: Read, municipality: str | None,
                before_commit: Callable[[], None] | None = None) -> ImportResult:
    """The file's one transaction: matched, compared with the current return, stored.
    `before_commit` is called when everything is written and only the commit is left."""
    data, file_name, path, book, parsed = read.data, read.name, read.path, read.book, read.parsed
    ident = parsed.identity
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        participant, matched_by = _match(s, parsed, file_name, municipality)
        project = s.scalars(select(Project)).one()
        extra_issues: list[tuple[str, str]] = []
        if ident is not None and ident.project_id and ident.project_id != project.uuid:
            extra_issues.append(("other_project", "Skjemaet er laget i et annet prosjekt enn "
                                 "dette; det er importert for samme kommune."))
        facts_number = parsed.facts.values.get("number") if parsed.facts else None
        if facts_number and facts_number != participant.number:
            extra_issues.append(("number_mismatch", f"Kommunenummeret i arket ({facts_number}) "
                                 f"er ikke {participant.number} {participant.name}, som filen "
                                 "ble importert for."))
        returns = list(s.scalars(select(QuestionnaireReturn)
                                 .where(QuestionnaireReturn.participant_id == participant.id)))
        current = next((r for r in returns if r.status == CURRENT), None)
        base: dict[str, Any] = dict(file_name=file_name, path=path, municipality=participant.number,
                    municipality_name=participant.name, matched_by=matched_by)
        if any(r.sha256 == sha for r in returns):
            same_current = current is not None and current.sha256 == sha
            outcome = Outcome.UNCHANGED if same_current else Outcome.OLDER
            return ImportResult(outcome=outcome, message=_message(file_name, participant,
                                                                  outcome), **base)
        saved_at = book.saved_at.replace(tzinfo=None) if book.saved_at else None
        new = QuestionnaireReturn(participant_id=participant.id, file_name=file_name,
                                  file_format=book.format, sha256=sha, saved_at=saved_at,
                                  template_version=ident.template_version if ident else None,
                                  matched_by=matched_by, original=data)
        if current is not None and _is_older(saved_at, parsed, current, s):
            new.status = SUPERSEDED
            s.add(new)
            return ImportResult(outcome=Outcome.OLDER,
                                message=_message(file_name, participant, Outcome.OLDER), **base)
        changes: list[RecordChange] = []
        if current is not None:
            changes = _changes(s, current, parsed)
            current.status = SUPERSEDED
            _delete_data(s, current.id)
        new.changes = changes_to_json(changes) if current is not None else None
        s.add(new)
        s.flush()
        counts = _store(s, new.id, file_name, parsed, extra_issues)
        apply_decisions(s, new.id)  # earlier deduplication decisions apply to names decided
        # the corrections of the return it replaced: kept, resolved or to be chosen
        carried = carry_over(s, participant, new) if current is not None else []
        outcome = Outcome.REPLACED if current is not None else Outcome.IMPORTED
        issues = tuple(IssueRow(file_name, i.sheet, i.cell, i.raw, i.message, i.severity, i.code,
                                participant.number, participant.name) for i in parsed.issues)
        issues += tuple(IssueRow(file_name, None, None, None, m, "warning", c, participant.number,
                                 participant.name) for c, m in extra_issues)
        if before_commit is not None:
            s.flush()  # all written: only the commit (the wait for the disk) is left
            before_commit()
        return ImportResult(outcome=outcome, message=_message(file_name, participant, outcome),
                            issues=issues, changes=tuple(changes), counts=counts,
                            corrections=tuple(carried), **base)


def _message(file_name: str, p: Participant, outcome: Outcome) -> str:
    """What became of a file, in the user's language (not stored)."""
    return f"{file_name}: {p.number} {p.name} – {tr(OUTCOME_TEXT[outcome])}."


def _match(s: Session, parsed: ParsedReturn, file_name: str, chosen: str | None
           ) -> tuple[Participant, str]:
    ident = parsed.identity
    if ident is not None and ident.municipality_number:
        p = _participant(s, ident.municipality_number)
        if p is None:
            raise RejectedFile("outside_project", f"{file_name}: skjemaet er laget for kommune "
                               f"{ident.municipality_number}, som ikke er med i prosjektet.")
        if chosen and _norm_number(chosen) != p.number:
            raise RejectedFile("conflicting_municipality", f"{file_name}: skjemaet er laget for "
                               f"{p.number} {p.name}, ikke for {chosen}.")
        return p, "identity"
    if chosen:
        p = _participant(s, _norm_number(chosen)) or _by_name(s, chosen)
        if p is None:
            raise RejectedFile("outside_project", f"{file_name}: kommune «{chosen}» er ikke med "
                               "i prosjektet.")
        return p, "user"
    facts = parsed.facts.values if parsed.facts else {}
    number, name = facts.get("number"), facts.get("name")
    if isinstance(number, str):
        if (p := _participant(s, number)) is not None:
            return p, "kommune_sheet"
        raise RejectedFile("outside_project", f"{file_name}: kommunenummer {number} i arket "
                           "«Kommune» er ikke med i prosjektet.")
    if isinstance(name, str) and (p := _by_name(s, name)) is not None:
        return p, "kommune_sheet"
    raise RejectedFile("unmatched", f"{file_name}: finner ikke hvilken kommune svaret gjelder "
                       "(ingen skjema-ID, kommunenummer eller kjent kommunenavn). Velg "
                       "kommunen selv.")


def _participant(s: Session, number: str) -> Participant | None:
    return s.scalars(select(Participant).where(Participant.number == number)).first()


def _norm_number(text: str) -> str:
    t = text.strip()
    return t.zfill(4) if t.isdigit() else t


def _by_name(s: Session, name: str) -> Participant | None:
    key = " ".join(name.casefold().split())
    hits = [p for p in s.scalars(select(Participant))
            if " ".join(p.name.casefold().split()) == key
            or any(" ".join(part.casefold().split()) == key for part in p.name.split(" - "))]
    return hits[0] if len(hits) == 1 else None


def _is_older(saved_at: dt.datetime | None, parsed: ParsedReturn,
              current: QuestionnaireReturn, s: Session) -> bool:
    """Whether the incoming file is older than the current return (then it does not replace
    it): by the date the files say they were saved, else by `Dato utfylt`."""
    if saved_at and current.saved_at and saved_at != current.saved_at:
        return saved_at < current.saved_at
    new_date = parsed.facts.values.get("date_filled") if parsed.facts else None
    old_date = s.scalar(select(MunicipalityFacts.date_filled)
                        .where(MunicipalityFacts.return_id == current.id))
    if isinstance(new_date, dt.date) and old_date and new_date != old_date:
        return new_date < old_date
    return False


def _changes(s: Session, current: QuestionnaireReturn, parsed: ParsedReturn
             ) -> list[RecordChange]:
    changes: list[RecordChange] = []
    old_facts = s.scalars(select(MunicipalityFacts)
                          .where(MunicipalityFacts.return_id == current.id)).one_or_none()
    changes += diff_facts(_values(old_facts, "facts") if old_facts else None,
                          parsed.facts.values if parsed.facts else None)
    for kind, model in RECORD_MODELS.items():
        old = [_values(r, kind) for r in s.scalars(select(model)
                                                    .where(model.return_id == current.id)
                                                    .order_by(model.row))]
        changes += diff_records(kind, old, [r.values for r in parsed.records.get(kind, [])])
    return changes


def _values(obj: Any, kind: str) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in COMPARED_FIELDS[kind]}


def _delete_data(s: Session, return_id: int) -> None:
    models: list[Any] = [*RECORD_MODELS.values(), MunicipalityFacts, ExtraValue, ImportIssue]
    for model in models:
        s.execute(delete(model).where(model.return_id == return_id))


def _row_dict(rid: int, rec: Record) -> dict[str, Any]:
    return {"return_id": rid, "sheet": rec.sheet, "row": rec.row, "raw": rec.raw,
            "interpreted": rec.interpreted, **rec.values}


def _store(s: Session, rid: int, file_name: str, parsed: ParsedReturn,
           extra_issues: list[tuple[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    # every row has every column: few multi-row inserts, no ORM bookkeeping per row
    if parsed.facts is not None:
        insert_rows(s, _table(MunicipalityFacts), [_row_dict(rid, parsed.facts)])
    for kind, model in RECORD_MODELS.items():
        rows = [_row_dict(rid, r) for r in parsed.records.get(kind, [])]
        counts[kind] = len(rows)
        insert_rows(s, _table(model), rows)
    issues = [{"return_id": rid, "file_name": file_name, "sheet": i.sheet, "cell": i.cell,
               "raw_value": i.raw, "message": i.message, "severity": i.severity, "code": i.code}
              for i in parsed.issues]
    issues += [{"return_id": rid, "file_name": file_name, "sheet": None, "cell": None,
                "raw_value": None, "message": m, "severity": "warning", "code": c}
               for c, m in extra_issues]
    insert_rows(s, _table(ImportIssue), issues)
    extras = [{"return_id": rid, "sheet": e.sheet, "cell": e.cell, "row": e.row,
               "header": e.header, "value": e.value} for e in parsed.extras]
    insert_rows(s, _table(ExtraValue), extras)
    return counts


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)
