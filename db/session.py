"""Opening a project: engine, SQLite pragmas, migrations with a backup before an upgrade.

Alembic is imported only when a file needs upgrading: importing it costs ≈ 0.6 s, paid on every
CLI call and app start before. A file already at `SCHEMA_HEAD` is recognised by reading its
`alembic_version` row directly.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ProjectFileError as ProjectFileError  # raised here, re-exported
from db.errors import worded

log = logging.getLogger("samdrift.db")

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
PROJECT_SUFFIX = ".samdrift"
# The newest migration in db/migrations/versions. A new migration must bump it
# (tests/unit/db/test_project_file.py checks it against alembic's head).
SCHEMA_HEAD = "0007"
# PostgreSQL: the advisory lock every writing transaction takes (one project per database).
WRITE_LOCK_KEY = 0x5A4D_4452  # "SMDR"
# Execution option of a connection that only reads: no write lock taken (see _begin).
READ_ONLY = "samdrift_read_only"


def to_url(target: str | Path) -> str:
    """A database URL for a path to a project file, or the URL itself. A plain
    `postgresql://` URL gets the driver Samdrift installs (psycopg 3)."""
    text = str(target)
    if "://" in text:
        if text.startswith(("postgresql://", "postgres://")):
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


# How long a writer waits for another process's write to finish before it gives up.
BUSY_TIMEOUT_MS = 30_000


def current_user() -> str:
    """Who makes a change: SAMDRIFT_USER, else the login name."""
    name = os.environ.get("SAMDRIFT_USER")
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):  # no login name (a container without a passwd entry)
            name = "ukjent"
    return name[:200]


def current_process() -> str:
    """This process, as the change log and the open-file marker name it: host:pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Rollback journal, not WAL: after every commit the .samdrift file alone holds every
    committed change, so a copy of the file taken while the app is open (an e-mail, a USB
    stick, a backup program) is whole. WAL kept committed data in a `-wal` file beside it
    until the last connection closed, and does not work on network drives. `synchronous=FULL`
    makes a commit durable before it returns."""
    # transactions are begun explicitly (_begin), not by the driver before its first write
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=DELETE")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _begin_sqlite(conn: Any) -> None:
    """A transaction that may write takes the write lock when it begins (`BEGIN IMMEDIATE`):
    two imports that both read "no current return" and then both insert one cannot happen,
    the second waits (busy timeout) until the first has committed, then reads its result.
    A read-only connection begins a plain (deferred) transaction."""
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _begin_postgresql(conn: Any) -> None:
    """The same on PostgreSQL: every writing transaction holds one advisory lock until it
    ends, so writers take turns (waiting at most the busy timeout); readers never wait."""
    if conn.get_execution_options().get(READ_ONLY, False):
        return
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_MS}ms'")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _open_existing_only(_dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]
                        ) -> None:
    """Connect with `mode=rw`: a project file that was moved or deleted is an error, never
    a new empty file in its place."""
    if cargs and isinstance(cargs[0], str) and cargs[0] not in ("", ":memory:") \
            and not cargs[0].startswith("file:"):
        cargs[0] = f"file:{quote(cargs[0])}?mode=rw"
        cparams["uri"] = True


def make_engine(url: str) -> Engine:
    from db.storage_errors import install, where_of

    try:
        engine = create_engine(url)
    except ModuleNotFoundError as exc:  # the database's driver is not installed
        from desktop.core.errors import StorageProblem

        raise worded(StorageProblem, "Databasedriveren for {where} er ikke installert "
                     "({module}). For PostgreSQL: pip install 'samdrift[postgres]'.",
                     where=where_of(url), module=exc.name) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "do_connect", _open_existing_only)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _begin_postgresql)
    install(engine, where_of(url))
    return engine


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The head of the migration scripts, as alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision (alembic's version table), None for a file without one."""
    with engine.connect().execution_options(**{READ_ONLY: True}) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise worded(ProjectFileError, "Prosjektfilen har flere skjemaversjoner: {versions}",
                     versions=", ".join(rows))
    return rows[0] if rows else None


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """A consistent copy of a SQLite project file next to it, before it is upgraded."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'unversioned'}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@dataclass
class ProjectDatabase:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None  # written when opening upgraded an older project file
    # the file's (device, inode) when opened: a file moved, deleted or replaced while open is
    # noticed before the next unit of work (SQLite would go on writing into the deleted file)
    identity: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.identity is None and self.path is not None and self.path.exists():
            st = self.path.stat()
            self.identity = (st.st_dev, st.st_ino)

    def check_file(self) -> None:
        """Raise StorageProblem when the project file is no longer where it was opened."""
        path = self.path
        if path is None or self.identity is None:
            return
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is None or (st.st_dev, st.st_ino) != self.identity:
            from desktop.core.errors import StorageProblem

            self.engine.dispose()  # the connections hold the old file
            raise worded(StorageProblem, "Prosjektfilen {path} er flyttet, slettet eller "
                         "byttet ut mens den var åpen. Ingenting er lagret; åpne prosjektet "
                         "igjen der det ligger nå.", path=path)

    @property
    def path(self) -> Path | None:
        u = make_url(self.url)
        return Path(u.database) if u.get_backend_name() == "sqlite" and u.database else None

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error. A unit that may
        write holds the write lock from its start (another writer waits up to 30 s);
        `read_only=True` takes none (it must not write)."""
        self.check_file()
        with self.sessions() as s, s.begin():
            if read_only:
                s.connection(execution_options={READ_ONLY: True})
            yield s

    def reading(self) -> AbstractContextManager[Session]:
        """A unit of work that only reads."""
        return self.session(read_only=True)

    def log_change(self, kinds: Iterable[str], ids: dict[str, list[str]]) -> None:
        """One row of the change log: what this process changed, by whom, when (other
        processes read it to refresh their views, desktop/core/project/watch.py)."""
        from db.models import ChangeLog
        from desktop.core.errors import StorageProblem

        try:
            with self.session() as s:
                s.add(ChangeLog(kinds=sorted(kinds), ids=ids, made_by=current_user(),
                                process=current_process()))
        except StorageProblem:  # the change itself is committed; only others' refresh waits
            from db.target import display_url

            log.warning("the change log of %s could not be written", display_url(self.url),
                        exc_info=True)

    def close(self) -> None:
        self.engine.dispose()


def _repair_early_0006(engine: Engine) -> None:
    """The first build of 0006 named change_log's user column `user` (reserved in SQL); the
    projects it made get the column's final name."""
    with engine.connect().execution_options(**{READ_ONLY: True}) as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("change_log")}
    if "user" in columns and "made_by" not in columns:
        with engine.begin() as conn:
            conn.exec_driver_sql('ALTER TABLE change_log RENAME COLUMN "user" TO made_by')


def open_database(target: str | Path, *, create: bool = False) -> ProjectDatabase:
    """Open (or with create=True, create) a project database and bring its schema up to date.

    An existing file of an older schema is backed up next to itself before it is upgraded.
    """
    url = to_url(target)
    u = make_url(url)
    path = Path(u.database) if u.get_backend_name() == "sqlite" and u.database else None
    if path is not None:
        if not path.exists() and not create:
            raise worded(ProjectFileError, "Finner ikke prosjektfilen {path}", path=path)
        if path.exists() and create:
            raise worded(ProjectFileError, "Prosjektfilen {path} finnes allerede", path=path)
        try:
            if path.exists():
                with path.open("rb") as fh:
                    if fh.read(16) != b"SQLite format 3\x00" and path.stat().st_size > 0:
                        raise worded(ProjectFileError, "{path} er ikke en "
                                     "Samdrift-prosjektfil", path=path)
            else:  # an empty file is an empty SQLite database; the engine never creates one
                path.parent.mkdir(parents=True, exist_ok=True)
                path.touch(exist_ok=False)
        except OSError as exc:
            from db.storage_errors import os_problem

            raise os_problem(exc, str(path)) from exc
    engine = make_engine(url)
    backup: Path | None = None
    try:
        current = current_revision(engine)
        if current == SCHEMA_HEAD:
            _repair_early_0006(engine)
            return ProjectDatabase(url, engine, sessionmaker(engine, expire_on_commit=False))
        from alembic import command
        from alembic.script import ScriptDirectory

        head = head_revision()
        script = ScriptDirectory.from_config(alembic_config(url))
        if current is not None and current != head:
            known = {rev.revision for rev in script.walk_revisions()}
            if current not in known:
                raise worded(ProjectFileError, "Prosjektfilen er laget av en nyere versjon av "
                             "Samdrift (skjema {schema}); oppdater programmet for å åpne den",
                             schema=current)
            if path is not None:
                engine.dispose()
                backup = backup_sqlite(path, current)
        if current is None and not create and inspect(engine).get_table_names():
            raise worded(ProjectFileError, "{path} er ikke en Samdrift-prosjektfil",
                         path=target)
        if current != head:
            with engine.begin() as conn:
                cfg = alembic_config(url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except Exception:
        engine.dispose()
        if create and path is not None and path.exists() and path.stat().st_size == 0:
            path.unlink()  # the empty file this call made
        raise
    return ProjectDatabase(url, engine, sessionmaker(engine, expire_on_commit=False), backup)


def copy_project_file(src: Path, dst: Path) -> None:
    """Save as: a consistent copy of an open SQLite project (db/copy.py)."""
    from db.copy import copy_file

    copy_file(src, dst)
