"""Consistent copies of a project, at any time, also while it is open and being written.

- SQLite → file: SQLite's online backup API (a snapshot of one moment, whatever other
  connections do meanwhile) into a temporary file beside the target, then renamed over it:
  the target is the old copy or the whole new one, never half of one.
- PostgreSQL → file, and file → PostgreSQL: a new project of the current schema, then every
  table's rows in one read transaction (one moment) and one write transaction.

The source must be at the current schema (`open_database` brought it there).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, insert, select, text

from db.errors import worded
from db.models import Base
from db.session import READ_ONLY, ProjectDatabase, open_database, to_url
from db.target import is_url


def copy_database(source: ProjectDatabase, target: str | Path) -> str:
    """Write a consistent copy of `source` to `target` (a file path, replaced if it exists,
    or an empty database's URL); returns what opens the copy."""
    if is_url(target):
        _copy_into_database(source, str(target))
        return str(target)
    dst = Path(target).expanduser().resolve()
    if source.path is not None and dst == source.path.resolve():
        from desktop.core.errors import InputError

        raise worded(InputError, "En kopi kan ikke skrives over prosjektfilen selv.")
    if source.path is not None:
        copy_file(source.path, dst)
    else:
        _replace_with(dst, lambda tmp: _copy_into_new_file(source, tmp))
    return str(dst)


def copy_file(src: Path, dst: Path) -> None:
    """A consistent copy of the SQLite project file `src` at `dst` (replaced whole)."""
    _replace_with(dst, lambda tmp: sqlite_snapshot(src, tmp))


def _replace_with(dst: Path, write: Callable[[Path], None]) -> None:
    """`write(tmp)` into a temporary file beside `dst`, then rename it over `dst`."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, dst)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


def _copy_into_new_file(source: ProjectDatabase, tmp: Path) -> None:
    tmp.unlink()
    copy = open_database(tmp, create=True)
    try:
        copy_rows(source.engine, copy.engine)
    finally:
        copy.close()


def sqlite_snapshot(src: Path, dst: Path) -> None:
    """SQLite's backup API: `src` as of one moment into the (new or empty) file `dst`."""
    s = sqlite3.connect(f"file:{quote(str(src))}?mode=ro", uri=True, timeout=30)
    d = sqlite3.connect(dst)
    try:
        s.backup(d)
        d.execute("PRAGMA journal_mode=DELETE")
    finally:
        d.close()
        s.close()


def _copy_into_database(source: ProjectDatabase, url: str) -> None:
    target = open_database(to_url(url), create=True)
    try:
        with target.engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM project")).scalar():
                from desktop.core.errors import InputError

                raise worded(InputError, "Databasen har allerede et prosjekt; velg en tom "
                             "database.")
        copy_rows(source.engine, target.engine)
    finally:
        target.close()


def copy_rows(src: Engine, dst: Engine) -> None:
    """Every table's rows from `src` to `dst` (both at the current schema, `dst` empty)."""
    tables = list(Base.metadata.sorted_tables)
    options: dict[str, object] = {READ_ONLY: True}
    if src.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"  # every table as of one moment
    with src.connect().execution_options(**options) as read, dst.begin() as write:
        for table in tables:
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            if rows:
                for start in range(0, len(rows), 500):
                    write.execute(insert(table), rows[start:start + 500])
        if dst.dialect.name == "postgresql":  # the id sequences continue after the copied ids
            for table in tables:
                if "id" in table.c:
                    write.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"))
