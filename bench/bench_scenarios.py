"""Benchmark of the scenario model (not a test): prints figures and PASS/FAIL, exits 0.

    .venv/bin/python bench/bench_scenarios.py [municipalities] [installations_each]

A synthetic ProjectData of 357 municipalities (every municipality in Norway) × 150
installations, with staffing, bought services and infrastructure, some of every number
missing. Targets from issue 4: one scenario recomputed in ≤ 100 ms; 10 000 Monte Carlo draws
in ≤ 2 s. Times are the best of several runs (the machine may be busy with other work).
"Recompute" is `compute()` on a project already seen (its arrays cached, as in the app when a
parameter changes); the first call, which also turns the project into arrays, is reported too.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections.abc import Callable

from desktop.core.questionnaire.spec import (
    HOSTING_MODELS,
    INFRASTRUCTURE_SERVICES,
    IT_FUNCTIONS,
    SERVICE_AREAS,
)
from desktop.core.scenarios import (
    BoughtServiceData,
    InfrastructureData,
    InstallationData,
    MunicipalityData,
    ProjectData,
    Scenario,
    StaffingData,
    allocate,
    compute,
    simulate,
    tornado,
)
from desktop.core.scenarios.prepared import _prepare

R = random.Random(4)


def _maybe(value: float, missing: float = 0.05) -> float | None:
    return None if R.random() < missing else value


def synthetic(n_munis: int = 357, per_muni: int = 150) -> ProjectData:
    # 14 areas × 4 functions × 4 competing products
    products = [(f"{area[:6]}-{f}-{p}", area, f"funksjon {f}", R.uniform(200, 3000))
                for area in SERVICE_AREAS for f in range(4) for p in range(4)]
    munis, inst, staff, bought, infra = [], [], [], [], []
    for i in range(n_munis):
        number = f"{1000 + i:04d}"
        inhabitants = int(R.lognormvariate(8.8, 1.0)) + 200
        users = inhabitants * R.uniform(0.06, 0.1)
        munis.append(MunicipalityData(
            number, f"Kommune {i}", inhabitants=inhabitants, employees_fte=inhabitants * 0.08,
            it_users=_maybe(round(users)), clients=_maybe(round(users * 0.8)),
            locations=_maybe(5 + inhabitants // 800), data_rooms=_maybe(R.choice([1, 1, 2])),
            physical_servers=_maybe(R.randint(2, 20)), virtual_servers=_maybe(R.randint(10, 200)),
            it_budget=_maybe(users * 12_000)))
        for _ in range(per_muni):
            product, area, function, cpu = R.choice(products)
            n_users = _maybe(R.randint(1, max(2, int(users * 0.3))))
            inst.append(InstallationData(
                number, product, system_key=product, service_area=area, function=function,
                hosting=R.choice(HOSTING_MODELS), users=n_users, servers=_maybe(R.randint(0, 3)),
                annual_cost=_maybe(cpu * (n_users or 10) * R.uniform(0.8, 1.2)),
                contract_end=dt.date(R.randint(2025, 2040), 12, 31) if R.random() < 0.7 else None,
                management_fte=_maybe(R.choice([0.05, 0.1, 0.2, 0.5])),
                system_owner=f"Person {R.randint(1, 20)}"))
        for function in IT_FUNCTIONS:
            fte = R.uniform(0.2, 1 + users / 300)
            staff.append(StaffingData(number, function, _maybe(fte), None,
                                      _maybe(fte * R.uniform(750_000, 950_000))))
        for service in R.sample(INFRASTRUCTURE_SERVICES, 3):
            bought.append(BoughtServiceData(number, "Leverandør AS", service,
                                            _maybe(R.uniform(50_000, 900_000))))
        for service in INFRASTRUCTURE_SERVICES:
            infra.append(InfrastructureData(number, service, R.choice(HOSTING_MODELS),
                                            _maybe(inhabitants * R.uniform(2, 20), 0.2)))
    return ProjectData("Benchmark", 2026, tuple(munis), tuple(inst), tuple(staff),
                       tuple(bought), tuple(infra))


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def verdict(seconds: float, limit: float) -> str:
    return "PASS" if seconds <= limit else "FAIL"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 357
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    start = time.perf_counter()
    project = synthetic(n, k)
    print(f"synthetic project: {n} municipalities × {k} installations = "
          f"{len(project.installations)} installations ({time.perf_counter() - start:.1f} s)")
    everyone = tuple(m.number for m in project.municipalities)
    scenario = Scenario("Alle, felles fagsystemer", everyone, level=3, organisation_form="iks")

    start = time.perf_counter()
    result = compute(project, scenario)
    first = time.perf_counter() - start
    prep = best(lambda: _prepare(project), 3)
    recompute = best(lambda: compute(project, scenario), 7)
    level2 = best(lambda: compute(project, Scenario("Drift", everyone, level=2)), 7)
    few = best(lambda: compute(project, Scenario("Fire", everyone[:4], level=3)), 7)
    print(f"first compute (incl. arrays)      {first * 1000:8.1f} ms")
    print(f"  of which turning data to arrays {prep * 1000:8.1f} ms (best of 3)")
    print(f"recompute, level 3, all           {recompute * 1000:8.1f} ms (best of 7)  "
          f"target ≤ 100 ms  {verdict(recompute, 0.100)}")
    print(f"recompute, level 2, all           {level2 * 1000:8.1f} ms (best of 7)")
    print(f"recompute, level 3, four          {few * 1000:8.1f} ms (best of 7)")
    mc = best(lambda: simulate(project, scenario, draws=10_000, seed=1), 3)
    print(f"Monte Carlo, 10 000 draws         {mc * 1000:8.1f} ms (best of 3)  "
          f"target ≤ 2 000 ms  {verdict(mc, 2.0)}")
    bars = best(lambda: tornado(project, scenario), 3)
    shares = best(lambda: allocate(result), 3)
    print(f"tornado                           {bars * 1000:8.1f} ms (best of 3)")
    print(f"allocation                        {shares * 1000:8.1f} ms (best of 3)")
    sim = simulate(project, scenario, draws=10_000, seed=1)
    print(f"NPV {result.npv / 1e6:,.1f} MNOK; P10 {sim.npv.p10 / 1e6:,.1f}, P50 "
          f"{sim.npv.p50 / 1e6:,.1f}, P90 {sim.npv.p90 / 1e6:,.1f} MNOK")


if __name__ == "__main__":
    main()
