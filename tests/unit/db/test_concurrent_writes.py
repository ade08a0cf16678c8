"""Two processes writing one project at once: both succeed, nothing is counted twice.

Before, two imports of one folder at the same time both read "no current return" for a
municipality and both stored one: the municipality then had two current returns, its figures
counted twice, though both imports said they succeeded.
"""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.models import ChangeLog
from desktop.core.project.api import ProjectApi
from desktop.core.questionnaire.fill import Answers, fill_template
from desktop.paths import resource
from tests.helpers.factory import ProjectFactory

WORKER = """
import sys, time
from desktop.core.project.api import ProjectApi
start = float(sys.argv[3])
api = ProjectApi.open(sys.argv[1])
time.sleep(max(0.0, start - time.time()))
results = api.import_files([sys.argv[2]])
api.close()
print(len(results), sum(r.rejected for r in results))
"""


def _twelve_numbers() -> list[str]:
    with resource("register", "kommuner.csv").open(encoding="utf-8") as fh:
        return [row["kommunenummer"] for row in csv.DictReader(fh)][:12]


@pytest.fixture
def twelve_returns(tmp_path: Path, project_target: str | Path) -> tuple[str | Path, Path]:
    numbers = _twelve_numbers()
    project = project_target
    api = ProjectApi.create(project, "Felles", numbers)
    try:
        returns = tmp_path / "svar"
        returns.mkdir()
        for template in api.write_templates(tmp_path / "utsendt"):
            fill_template(template, returns / template.name, Answers(
                {}, {"installation": [{"name": f"System {i}", "service_area": "Skole"}
                                      for i in range(30)]}))
    finally:
        api.close()
    return project, returns


def test_two_processes_importing_the_same_returns_at_once_leave_one_current_each(
        twelve_returns: tuple[str | Path, Path]) -> None:
    project, returns = twelve_returns
    start = time.time() + 4  # both have started Python and opened the project by then
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(project), str(returns),
                               str(start)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert out.split() == ["12", "0"], (out, err)
    api = ProjectApi.open(project)
    try:
        with api.db.reading() as s:
            per_participant = s.execute(text(
                "SELECT p.number, count(r.id) FROM participant p LEFT JOIN questionnaire_return"
                " r ON r.participant_id = p.id AND r.status = 'current' GROUP BY p.number")).all()
            installations = s.execute(text("SELECT count(*) FROM installation")).scalar()
    finally:
        api.close()
    assert len(per_participant) == 12
    assert {n for _, n in per_participant} == {1}, per_participant
    assert installations == 12 * 30


@pytest.mark.sqlite_only
def test_the_database_refuses_a_second_current_return(factory: ProjectFactory) -> None:
    factory.api.import_files([factory.filled("4216")])
    factory.close()
    con = sqlite3.connect(factory.tmp / "test.samdrift")
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            con.execute("INSERT INTO questionnaire_return (participant_id, file_name, "
                        "file_format, sha256, received_at, matched_by, status, original) "
                        "SELECT participant_id, 'kopi.xlsx', file_format, 'x', received_at, "
                        "matched_by, 'current', original FROM questionnaire_return")
        con.execute("INSERT INTO questionnaire_return (participant_id, file_name, "
                    "file_format, sha256, received_at, matched_by, status, original) "
                    "SELECT participant_id, 'gammel.xlsx', file_format, 'y', received_at, "
                    "matched_by, 'superseded', original FROM questionnaire_return")
    finally:
        con.close()


def test_imports_and_decisions_record_who_made_them(factory: ProjectFactory,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMDRIFT_USER", "kari")
    factory.api.import_files([factory.filled("4216", installation=[
        {"name": "Gerica", "service_area": "Helse og omsorg"}])])
    factory.api.catalogue.auto()
    with factory.api.db.reading() as s:
        assert s.execute(text("SELECT imported_by FROM questionnaire_return")).scalars().all() \
            == ["kari"]
        assert set(s.execute(text("SELECT decided_by FROM name_decision")).scalars()) == {"kari"}
        log = s.execute(select(ChangeLog.made_by, ChangeLog.kinds).order_by(ChangeLog.id)).all()
    assert ("kari", ["returns"]) in log
    assert ("kari", ["catalogue"]) in log


def test_a_project_with_two_current_returns_keeps_the_last_imported(tmp_path: Path) -> None:
    from alembic import command

    from db.session import alembic_config, open_database

    path = tmp_path / "dobbel.samdrift"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0005")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO project (id, uuid, name, created_at) VALUES (1, 'u', 'P', '2025')")
    con.execute("INSERT INTO participant (id, project_id, number, name) "
                "VALUES (1, 1, '4216', 'Birkenes')")
    for rid in (1, 2):
        con.execute("INSERT INTO questionnaire_return (id, participant_id, file_name, "
                    "file_format, sha256, received_at, matched_by, status, original) VALUES "
                    f"({rid}, 1, 'svar{rid}.xlsx', 'xlsx', '{rid}', '2025', 'identity', "
                    "'current', x'00')")
        con.execute("INSERT INTO installation (return_id, sheet, row, raw, interpreted, name, "
                    "in_use) "
                    f"VALUES ({rid}, 'Fagsystemer', 5, '{{}}', '[]', 'Gerica', 1)")
    con.commit()
    con.close()
    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT id, status FROM questionnaire_return ORDER BY id").fetchall() \
            == [(1, "superseded"), (2, "current")]
        assert con.execute("SELECT return_id FROM installation").fetchall() == [(2,)]
    finally:
        con.close()


def test_a_project_of_the_first_0006_gets_the_change_log_s_final_column(tmp_path: Path) -> None:
    from db.session import open_database

    path = tmp_path / "tidlig.samdrift"
    ProjectApi.create(path, "P", ["4216"]).close()
    con = sqlite3.connect(path)
    con.execute('ALTER TABLE change_log RENAME COLUMN made_by TO "user"')
    con.commit()
    con.close()
    api = ProjectApi.open(path)
    try:
        api.add_participants(["4218"])  # writes the change log
        with api.db.reading() as s:
            assert s.execute(text("SELECT made_by FROM change_log")).scalars().all()
    finally:
        api.close()
    open_database(path).close()
