"""Benchmark of the report (not a test): prints figures and PASS/FAIL, exits 0.

    .venv/bin/python bench/bench_report.py [--municipalities 357] [--installations 150]
                                           [--keep DIR]

1. The demo project (Knutepunkt Sørlandet, 7 municipalities) with its four example scenarios:
   the full report — content (`build_report`, 2 000 draws per scenario) and PDF (`write_pdf`).
   Target from issue 5: ≤ 5 s, for `samdrift report DEMO --pdf OUT` in a fresh process, timed
   from outside (Python's start, imports, opening the project, content, PDF: what a user
   waits), and in this process with the libraries loaded (as in the app, where the report is
   built a second time).
2. A project of every municipality in Norway (357) × 150 installations with staffing, bought
   services, infrastructure and issues, stored straight into a project file (as
   bench_dedup.py does; importing 357 spreadsheets takes minutes, see bench_import.py), its
   catalogue decided with `auto`, and two scenarios for all of them: the same full report.
   Target: ≤ 30 s. Building the project is not timed.
Times are wall clock (the verdict) and CPU time (which tells what a busy machine added); the
PDF's pages are reported too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from db.models import (  # noqa: E402
    BoughtService,
    ImportIssue,
    InfrastructureService,
    Installation,
    MunicipalityFacts,
    Participant,
    QuestionnaireReturn,
    StaffingLine,
)
from desktop.core.project.api import ProjectApi  # noqa: E402
from desktop.core.questionnaire.spec import (  # noqa: E402
    HOSTING_MODELS,
    INFRASTRUCTURE_SERVICES,
    IT_FUNCTIONS,
    SERVICE_AREAS,
)
from desktop.core.scenarios.scenario import Scenario  # noqa: E402
from desktop.core.scenarios.store import save_scenario  # noqa: E402

R = random.Random(5)
DEMO_TARGET, LARGE_TARGET = 5.0, 30.0


def _maybe(value: Any, missing: float = 0.05) -> Any:
    return None if R.random() < missing else value


def large_project(directory: Path, n_munis: int, per_muni: int) -> Path:
    """A project file of n municipalities with returns stored directly (no spreadsheets)."""
    from desktop.core.catalogue import api as catalogue
    from desktop.core.register.municipalities import Register

    numbers = [m.number for m in Register.load().current][:n_munis]
    path = directory / "alle-kommuner.samdrift"
    products = [(f"{area.split()[0]} {kind} {p}", f"Leverandør {p}", area)
                for area in SERVICE_AREAS for kind in ("fag", "arkiv", "portal", "analyse")
                for p in range(4)]
    api = ProjectApi.create(path, "Forstudie IT-samarbeid Hele landet", numbers)
    try:
        with api.db.session() as s:
            ids = list(s.scalars(select(Participant.id).order_by(Participant.number)))
            rets = [s.scalar(insert(QuestionnaireReturn).returning(QuestionnaireReturn.id)
                             .values(participant_id=pid, file_name=f"svar-{pid}.xlsx",
                                     file_format="xlsx", sha256=str(pid), matched_by="identity",
                                     original=b""))
                    for pid in ids[: int(len(ids) * 0.97)]]  # 3 % have not answered
            facts, inst, staff, bought, infra, issues = [], [], [], [], [], []
            base: dict[str, object] = {"raw": {}, "interpreted": []}
            for rid in rets:
                inhabitants = int(R.lognormvariate(8.8, 1.0)) + 200
                users = int(inhabitants * R.uniform(0.06, 0.1))
                facts.append({"return_id": rid, "sheet": "Kommune", "row": 1, **base,
                              "inhabitants": _maybe(inhabitants),
                              "employees_fte": _maybe(inhabitants * 0.08),
                              "it_users": _maybe(users), "clients": _maybe(int(users * 0.8)),
                              "locations": _maybe(5 + inhabitants // 800),
                              "data_rooms": _maybe(R.choice([1, 1, 2])),
                              "physical_servers": _maybe(R.randint(2, 20)),
                              "virtual_servers": _maybe(R.randint(10, 200)),
                              "it_budget": _maybe(users * 12_000.0),
                              "date_filled": dt.date(2026, 10, R.randint(1, 28))})
                for row in range(per_muni):
                    name, vendor, area = R.choice(products)
                    n_users = _maybe(R.randint(1, max(2, users // 3)))
                    inst.append({"return_id": rid, "sheet": "Fagsystemer", "row": row + 2,
                                 **base, "name": name, "vendor": vendor, "service_area": area,
                                 "hosting": R.choice(HOSTING_MODELS), "users": n_users,
                                 "servers": _maybe(R.randint(0, 3)),
                                 "annual_cost": _maybe(R.uniform(500, 3000) * (n_users or 10)),
                                 "contract_end": dt.date(R.randint(2026, 2038), 12, 31),
                                 "system_owner": f"Person {R.randint(1, 30)}",
                                 "management_fte": _maybe(R.choice([0.05, 0.1, 0.2])),
                                 "in_use": R.random() > 0.01})
                for row, function in enumerate(IT_FUNCTIONS):
                    fte = R.uniform(0.2, 1 + users / 300)
                    staff.append({"return_id": rid, "sheet": "Bemanning", "row": row + 2,
                                  **base, "function": function, "fte": _maybe(fte),
                                  "cost": _maybe(fte * R.uniform(750_000, 950_000))})
                for row, service in enumerate(R.sample(INFRASTRUCTURE_SERVICES, 3)):
                    bought.append({"return_id": rid, "sheet": "Kjøpte tjenester",
                                   "row": row + 2, **base, "vendor": "Leverandør AS",
                                   "service": service,
                                   "annual_cost": _maybe(R.uniform(50_000, 900_000))})
                for row, service in enumerate(INFRASTRUCTURE_SERVICES):
                    infra.append({"return_id": rid, "sheet": "Infrastruktur", "row": row + 2,
                                  **base, "service": service,
                                  "hosting": R.choice(HOSTING_MODELS),
                                  "annual_cost": _maybe(inhabitants * R.uniform(2, 20), 0.2)})
                for k in range(R.choice([0, 0, 1, 3, 6])):
                    issues.append({"return_id": rid, "file_name": f"svar-{rid}.xlsx",
                                   "sheet": "Fagsystemer", "cell": f"F{k + 2}",
                                   "raw_value": "ca. 150", "message": "«ca. 150» tolket som 150.",
                                   "severity": R.choice(["warning", "warning", "error", "info"]),
                                   "code": "approximate"})
            for model, rows in ((MunicipalityFacts, facts), (Installation, inst),
                                (StaffingLine, staff), (BoughtService, bought),
                                (InfrastructureService, infra), (ImportIssue, issues)):
                s.execute(insert(model), rows)
        catalogue.auto(api.db)
        everyone = tuple(numbers)
        save_scenario(api.db, Scenario("Felles drift for alle", everyone, level=2))
        save_scenario(api.db, Scenario("Felles fagsystemer for alle", everyone, level=3,
                                       organisation_form="iks"))
    finally:
        api.close()
    return path


def demo_project(directory: Path) -> Path:
    """The demo as `samdrift demo` ships it (its three example scenarios), with the catalogue
    decided by `auto` as a user would before reporting."""
    from desktop.core.catalogue import api as catalogue
    from desktop.core.demo.build import build_demo

    path = build_demo(directory, scenarios=True)
    api = ProjectApi.open(path)
    try:
        catalogue.auto(api.db)
    finally:
        api.close()
    return path


def time_cli(path: Path, label: str, target: float) -> None:
    """`samdrift report` as a user runs it, in its own process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rapport.pdf"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop.cli.main", "report", str(path),
                        "--pdf", str(out)], cwd=ROOT, check=True, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        verdict = "PASS" if wall <= target else "FAIL"
        print(f"== {label}: {wall:.1f} s (target ≤ {target:g} s) {verdict}; CPU time "
              f"{cpu:.1f} s; {out.stat().st_size / 1e6:.1f} MB")


def time_report(path: Path, label: str, target: float, keep: Path | None) -> None:
    from desktop.core.reports.content import build_report
    from desktop.core.reports.pdf import write_pdf

    api = ProjectApi.open(path)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        report = build_report(api.db, [])
        content = time.perf_counter() - start
    finally:
        api.close()
    out = io.BytesIO()
    start = time.perf_counter()
    write_pdf(report, out)
    pdf = time.perf_counter() - start
    cpu = time.process_time() - cpu
    total = content + pdf
    data = out.getvalue()
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
    verdict = "PASS" if total <= target else "FAIL"
    print(f"== {label}: content {content:.1f} s + PDF {pdf:.1f} s = {total:.1f} s "
          f"(target ≤ {target:g} s) {verdict}; CPU time {cpu:.1f} s; "
          f"{len(report.scenarios)} scenarios, {len(report.tables())} tables, ~{pages} pages, "
          f"{len(data) / 1e6:.1f} MB")
    if keep is not None:
        target_file = keep / f"{path.stem}.pdf"
        target_file.write_bytes(data)
        print(f"   written to {target_file}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--municipalities", type=int, default=357)
    p.add_argument("--installations", type=int, default=150)
    p.add_argument("--keep", type=Path, help="write the PDFs into this folder")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        demo = demo_project(root / "demo")
        time_cli(demo, "Demo (7 kommuner), `samdrift report --pdf` in a fresh process",
                 DEMO_TARGET)
        time_report(demo, "Demo in this process, first (imports the report's libraries)",
                    DEMO_TARGET, args.keep)
        time_report(demo, "Demo again, libraries loaded (as in the app)", DEMO_TARGET, None)
        start = time.perf_counter()
        path = large_project(root, args.municipalities, args.installations)
        print(f"   ({args.municipalities} × {args.installations} project built in "
              f"{time.perf_counter() - start:.0f} s, not timed)")
        time_report(path, f"{args.municipalities} kommuner × {args.installations} "
                    "installasjoner", LARGE_TARGET, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
