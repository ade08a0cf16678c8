"""The scenario model's input (`ProjectData`) read from a project database.

Only the current return of each participant is read; a participant without one is a
municipality with `answered=False` and no records (nothing is known, not "nothing there").
Missing numbers stay None, never 0. One query per table, columns only (no ORM objects), so a
project of every municipality in Norway with 150 installations each reads in well under a
second.

- `InstallationData.system_key` is `str(installation.system_id)` once deduplication has decided
  the row's system, and `product` that system's product name (else the name as written).
- `function` is the catalogue's note on the product (e.g. `pleie- og omsorgsjournal`) when the
  system is a catalogue product; remarks in parentheses are dropped and a note that is a remark
  rather than a function leaves it None (see `function_of_note`).
- `BoughtServiceData.vendor_municipality` is found with the model's `vendor_municipality`.
- List values (service area, hosting, IT function) are the questionnaire's exact list strings.
- `ProjectData.year`, the year the data describes, is the year most returns were filled in
  (`Dato utfylt`), else the year most current returns were saved or received, else the year the
  project was created.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, String, select, type_coerce

from db.models import (
    BoughtService,
    DistinctSystem,
    InfrastructureService,
    Installation,
    MunicipalityFacts,
    Participant,
    Project,
    QuestionnaireReturn,
    StaffingLine,
)
from db.queries import installations_with_system, is_current, of_current_returns
from db.session import ProjectDatabase
from desktop.core.questionnaire.spec import HOSTING_MODELS, IT_FUNCTIONS, SERVICE_AREAS
from desktop.core.scenarios.inputs import (
    PRODUCT_KEY_PREFIX,
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    StaffingData,
    normalise_name,
    vendor_municipality,
)

R = QuestionnaireReturn
FACT_FIELDS = ("inhabitants", "employees_fte", "it_users", "clients", "locations", "data_rooms",
               "physical_servers", "virtual_servers", "it_budget")
# Words that mark a catalogue note as a remark in English rather than a Norwegian function.
_REMARK = re.compile(r"\b(?:modules?|products?|are|is|was|the|being|renamed|replaced)\b",
                     re.IGNORECASE)


def _canonical(choices: Iterable[str]) -> dict[str, str]:
    return {normalise_name(c): c for c in choices}


_AREAS = _canonical(SERVICE_AREAS)
_HOSTING = _canonical(HOSTING_MODELS)
_FUNCTIONS = _canonical(IT_FUNCTIONS)


def _listed(value: str | None, canonical: dict[str, str]) -> str | None:
    """The exact list string for a value read from a list (case and spaces forgiven); a value
    outside the list is kept as read; empty is None."""
    if value is None or not value.strip():
        return None
    return canonical.get(normalise_name(value), value.strip())


class _Lists:
    """`_listed` memoised per distinct value (a project repeats a few dozen list values)."""

    def __init__(self, canonical: dict[str, str]) -> None:
        self.canonical = canonical
        self.seen: dict[str | None, str | None] = {}

    def __call__(self, value: str | None) -> str | None:
        try:
            return self.seen[value]
        except KeyError:
            out = self.seen[value] = _listed(value, self.canonical)
            return out


class _Dates:
    """ISO date text (as SQLite stores a Date) -> date, memoised (contract ends repeat)."""

    def __init__(self) -> None:
        self.seen: dict[str | None, dt.date | None] = {None: None}

    def __call__(self, text: str | None) -> dt.date | None:
        try:
            return self.seen[text]
        except KeyError:
            out = self.seen[text] = dt.date.fromisoformat(text[:10])  # type: ignore[index]
            return out


def function_of_note(note: str | None) -> str | None:
    """The function a catalogue note names: `barnevern (being replaced …)` -> `barnevern`;
    None for an empty note or one that is a remark (`modules (…) are one product`)."""
    text = (note or "").split("(", 1)[0].strip().rstrip(":;,.").strip()
    if not text or _REMARK.search(text):
        return None
    return text


def catalogue_functions() -> dict[str, str | None]:
    """Catalogue product name -> its function (see `function_of_note`)."""
    from desktop.core.catalogue.reference import load_catalogue

    return {p.name: function_of_note(p.note) for p in load_catalogue().products}


def undecided_units(rows: Iterable[Any]) -> dict[tuple[str | None, str | None, str | None], str]:
    """(name, vendor, service area) of installations the catalogue has not decided -> the key
    of the catalogue's unit for them, so that the model counts distinct systems as the
    catalogue does ("Visma Flyt Skole" and "VFS" in the same area are one system before any
    decision). The `produkt:` prefix marks them as not deduplicated."""
    keys = {(r.name, r.vendor, r.service_area) for r in rows if r.system_id is None}
    if not keys:
        return {}
    from desktop.core.catalogue.reference import load_catalogue
    from desktop.core.catalogue.units import row_refs

    ordered = list(keys)
    refs = row_refs(ordered, load_catalogue().normalizer)
    return {key: PRODUCT_KEY_PREFIX + "|".join(ref) for key, ref in zip(ordered, refs, strict=True)
            if ref is not None}


def _year(filled: Iterable[dt.date | None], saved: Iterable[dt.datetime | None],
          created: dt.datetime | None) -> int:
    for dates in (filled, saved):
        years = Counter(d.year for d in dates if d is not None)
        if years:
            # the most common year; a tie goes to the later year
            return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return (created or dt.datetime.now()).year


def project_data(db: ProjectDatabase) -> ProjectData:
    """Everything the scenario model reads, from the project's current returns."""
    with db.session() as session:
        s = session.connection()  # Core rows: no ORM loading for tens of thousands of rows
        name, created = s.execute(select(Project.name, Project.created_at)).one()
        everyone = s.execute(select(Participant.id, Participant.number, Participant.name,
                                    Participant.population, Participant.removed_at)
                             .order_by(Participant.number)).all()
        participants = [row[:4] for row in everyone if row[4] is None]
        removed = tuple((number, pname) for _, number, pname, _, gone in everyone if gone)
        returns = s.execute(select(R.id, R.participant_id, R.saved_at, R.received_at)
                            .where(is_current(R))).all()
        facts = s.execute(of_current_returns(
            select(MunicipalityFacts.return_id, MunicipalityFacts.date_filled,
                   *(getattr(MunicipalityFacts, k) for k in FACT_FIELDS)),
            MunicipalityFacts.return_id)).all()
        I = Installation  # noqa: E741
        installations = s.execute(installations_with_system(
            I.return_id, I.row, I.name, I.vendor, I.service_area, I.hosting, I.users,
            I.servers,
            I.annual_cost, type_coerce(I.contract_end, String), I.management_fte,
            I.system_owner, type_coerce(I.in_use, Integer), I.system_id,
            DistinctSystem.product, DistinctSystem.catalogue_key)
            .order_by(I.return_id, I.row)).all()
        S = StaffingLine
        staffing = s.execute(
            of_current_returns(select(S.return_id, S.function, S.fte, S.persons, S.cost),
                               S.return_id)
            .order_by(S.return_id, S.row)).all()
        B = BoughtService
        bought = s.execute(
            of_current_returns(select(B.return_id, B.vendor, B.service, B.annual_cost,
                                      B.contract_end), B.return_id)
            .order_by(B.return_id, B.row)).all()
        F = InfrastructureService
        infrastructure = s.execute(
            of_current_returns(select(F.return_id, F.service, F.hosting, F.annual_cost),
                               F.return_id)
            .order_by(F.return_id, F.row)).all()

    number_of_participant = {pid: number for pid, number, _, _ in participants}
    if removed:  # a removed participant's data is history: in no figure
        kept = {rid for rid, pid, _, _ in returns if pid in number_of_participant}
        returns = [r for r in returns if r[0] in kept]
        facts = [r for r in facts if r[0] in kept]
        installations = [r for r in installations if r[0] in kept]
        staffing = [r for r in staffing if r[0] in kept]
        bought = [r for r in bought if r[0] in kept]
        infrastructure = [r for r in infrastructure if r[0] in kept]
    muni_of = {rid: number_of_participant[pid] for rid, pid, _, _ in returns}
    answered = set(muni_of.values())
    facts_of = {muni_of[row[0]]: dict(zip(FACT_FIELDS, row[2:], strict=True)) for row in facts}
    municipalities = tuple(
        MunicipalityData(number, pname, **facts_of.get(number, {}), answered=number in answered,
                         register_population=None if population is None else float(population))
        for _, number, pname, population in participants)

    area_of, hosting_of, function_of = _Lists(_AREAS), _Lists(_HOSTING), _Lists(_FUNCTIONS)
    functions = (catalogue_functions()
                 if any(row.catalogue_key for row in installations) else {})
    units = undecided_units(installations)
    date_of = _Dates()
    # positional in InstallationData's field order (faster than keywords for 50 000 rows):
    # municipality, product, system_key, service_area, function, hosting, users, servers,
    # annual_cost, contract_end, management_fte, system_owner, in_use
    inst = tuple(
        InstallationData(
            muni_of[rid], product or iname or f"(uten navn: {muni_of[rid]} rad {row})",
            units.get((iname, vendor, area)) if system_id is None else str(system_id),
            area_of(area),
            functions.get(catalogue) if catalogue else None, hosting_of(hosting), users,
            servers, cost, date_of(contract_end), mgmt, owner, in_use != 0)
        for (rid, row, iname, vendor, area, hosting, users, servers, cost, contract_end, mgmt,
             owner, in_use, system_id, product, catalogue) in installations)

    staff = tuple(StaffingData(muni_of[rid], function_of(function), fte, persons, cost)
                  for rid, function, fte, persons, cost in staffing)

    # vendor text -> municipality number: the helper is asked once per distinct vendor, and
    # only with the participants whose name occurs in it (a whole-name match needs that)
    keys = [(normalise_name(m.name), m) for m in municipalities]
    vendors: dict[str | None, str | None] = {None: None}
    for vendor in {row[1] for row in bought if row[1] is not None}:
        text = normalise_name(vendor)
        candidates = tuple(m for k, m in keys if k and k in text)
        vendors[vendor] = vendor_municipality(vendor, candidates) if candidates else None
    services = tuple(
        BoughtServiceData(muni_of[rid], vendor, service, cost, contract_end, vendors[vendor])
        for rid, vendor, service, cost, contract_end in bought)

    infra = tuple(InfrastructureData(muni_of[rid], service, hosting_of(hosting), cost)
                  for rid, service, hosting, cost in infrastructure)

    year = _year((row[1] for row in facts),
                 (saved or received for _, _, saved, received in returns), created)
    return ProjectData(name, year, municipalities, inst, staff, services, infra,
                       removed=removed)
