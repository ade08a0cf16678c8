"""Micro benchmark for parse_cell (not a test): cells per second on realistic mixes.

    .venv/bin/python bench/bench_values.py [cells]

A pre-study of 20–40 municipalities gives some 600 000 cells. Values are generated with random
variation (counts, amounts, dates and names differ from cell to cell) so the memo of texts
already read only helps where real returns repeat themselves (list values, `?`, `ukjent`).
Mixes: clean native values (what Excel saves for a well-filled template), clean text (numbers,
dates and list values typed as text) and the messy forms from the spec, then a realistic blend.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable

from desktop.core.importing.values import parse_cell
from desktop.core.questionnaire.spec import (
    BOUGHT_SERVICES,
    HOSTING_MODELS,
    MUNICIPALITY,
    SERVICE_AREAS,
    STAFFING,
    SYSTEMS,
    Field,
)

S = SYSTEMS.field
R = random.Random(1)
NAMES = ["Visma Flyt Skole", "Gerica", "Acos WebSak", "CosDoc", "Profil", "Familia", "ISY Park"]
PEOPLE = ["Kari Nordmann", "Ola Hansen", "Jo\u0308rn Ha\u030aland", "Siri Bø"]
Gen = Callable[[], tuple[Field, object]]


def _date() -> dt.datetime:
    return dt.datetime(2025, 1, 1) + dt.timedelta(days=R.randrange(2000))


CLEAN_NATIVE: list[Gen] = [
    lambda: (S("name"), R.choice(NAMES)),
    lambda: (S("version"), R.choice([3.2, 12.0, "10.4.1"])),
    lambda: (S("service_area"), R.choice(SERVICE_AREAS)),
    lambda: (S("hosting"), R.choice(HOSTING_MODELS)),
    lambda: (S("users"), R.randrange(2000)),
    lambda: (S("servers"), float(R.randrange(5))),
    lambda: (S("annual_cost"), R.randrange(10_000, 2_000_000)),
    lambda: (S("annual_cost"), R.randrange(1_000_000) / 4),
    lambda: (S("contract_end"), _date()),
    lambda: (S("system_owner"), R.choice(PEOPLE)),
    lambda: (S("management_fte"), R.randrange(1, 20) / 10),
    lambda: (S("comment"), None),
    lambda: (STAFFING.field("fte"), R.randrange(1, 60) / 10),
    lambda: (MUNICIPALITY.field("email"), f"post{R.randrange(999)}@kommune.no"),
]
CLEAN_TEXT: list[Gen] = [
    lambda: (S("users"), str(R.randrange(2000))),
    lambda: (S("users"), f"{R.randrange(1, 99)} {R.randrange(1000):03d}"),
    lambda: (S("annual_cost"), f"kr {R.randrange(1, 999)} {R.randrange(1000):03d},-"),
    lambda: (S("management_fte"), f"{R.randrange(3)},{R.randrange(1, 10)}"),
    lambda: (S("contract_end"), _date().strftime("%d.%m.%Y")),
    lambda: (S("contract_end"), _date().date().isoformat()),
    lambda: (S("hosting"), R.choice(HOSTING_MODELS).lower() + " "),
    lambda: (S("servers"), ""),
]
MESSY: list[Gen] = [
    lambda: (S("users"), f"ca. {R.randrange(1, 500)}"),
    lambda: (S("users"), f"{R.randrange(1, 50)}-{R.randrange(50, 99)}"),
    lambda: (S("users"), R.choice(["?", "ukjent", "vet ikke", "-", "mange", "se vedlegg"])),
    lambda: (S("annual_cost"), f"{R.randrange(1, 999)}.{R.randrange(1000):03d}"),
    lambda: (S("annual_cost"), f"{R.randrange(1, 9)},{R.randrange(10)} mill"),
    lambda: (S("contract_end"), R.choice(["des. 2027", "2027", "løpende", "12.2028", "Q3 2029"])),
    lambda: (S("contract_end"), R.randrange(45000, 50000)),
    lambda: (S("hosting"), R.choice(["Sky", "Egen", "Lokal drift", "Levrandørdrift"])),
    lambda: (S("service_area"), R.choice(["Helse og omsrog", "Oppvekst", "Barnehgae", "helse"])),
    lambda: (BOUGHT_SERVICES.field("service"), R.choice(["Skanning", "backup", "Epost"])),
    lambda: (S("management_fte"), f"{R.randrange(1, 4)},5 årsverk"),
]


def run(name: str, gens: list[Gen], n: int, repeat: int = 5) -> float:
    """Best and median of `repeat` runs, each on n freshly generated cells (the machine may be
    busy with other work; fresh cells keep the memo as useful as on a folder of real returns)."""
    times = []
    for _ in range(repeat):
        work = [R.choice(gens)() for _ in range(n)]
        start = time.perf_counter()
        for field, cell in work:
            parse_cell(field, cell)
        times.append(time.perf_counter() - start)
    best, median = n / min(times), n / statistics.median(times)
    print(f"{name:<30} {best:>10,.0f} cells/s  (median {median:,.0f})".replace(",", " "))
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
    print(f"parse_cell, {n} cells per run, best of 5 runs per mix")
    run("clean native values", CLEAN_NATIVE, n)
    run("clean text values", CLEAN_TEXT, n)
    run("messy values", MESSY, n)
    run("realistic blend (80/15/5 %)", CLEAN_NATIVE * 16 + CLEAN_TEXT * 3 + MESSY, n)


if __name__ == "__main__":
    main()
