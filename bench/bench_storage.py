"""Load and fault benchmark of the storage: N writers for T seconds on SQLite and PostgreSQL,
with random SIGKILLs, then a check that nothing committed was lost.

    .venv/bin/python bench/bench_storage.py [--writers 4] [--seconds 20]
        [--engines sqlite,postgresql]

Each writer is its own process on one project and loops: import one of several versions of a
municipality's return (each version a different number of systems), or rename a system of the
catalogue to a name of its own. It journals every operation before it starts ("try") and after
it returned ("done"), fsynced. Every ~T/8 seconds a random writer is killed (SIGKILL) and a new
one started. At the end:

- every journaled import is present (its file's hash among the returns);
- every municipality has exactly one current return, and the records of the current return are
  exactly its file's (nothing of a half-done import, nothing of a replaced return);
- every system's name is the last renaming to it, or one a killed writer tried (never lost to
  a concurrent writer, never the original when a rename was journaled done);
- `PRAGMA integrity_check` (SQLite) is ok.

PostgreSQL: a throw-away server (tests/helpers/postgres.py), or SAMDRIFT_TEST_POSTGRES_URL.
Prints the figures and PASS/FAIL; always exits 0 (it reports, like the other benchmarks).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MUNICIPALITIES = 8
VERSIONS = 4


def _journal(fh: object, **entry: object) -> None:
    fh.write(json.dumps(entry) + "\n")  # type: ignore[attr-defined]
    fh.flush()  # type: ignore[attr-defined]
    os.fsync(fh.fileno())  # type: ignore[attr-defined]


def worker(target: str, journal: str, seed: int, files: list[str], systems: list[int]) -> None:
    from desktop.core.project.api import ProjectApi

    rnd = random.Random(seed)
    api = ProjectApi.open(target)
    n = 0
    with open(journal, "a", encoding="utf-8") as fh:
        while True:
            n += 1
            start = time.perf_counter()
            if rnd.random() < 0.6:
                f = rnd.choice(files)
                _journal(fh, op="import", file=f, state="try")
                [r] = api.import_files([f])
                if r.rejected:
                    raise SystemExit(f"rejected: {r.message}")
                _journal(fh, op="import", file=f, state="done",
                         ms=(time.perf_counter() - start) * 1000)
            else:
                sid = rnd.choice(systems)
                name = f"w{seed}-{n}"
                _journal(fh, op="rename", system=sid, name=name, state="try")
                api.catalogue.rename(sid, name)
                _journal(fh, op="rename", system=sid, name=name, state="done",
                         t=time.time(), ms=(time.perf_counter() - start) * 1000)


def _prepare(folder: Path) -> tuple[list[str], list[tuple[str, int]]]:
    """Returns of MUNICIPALITIES municipalities in VERSIONS versions: (numbers, (file, n))."""
    import csv

    from desktop.core.project.api import ProjectApi
    from desktop.core.questionnaire.fill import Answers, fill_template
    from desktop.paths import resource

    with resource("register", "kommuner.csv").open(encoding="utf-8") as fh:
        numbers = [row["kommunenummer"] for row in csv.DictReader(fh)][:MUNICIPALITIES]
    scratch = folder / "maler.samdrift"
    api = ProjectApi.create(scratch, "Maler", numbers)
    templates = api.write_templates(folder / "utsendt")
    api.close()
    files: list[tuple[str, int]] = []
    for t in templates:
        for v in range(VERSIONS):
            count = 3 + 4 * v
            rows = [{"name": n, "service_area": "Skole"} for n in
                    ("Visma Flyt Skole", "Gerica", "Acos Websak", "IST Extens", "Tieto Familia",
                     "Compilo", "Visma Enterprise", "Unit4 ERP", "Elements", "Public 360",
                     "Agresso", "Infodoc", "Profil", "Vigilo", "Transponder")[:count]]
            out = folder / "svar" / f"{t.stem}-v{v}.xlsx"
            out.parent.mkdir(exist_ok=True)
            fill_template(t, out, Answers({}, {"installation": rows}))
            # different saved times make each version a replacing return
            os.utime(out, (time.time() - 1000 + v, time.time() - 1000 + v))
            files.append((str(out), count))
    return numbers, files


def run(engine: str, target: str, writers: int, seconds: float, files: list[tuple[str, int]],
        numbers: list[str], folder: Path) -> bool:
    from sqlalchemy import text

    from desktop.core.project.api import ProjectApi

    api = ProjectApi.create(target, "Last", numbers)
    api.import_files([files[0][0]])
    api.catalogue.auto()
    systems = [r.system_id for r in api.catalogue.systems() if r.system_id is not None]
    original = {r.system_id: r.product for r in api.catalogue.systems()}
    api.close()
    journals = folder / f"journal-{engine}"
    journals.mkdir()
    rnd = random.Random(42)
    procs: dict[int, subprocess.Popen[bytes]] = {}
    killed: set[int] = set()
    seq = 0

    def spawn() -> None:
        nonlocal seq
        seq += 1
        code = (f"import sys, json; sys.path.insert(0, {str(ROOT)!r}); from "
                "bench.bench_storage import worker; worker(sys.argv[1], sys.argv[2], "
                "int(sys.argv[3]), json.loads(sys.argv[4]), json.loads(sys.argv[5]))")
        p = subprocess.Popen([sys.executable, "-c", code, target, str(journals / f"{seq}.log"),
                              str(seq), json.dumps([f for f, _ in files]), json.dumps(systems)],
                             stderr=subprocess.PIPE)
        procs[seq] = p

    for _ in range(writers):
        spawn()
    start = time.time()
    next_kill = start + seconds / 8
    while time.time() - start < seconds:
        time.sleep(0.2)
        for wid, p in list(procs.items()):
            if p.poll() is not None and wid not in killed:
                err = p.stderr.read().decode(errors="replace") if p.stderr else ""
                print(f"  writer {wid} ended by itself ({p.returncode}): {err[-800:]}")
                del procs[wid]
                spawn()
        if time.time() >= next_kill:
            wid = rnd.choice(list(procs))
            procs[wid].send_signal(signal.SIGKILL)
            procs[wid].wait()
            killed.add(wid)
            del procs[wid]
            spawn()
            next_kill += seconds / 8
    for wid, p in procs.items():  # the end: stop the rest the same way
        p.send_signal(signal.SIGKILL)
        p.wait()
        killed.add(wid)

    entries: list[dict[str, object]] = []
    for j in sorted(journals.iterdir()):
        wid = int(j.stem)
        for line in j.read_text(encoding="utf-8").splitlines():
            try:
                e = json.loads(line)
            except json.JSONDecodeError:  # killed mid-line
                continue
            e["writer"] = wid
            entries.append(e)
    done = [e for e in entries if e["state"] == "done"]
    imports = [e for e in done if e["op"] == "import"]
    renames = [e for e in done if e["op"] == "rename"]
    tried = {(e["system"], e["name"]) for e in entries if e["op"] == "rename"}
    latencies = sorted(float(e["ms"]) for e in done)  # type: ignore[arg-type]

    import hashlib

    sha = {f: hashlib.sha256(Path(f).read_bytes()).hexdigest() for f, _ in files}
    count_of = {sha[f]: n for f, n in files}
    problems: list[str] = []
    check = ProjectApi.open(target)
    try:
        with check.db.reading() as s:
            shas = set(s.execute(text("SELECT sha256 FROM questionnaire_return")).scalars())
            current = s.execute(text(
                "SELECT p.number, r.id, r.sha256 FROM participant p JOIN questionnaire_return r"
                " ON r.participant_id = p.id AND r.status = 'current'")).all()
            per_return = dict(s.execute(text(
                "SELECT return_id, count(*) FROM installation GROUP BY return_id")).all())
            names = dict(s.execute(text("SELECT id, product FROM distinct_system")).all())
            if engine == "sqlite":
                integrity = s.execute(text("PRAGMA integrity_check")).scalar()
            else:
                integrity = "ok (PostgreSQL)"
    finally:
        check.close()
    for e in imports:
        if sha[str(e["file"])] not in shas:
            problems.append(f"journaled import missing: {e['file']}")
    numbers_current = [n for n, _, _ in current]
    if sorted(numbers_current) != sorted(set(numbers_current)):
        problems.append("a municipality has two current returns")
    current_ids = {rid for _, rid, _ in current}
    for _, rid, digest in current:
        if per_return.get(rid, 0) != count_of[digest]:
            problems.append(f"return {rid}: {per_return.get(rid, 0)} installations, file has "
                            f"{count_of[digest]}")
    stray = [rid for rid in per_return if rid not in current_ids]
    if stray:
        problems.append(f"records of non-current returns: {stray}")
    last_done: dict[int, dict[str, object]] = {}
    for e in sorted(renames, key=lambda e: float(e["t"])):  # type: ignore[arg-type]
        last_done[int(e["system"])] = e  # type: ignore[call-overload]
    for sid in systems:
        final = names.get(sid)
        if (sid, final) not in tried and final != original.get(sid):
            problems.append(f"system {sid}: name {final!r} was never written")
        if sid in last_done and final == original.get(sid):
            problems.append(f"system {sid}: a journaled rename was lost")
    if integrity != "ok" and engine == "sqlite":
        problems.append(f"integrity_check: {integrity}")
    ops = len(done)
    p50 = latencies[len(latencies) // 2] if latencies else 0.0
    p99 = latencies[int(len(latencies) * 0.99)] if latencies else 0.0
    print(f"== {engine}: {writers} writers × {seconds:g} s, {len(killed)} SIGKILLs: "
          f"{ops} operations done ({len(imports)} imports, {len(renames)} renames), "
          f"{ops / seconds:.1f}/s; latency p50 {p50:.0f} ms, p99 {p99:.0f} ms, "
          f"max {latencies[-1] if latencies else 0:.0f} ms; integrity {integrity}")
    for p in problems[:20]:
        print(f"   FAIL {p}")
    print(f"   {'PASS' if not problems else 'FAIL'}: every journaled change present, one "
          "current return each, no lost update")
    return not problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--engines", default="sqlite,postgresql")
    args = ap.parse_args()
    os.environ.setdefault("SAMDRIFT_BACKUP_DIR", tempfile.mkdtemp(prefix="samdrift-bench-bk-"))
    folder = Path(tempfile.mkdtemp(prefix="samdrift-bench-storage-"))
    numbers, files = _prepare(folder)
    ok = True
    for engine in args.engines.split(","):
        if engine == "sqlite":
            ok &= run(engine, str(folder / "last.samdrift"), args.writers, args.seconds,
                      files, numbers, folder)
            continue
        server = None
        url = os.environ.get("SAMDRIFT_TEST_POSTGRES_URL")
        try:
            if not url:
                from tests.helpers.postgres import Unavailable, start_server

                try:
                    server = start_server()
                except Unavailable as exc:
                    print(f"== postgresql: skipped ({exc})")
                    continue
                url = server.url
            from sqlalchemy import create_engine
            from sqlalchemy.engine import make_url

            from db.session import to_url

            admin = create_engine(to_url(url), isolation_level="AUTOCOMMIT")
            name = f"samdrift_bench_{os.getpid()}"
            with admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
            target = make_url(to_url(url)).set(database=name).render_as_string(
                hide_password=False)
            try:
                ok &= run(engine, target, args.writers, args.seconds, files, numbers, folder)
            finally:
                with admin.connect() as conn:
                    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.dispose()
        finally:
            if server is not None:
                server.stop()
    print(f"== storage: {'PASS' if ok else 'FAIL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
