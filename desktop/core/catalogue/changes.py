"""Undoable changes: every operation records the rows it touched, before and after.

A `ChangeSet` holds, per row of `distinct_system`, `name_decision` and `name_rejection`, its
values before and after (None: did not exist / was deleted). `undo` writes the befores back in
reverse order, `redo` the afters in order; both then re-derive `installation.system_id`. The UI
keeps change sets on its undo stack (a QUndoCommand per operation).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.models import Base, DistinctSystem, NameDecision, NameRejection
from desktop.core.catalogue.results import ChangeSet, RowChange
from desktop.core.catalogue.store import chunks

TABLES: dict[str, type[Base]] = {
    "distinct_system": DistinctSystem,
    "name_decision": NameDecision,
    "name_rejection": NameRejection,
}


def snapshot(obj: Base) -> dict[str, Any]:
    return {a.key: getattr(obj, a.key) for a in inspect(type(obj)).column_attrs}


class Recorder:
    """Makes changes in a session and remembers each touched row's first and last state."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._before: dict[tuple[str, int], dict[str, Any] | None] = {}
        self._objects: dict[tuple[str, int], Base | None] = {}
        self._pending: list[Base] = []  # added without a flush: keyed when finishing

    @staticmethod
    def _key(obj: Base) -> tuple[str, int]:
        return str(obj.__tablename__), int(obj.id)  # type: ignore[attr-defined]

    def add(self, obj: Base, flush: bool = True) -> Any:
        """Insert a row; without `flush` its id is known only after `finish` (faster)."""
        self.s.add(obj)
        if not flush:
            self._pending.append(obj)
            return obj
        self.s.flush()
        key = self._key(obj)
        self._before.setdefault(key, None)
        self._objects[key] = obj
        return obj

    def _pending_object(self, obj: Base) -> bool:
        return any(o is obj for o in self._pending) if obj.__dict__.get("id") is None else False

    def update(self, obj: Base, **values: Any) -> None:
        if self._pending_object(obj):  # inserted in this operation: still an insert
            for k, v in values.items():
                setattr(obj, k, v)
            return
        key = self._key(obj)
        if key not in self._before:
            self._before[key] = snapshot(obj)
        for k, v in values.items():
            setattr(obj, k, v)
        self._objects[key] = obj

    def delete(self, obj: Base) -> None:
        if self._pending_object(obj):  # inserted in this operation: never was
            self._pending = [o for o in self._pending if o is not obj]
            self.s.expunge(obj)
            return
        key = self._key(obj)
        if key not in self._before:
            self._before[key] = snapshot(obj)
        self.s.delete(obj)
        self._objects[key] = None

    def touched_name_keys(self) -> set[str]:
        """The name keys of every decision row added, changed or deleted so far."""
        keys = {str(o.name_key) for o in self._pending if isinstance(o, NameDecision)}
        for (table, _), before in self._before.items():
            if table != "name_decision":
                continue
            if before is not None:
                keys.add(str(before["name_key"]))
        for (table, _), obj in self._objects.items():
            if table == "name_decision" and isinstance(obj, NameDecision):
                keys.add(str(obj.name_key))
        return keys

    def finish(self, description: str, system_id: int | None = None) -> ChangeSet:
        self.s.flush()
        for pending in self._pending:
            if pending in self.s:  # not deleted again before the end
                key = self._key(pending)
                self._before.setdefault(key, None)
                self._objects[key] = pending
        self._pending.clear()
        rows = []
        for key, before in self._before.items():
            obj = self._objects.get(key)
            after = snapshot(obj) if obj is not None else None
            if before != after:
                rows.append(RowChange(key[0], key[1], before, after))
        return ChangeSet(description, tuple(rows), system_id)


def name_keys(changes: ChangeSet) -> set[str]:
    """The name keys whose decisions a change set adds, changes or deletes."""
    return {str(values["name_key"]) for rc in changes.rows if rc.table == "name_decision"
            for values in (rc.before, rc.after) if values is not None}


def _load(s: Session, writes: list[tuple[str, int, dict[str, Any] | None]]
          ) -> dict[tuple[str, int], Base]:
    """The rows a list of writes touches, read per table in a few `IN` queries."""
    ids: dict[str, set[int]] = {}
    for table, row_id, _ in writes:
        ids.setdefault(table, set()).add(row_id)
    found: dict[tuple[str, int], Base] = {}
    for table, wanted in ids.items():
        model: Any = TABLES[table]
        for batch in chunks(sorted(wanted)):
            for obj in s.scalars(select(model).where(model.id.in_(batch))):
                found[(table, int(obj.id))] = obj
    return found


def _write_all(s: Session, writes: list[tuple[str, int, dict[str, Any] | None]]) -> None:
    """Write rows back; flushed whenever the table or the kind of write changes, so that
    decisions go before (or after) the systems they name, as recorded."""
    found = _load(s, writes)
    last: tuple[str, bool] | None = None
    for table, row_id, values in writes:
        step = (table, values is None)
        if last is not None and step != last:
            s.flush()
        last = step
        obj = found.get((table, row_id))
        if values is None:
            if obj is not None:
                s.delete(obj)
        elif obj is None:
            s.add(TABLES[table](**values))
        else:
            for k, v in values.items():
                setattr(obj, k, v)
    s.flush()


# who made a row is not what it says: a row a colleague only re-stamped is still as it was
_NOT_COMPARED = frozenset({"decided_by", "created_by", "imported_by"})


def _same(now: dict[str, Any] | None, expected: dict[str, Any] | None) -> bool:
    if now is None or expected is None:
        return now is expected
    keys = (now.keys() | expected.keys()) - _NOT_COMPARED
    return all(now.get(k) == expected.get(k) for k in keys)


def unchanged_since(s: Session, expected: list[tuple[str, int, dict[str, Any] | None]]) -> None:
    """Raise Conflict unless every row is as `expected` (None: absent): undo and redo never
    overwrite what someone else decided since."""
    found = _load(s, expected)
    for table, row_id, values in expected:
        obj = found.get((table, row_id))
        if not _same(snapshot(obj) if obj is not None else None, values):
            from desktop.core.errors import Conflict

            raise Conflict("Endringen kan ikke angres eller gjøres om igjen: noen har endret "
                           "de samme navnene eller systemene siden. Katalogen leses på nytt.",
                           english="The change cannot be undone or redone: someone changed "
                           "the same names or systems since.")


def undo(s: Session, changes: ChangeSet) -> None:
    unchanged_since(s, [(rc.table, rc.id, rc.after) for rc in changes.rows])
    _write_all(s, [(rc.table, rc.id, rc.before) for rc in reversed(changes.rows)])


def redo(s: Session, changes: ChangeSet) -> None:
    unchanged_since(s, [(rc.table, rc.id, rc.before) for rc in changes.rows])
    _write_all(s, [(rc.table, rc.id, rc.after) for rc in changes.rows])
