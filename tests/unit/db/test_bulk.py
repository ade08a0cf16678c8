"""The importer's multi-row inserts (db/bulk.py) store exactly what a Core insert stores:
dates, JSON texts and lists, booleans and missing values, in as many statements as SQLite's
limit on parameters needs."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table, insert, select

from db.bulk import insert_rows
from db.models import Installation, QuestionnaireReturn
from tests.helpers.factory import ProjectFactory

TABLE = cast(Table, Installation.__table__)


def _rows(rid: int, n: int) -> list[dict[str, Any]]:
    return [{"return_id": rid, "sheet": "Fagsystemer", "row": i + 2,
             "raw": {"users": f"ca. {i}"} if i % 2 else {}, "interpreted": ["users"] * (i % 2),
             "name": f"System «{i}»", "vendor": None, "users": i, "annual_cost": 1234.5 * i,
             "contract_end": dt.date(2027, 12, 31) if i % 3 else None, "in_use": i % 4 != 0}
            for i in range(n)]


def _stored(factory: ProjectFactory, rid: int) -> list[tuple[Any, ...]]:
    cols = [c for c in TABLE.columns if c.key != "id"]
    with factory.api.db.reading() as s:
        return [tuple(r) for r in s.execute(select(*cols).where(TABLE.c.return_id == rid)
                                            .order_by(TABLE.c.row))]


def test_multi_row_inserts_store_what_a_core_insert_stores(factory: ProjectFactory) -> None:
    factory.api.import_files([factory.filled("4216", installation=[{"name": "Gerica"}])])
    with factory.api.db.session() as s:
        [rid] = s.scalars(select(QuestionnaireReturn.id)).all()
    n = 2000  # more rows than one statement may carry: 2000 × 11 > 999 parameters
    with factory.api.db.session() as s:
        s.execute(TABLE.delete())
        s.execute(insert(TABLE), _rows(rid, n))
    expected = _stored(factory, rid)
    with factory.api.db.session() as s:
        s.execute(TABLE.delete())
        insert_rows(s, TABLE, _rows(rid, n))
    assert len(expected) == n
    assert _stored(factory, rid) == expected


def test_a_column_not_given_gets_its_default(factory: ProjectFactory) -> None:
    factory.api.import_files([factory.filled("4216", installation=[{"name": "Gerica"}])])
    with factory.api.db.session() as s:
        [rid] = s.scalars(select(QuestionnaireReturn.id)).all()
        s.execute(TABLE.delete())
        rows = _rows(rid, 3)
        for r in rows:
            del r["in_use"], r["vendor"]  # in use unless said otherwise; no vendor
        insert_rows(s, TABLE, rows)
    with factory.api.db.reading() as s:
        stored = s.execute(select(TABLE.c.in_use, TABLE.c.vendor)
                           .where(TABLE.c.return_id == rid)).all()
    assert [tuple(r) for r in stored] == [(True, None)] * 3


def test_rows_with_much_text_are_stored_whole(factory: ProjectFactory) -> None:
    """Rows whose texts together pass what one statement may carry go in several statements
    (a row longer than that alone), and are stored as a Core insert stores them."""
    factory.api.import_files([factory.filled("4216", installation=[{"name": "Gerica"}])])
    with factory.api.db.session() as s:
        [rid] = s.scalars(select(QuestionnaireReturn.id)).all()
    rows = _rows(rid, 40)
    for i, r in enumerate(rows):
        r["comment"] = f"{i}:" + "æ" * (300_000 if i == 7 else 20_000)
        r["raw"] = {"comment": "ø" * 10_000} if i % 5 == 0 else r["raw"]
    with factory.api.db.session() as s:
        s.execute(TABLE.delete())
        s.execute(insert(TABLE), _rows_copy(rows))
    expected = _stored(factory, rid)
    with factory.api.db.session() as s:
        s.execute(TABLE.delete())
        insert_rows(s, TABLE, _rows_copy(rows))
    assert len(expected) == 40
    assert _stored(factory, rid) == expected


def _rows_copy(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]
