"""The survey follow-up on PostgreSQL: run with SAMDRIFT_TEST_POSTGRES_URL set to an empty
database's URL (e.g. postgresql+psycopg://postgres@/survey?host=/tmp/pg&port=5432) and
psycopg installed; skipped otherwise."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.core.project.api import ProjectApi
from desktop.core.questionnaire.fill import Answers, fill_template
from tests.helpers.saved_at import set_saved_at

URL = os.environ.get("SAMDRIFT_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="SAMDRIFT_TEST_POSTGRES_URL not set")


def test_corrections_issue_states_and_removal_on_postgresql(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    from sqlalchemy import create_engine, text

    assert URL is not None
    engine = create_engine(URL)
    with engine.begin() as conn:  # an empty database for the test
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    with ProjectApi.create(URL, "PG", ["4216", "4218"]) as api:
        [t] = api.write_templates(tmp_path / "ut", ["4216"])
        rows = [{"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift",
                 "users": "hundre"},
                {"name": "VFS", "service_area": "Skole", "hosting": "Ukjent drift"}]
        first = set_saved_at(fill_template(t, tmp_path / "a.xlsx", Answers(
            {}, {"installation": rows})), dt.datetime(2026, 10, 1))
        api.import_files([first])
        issue = next(i for i in api.issues() if i.raw_value == "hundre")
        c = api.survey.correct("4216", "150", "telefon", cell=f"{issue.sheet}!{issue.cell}")
        other = next(i for i in api.issues() if i.state == "open" and i.severity != "info")
        before = next(s for s in api.status() if s.number == "4216").issues
        api.survey.set_issue_state(other.id or 0, "accepted", "som det er")
        assert next(s for s in api.status() if s.number == "4216").issues == before - 1
        newer = set_saved_at(fill_template(t, tmp_path / "b.xlsx", Answers(
            {}, {"installation": [dict(rows[0], users=150)]})), dt.datetime(2026, 11, 1))
        [result] = api.import_files([newer])
        assert "løst" in result.corrections[0]
        assert api.survey.corrections()[0].id == c.id
        api.survey.remove_participant("4216")
        assert api.export()["installations"] == []
