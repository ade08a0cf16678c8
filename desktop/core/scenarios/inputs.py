"""What the scenario model reads: plain frozen dataclasses, independent of the database.

Whoever builds a `ProjectData` (from the project database, a test, a benchmark) fills these
from the imported questionnaires (../shared/spec/questionnaire.md). The rule for every number
is the same: `None` means *not given* (empty, `?`, `ukjent`, unreadable) and is never the same
as 0. The model and the baseline count what is missing instead of reading it as zero.

Only the *current* return of each municipality is used; rows a municipality marked as no
longer in use are passed with `in_use=False` (they are counted, never costed).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

# Hosting model (list B) of an installation run in the municipality's own data room.
OWN_HOSTING = "Egen drift"
# The key of a system that has not been deduplicated: this prefix and its normalised name.
PRODUCT_KEY_PREFIX = "produkt:"


@dataclass(frozen=True)
class MunicipalityData:
    """One municipality of the project: its facts from sheet `Kommune`.

    `number` is the 4-digit kommunenummer (as text, leading zero kept) and is the key every
    other record refers to. `answered` is False when no return has been imported: the
    municipality is then shown with every figure missing (its lists are empty because nothing
    is known, not because it has nothing). `register_population` is the population in the
    municipality register (SSB) when the project was made: it stands in for a missing
    inhabitant count, with a note. `estimated` marks a municipality whose figures are an
    estimate made for a scenario (estimates.py), never data a municipality gave.
    """

    number: str
    name: str
    inhabitants: float | None = None  # Innbyggere
    employees_fte: float | None = None  # Ansatte i kommunen (årsverk), all employees
    it_users: float | None = None  # IT-brukere (antall brukerkontoer)
    clients: float | None = None  # Klienter (PC-er og tynne klienter)
    locations: float | None = None  # Lokasjoner tilknyttet nettet
    data_rooms: float | None = None  # Datarom/serverrom
    physical_servers: float | None = None  # Fysiske servere
    virtual_servers: float | None = None  # Virtuelle servere
    it_budget: float | None = None  # Samlet IT-budsjett (NOK/år), as reported
    answered: bool = True
    register_population: float | None = None
    estimated: bool = False


@dataclass(frozen=True)
class InstallationData:
    """One row of sheet `Fagsystemer`: one municipality's instance of a system.

    - `system_key`: the distinct system this installation is, from deduplication
      (`installation.system_id` as text, or the catalogue key); None when the row has not been
      deduplicated, in which case the model falls back to the normalised `product` name.
    - `product`: the name to show (the distinct system's product name, else `Systemnavn`).
    - `function`: what the system does within its service area, e.g. the catalogue's note
      `pleie- og omsorgsjournal` or `legejournal`. Installations with the same service area and
      function are substitutes; a common systems platform (level 3) picks one system per such
      slot. None: the whole service area is one slot (the issue's "one system per service
      area"), which is coarse where an area holds systems that do different things.
    - `service_area` (list A) and `hosting` (list B) as read; None if missing.
    - `users` (Brukere), `servers` (Servere, dedicated to the system, counted among the
      municipality's virtual servers), `annual_cost` (Lisens og vedlikehold, NOK/år),
      `contract_end` (Avtale utløper), `management_fte` (Systemforvaltning, årsverk),
      `system_owner` (Systemansvarlig, a person's name).
    - `in_use`: False when the municipality says the system is no longer used.
    """

    municipality: str
    product: str
    system_key: str | None = None
    service_area: str | None = None
    function: str | None = None
    hosting: str | None = None
    users: float | None = None
    servers: float | None = None
    annual_cost: float | None = None
    contract_end: dt.date | None = None
    management_fte: float | None = None
    system_owner: str | None = None
    in_use: bool = True


@dataclass(frozen=True)
class StaffingData:
    """One row of sheet `Bemanning`: FTE and salary cost (incl. social costs) of an IT function
    (list C, e.g. `Drift og infrastruktur`)."""

    municipality: str
    function: str | None
    fte: float | None = None
    persons: float | None = None
    cost: float | None = None


@dataclass(frozen=True)
class BoughtServiceData:
    """One row of sheet `Kjøpte tjenester`.

    `vendor_municipality` is the number of the municipality the service is bought from when
    the vendor is a municipality of the project (e.g. `Vennesla kommune`); see
    `vendor_municipality()`. Purchases between two participants of a scenario are transfers
    inside the group: the model leaves them out of the group's cost.
    """

    municipality: str
    vendor: str | None
    service: str | None
    annual_cost: float | None = None
    contract_end: dt.date | None = None
    vendor_municipality: str | None = None


@dataclass(frozen=True)
class InfrastructureData:
    """One row of sheet `Infrastruktur`: an infrastructure service (list D) and its cost."""

    municipality: str
    service: str | None
    hosting: str | None = None
    annual_cost: float | None = None


@dataclass(frozen=True)
class ProjectData:
    """Everything the model reads about one pre-study.

    `year` is the year the data describes (the survey year); a scenario starts in that year
    unless it says otherwise. Records refer to municipalities by `number`; records of a number
    not in `municipalities` are ignored.
    """

    name: str
    year: int
    municipalities: tuple[MunicipalityData, ...]
    installations: tuple[InstallationData, ...] = ()
    staffing: tuple[StaffingData, ...] = ()
    bought_services: tuple[BoughtServiceData, ...] = ()
    infrastructure: tuple[InfrastructureData, ...] = ()
    # (number, name) of participants removed from the project: their data is left out, and
    # a scenario that names them is computed without them (with a note)
    removed: tuple[tuple[str, str], ...] = ()

    def municipality(self, number: str) -> MunicipalityData:
        for m in self.municipalities:
            if m.number == number:
                return m
        raise KeyError(number)


def normalise_name(text: str) -> str:
    """Names compared the forgiving way: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split()).casefold()


def system_key(installation: InstallationData) -> str:
    """The key an installation's system is known by: the dedup key, else `produkt:<name>`
    (installations with the same normalised product name then count as one system)."""
    if installation.system_key:
        return installation.system_key
    return PRODUCT_KEY_PREFIX + normalise_name(installation.product)


def vendor_municipality(vendor: str | None,
                        municipalities: tuple[MunicipalityData, ...]) -> str | None:
    """The number of the municipality a vendor text names, e.g. `Vennesla kommune` or
    `Vennesla`, else None. Only whole names match (`Lillesand kommune`, not `Lillesandsbyen`);
    a helper for whoever builds `BoughtServiceData.vendor_municipality`."""
    if not vendor:
        return None
    wanted = normalise_name(vendor)
    for suffix in (" kommune", " kommunes it", " kommune it"):
        if wanted.endswith(suffix):
            wanted = wanted[: -len(suffix)].strip()
            break
    for m in municipalities:
        if normalise_name(m.name) == wanted:
            return m.number
    return None
