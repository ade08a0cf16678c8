"""The catalogue API: functions on a `ProjectDatabase`, each one unit of work, plain data out.

Reading: `suggest`, `systems`, `summary`, `matrix`, and `overview` (all of them in one read).
Deciding: `auto` and `accept_above` (bulk), `accept`, `reject`, `split`, `move_member`,
`merge`, `forget`, `rename`, `set_vendor`, `set_service_area` — each returns a `ChangeSet` that
`undo` takes back and `redo` puts again. Each reads the project once and re-derives only the
installations whose names it touched. `suggest` and `auto` report progress and can be
cancelled (`Progress`, `Cancelled`); a cancelled run stores nothing.
Sharing: `export_dictionary`, `import_dictionary`, `export_matrix`. The importer calls
`apply_decisions(session, return_id)` inside its own transaction.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from db.session import ProjectDatabase
from desktop.core import formatting
from desktop.core.catalogue import changes, dictionary, reports, review, store
from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.progress import Cancelled, Meter, Progress, Tick
from desktop.core.catalogue.reference import Catalogue, load_catalogue
from desktop.core.catalogue.results import (
    ChangeSet,
    DedupSummary,
    DictionaryReport,
    Matrix,
    Member,
    Overview,
    Suggestion,
    Summary,
    SystemRow,
)
from desktop.core.catalogue.suggestions import compute, review_list
from desktop.core.catalogue.units import UnitRef
from desktop.core.errors import InputError
from desktop.core.i18n import mark, tr
from desktop.core.questionnaire.spec import SERVICE_AREAS

__all__ = [
    "DEFAULT_THRESHOLD", "Cancelled", "Progress", "accept", "accept_above", "apply_decisions",
    "auto", "export_dictionary", "export_matrix", "forget", "import_dictionary", "matrix",
    "merge", "move_member", "overview", "redo", "reject", "reject_alternative", "rename",
    "set_service_area", "set_vendor", "split", "suggest", "summary", "systems", "undo",
]

Operation = Callable[[review.Decider], int | None]
Then = Callable[[Session, store.State], None]


def _operation(db: ProjectDatabase, description: str, op: Operation,
               merged: dict[int, int] | None = None, *, pin: bool = True, slim: bool = True,
               with_rows: bool = True, meter: Meter | None = None, then: Then | None = None
               ) -> ChangeSet:
    """Run one review operation in one transaction: read the project once, decide, keep names
    that only followed a moved name where they were (`pin`), and re-derive the installations
    of the names the operation touched. `slim`: the operation needs no results of the rows
    (`store.State`); without `with_rows` it changes systems only, never a decision. `then`
    runs last in the same session, with the state brought up to date. A `Cancelled` from
    `meter` rolls everything back."""
    catalogue = load_catalogue()
    with db.session() as s, store.bulk():
        state = store.load_state(s, catalogue, slim, with_rows)
        if meter is not None:
            meter.report(int(0.1 * meter.total), mark("Sammenligner navn"))
        rec = changes.Recorder(s)
        d = review.Decider(s, rec, state, catalogue)
        system_id = op(d)
        if meter is not None:
            meter.report(int(0.85 * meter.total), mark("Lagrer avgjørelsene"))
        if pin:
            d.pin_others(merged)
        keys = rec.touched_name_keys()
        cs = rec.finish(description, system_id)
        store.rederive(s, state, keys)
        if then is not None:
            state.decisions = store.read_decisions(s)
            then(s, state)
        if meter is not None:
            meter.finish()
        return cs


def _refs(members: Sequence[Member | UnitRef]) -> list[UnitRef]:
    return [m.ref if isinstance(m, Member) else UnitRef(*m) for m in members]


# --- suggestions and automatic decisions ----------------------------------------------------
def suggest(db: ProjectDatabase, threshold: float = DEFAULT_THRESHOLD,
            progress: Progress | None = None) -> list[Suggestion]:
    """Suggestions for the names no decision places, and to merge two systems that may be one
    product (`suggestions.merges`), most uncertain first. `progress(done, total, text)` is
    told how far it has come; returning False stops it (`Cancelled`)."""
    catalogue = load_catalogue()
    meter = Meter(progress)
    with db.session() as s, store.bulk():
        meter.report(0, mark("Leser prosjektet"))
        state = store.load_state(s, catalogue)
        out, _ = review_list(s, state, catalogue, threshold,
                             meter.phase(mark("Sammenligner navn"), 0.1, 0.7),
                             meter.phase(mark("Ser etter systemer som kan være ett"), 0.7, 1))
    meter.finish()
    return out


def _accept_all(d: review.Decider, catalogue: Catalogue, threshold: float, source: str,
                tick: Tick | None = None) -> tuple[int, int, int]:
    items: list[tuple[Suggestion, Sequence[Member]]] = []
    left = 0
    for sug in compute(d.s, d.state, catalogue, threshold, tick):
        chosen = [m for m in sug.members if m.confidence >= threshold]
        leader_ok = sug.kind != "new" or any(m.leader for m in chosen)
        if chosen and leader_ok:
            items.append((sug, chosen))
        left += len(sug.members) - (len(chosen) if chosen and leader_ok else 0)
    created = review.accept_many(d, items, source)
    return sum(len(m) for _, m in items), created, left


def auto(db: ProjectDatabase, threshold: float = DEFAULT_THRESHOLD,
         progress: Progress | None = None) -> DedupSummary:
    """Accept catalogue matches and suggestions with confidence ≥ threshold (source `auto`);
    the rest stays for review. Earlier decisions are kept. `progress` as for `suggest`; a
    cancelled run stores nothing (`Cancelled` is raised)."""
    catalogue = load_catalogue()
    meter = Meter(progress)
    meter.report(0, mark("Leser prosjektet"))
    counts: list[int] = []
    summaries: list[Summary] = []

    def op(d: review.Decider) -> None:
        counts.extend(_accept_all(d, catalogue, threshold, "auto",
                                  meter.phase(mark("Sammenligner navn"), 0.1, 0.8)))

    def then(s: Session, state: store.State) -> None:
        summaries.append(reports.summary(state, reports.system_rows(s, state, False)))

    label = f"Automatisk sammenslåing (terskel {formatting.decimal(threshold, 2)})"
    cs = _operation(db, label, op, slim=False, meter=meter, then=then)
    return DedupSummary(threshold, counts[0], counts[1], counts[2], summaries[0], cs)


def accept_above(db: ProjectDatabase, threshold: float) -> ChangeSet:
    """Bulk accept (source `user`) every suggested name with confidence ≥ threshold."""
    catalogue = load_catalogue()
    def op(d: review.Decider) -> None:
        _accept_all(d, catalogue, threshold, "user")

    return _operation(db, f"Godta forslag over {threshold * 100:.0f}\u00a0%", op, slim=False)


# --- review primitives ----------------------------------------------------------------------
def accept(db: ProjectDatabase, suggestion: Suggestion, members: Sequence[Member] | None = None,
           *, product: str | None = None) -> ChangeSet:
    """These members (all by default) are the suggested system (named `product`, for a new
    one)."""
    source, target = suggestion.source_system_id, suggestion.system_id
    if (suggestion.kind == "merge" and source is not None and target is not None
            and (members is None or {m.ref for m in members}
                 == {m.ref for m in suggestion.members})):
        return _operation(db, f"Slå sammen med {suggestion.product}",
                          lambda d: review.merge(d, target, [source]), merged={source: target})
    return _operation(db, f"Godta: {product or suggestion.product}",
                      lambda d: review.accept(d, suggestion, members, "user", product))


def reject(db: ProjectDatabase, suggestion: Suggestion, members: Sequence[Member] | None = None
           ) -> ChangeSet:
    """These members are not the suggested system (not suggested again)."""
    return _operation(db, f"Avvis: {suggestion.product}",
                      lambda d: review.reject(d, suggestion, members))


def reject_alternative(db: ProjectDatabase, suggestion: Suggestion) -> ChangeSet:
    """The first name of a new system is not `suggestion.alternative` (not suggested again)."""
    alt = suggestion.alternative
    return _operation(db, f"Avvis: {alt.product if alt else suggestion.product}",
                      lambda d: review.reject_alternative(d, suggestion))


def split(db: ProjectDatabase, system_id: int, members: Sequence[Member | UnitRef],
          product: str | None = None) -> ChangeSet:
    """Move these members out of a system into a new one (`ChangeSet.system_id`)."""
    refs = _refs(members)

    def op(d: review.Decider) -> int:
        old = d.state.systems.get(system_id)
        if old is None or not refs:
            raise InputError(tr("Ukjent system eller ingen navn valgt"))
        first = d.state.unit(refs[0])
        name = product or (first.norm.display if first is not None else refs[0].name_key)
        sid = d.system(name, old.vendor, old.service_area, "user")
        review.move(d, refs, sid, f"Skilt ut fra «{old.product}»")
        return sid

    return _operation(db, "Skill ut system", op)


def move_member(db: ProjectDatabase, member: Member | UnitRef, target: int | str) -> ChangeSet:
    """Put a name in another system (an id), or in a catalogue product (its name)."""
    ref = _refs([member])[0]

    def op(d: review.Decider) -> int:
        sid = d.catalogue_system(target, "user") if isinstance(target, str) else target
        if sid not in d.state.systems:
            raise InputError(tr("Ukjent system"))
        review.move(d, [ref], sid, f"Flyttet til «{d.state.systems[sid].product}»")
        return sid

    return _operation(db, "Flytt navn", op)


def merge(db: ProjectDatabase, target_id: int, source_ids: Sequence[int]) -> ChangeSet:
    """Make several systems one (the target keeps its name, vendor and service area)."""
    return _operation(db, "Slå sammen systemer",
                      lambda d: review.merge(d, target_id, source_ids),
                      merged={x: target_id for x in source_ids})


def forget(db: ProjectDatabase, members: Sequence[Member | UnitRef]) -> ChangeSet:
    """Take back the decisions of these names: they are suggested again."""
    refs = _refs(members)
    return _operation(db, "Angre avgjørelse", lambda d: review.forget(d, refs) and None,
                      pin=False)


def rename(db: ProjectDatabase, system_id: int, product: str) -> ChangeSet:
    if not product.strip():
        raise InputError(tr("Navnet kan ikke være tomt"))
    return _operation(db, f"Gi nytt navn: {product.strip()}", lambda d: review.update_system(
        d, system_id, product=product.strip()[:300]), with_rows=False)


def set_vendor(db: ProjectDatabase, system_id: int, vendor: str | None) -> ChangeSet:
    value = (vendor or "").strip() or None
    return _operation(db, "Sett leverandør", lambda d: review.update_system(
        d, system_id, vendor=value), with_rows=False)


def set_service_area(db: ProjectDatabase, system_id: int, service_area: str | None
                     ) -> ChangeSet:
    if service_area and service_area not in SERVICE_AREAS:
        raise InputError(tr("«{area}» er ikke et tjenesteområde").format(area=service_area))
    return _operation(db, "Sett tjenesteområde", lambda d: review.update_system(
        d, system_id, service_area=service_area or None), with_rows=False)


def undo(db: ProjectDatabase, change_set: ChangeSet) -> None:
    catalogue = load_catalogue()
    with db.session() as s, store.bulk():
        state = store.load_state(s, catalogue, slim=True)
        changes.undo(s, change_set)
        store.rederive(s, state, changes.name_keys(change_set))


def redo(db: ProjectDatabase, change_set: ChangeSet) -> None:
    catalogue = load_catalogue()
    with db.session() as s, store.bulk():
        state = store.load_state(s, catalogue, slim=True)
        changes.redo(s, change_set)
        store.rederive(s, state, changes.name_keys(change_set))


# --- results --------------------------------------------------------------------------------
def systems(db: ProjectDatabase, with_members: bool = True) -> list[SystemRow]:
    """Distinct systems with their installations; undecided names as systems of their own."""
    with db.session() as s, store.bulk():
        return reports.system_rows(s, store.load_state(s, load_catalogue()), with_members)


def overview(db: ProjectDatabase, threshold: float = DEFAULT_THRESHOLD,
             progress: Progress | None = None, *, with_suggestions: bool = True,
             with_members: bool = True) -> Overview:
    """Everything a review shows, read in one session: the summary, the suggestions (none
    without `with_suggestions`), the systems with their members (`with_members`) and the
    matrix (unsorted). `progress` as for `suggest`."""
    catalogue = load_catalogue()
    meter = Meter(progress)
    seconds: dict[str, float] = {}
    clock = [time.perf_counter()]

    def step(name: str, at: float, text: str) -> None:
        now = time.perf_counter()
        seconds[name] = now - clock[0]
        clock[0] = now
        meter.report(int(at * meter.total), text)

    with db.session() as s, store.bulk():
        meter.report(0, mark("Leser prosjektet"))
        state = store.load_state(s, catalogue)
        step("read", 0.15, mark("Lager forslag"))
        suggestions, left_out = review_list(
            s, state, catalogue, threshold, meter.phase(mark("Lager forslag"), 0.15, 0.55),
            meter.phase(mark("Ser etter systemer som kan være ett"), 0.55, 0.75)
        ) if with_suggestions else ([], False)
        step("suggestions", 0.75, mark("Samler systemene"))
        rows = reports.system_rows(s, state, with_members)
        step("systems", 0.9, mark("Lager matrisen"))
        result_summary = reports.summary(state, rows)
        result_matrix = reports.matrix(s, rows)
        step("matrix", 1.0, mark("Ferdig"))
    return Overview(result_summary, tuple(suggestions), tuple(rows), result_matrix,
                    dict(result_matrix.municipalities), threshold, seconds,
                    merges_left_out=left_out)


def summary(db: ProjectDatabase) -> Summary:
    """"N installasjoner → M distinkte systemer", overall and per service area."""
    with db.session() as s, store.bulk():
        state = store.load_state(s, load_catalogue())
        return reports.summary(state, reports.system_rows(s, state, False))


def matrix(db: ProjectDatabase, sort: str = "product", descending: bool = False) -> Matrix:
    """System × municipality with users and cost; see `reports.sort_matrix` for `sort`."""
    with db.session() as s, store.bulk():
        state = store.load_state(s, load_catalogue())
        m = reports.matrix(s, reports.system_rows(s, state, False))
    return reports.sort_matrix(m, sort, descending)


def export_matrix(db: ProjectDatabase, path: str | Path, sort: str = "product",
                  descending: bool = False) -> Path:
    return reports.write_matrix_csv(matrix(db, sort, descending), Path(path))


# --- the reusable dictionary ----------------------------------------------------------------
def export_dictionary(db: ProjectDatabase, path: str | Path) -> Path:
    """Write the learned names and rejections (format in `dictionary`)."""
    catalogue = load_catalogue()
    with db.session() as s:
        state = store.load_state(s, catalogue)
        d = review.Decider(s, changes.Recorder(s), state, catalogue)
        doc = dictionary.export_document(s, d)
    out = Path(path)
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def import_dictionary(db: ProjectDatabase, path: str | Path) -> DictionaryReport:
    """Decisions from a dictionary file (source `dictionary`; the user's own are kept)."""
    source = Path(path)
    doc = dictionary.read_document(source)
    counts: dict[str, int] = {}

    def op(d: review.Decider) -> None:
        counts.update(dictionary.import_document(d, doc, str(doc.get("project") or source.name)))

    cs = _operation(db, f"Importer ordliste {source.name}", op)
    return DictionaryReport(changes=cs, **counts)


# --- for the importer ------------------------------------------------------------------------
def apply_decisions(session: Session, return_id: int) -> int:
    """Give the installations of a just stored return their systems from earlier decisions.
    Call inside the import transaction, after the rows are inserted; returns how many got
    a system."""
    return store.reapply(session, load_catalogue(), return_id)
