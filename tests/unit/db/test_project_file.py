"""The project file: SQLite with foreign keys and a rollback journal (the file alone is whole
after every commit), upgraded with a backup when older."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from db.session import (
    SCHEMA_HEAD,
    ProjectFileError,
    alembic_config,
    head_revision,
    open_database,
)
from desktop.core.project.api import ProjectApi


def test_new_project_uses_a_rollback_journal_and_foreign_keys(tmp_path: Path) -> None:
    api = ProjectApi.create(tmp_path / "p.samdrift", "Forstudie", ["4204", "Søgne", "1017"])
    try:
        with api.db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert [s.name for s in api.status()] == ["Songdalen", "Søgne", "Kristiansand"]
    finally:
        api.close()
    assert not (tmp_path / "p.samdrift-wal").exists(), "closing leaves one self-contained file"


def test_a_copy_of_the_open_file_after_an_import_holds_every_installation(tmp_path: Path
                                                                           ) -> None:
    """What a user e-mails while the app is open: the .samdrift file alone, copied by the
    file manager. With WAL it held no tables at all until the project was closed."""
    from desktop.core.demo.build import RETURNS_DIR, build_demo
    from desktop.core.demo.data import NUMBERS, PROJECT_NAME

    demo = build_demo(tmp_path / "demo")
    with sqlite3.connect(demo) as con:
        expected = con.execute("SELECT count(*) FROM installation").fetchone()[0]
    assert expected > 100
    api = ProjectApi.create(tmp_path / "open.samdrift", PROJECT_NAME, list(NUMBERS))
    try:
        for f in sorted((tmp_path / "demo" / RETURNS_DIR).iterdir()):
            api.import_files([f])
        assert api.path is not None
        shutil.copy(api.path, tmp_path / "sent.samdrift")  # the project still open
    finally:
        api.close()
    con = sqlite3.connect(tmp_path / "sent.samdrift")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM installation").fetchone()[0] == expected
    finally:
        con.close()


def test_opening_an_older_project_backs_it_up_then_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "gammel.samdrift"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0001")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO project (id, uuid, name, created_at) "
                "VALUES (1, 'u-1', 'Gammelt prosjekt', '2025-01-01')")
    con.execute("INSERT INTO participant (project_id, number, name) VALUES (1, '1018', 'Søgne')")
    con.commit()
    con.close()

    db = open_database(path)
    try:
        assert db.backup is not None and db.backup.exists()
        assert "0001" in db.backup.name
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == head_revision()
            assert conn.execute(text("SELECT name FROM participant")).scalar() == "Søgne"
    finally:
        db.close()
    old = sqlite3.connect(db.backup)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        old.close()


def test_a_file_that_is_not_a_project_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "svar.samdrift"
    path.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(ProjectFileError, match="ikke en Samdrift-prosjektfil"):
        open_database(path)


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    ProjectApi.create(tmp_path / "p.samdrift", "A", ["4216"]).close()
    with pytest.raises(ProjectFileError, match="finnes allerede"):
        ProjectApi.create(tmp_path / "p.samdrift", "B", ["4216"])
    api = ProjectApi.open(tmp_path / "p.samdrift")
    try:
        assert [s.number for s in api.status()] == ["4216"]
    finally:
        api.close()


def test_schema_head_names_the_newest_migration() -> None:
    # a file at SCHEMA_HEAD opens without asking alembic; a migration added without bumping
    # it would leave such files un-upgraded
    assert head_revision() == SCHEMA_HEAD


def test_a_file_from_a_newer_samdrift_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "ny.samdrift"
    ProjectApi.create(path, "Forstudie", ["4204"]).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(ProjectFileError, match="nyere versjon"):
        open_database(path)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    finally:
        con.close()
    assert not list(tmp_path.glob("*.backup-*"))


def test_opening_an_up_to_date_project_does_not_load_the_migration_tool(tmp_path: Path
                                                                        ) -> None:
    # start-up time: alembic costs ≈ 0.6 s to import and is only needed to upgrade a file
    path = tmp_path / "p.samdrift"
    ProjectApi.create(path, "Forstudie", ["4204"]).close()
    root = Path(__file__).resolve().parents[3]
    code = ("import sys; from desktop.core.project.api import ProjectApi; "
            f"api = ProjectApi.open({str(path)!r}); print(api.status()[0].name); api.close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["Kristiansand", "False"]
