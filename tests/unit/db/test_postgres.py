"""PostgreSQL as the team's engine: what differs from a file (TEXT columns, its refusals, URLs
with passwords). The shared behaviour runs on both engines through `factory`/`project_target`."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from db.session import open_database
from desktop.core.errors import StorageProblem
from desktop.core.project.api import ProjectApi
from tests.helpers.factory import ProjectFactory


def test_a_long_system_name_a_municipality_typed_is_kept(factory: ProjectFactory) -> None:
    name = ("Fagsystem " + "med et svært langt navn " * 16).strip()  # ≈ 400 characters
    [result] = factory.api.import_files([factory.filled("4216", installation=[
        {"name": name, "service_area": "Skole", "vendor": "Leverandør " * 30}])])
    assert not result.rejected, result.message
    assert [r["name"] for r in factory.api.records("installation")] == [name]


@pytest.mark.postgresql
def test_the_password_is_never_shown(postgres_url: str) -> None:
    url = make_url(postgres_url).set(password="hemmelig").render_as_string(hide_password=False)
    api = ProjectApi.create(url, "Team", ["4216"])
    try:
        assert "hemmelig" not in str(api.info()["path"])
        assert "***" in str(api.info()["path"])
    finally:
        api.close()


@pytest.mark.postgresql
def test_a_missing_database_is_a_message(postgres_url: str) -> None:
    missing = make_url(postgres_url).set(database="finnes_ikke_42")
    with pytest.raises(StorageProblem, match="finnes ikke"):
        open_database(missing.render_as_string(hide_password=False))


@pytest.mark.postgresql
def test_a_server_that_is_gone_is_a_message(postgres_url: str) -> None:
    gone = make_url(postgres_url).set(port=1, query={"connect_timeout": "3"})
    with pytest.raises(StorageProblem, match="Forbindelsen"):
        open_database(gone.render_as_string(hide_password=False))
