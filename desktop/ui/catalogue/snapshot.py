"""What the catalogue tab shows, read in one unit of work off the GUI thread. Qt-free.

The core's `api.overview` reads the summary, suggestions, systems with members and matrix in
one session; here each suggestion and system gets what the lists show and filter on, worked
out once. The result is plain frozen data the models take as is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.progress import Progress
from desktop.core.catalogue.reasons import shown as reason_text
from desktop.core.catalogue.reference import Product, load_catalogue
from desktop.core.catalogue.results import Matrix, Member, Suggestion, Summary, SystemRow
from desktop.core.catalogue.units import UnitRef
from desktop.core.errors import Cancelled
from desktop.core.project.api import ProjectApi
from desktop.ui.formatting import text_sort_key

DICTIONARY = "dictionary"


@dataclass(frozen=True)
class SuggestionItem:
    """A suggestion with what the list shows of it, worked out once."""

    suggestion: Suggestion
    names: tuple[str, ...]  # every spelling of every member, as written
    municipalities: tuple[str, ...]  # numbers of the municipalities that wrote one of them
    target_origin: str | None = None  # origin of the project system it points at, if any
    search: str = ""  # folded text a filter searches: names, vendors, areas, municipalities

    @property
    def id(self) -> str:
        return self.suggestion.id


@dataclass(frozen=True)
class SystemItem:
    """A distinct system (or an undecided name) with its totals over installations in use."""

    row: SystemRow
    installations: int  # in use
    not_in_use: int
    municipalities: tuple[str, ...]  # numbers, installations in use
    users: int | None  # None when no installation says
    annual_cost: float | None
    names: tuple[str, ...]  # as written, most installations first
    ref: UnitRef | None = None  # an undecided name's unit (to move it into a system)
    from_dictionary: bool = False  # origin or some member's decision came from a dictionary
    search: str = ""  # folded text a filter searches: names, vendor, area, municipalities

    @property
    def system_id(self) -> int | None:
        return self.row.system_id

    @property
    def members(self) -> tuple[Member, ...]:
        return self.row.members

    @property
    def decided(self) -> bool:
        return self.row.system_id is not None


@dataclass(frozen=True)
class CatalogueSnapshot:
    summary: Summary
    suggestions: tuple[SuggestionItem, ...]
    systems: tuple[SystemItem, ...]
    matrix: Matrix
    municipalities: dict[str, str]  # number -> name, the participants
    products: tuple[Product, ...]  # the reference catalogue, for "move to"
    threshold: float = DEFAULT_THRESHOLD
    seconds: dict[str, float] = field(default_factory=dict)  # time per step, for measuring
    # The sort key (`text_sort_key`) of every name, product, vendor and service area the lists
    # sort by by default or often, so that the models sort without folding text on the GUI
    # thread.
    text_keys: dict[str, str] = field(default_factory=dict)
    merges_left_out: bool = False  # the project is too large to look for systems that are one

    def system(self, system_id: int | None) -> SystemItem | None:
        if system_id is None:
            return None
        return next((s for s in self.systems if s.system_id == system_id), None)

    def suggestion(self, suggestion_id: str) -> SuggestionItem | None:
        return next((s for s in self.suggestions if s.id == suggestion_id), None)


def _sum(values: list[int] | list[float]) -> float | None:
    return sum(values) if values else None


def search_text(*parts: str | None) -> str:
    return text_sort_key(" ".join(p for p in parts if p))


def system_item(row: SystemRow, ref: UnitRef | None = None,
                municipalities: dict[str, str] | None = None) -> SystemItem:
    used = [i for i in row.installations if i.in_use]
    users = [i.users for i in used if i.users is not None]
    costs = [i.annual_cost for i in used if i.annual_cost is not None]
    counts: dict[str, int] = {}
    for i in row.installations:
        counts[i.name] = counts.get(i.name, 0) + 1
    names = tuple(sorted(counts, key=lambda n: (-counts[n], n.casefold())))
    dictionary = row.origin == DICTIONARY or any(m.source == DICTIONARY for m in row.members)
    munis = tuple(sorted({i.municipality for i in used}))
    names_of = municipalities or {}
    search = search_text(row.product, row.vendor, row.service_area, row.catalogue_key,
                         *names, *(m.vendor for m in row.members),
                         *(names_of.get(n, n) for n in munis))
    return SystemItem(row, len(used), len(row.installations) - len(used), munis,
                      sum(users) if users else None, sum(costs) if costs else None,
                      names, ref, dictionary, search)


def suggestion_item(sug: Suggestion, origins: dict[int, str],
                    municipalities: dict[str, str] | None = None) -> SuggestionItem:
    names: list[str] = []
    for m in sug.members:
        names += [n for n in m.names if n not in names]
    munis = sorted({n for m in sug.members for n in m.municipalities})
    origin = origins.get(sug.system_id) if sug.system_id is not None else None
    names_of = municipalities or {}
    # the reasons as shown (in the UI's language), so a filter finds what the list says
    search = search_text(sug.product, sug.vendor, sug.service_area, reason_text(sug.reason),
                         *names, *(m.vendor for m in sug.members),
                         *(reason_text(m.reason) for m in sug.members),
                         *(names_of.get(n, n) for n in munis))
    return SuggestionItem(sug, tuple(names), tuple(munis), origin, search)


def text_keys(suggestions: tuple[SuggestionItem, ...], systems: tuple[SystemItem, ...],
              matrix: Matrix) -> dict[str, str]:
    """`text_sort_key` of the texts the models sort by (see `CatalogueSnapshot.text_keys`)."""
    texts: set[str] = set()
    for sug in suggestions:
        s = sug.suggestion
        texts.update((s.product, s.vendor or "", s.service_area or ""))
        texts.update(m.name for m in s.members)
    for item in systems:
        r = item.row
        texts.update((r.product, r.vendor or "", r.service_area or ""))
        for m in r.members:
            texts.update((m.name, m.vendor or "", m.service_area or ""))
    for row in matrix.rows:
        texts.update((row.product, row.vendor or "", row.service_area or ""))
    texts.discard("")
    return {t: text_sort_key(t) for t in texts}


def load_snapshot(api: ProjectApi, threshold: float = DEFAULT_THRESHOLD,
                  cancelled: Callable[[], bool] = lambda: False,
                  progress: Progress | None = None) -> CatalogueSnapshot:
    """Summary, suggestions, systems with members and the matrix, in one session."""
    def tell(done: int, total: int, text: str) -> bool:
        if progress is not None:
            progress(done, total, text)
        return not cancelled()

    view = api.catalogue.overview(threshold, tell)
    start = time.perf_counter()
    origins = {r.system_id: r.origin for r in view.systems if r.system_id is not None}
    items = tuple(system_item(r, r.ref, view.municipalities) for r in view.systems)
    sugs = tuple(suggestion_item(x, origins, view.municipalities) for x in view.suggestions)
    if cancelled():
        raise Cancelled
    keys = text_keys(sugs, items, view.matrix)
    if cancelled():
        raise Cancelled
    seconds = dict(view.seconds)
    seconds["items"] = time.perf_counter() - start
    return CatalogueSnapshot(view.summary, sugs, items, view.matrix, view.municipalities,
                             load_catalogue().products, threshold, seconds, keys,
                             view.merges_left_out)


def accepted_above(suggestions: tuple[SuggestionItem, ...] | list[SuggestionItem],
                   threshold: float) -> tuple[int, int]:
    """(names, suggestions) that "accept all above the threshold" would accept — the same rule
    as the core's bulk accept (a new system only with its first name; two systems are never
    merged in bulk)."""
    names = count = 0
    for item in suggestions:
        sug = item.suggestion
        if sug.kind == "merge":
            continue
        chosen = [m for m in sug.members if m.confidence >= threshold]
        if chosen and (sug.kind != "new" or any(m.leader for m in chosen)):
            names += len(chosen)
            count += 1
    return names, count
