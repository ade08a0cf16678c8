"""Estimated figures for participants that have not answered, when a scenario asks for them.

A scenario that includes a municipality without a return either leaves it out (the default)
or includes it with an estimate (`Scenario.missing == "estimate"`). The estimate scales what
the municipalities that did answer report, per inhabitant, to the register's population of
the missing one:

    X_estimated = register population × Σ X / Σ inhabitants   (over those that answered)

for the facts (IT users, clients, locations, servers, data rooms, …), the FTE and salary cost
of each IT function, the licence cost of the systems (one row: which systems it runs is not
known, so none of them is standardised), bought services from outside the project and each
infrastructure service. The result is a new `ProjectData` in which the estimated
municipalities are marked `estimated=True`; every output shows their figures as estimates.
A municipality without a register population cannot be estimated and is left out.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.core.scenarios.inputs import (
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    StaffingData,
)

ESTIMATED_FACTS = ("employees_fte", "it_users", "clients", "locations", "data_rooms",
                   "physical_servers", "virtual_servers", "it_budget")
SYSTEMS_ROW = "Fagsystemer (anslag)"
BOUGHT_ROW = "Kjøpte tjenester (anslag)"
ESTIMATE_VENDOR = "Anslag"

_CACHE: list[tuple[weakref.ref[ProjectData], tuple[str, ...], ProjectData]] = []


def inhabitants(m: MunicipalityData) -> float | None:
    """The inhabitants a municipality reported, else the register's population."""
    return m.inhabitants if m.inhabitants is not None else m.register_population


def estimable(project: ProjectData, numbers: Iterable[str]) -> tuple[str, ...]:
    """Those of `numbers` that can be estimated: no return, a register population, and at
    least one municipality that answered to scale from."""
    if not any(m.answered and not m.estimated and inhabitants(m) for m in
               project.municipalities):
        return ()
    out = []
    for n in numbers:
        m = project.municipality(n)
        if not m.answered and m.register_population:
            out.append(n)
    return tuple(out)


def with_estimates(project: ProjectData, numbers: Sequence[str]) -> ProjectData:
    """The project with estimated figures for these municipalities (see `estimable`)."""
    key = tuple(sorted(numbers))
    for ref, k, done in _CACHE:
        if ref() is project and k == key:
            return done
    out = _estimate(project, key)
    _CACHE[:] = [(r, k, p) for r, k, p in _CACHE if r() is not None][-3:]
    _CACHE.append((weakref.ref(project), key, out))
    return out


def _ratio(total: float, base: float) -> float:
    return total / base if base > 0 else 0.0


def _estimate(project: ProjectData, numbers: tuple[str, ...]) -> ProjectData:
    wanted = set(numbers)
    answered = [m for m in project.municipalities if m.answered and not m.estimated]
    inh = {m.number: inhabitants(m) for m in answered}
    # per-inhabitant rates over the municipalities that gave both the figure and inhabitants
    fact_rate: dict[str, float | None] = {}
    for key in ESTIMATED_FACTS:
        both = [(float(getattr(m, key)), float(inh[m.number] or 0.0)) for m in answered
                if getattr(m, key) is not None and inh[m.number]]
        fact_rate[key] = (_ratio(sum(v for v, _ in both), sum(i for _, i in both))
                          if both else None)

    def base(numbers_with_rows: Iterable[str]) -> float:
        return sum(inh.get(n) or 0.0 for n in set(numbers_with_rows))

    staff_fte: dict[str | None, float] = defaultdict(float)
    staff_cost: dict[str | None, float] = defaultdict(float)
    for s in project.staffing:
        if s.municipality in inh:
            staff_fte[s.function] += s.fte or 0.0
            staff_cost[s.function] += s.cost or 0.0
    staff_base = base(s.municipality for s in project.staffing if s.municipality in inh)
    licences = sum(i.annual_cost or 0.0 for i in project.installations
                   if i.municipality in inh and i.in_use)
    licence_base = base(i.municipality for i in project.installations if i.municipality in inh)
    bought = sum(b.annual_cost or 0.0 for b in project.bought_services
                 if b.municipality in inh and b.vendor_municipality is None)
    bought_base = base(b.municipality for b in project.bought_services if b.municipality in inh)
    infra: dict[str | None, float] = defaultdict(float)
    for r in project.infrastructure:
        if r.municipality in inh:
            infra[r.service] += r.annual_cost or 0.0
    infra_base = base(r.municipality for r in project.infrastructure if r.municipality in inh)

    municipalities = []
    staffing = list(project.staffing)
    installations = list(project.installations)
    bought_services = list(project.bought_services)
    infrastructure = list(project.infrastructure)
    for m in project.municipalities:
        if m.number not in wanted or m.register_population is None:
            municipalities.append(m)
            continue
        p = m.register_population
        changes: dict[str, Any] = {k: (None if r is None else p * r)
                                   for k, r in fact_rate.items()}
        changes.update(inhabitants=p, answered=True, estimated=True)
        municipalities.append(dataclasses.replace(m, **changes))
        staffing += [StaffingData(m.number, f, p * _ratio(staff_fte[f], staff_base), None,
                                  p * _ratio(staff_cost[f], staff_base)) for f in staff_fte]
        if licences:
            installations.append(InstallationData(
                m.number, SYSTEMS_ROW, system_key=f"anslag:{m.number}",
                annual_cost=p * _ratio(licences, licence_base)))
        if bought:
            bought_services.append(BoughtServiceData(
                m.number, ESTIMATE_VENDOR, BOUGHT_ROW, p * _ratio(bought, bought_base)))
        infrastructure += [InfrastructureData(m.number, service, None,
                                              p * _ratio(cost, infra_base))
                           for service, cost in infra.items() if cost]
    return dataclasses.replace(
        project, municipalities=tuple(municipalities), installations=tuple(installations),
        staffing=tuple(staffing), bought_services=tuple(bought_services),
        infrastructure=tuple(infrastructure))
