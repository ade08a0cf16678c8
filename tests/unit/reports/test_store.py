"""What the user wrote and chose for the report is kept in the project file; a project of
schema 0004 is upgraded (with a backup) to get the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from db.session import SCHEMA_HEAD, alembic_config, open_database
from desktop.core.project.api import ProjectApi
from desktop.core.reports.store import (
    load_chosen_scenarios,
    load_recommendation,
    load_setting,
    save_chosen_scenarios,
    save_recommendation,
    save_setting,
)


def test_recommendation_and_scenarios_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.samdrift"
    api = ProjectApi.create(path, "Forstudie", ["4216", "4218"])
    try:
        assert load_recommendation(api.db) == ""
        assert load_chosen_scenarios(api.db) == []
        save_recommendation(api.db, "Vi anbefaler «Felles drift».\r\n\r\nAndre avsnitt = ja")
        save_chosen_scenarios(api.db, ["Felles drift", "Alene", "Felles drift"])
    finally:
        api.close()
    api = ProjectApi.open(path)
    try:
        assert load_recommendation(api.db) == "Vi anbefaler «Felles drift».\n\nAndre avsnitt = ja"
        assert load_chosen_scenarios(api.db) == ["Felles drift", "Alene"]
        save_recommendation(api.db, "Ny tekst")  # replaces, one row per setting
        assert load_recommendation(api.db) == "Ny tekst"
        with api.db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM report_setting")).scalar() == 2
    finally:
        api.close()


def test_other_settings_can_be_kept_too(tmp_path: Path) -> None:
    api = ProjectApi.create(tmp_path / "p.samdrift", "Forstudie", ["4216"])
    try:
        assert load_setting(api.db, "title", "Standard") == "Standard"
        save_setting(api.db, "title", {"text": "Forstudie", "draws": 2000})
        assert load_setting(api.db, "title") == {"text": "Forstudie", "draws": 2000}
    finally:
        api.close()


def test_a_0004_project_upgrades_with_a_backup_and_an_empty_report_table(tmp_path: Path
                                                                          ) -> None:
    path = tmp_path / "gammel.samdrift"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0004")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO project (id, uuid, name, created_at) "
                "VALUES (1, 'u-1', 'Gammelt prosjekt', '2025-01-01')")
    con.execute("INSERT INTO participant (project_id, number, name) VALUES (1, '4216', "
                "'Birkenes')")
    con.commit()
    con.close()

    db = open_database(path)
    try:
        assert db.backup is not None and "0004" in db.backup.name
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == SCHEMA_HEAD
            assert conn.execute(text("SELECT name FROM participant")).scalar() == "Birkenes"
        columns = {c["name"] for c in inspect(db.engine).get_columns("report_setting")}
        assert columns == {"id", "name", "value", "updated_at"}
        assert load_recommendation(db) == ""
        save_recommendation(db, "Anbefaling")
        assert load_recommendation(db) == "Anbefaling"
    finally:
        db.close()
    old = sqlite3.connect(db.backup)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    finally:
        old.close()

    command.downgrade(alembic_config(f"sqlite:///{path}"), "0004")
    con = sqlite3.connect(path)
    try:
        assert "report_setting" not in {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
