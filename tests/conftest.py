"""Shared test setup: Qt offscreen, projects and filled questionnaires on demand, on SQLite and
on PostgreSQL.

`backend` ("sqlite" | "postgresql"), `project_target` (a path to a new file, or the URL of a
fresh empty database of the current schema) and `factory` (a ProjectFactory on that target) run
every test that uses them on both engines; a test that is about the file itself is marked
`sqlite_only`. PostgreSQL: `SAMDRIFT_TEST_POSTGRES_URL` (a server where the user may create
databases; `.ci/run` starts one), else a throw-away server started here
(tests/helpers/postgres.py), else the PostgreSQL runs are skipped with the reason. Each test
gets its own database, copied from a template migrated once per session.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the command line speaks Norwegian in the tests whatever the developer chose in the app or
# the shell (desktop/cli/language.py); a test of the language sets it itself
os.environ["SAMDRIFT_LANG"] = "nb"
# automatic backups (desktop/core/project/backups.py) go to a folder of this run, not the
# user's data folder; subprocesses inherit it
if "SAMDRIFT_BACKUP_DIR" not in os.environ:
    _BACKUPS = tempfile.mkdtemp(prefix="samdrift-test-backups-")
    os.environ["SAMDRIFT_BACKUP_DIR"] = _BACKUPS
else:
    _BACKUPS = ""

from tests.helpers.factory import ProjectFactory  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
_pg_runs: dict[str, int] = {"passed": 0, "failed": 0, "skipped": 0}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the project file itself; runs on "
                            "SQLite only")
    config.addinivalue_line("markers", "postgresql: runs on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        marks = {"postgresql": [pytest.mark.postgresql]}
        metafunc.parametrize("backend", [pytest.param(b, marks=marks.get(b, []), id=b)
                                         for b in (("sqlite",) if only else BACKENDS)],
                             indirect=True)


class _Postgres:
    """The session's server and template database, made when a test first needs them."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.reason: str | None = None
        self.server: Any = None
        self.template = f"samdrift_tpl_{os.getpid()}"
        self.count = 0

    def admin_url(self) -> str:
        if self.url is None and self.reason is None:
            self._start()
        if self.url is None:
            pytest.skip(f"PostgreSQL runs skipped: {self.reason}")
        return self.url

    def _start(self) -> None:
        url = os.environ.get("SAMDRIFT_TEST_POSTGRES_URL")
        if not url:
            from tests.helpers.postgres import Unavailable, start_server

            try:
                self.server = start_server()
            except Unavailable as exc:
                self.reason = str(exc)
                return
            url = self.server.url
        from db.session import open_database, to_url

        self.url = to_url(url)
        try:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}"')
            self._execute(f'CREATE DATABASE "{self.template}"')
            open_database(self.database_url(self.template), create=True).close()
        except Exception as exc:  # a server that refuses: skip, saying why
            self.reason = f"the server at {url.split('@')[-1]} refused: {exc}"
            self.url = None

    def database_url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        assert self.url is not None
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        from sqlalchemy import create_engine

        assert self.url is not None
        engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql(sql)
        finally:
            engine.dispose()

    def fresh(self) -> str:
        self.admin_url()
        self.count += 1
        name = f"samdrift_t{os.getpid()}_{self.count}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.url is not None and self.server is None:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        if self.server is not None:
            self.server.stop()


_POSTGRES = _Postgres()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def project_target(backend: str, tmp_path: Path) -> Iterator[str | Path]:
    """Where a new project goes: a file path (SQLite) or a fresh database's URL."""
    if backend == "sqlite":
        yield tmp_path / "test.samdrift"
        return
    name = _POSTGRES.fresh()
    yield _POSTGRES.database_url(name)
    _POSTGRES.drop(name)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh empty database of the current schema (tests about PostgreSQL itself)."""
    name = _POSTGRES.fresh()
    yield _POSTGRES.database_url(name)
    _POSTGRES.drop(name)


@pytest.fixture
def factory(tmp_path: Path, project_target: str | Path) -> Iterator[ProjectFactory]:
    f = ProjectFactory(tmp_path, project_target)
    yield f
    f.close()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    counted = report.when == "call" or (report.when == "setup" and report.outcome != "passed")
    if "postgresql" in report.keywords and counted:
        _pg_runs[report.outcome] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    ran = _pg_runs["passed"] + _pg_runs["failed"]
    if ran or _pg_runs["skipped"]:
        text = (f"{ran} tests ran on PostgreSQL ({_pg_runs['passed']} passed, "
                f"{_pg_runs['failed']} failed), {_pg_runs['skipped']} skipped")
        if _POSTGRES.reason:
            text += f": {_POSTGRES.reason}"
        terminalreporter.write_line(text)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shutil.which("soffice"):
        return
    skip = pytest.mark.skip(reason="LibreOffice (soffice) is not installed; make test installs it")
    for item in items:
        if "libreoffice" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _POSTGRES.stop()
    if _BACKUPS:
        shutil.rmtree(_BACKUPS, ignore_errors=True)


@pytest.fixture
def english() -> Iterator[None]:
    """The core's texts in English for one test (desktop/core/i18n.py), Norwegian after."""
    from desktop.core import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("nb")
