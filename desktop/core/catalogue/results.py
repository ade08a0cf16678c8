"""Plain data the catalogue API returns (frozen dataclasses and named tuples, safe to hand to
the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.core.catalogue.units import UnitRef
from desktop.core.i18n import trn


@dataclass(frozen=True)
class Member:
    """One unit (a name as read, with vendor and service area) in a suggestion or a system."""

    ref: UnitRef
    name: str  # most common spelling, as written
    names: tuple[str, ...]  # every spelling, as written
    vendor: str | None
    service_area: str | None
    installations: int
    municipalities: tuple[str, ...]  # numbers
    confidence: float
    reason: str
    source: str | None = None  # auto | user | dictionary, for a decided member
    leader: bool = False


@dataclass(frozen=True)
class Alternative:
    """What an uncertain new system might be instead (a catalogue product, a system or the
    cluster of another name): reject it with `reject_alternative`, take it with
    `move_member`."""

    kind: str  # catalogue | system | new
    product: str
    catalogue_key: str | None
    system_id: int | None
    confidence: float
    reason: str
    key: str  # what a rejection of it names


@dataclass(frozen=True)
class Suggestion:
    """Proposed: these members are one system. `kind`: "catalogue" (a catalogue product, with
    `system_id` when the project already has it), "system" (an existing system of the project),
    "new" (a cluster of names the catalogue does not know) or "merge" (system
    `source_system_id`, whose decided names are the members, may be the same product as
    system `system_id`: accepting it merges the two)."""

    id: str  # stable while the data and decisions do not change
    kind: str
    product: str
    vendor: str | None
    service_area: str | None
    catalogue_key: str | None
    system_id: int | None
    members: tuple[Member, ...]
    confidence: float  # of the least certain member
    reason: str  # of the least certain member
    alternative: Alternative | None = None  # for a "new" system whose first name is uncertain
    source_system_id: int | None = None  # of a "merge": the system that would go
    # the project's change log when the catalogue was read (api.catalogue.suggest/overview);
    # a decision on it is refused when someone else changed its systems since; not part of
    # what the suggestion is (equal suggestions read at two times are equal)
    revision: int = field(default=0, compare=False)

    @property
    def installations(self) -> int:
        return sum(m.installations for m in self.members)


@dataclass(frozen=True)
class RowChange:
    table: str  # distinct_system | name_decision | name_rejection
    id: int
    before: dict[str, Any] | None  # None: the row did not exist
    after: dict[str, Any] | None  # None: the row was deleted


@dataclass(frozen=True)
class ChangeSet:
    """What one operation changed: give it to `undo` (and `redo`). `system_id` is the system
    the operation created or worked on, when there is one."""

    description: str
    rows: tuple[RowChange, ...] = ()
    system_id: int | None = None

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class AreaCount:
    service_area: str  # "Uten tjenesteområde" when unknown
    installations: int
    systems: int


@dataclass(frozen=True)
class Summary:
    """"N installasjoner → M distinkte systemer", overall and per service area. Installations
    in use only; an undecided name counts as a system of its own."""

    installations: int
    systems: int
    undecided_names: int
    undecided_installations: int
    not_in_use: int
    without_name: int
    by_area: tuple[AreaCount, ...]

    @property
    def text(self) -> str:
        """The headline in the current language."""
        inst = trn("{n} installasjon", "{n} installasjoner", self.installations)
        systems = trn("{n} distinkt system", "{n} distinkte systemer", self.systems)
        return (f"{inst.format(n=self.installations)} → "
                f"{systems.format(n=self.systems)}")


@dataclass(frozen=True)
class DedupSummary:
    """What `auto` did, and the result."""

    threshold: float
    accepted_names: int  # units that got a decision
    systems_created: int
    left_for_review: int  # units still undecided
    summary: Summary
    changes: ChangeSet


class InstallationRow(NamedTuple):  # a tuple: 60 000 of them are made per read
    id: int
    municipality: str
    municipality_name: str
    name: str  # exactly as written
    vendor: str | None
    version: str | None
    service_area: str | None
    users: int | None
    annual_cost: float | None
    in_use: bool


@dataclass(frozen=True)
class SystemRow:
    """A distinct system with its installations (`system_id` None: an undecided name)."""

    system_id: int | None
    product: str
    vendor: str | None
    service_area: str | None
    catalogue_key: str | None
    origin: str  # catalogue | cluster | user | dictionary | undecided
    installations: tuple[InstallationRow, ...]
    members: tuple[Member, ...] = ()
    ref: UnitRef | None = None  # an undecided name's unit (what a decision about it names)

    @property
    def municipalities(self) -> tuple[str, ...]:
        return tuple(sorted({i.municipality for i in self.installations}))


class Cell(NamedTuple):
    installations: int
    users: int | None  # None when no installation says
    annual_cost: float | None


@dataclass(frozen=True)
class MatrixRow:
    system_id: int | None
    product: str
    vendor: str | None
    service_area: str | None
    cells: dict[str, Cell]  # municipality number -> cell
    users: int | None
    annual_cost: float | None

    @property
    def municipalities(self) -> int:
        return len(self.cells)


@dataclass(frozen=True)
class Matrix:
    """System × municipality: who runs what, with users and cost (installations in use)."""

    municipalities: tuple[tuple[str, str], ...]  # (number, name) of the participants
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class Overview:
    """Everything a review shows, read at once (`api.overview`)."""

    summary: Summary
    suggestions: tuple[Suggestion, ...]
    systems: tuple[SystemRow, ...]  # with members
    matrix: Matrix
    municipalities: dict[str, str]  # number -> name, the participants
    threshold: float
    seconds: dict[str, float] = field(default_factory=dict)  # time per step, for measuring
    # the project's change log when it was read (decisions' `based_on`)
    revision: int = field(default=0, compare=False)
    merges_left_out: bool = False  # too many names to look for systems that may be one


@dataclass(frozen=True)
class DictionaryReport:
    systems_created: int
    decisions_added: int
    decisions_replaced: int
    kept_user_decisions: int
    rejections_added: int
    changes: ChangeSet = field(default_factory=lambda: ChangeSet("Importer ordliste"))
