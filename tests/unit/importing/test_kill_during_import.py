"""A SIGKILL in the middle of an import leaves the project file consistent: the file being
imported is wholly absent, everything imported before is intact, and the next import works."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.project.results import Outcome

CHILD = textwrap.dedent("""
    import sys, time
    from sqlalchemy import event
    from desktop.core.project.api import ProjectApi

    api = ProjectApi.open(sys.argv[1])

    @event.listens_for(api.db.engine, "after_cursor_execute")
    def _pause(conn, cursor, statement, *args):
        if statement.startswith("INSERT INTO installation"):
            print("inside-transaction", flush=True)
            time.sleep(30)  # the parent kills us here, mid-transaction

    api.import_files([sys.argv[2]])
    print("finished", flush=True)
""")


@pytest.mark.sqlite_only  # the file; PostgreSQL under SIGKILL: bench/bench_storage.py
def test_sigkill_mid_import_leaves_project_consistent(factory, tmp_path: Path) -> None:
    systems = [{"name": f"System {i}", "service_area": "Annet", "hosting": "Egen drift",
                "users": i} for i in range(200)]
    factory.api.import_files([factory.filled("4216", "birkenes.xlsx", installation=systems[:5])])
    second = factory.filled("4218", "iveland.xlsx", installation=systems)
    before = factory.api.export()
    factory.api.close()
    factory._api = None

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(factory.tmp / "test.samdrift"),
                              str(second)], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[3])
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "inside-transaction"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)

    path = factory.tmp / "test.samdrift"
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM questionnaire_return WHERE file_name = ?",
                           ("iveland.xlsx",)).fetchone()[0] == 0
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()

    factory._api = None
    assert factory.api.export() == before, "what was imported before the kill is intact"
    [r] = factory.api.import_files([second])
    assert r.outcome is Outcome.IMPORTED and r.counts["installation"] == 200
