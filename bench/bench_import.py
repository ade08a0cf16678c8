"""Import benchmark: every current municipality's return, 150 systems each, imported at once.

Issues 3 and 15: a national survey, 357 returns × 150 systems, imported at once. Targets on this
2-core machine: the whole import in at most 10 s, peak memory at most 500 MB; the ratios of
the import to calamine and to openpyxl loading the same files are printed and explained.

    .venv/bin/python bench/bench_import.py [--regenerate] [--runs 2] [--jobs N] [--no-profile]

1. Generates (once; cached in .bench/returns/) one filled questionnaire per municipality of the
   register: `write_template`, then filled by label with `fill_template`, with a realistic share
   of messy text values (`ca. 10`, `kr 45 000,-`, `des. 2027`, `?`, hand-typed list values, …).
2. Measures (a) the readers alone, loading every sheet of every file into rows: openpyxl
   (read-only, cached values: how the importer read .xlsx before issue 15) and calamine (what it
   reads with now); (b) the full import of all files into a fresh project
   (`ProjectApi.import_files`), wall time, as the app imports (reading in the reader process)
   and with reading on the read-ahead thread (as before it), alternately: split into reading
   (the measuring scan of each file against the limits, then calamine) and parsing (Norwegian
   values, issues), timed where they run in this process (all of them with the thread), and in
   the importing process storing (matching, comparing, inserting), the commits (the disk) and
   waiting for a read; all at least twice, interleaved, best run reported, with the load
   average; (c) the peak memory (RSS high-water mark) of the full import, run in a child
   process, and of its reader process.
3. Prints the figures, PASS/FAIL per target, and writes a cProfile of part of the import to
   .bench/. Always exits 0: it reports, it is not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import multiprocessing
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.core.demo.data import PRODUCTS
from desktop.core.questionnaire.fill import Answers, fill_template
from desktop.core.questionnaire.spec import HOSTING_MODELS, INFRASTRUCTURE_SERVICES, IT_FUNCTIONS
from desktop.core.questionnaire.template import write_template

ROOT = Path(__file__).resolve().parent.parent

BENCH_DIR = ROOT / ".bench"
RETURNS_DIR = BENCH_DIR / "returns"
MANIFEST = RETURNS_DIR / "manifest.json"
PROFILE_FILE = BENCH_DIR / "import_profile.prof"
PROFILE_TEXT = BENCH_DIR / "import_profile.txt"
GENERATOR_VERSION = 1  # bump when the generated content changes: the cache is then rebuilt
SYSTEMS_PER_FILE = 150
PROJECT_NAME = "Benchmark: alle kommuner"
PROJECT_ID = "5a3d7f3e-bench-4c8e-9f00-000000000357"
TARGET_SECONDS = 10.0
TARGET_PEAK_MB = 500.0
PROFILE_FILES = 40  # files imported under cProfile (a part is enough to see where time goes)
MESSY_SHARE = 0.12  # share of number, date and list cells typed as text the way people do
ERROR_SHARE = 0.01  # share of cells that cannot be read at all

# openpyxl as the importer called it before issue 15 (read-only, cached values, no macros).
OPENPYXL_KWARGS = dict(read_only=True, data_only=True, keep_vba=False, keep_links=False,
                       rich_text=False)

# Spellings municipalities use (shared/data/fagsystemer.csv, aliases).
ALIASES: dict[str, tuple[str, ...]] = {
    "Gerica": ("Tieto Gerica", "TietoEvry Gerica", "Gerika"),
    "Profil": ("Visma Profil", "Visma Omsorg Profil"),
    "CosDoc": ("CosDoc+", "Cos Doc"),
    "HsPro": ("Visma HsPro", "HS Pro"),
    "WinMed": ("WinMed3", "WinMed Helse", "CGM WinMed"),
    "Visma Flyt Skole": ("Flyt Skole", "VFS", "Flyt skole 3.2", "Visma flyt skole (SaaS)"),
    "IST Extens": ("Extens", "Extence"),
    "Komtek": ("Norkart Komtek", "KomTek"),
    "Visma Enterprise Økonomi": ("Visma Enterprise", "Visma Økonomi"),
    "Visma Enterprise HRM": ("Visma Enterprise Lønn", "Visma HRM", "Visma Lønn"),
    "Unit4 ERP": ("Agresso", "Unit4 Business World", "UBW"),
    "Public 360": ("P360", "360", "Public360", "Tieto 360"),
    "Elements": ("ePhorte", "ephorte", "Evry ePhorte", "Sikri Elements"),
    "Acos WebSak": ("WebSak", "Websak Fokus"),
    "Microsoft 365": ("Office 365", "M365", "O365"),
    "Citrix Virtual Apps": ("Citrix", "XenApp"),
}
MODULES = ("Byggesak", "Plan", "Eiendomsskatt", "Vann", "Arkiv", "Rapportering", "Portal",
           "Mobil", "Integrasjon", "Innsyn", "Fakturering", "Selvbetjening", "Statistikk")
OWNERS = ("Kari Nordmann", "Ola Nordmann", "Åse Håland", "Pål Ås", "Marit Sæther", "Jon Berg",
          "Siri Lunde", "Tor Egeland", "Heidi Vik", "Bjørn Moe")
HAND_TYPED_HOSTING = ("egen drift", "skytjeneste (saas)", "SaaS", "ASP", "Leverandørdrift",
                      "Skytjeneste", "EGEN DRIFT", "annen kommune")
MONTHS = ("jan", "feb", "mars", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "des")
NBSP = "\u00a0"


# --- generating the returns ---------------------------------------------------------------------


def _nok(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _messy_count(n: int, rng: random.Random) -> object:
    r = rng.random()
    if r < ERROR_SHARE / MESSY_SHARE:
        return rng.choice(("mange", "flere", "-3"))
    return rng.choice((f"ca. {n}", f"{n}-{n + rng.randint(1, 5)}", "?", "ukjent",
                       f"{_nok(n).replace(' ', NBSP)}", f"{n} stk", f"{n} "))


def _count(n: int, rng: random.Random) -> object:
    return _messy_count(n, rng) if rng.random() < MESSY_SHARE else n


def _amount(n: int, rng: random.Random) -> object:
    if rng.random() >= MESSY_SHARE:
        return n
    if rng.random() < ERROR_SHARE / MESSY_SHARE:
        return rng.choice(("se vedlegg", "inkl. i avtale", f"-{n}"))
    return rng.choice((f"kr {_nok(n)},-", f"{n:,}".replace(",", "."), f"ca. {_nok(n)}",
                       f"{_nok(n)} kr", f"kr {n}", "?", f"{n / 1e6:.1f} mill".replace(".", ",")))


def _decimal(x: float, rng: random.Random) -> object:
    if rng.random() >= MESSY_SHARE:
        return x
    return rng.choice((f"{x}".replace(".", ","), f"ca. {x}".replace(".", ","), f"{x * 100:.0f} %",
                       "?"))


def _date(d: dt.date, rng: random.Random) -> object:
    if rng.random() >= MESSY_SHARE:
        return d
    if rng.random() < ERROR_SHARE / MESSY_SHARE:
        return rng.choice(("31.02.2027", "snart", "30.13.2026"))
    return rng.choice((d.strftime("%d.%m.%Y"), f"{MONTHS[d.month - 1]}. {d.year}", str(d.year),
                       d.isoformat(), "løpende", f"Q{(d.month - 1) // 3 + 1} {d.year}"))


def _listed(value: str, rng: random.Random, hand: Sequence[str] = ()) -> str:
    if rng.random() >= MESSY_SHARE:
        return value
    choices = [value.lower(), value.upper(), value + " ", *hand]
    return rng.choice(choices)


def _text(value: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.03:
        return value + "  "
    if r < 0.06:
        return unicodedata.normalize("NFD", value)
    return value


def bench_answers(number: str, inhabitants: int) -> Answers:
    """A municipality's answers: 150 systems plus staffing, bought services and infrastructure."""
    rng = random.Random(int(number))
    it_users = max(60, int(inhabitants * rng.uniform(0.08, 0.12)))
    facts: dict[str, Any] = {
        "inhabitants": inhabitants,
        "employees_fte": _decimal(round(inhabitants * 0.075, 1), rng),
        "it_users": _count(it_users, rng),
        "clients": _count(int(it_users * 0.85), rng),
        "mobile_devices": _count(int(it_users * 0.7), rng),
        "locations": _count(max(3, inhabitants // 700), rng),
        "data_rooms": _count(max(1, inhabitants // 40_000), rng),
        "physical_servers": _count(max(2, inhabitants // 2000), rng),
        "virtual_servers": _count(max(8, inhabitants // 200), rng),
        "it_budget": _amount(int(round(inhabitants * rng.uniform(1400, 1900), -3)), rng),
        "contact_person": _text(rng.choice(OWNERS), rng),
        "email": f"it@k{number}.kommune.no",
        "phone": f"{rng.randint(30, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} 00",
        "date_filled": dt.date(2026, rng.randint(2, 4), rng.randint(1, 28)),
    }
    products = list(PRODUCTS)
    used: set[str] = set()
    systems = []
    for _ in range(SYSTEMS_PER_FILE):
        product = rng.choice(products)
        vendor, area, share, base, per_inh, servers, fte, integrations = PRODUCTS[product]
        name = rng.choice((product, *ALIASES.get(product, ())))
        while name.casefold() in used:
            name = f"{name.split(' – ')[0]} – {rng.choice(MODULES)} {rng.randint(1, 99)}"
        used.add(name.casefold())
        hosting = rng.choice(HOSTING_MODELS)
        users = max(1, int(it_users * share * rng.uniform(0.5, 1.5)))
        row: dict[str, Any] = {
            "name": _text(name, rng),
            "vendor": vendor,
            "version": rng.choice((None, f"{rng.randint(1, 12)}.{rng.randint(0, 9)}", "2024.1")),
            "service_area": _listed(area, rng, ("Helse", "Skole og oppvekst")),
            "hosting": _listed(hosting, rng, HAND_TYPED_HOSTING),
            "users": _count(users, rng),
            "servers": _count(servers, rng) if hosting == HOSTING_MODELS[0] else None,
            "annual_cost": _amount(int(round((base + per_inh * inhabitants)
                                             * rng.uniform(0.6, 1.4), -3)), rng),
            "contract_end": _date(dt.date(rng.randint(2026, 2031), rng.choice((6, 12)),
                                          30 if rng.random() < 0.5 else 1), rng),
            "system_owner": _text(rng.choice(OWNERS), rng),
            "management_fte": _decimal(round(max(0.05, fte * rng.uniform(0.5, 2)), 2), rng),
            "integrations": _count(max(0, integrations + rng.randint(-1, 3)), rng),
            "comment": rng.choice((None,) * 12 + ("Avviklet 2025", "Felles anskaffelse",
                                                  "Skal erstattes", "Se eget vedlegg")),
        }
        systems.append({k: v for k, v in row.items() if v is not None})
    staffing = [{"function": f, "fte": _decimal(round(rng.uniform(0.2, 1 + inhabitants / 8000),
                                                      1), rng),
                 "persons": _count(rng.randint(1, 3 + inhabitants // 8000), rng),
                 "cost": _amount(int(round(rng.uniform(0.3, 5) * 850_000, -3)), rng)}
                for f in IT_FUNCTIONS[:6]]
    bought = [{"vendor": rng.choice(("Atea AS", "Telenor Norge AS", "Telia Norge AS",
                                     "Vertskommunen", "IKT-samarbeidet", "Visma")),
               "service": rng.choice((*INFRASTRUCTURE_SERVICES, "Drift av fagsystemer")),
               "annual_cost": _amount(int(round(rng.uniform(0.02, 0.3) * inhabitants * 100, -3)),
                                      rng),
               "contract_end": _date(dt.date(rng.randint(2026, 2029), 12, 31), rng)}
              for _ in range(5)]
    infra = [{"service": s, "hosting": _listed(rng.choice(HOSTING_MODELS), rng,
                                               HAND_TYPED_HOSTING),
              "annual_cost": _amount(int(round(inhabitants * rng.uniform(2, 30), -3)), rng)}
             for s in INFRASTRUCTURE_SERVICES]
    return Answers(facts=facts, rows={"installation": systems, "staffing": staffing,
                                      "bought_service": bought, "infrastructure": infra})


def _generate_one(job: tuple[str, str, int, str]) -> str:
    number, name, inhabitants, out_dir = job
    out = Path(out_dir) / f"Svar {number} {name}.xlsx"
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        template = write_template(Path(tmp) / "mal.xlsx", project_id=PROJECT_ID,
                                  project_name=PROJECT_NAME, municipality_number=number,
                                  municipality_name=name, population=inhabitants)
        fill_template(template, out, bench_answers(number, inhabitants))
    return out.name


def municipalities() -> list[tuple[str, str, int]]:
    from desktop.core.register.municipalities import default_register

    return [(m.number, m.name, m.population or 5000) for m in default_register().current]


def ensure_returns(regenerate: bool, jobs: int) -> list[Path]:
    """The cached returns, generated first when missing, outdated or asked for."""
    wanted = municipalities()
    if not regenerate and MANIFEST.exists():
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        files = [RETURNS_DIR / f for f in manifest.get("files", [])]
        if (manifest.get("version") == GENERATOR_VERSION and len(files) == len(wanted)
                and manifest.get("systems") == SYSTEMS_PER_FILE
                and all(f.exists() for f in files)):
            print(f"Bruker {len(files)} genererte svar i {RETURNS_DIR} (--regenerate for nye).")
            return files
    shutil.rmtree(RETURNS_DIR, ignore_errors=True)
    RETURNS_DIR.mkdir(parents=True)
    print(f"Genererer {len(wanted)} svar med {SYSTEMS_PER_FILE} fagsystemer hver "
          f"({jobs} prosesser) …", flush=True)
    start = time.perf_counter()
    work = [(n, name, pop, str(RETURNS_DIR)) for n, name, pop in wanted]
    names: list[str] = []
    with multiprocessing.Pool(jobs) as pool:
        for i, name in enumerate(pool.imap(_generate_one, work, chunksize=4), start=1):
            names.append(name)
            if i % 50 == 0 or i == len(work):
                print(f"  {i}/{len(work)} ({time.perf_counter() - start:.0f} s)", flush=True)
    MANIFEST.write_text(json.dumps({"version": GENERATOR_VERSION, "systems": SYSTEMS_PER_FILE,
                                    "project_id": PROJECT_ID, "files": names}, indent=1),
                        encoding="utf-8")
    return [RETURNS_DIR / n for n in names]


# --- measuring ----------------------------------------------------------------------------------


def read_all(files: Sequence[Path]) -> tuple[float, int, int]:
    """(a) openpyxl alone: seconds, cells iterated, non-empty cells."""
    cells = filled = 0
    start = time.perf_counter()
    for f in files:
        data = f.read_bytes()
        wb = load_workbook(io.BytesIO(data), **OPENPYXL_KWARGS)
        try:
            for ws in wb.worksheets:
                rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
                cells += sum(map(len, rows))
                filled += sum(1 for r in rows for v in r if v is not None)
        finally:
            wb.close()
    return time.perf_counter() - start, cells, filled


def read_all_calamine(files: Sequence[Path]) -> tuple[float, int, int]:
    """(a) calamine alone, every sheet to rows as the importer asks for them: seconds, cells,
    non-empty cells."""
    from python_calamine import CalamineWorkbook

    cells = filled = 0
    start = time.perf_counter()
    for f in files:
        data = f.read_bytes()
        with CalamineWorkbook.from_filelike(io.BytesIO(data)) as wb:
            for name in wb.sheet_names:
                rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                cells += sum(map(len, rows))
                filled += sum(1 for r in rows for v in r if v != "")
    return time.perf_counter() - start, cells, filled


class Phases:
    """Time spent in the importer's steps (wrapped). Reading (the scan against the limits and
    calamine) and parsing run on the import's read-ahead thread, overlapping the commits; on
    the importing thread: storing (matching, comparing, inserting), the commits (SQLite
    waiting for the disk, synchronous=FULL), and waiting for the next file to be read."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {"read": 0.0, "scan": 0.0, "calamine": 0.0,
                                          "parse": 0.0, "store": 0.0, "commit": 0.0}

    def wrap(self, key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[key] += time.perf_counter() - t

        return timed


def _new_project(workdir: Path) -> Any:
    from sqlalchemy import select

    from db.models import Project
    from desktop.core.project.api import ProjectApi

    path = workdir / f"bench-{os.getpid()}-{time.monotonic_ns()}.samdrift"
    api = ProjectApi.create(path, PROJECT_NAME, [n for n, _, _ in municipalities()])
    with api.db.session() as s:  # the project the questionnaires were generated for
        s.scalars(select(Project)).one().uuid = PROJECT_ID
    return api


def _drop_project(api: Any) -> None:
    path = api.path
    api.close()
    if path is not None:
        for p in (path, *path.parent.glob(path.name + "-*")):
            p.unlink(missing_ok=True)


READER_PEAK_MB: list[float] = []  # the reader processes' peak memory, as each ends


def import_all(files: Sequence[Path], phases: Phases | None = None, reader: str = "process"
               ) -> tuple[float, dict[str, int]]:
    """(b) The full import into a fresh project: seconds and outcome counts. `reader`:
    "process" (the reader process, as the app reads several files) or "thread" (the
    read-ahead thread, as before). The phases of reading and parsing are timed where they run
    in this process: all of them with the thread, only the first files (read while the
    reader process starts) with the process."""
    from desktop.core.importing import readers, reading, service

    api = _new_project(BENCH_DIR)
    originals = (reading.load_book, reading.parse_book, readers.scan_xlsx, readers._read,
                 service._store_read, reading.ProcessReader._stop)
    env_before = os.environ.get(reading.READER_ENV)
    os.environ[reading.READER_ENV] = reader
    stop = reading.ProcessReader._stop

    def stop_and_measure(self: Any) -> None:
        if self.process is not None and self.process.is_alive():
            READER_PEAK_MB.append(peak_rss_mb(self.process.pid))
        stop(self)

    reading.ProcessReader._stop = stop_and_measure  # type: ignore[method-assign]
    if phases is not None:
        reading.load_book = phases.wrap("read", reading.load_book)  # type: ignore[assignment]
        reading.parse_book = phases.wrap("parse", reading.parse_book)  # type: ignore[assignment]
        readers.scan_xlsx = phases.wrap("scan", readers.scan_xlsx)  # type: ignore[assignment]
        readers._read = phases.wrap("calamine", readers._read)  # type: ignore[assignment]
        service._store_read = phases.wrap("store", service._store_read)  # type: ignore[assignment]
        dialect = api.db.engine.dialect
        dialect.do_commit = phases.wrap("commit", dialect.do_commit)  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        results = api.import_files(list(files))
        seconds = time.perf_counter() - start
    finally:
        (reading.load_book, reading.parse_book, readers.scan_xlsx, readers._read,
         service._store_read, reading.ProcessReader._stop) = originals  # type: ignore[method-assign]
        if env_before is None:
            os.environ.pop(reading.READER_ENV, None)
        else:
            os.environ[reading.READER_ENV] = env_before
        _drop_project(api)
    outcomes: dict[str, int] = {}
    for r in results:
        outcomes[r.outcome.value] = outcomes.get(r.outcome.value, 0) + 1
    outcomes["issues"] = sum(len(r.issues) for r in results)
    outcomes["installations"] = sum(r.counts.get("installation", 0) for r in results)
    return seconds, outcomes


def peak_rss_mb(pid: int | None = None) -> float:
    """This process's (or process `pid`'s) peak resident memory. /proc's VmHWM where there is
    one: getrusage's ru_maxrss keeps the parent's peak across fork and exec, so a child started
    by a large parent would report the parent's."""
    try:
        for line in Path(f"/proc/{pid or 'self'}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    if pid is not None:
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS


def child_import(files: Sequence[Path]) -> None:
    """(c) Run in a child process: the import, then its RSS high-water mark, as JSON."""
    seconds, outcomes = import_all(files)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb(), "outcomes": outcomes,
                      "reader_peak_mb": max(READER_PEAK_MB, default=0.0)}))


def peak_memory() -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--child-import"], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-2000:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def child_corpus(path: Path) -> None:
    """(d) Run in a child process: one corpus file imported from its folder, then the outcome,
    the time and the RSS high-water mark, as JSON."""
    api = _new_project(BENCH_DIR)
    try:
        start = time.perf_counter()
        [result] = api.import_files([path.parent])
        seconds = time.perf_counter() - start
    finally:
        _drop_project(api)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb(), "code": result.code,
                      "message": result.message}))


def corpus_runs(good: Path) -> list[dict[str, Any]]:
    """(d) Every kind of tests/helpers/corpus.py imported alone in a child process (60 s
    allowed): no hang, no traceback, the peak memory of each."""
    sys.path.insert(0, str(ROOT))
    from tests.helpers.corpus import ENGLISH, KINDS, LARGEST

    out: list[dict[str, Any]] = []
    makers = [(k.name, k.make, True) for k in KINDS] + [(n, m, False) for n, m in LARGEST]
    with tempfile.TemporaryDirectory(dir=BENCH_DIR) as tmp:
        for i, (name, make, rejected) in enumerate(makers):
            folder = Path(tmp) / f"{i:02d}"
            folder.mkdir()
            path = make(folder, good)
            row: dict[str, Any] = {"kind": name, "rejected": rejected}
            try:
                proc = subprocess.run([sys.executable, __file__, "--child-corpus", str(path)],
                                      capture_output=True, text=True, cwd=ROOT, timeout=60)
            except subprocess.TimeoutExpired:
                row["error"] = "hang (over 60 s)"
            else:
                if proc.returncode != 0:
                    row["error"] = proc.stderr.strip()[-500:] or f"exit {proc.returncode}"
                else:
                    row |= json.loads(proc.stdout.strip().splitlines()[-1])
                    if ENGLISH.search(row["message"].split(":", 1)[-1]):
                        row["error"] = "English text in the message"
                    elif (row["code"] is not None) != rejected:
                        row["error"] = f"{'imported' if rejected else 'rejected'}: " \
                            + row["message"]
            out.append(row)
    return out


def profile_import(files: Sequence[Path]) -> None:
    """cProfile of the import of the first PROFILE_FILES files, written to .bench/."""
    from desktop.core.importing import service

    api = _new_project(BENCH_DIR)
    prof = cProfile.Profile()
    try:
        prof.runcall(service.import_paths, api.db, list(files[:PROFILE_FILES]))
    finally:
        _drop_project(api)
    prof.dump_stats(PROFILE_FILE)
    out = io.StringIO()
    out.write(f"cProfile of importing {min(PROFILE_FILES, len(files))} files: top 15 by "
              "cumulative time, by own time, and Samdrift's own functions by cumulative time\n")
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(15)
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(15)
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(r"/(desktop|db)/", 25)
    PROFILE_TEXT.write_text(out.getvalue(), encoding="utf-8")


# --- report -------------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--regenerate", action="store_true", help="generate the returns anew")
    ap.add_argument("--runs", type=int, default=2, help="runs of (a) and (b), best is reported")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                    help="processes generating the returns")
    ap.add_argument("--no-profile", action="store_true", help="skip the cProfile run")
    ap.add_argument("--child-import", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus of bad files")
    args = ap.parse_args(argv)

    BENCH_DIR.mkdir(exist_ok=True)
    # the automatic backups of the benchmark's projects go to a folder of their own (not the
    # user's data folder, which they would fill with copies of a 32 MB project)
    os.environ.setdefault("SAMDRIFT_BACKUP_DIR", str(BENCH_DIR / "backups"))
    if args.child_import:
        child_import(ensure_returns(False, 1))
        return 0
    if args.child_corpus:
        child_corpus(args.child_corpus)
        return 0

    files = ensure_returns(args.regenerate, max(1, args.jobs))
    load_before = os.getloadavg()  # the machine is shared: the figures hold at this load
    runs = max(2, args.runs)
    opx: list[float] = []
    cal: list[float] = []
    imports: list[tuple[float, Phases, dict[str, int]]] = []
    threaded: list[tuple[float, Phases, dict[str, int]]] = []
    cells = filled = 0
    for i in range(runs):  # interleaved, so that load from elsewhere hits all alike
        seconds, cells, filled = read_all(files)
        opx.append(seconds)
        seconds = read_all_calamine(files)[0]
        cal.append(seconds)
        print(f"  run {i + 1}: openpyxl {opx[-1]:.1f} s, calamine {seconds:.1f} s", flush=True)
        for reader, out in (("thread", threaded), ("process", imports)):
            phases = Phases()
            seconds, outcomes = import_all(files, phases, reader)
            out.append((seconds, phases, outcomes))
            print(f"  run {i + 1}: import {seconds:.1f} s (reading in a {reader})", flush=True)
    memory = peak_memory()
    corpus = [] if args.no_corpus else corpus_runs(files[0])
    if not args.no_profile:
        profile_import(files)

    openpyxl_s, calamine_s = min(opx), min(cal)
    best_import, phases, outcomes = min(imports, key=lambda x: x[0])
    best_threaded, thread_phases, thread_outcomes = min(threaded, key=lambda x: x[0])
    peak = memory.get("peak_mb")
    reader_peak = memory.get("reader_peak_mb") or 0.0
    total_peak = peak + reader_peak if peak is not None else None
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    rows = [
        ("files", f"{len(files)} ({size_mb:.0f} MB)", ""),
        ("cells loaded", f"{cells:,} ({filled:,} non-empty)".replace(",", " "), ""),
        ("openpyxl alone (s)", f"{openpyxl_s:.1f}",
         "runs: " + ", ".join(f"{s:.1f}" for s in opx)),
        ("calamine alone (s)", f"{calamine_s:.2f}",
         "runs: " + ", ".join(f"{s:.2f}" for s in cal)),
        ("full import (s)", f"{best_import:.1f}",
         "runs: " + ", ".join(f"{s:.1f}" for s, _, _ in imports)
         + f"   target <= {TARGET_SECONDS:.0f}  {_verdict(best_import <= TARGET_SECONDS)}"),
        ("… reading on a thread", f"{best_threaded:.1f}",
         "runs: " + ", ".join(f"{s:.1f}" for s, _, _ in threaded)
         + "   (the read-ahead thread, as before the reader process)"),
        ("ratio import/calamine", f"{best_import / calamine_s:.1f}", ""),
        ("ratio import/openpyxl", f"{best_import / openpyxl_s:.2f}", ""),
        ("peak memory (MB)", f"{total_peak:.0f}" if total_peak is not None else "?",
         f"target <= {TARGET_PEAK_MB:.0f}  "
         + (_verdict(total_peak <= TARGET_PEAK_MB) if total_peak is not None
            else "FAIL (no figure)")
         + (f"   (importing {peak:.0f} + reader process {reader_peak:.0f})"
            if peak is not None else "")),
    ]
    print()
    load = "/".join(f"{x:.1f}" for x in load_before) + " → " \
        + "/".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Import benchmark ({os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average 1/5/15 min {load})")
    for label, value, note in rows:
        print(f"  {label:<22}{value:>28}   {note}")
    for title, best, ph in (
            ("reading on the read-ahead thread (as before), overlapping the commits",
             best_threaded, thread_phases),
            ("reading in the reader process (only the first files, read while it starts, "
             "are timed here)", best_import, phases)):
        sec = ph.seconds
        storing = sec["store"] - sec["commit"]
        waiting = best - sec["store"]
        print(f"\n  import phases (best run), {title}:")
        for label, value in (("reading (load_book)", sec["read"]),
                             ("  measuring (scan)", sec["scan"]),
                             ("  calamine", sec["calamine"]),
                             ("  sniffing, files", sec["read"] - sec["scan"] - sec["calamine"]),
                             ("parsing (parse_book)", sec["parse"]),
                             ("match, compare, store", storing),
                             ("commits (disk)", sec["commit"]),
                             ("waiting for a read", waiting)):
            print(f"    {label:<24}{value:8.2f} s  {100 * value / best:5.1f} %")
    sec = thread_phases.seconds
    storing = sec["store"] - sec["commit"]
    print(f"  import/calamine: calamine's own load is {sec['calamine']:.1f} s of the "
          f"{best_threaded:.1f} s with the thread; the rest is measuring each file against the "
          "limits before calamine may read it, parsing every value the Norwegian way with its "
          "issues (both in the reader process now, on another core), and one SQLite "
          f"transaction per file (the file's bytes, its rows and issues: {storing:.1f} s) "
          f"whose commit waits for the disk ({sec['commit']:.1f} s).")
    if thread_outcomes != outcomes:
        print(f"  DIFFERENT outcomes with the thread: {thread_outcomes}")
    print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in outcomes.items()))
    if corpus:
        ok = [r for r in corpus if "error" not in r and r["rejected"]]
        worst = max(ok, key=lambda r: r["peak_mb"], default=None)
        slowest = max(ok, key=lambda r: r["seconds"], default=None)
        failed = [r for r in corpus if "error" in r or r["peak_mb"] > TARGET_PEAK_MB]
        print(f"\n  corpus of bad files ({len(ok)} kinds, tests/helpers/corpus.py), each "
              "imported alone in a child process:")
        if worst is not None and slowest is not None:
            print(f"    highest peak memory  {worst['peak_mb']:6.0f} MB  ({worst['kind']})   "
                  f"target <= {TARGET_PEAK_MB:.0f}  {_verdict(not failed)}")
            print(f"    slowest              {slowest['seconds']:6.2f} s   ({slowest['kind']})")
        for r in failed:
            reason = r.get("error") or f"{r['peak_mb']:.0f} MB"
            print(f"    FAIL {r['kind']}: {reason}")
        codes: dict[str, int] = {}
        for r in ok:
            codes[r["code"]] = codes.get(r["code"], 0) + 1
        print("    rejected as: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
        for r in corpus:
            if not r["rejected"] and "error" not in r:
                print(f"    largest accepted ({r['kind']}): {r['peak_mb']:.0f} MB, "
                      f"{r['seconds']:.1f} s   target <= {TARGET_PEAK_MB:.0f}  "
                      f"{_verdict(r['peak_mb'] <= TARGET_PEAK_MB)}")
    if "error" in memory:
        print(f"  peak memory run failed:\n{memory['error']}")
    if not args.no_profile:
        print(f"  cProfile ({PROFILE_FILES} files): {PROFILE_TEXT} (raw: {PROFILE_FILE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
