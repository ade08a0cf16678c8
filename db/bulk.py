"""Many rows into one table in few statements: the importer's inserts.

SQLAlchemy's executemany builds and processes a parameter dictionary per row, and SQLite then
runs one statement per row; for the 270 rows of a questionnaire that was most of the time of
storing it. On SQLite the rows go in as multi-row `INSERT … VALUES (…), (…)` statements (as
many rows as SQLite's limit on parameters allows), each value converted by its column type's
own bind processor, so what is stored is what a Core insert stores. Elsewhere (PostgreSQL,
whose driver pipelines executemany) and whenever the rows do not all have the same columns,
it is a Core insert.

SQLite's statement cache (Python's sqlite3 keeps the last 128 statements prepared) holds each
statement's last values until it runs again, so the statements have few shapes (2^k rows) and
each carries at most `MAX_TEXT_PER_STATEMENT` of text: what stays behind is bounded whatever
the file (the largest files the limits accept hold 44 MB of text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

# SQLite's default limit on parameters per statement before 3.32 (newer builds allow 32 766)
_OLD_SQLITE_VARIABLES = 999
MAX_TEXT_PER_STATEMENT = 256 * 1024  # characters of text bound to one statement
Processor = Callable[[Any], Any] | None


def insert_rows(s: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts of column key → Python value) into `table`."""
    if not rows:
        return
    conn = s.connection()
    keys = tuple(rows[0])
    if conn.dialect.name != "sqlite" or not _complete(table, keys) \
            or any(len(r) != len(keys) or r.keys() != rows[0].keys() for r in rows):
        s.execute(insert(table), list(rows))
        return
    sql, processors = _statement(table, keys, conn.dialect)
    per_statement = max(1, _variable_limit(conn) // len(keys))
    params = _parameters(rows, keys, processors)
    width = len(keys)
    for start, size in _chunks(params, width, len(rows), per_statement):
        values = ", ".join([sql.values_row] * size)
        conn.exec_driver_sql(f"{sql.head}{values}",
                             tuple(params[start * width:(start + size) * width]))


def _parameters(rows: Sequence[dict[str, Any]], keys: tuple[str, ...],
                processors: tuple[Processor, ...]) -> list[Any]:
    """Every row's values in `keys` order, one after the other, each through its column's
    bind processor."""
    get = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    out: list[Any] = []
    for row in rows:
        values = list(get(row))
        for i, proc in converted:
            values[i] = proc(values[i])
        out += values
    return out


def _chunks(params: list[Any], width: int, n: int, most: int) -> list[tuple[int, int]]:
    """(first row, rows) of runs of 2^k rows (at most `most`), each with at most
    MAX_TEXT_PER_STATEMENT of text as bound (a longer row goes alone)."""
    texts = [v for v in params if v.__class__ is str or v.__class__ is bytes]
    total = sum(map(len, texts))
    sizes: list[int] | None = None
    if total > MAX_TEXT_PER_STATEMENT:  # rows by their text (not for a questionnaire as sent)
        sizes = [sum(len(v) for v in params[j * width:(j + 1) * width]
                     if isinstance(v, str | bytes)) for j in range(n)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        size = 1 << (min(most, n - i).bit_length() - 1)
        while sizes is not None and size > 1 and sum(sizes[i:i + size]) > MAX_TEXT_PER_STATEMENT:
            size //= 2
        out.append((i, size))
        i += size
    return out


class _Sql:
    def __init__(self, head: str, values_row: str) -> None:
        self.head, self.values_row = head, values_row


def _complete(table: Table, keys: Sequence[str]) -> bool:
    """Every column a Core insert would fill itself (a Python-side default) is given."""
    given = set(keys)
    return all(c.key in given for c in table.columns
               if c.default is not None and not c.primary_key) \
        and all(k in table.c for k in keys)


@lru_cache(maxsize=64)
def _statement(table: Table, keys: tuple[str, ...], dialect: Dialect
               ) -> tuple[_Sql, tuple[Processor, ...]]:
    prep = dialect.identifier_preparer
    cols = [table.c[k] for k in keys]
    head = (f"INSERT INTO {prep.format_table(table)} "
            f"({', '.join(prep.format_column(c) for c in cols)}) VALUES ")
    row = "(" + ", ".join("?" for _ in cols) + ")"
    processors = tuple(_processor(c.type, dialect) for c in cols)
    return _Sql(head, row), processors


def _processor(type_: Any, dialect: Dialect) -> Processor:
    """The column type's bind processor; for JSON, an empty dict or list (most of a return's
    `raw` and `interpreted`) is given the text that processor makes of it, without calling it."""
    proc = type_.dialect_impl(dialect).bind_processor(dialect)
    if proc is None or not isinstance(type_, JSON):
        return cast(Processor, proc)
    empty_dict, empty_list = proc({}), proc([])

    def process(value: Any) -> Any:
        if value.__class__ is dict and not value:
            return empty_dict
        if value.__class__ is list and not value:
            return empty_list
        return proc(value)

    return process


def _variable_limit(conn: Any) -> int:
    raw = conn.connection.dbapi_connection
    try:
        return int(raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):  # Python before 3.11, or another driver
        return _OLD_SQLITE_VARIABLES
