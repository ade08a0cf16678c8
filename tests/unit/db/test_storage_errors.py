"""What the disk or the database refuses is one clear message naming the project, and nothing
is half-written: disk full, a read-only file or folder, a file deleted while open, a lock held
too long. (Before: a traceback with `sqlite3.OperationalError`.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from desktop.core.errors import StorageProblem
from desktop.core.project.api import ProjectApi
from tests.helpers.factory import ProjectFactory

GERICA = [{"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift"}]
MANY = [{"name": f"System {i} med et langt navn for å fylle sider", "service_area": "Skole"}
        for i in range(300)]


def _returns(factory: ProjectFactory) -> int:
    with factory.api.db.reading() as s:
        return int(s.execute(text("SELECT count(*) FROM questionnaire_return")).scalar_one())


def test_a_full_disk_is_a_message_and_nothing_is_stored(factory: ProjectFactory) -> None:
    factory.api.import_files([factory.filled("4216", "first.xlsx", installation=GERICA)])
    big = factory.filled("4218", "stor.xlsx", installation=MANY)
    engine = factory.api.db.engine
    with engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()

    @event.listens_for(engine, "connect")
    def full(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    engine.dispose()
    with pytest.raises(StorageProblem, match="disken med .*test.samdrift er full"):
        factory.api.import_files([big])
    event.remove(engine, "connect", full)
    engine.dispose()
    assert _returns(factory) == 1
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Paths made immutable (chattr +i: root may write any file chmod protects)."""
    made: list[Path] = []
    yield made
    for p in made:
        subprocess.run(["chattr", "-i", str(p)], check=False)


def _read_only(path: Path, immutable: list[Path]) -> None:
    path.chmod(0o555 if path.is_dir() else 0o444)
    import os

    if os.access(path, os.W_OK):  # root
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot make a file read-only for root here (no chattr)")
        immutable.append(path)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_project_is_a_message(factory: ProjectFactory, immutable: list[Path],
                                          what: str) -> None:
    factory.api.import_files([factory.filled("4216", "first.xlsx", installation=GERICA)])
    second = factory.filled("4218", "andre.xlsx", installation=GERICA)
    factory.close()
    path = factory.tmp / "test.samdrift"
    _read_only(path if what == "file" else path.parent, immutable)
    api = ProjectApi.open(path)
    try:
        assert len(api.status()) == 3  # reading works
        with pytest.raises(StorageProblem, match=str(path)):
            api.import_files([second])
    finally:
        api.close()
        for p in immutable:
            subprocess.run(["chattr", "-i", str(p)], check=False)
        immutable.clear()
        path.chmod(0o644)
        path.parent.chmod(0o755)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM questionnaire_return").fetchone()[0] == 1
    finally:
        con.close()


def test_a_file_deleted_while_open_is_an_error_not_a_new_empty_project(
        factory: ProjectFactory) -> None:
    factory.api.import_files([factory.filled("4216", "first.xlsx", installation=GERICA)])
    second = factory.filled("4218", "andre.xlsx", installation=GERICA)
    path = factory.path
    path.unlink()
    with pytest.raises(StorageProblem, match="slettet"):
        factory.api.import_files([second])
    with pytest.raises(StorageProblem):
        factory.api.status()
    assert not path.exists(), "a new empty project was made in its place"


def test_a_lock_held_too_long_is_a_message(factory: ProjectFactory,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import db.session

    factory.api.import_files([factory.filled("4216", "first.xlsx", installation=GERICA)])
    second = factory.filled("4218", "andre.xlsx", installation=GERICA)
    path = factory.path
    factory.close()
    monkeypatch.setattr(db.session, "BUSY_TIMEOUT_MS", 300)
    api = ProjectApi.open(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, and writing
    try:
        with pytest.raises(StorageProblem, match="opptatt"):
            api.import_files([second])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [r.outcome.value for r in api.import_files([second])] == ["imported"]
    api.close()


def test_the_cli_prints_the_message_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "p.samdrift"
    ProjectApi.create(path, "P", ["4216"]).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        done = subprocess.run(
            [sys.executable, "-c", "import sys, db.session as s; s.BUSY_TIMEOUT_MS = 200; "
             "from desktop.cli.main import main; sys.exit(main(sys.argv[1:]))",
             "status", str(path)], capture_output=True, text=True, timeout=120)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("samdrift: Prosjektet ") and str(path) in done.stderr
    assert "Traceback" not in done.stderr
