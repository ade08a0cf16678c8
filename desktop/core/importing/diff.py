"""What a replacing return changed: rows added, removed and changed, per record kind."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.core.project.results import RecordChange
from desktop.core.questionnaire.spec import MUNICIPALITY, TABLE_SHEETS

# The fields that identify a row across two versions of a return.
IDENTITY_FIELDS = {"installation": ("name",), "staffing": ("function",),
                   "bought_service": ("vendor", "service"), "infrastructure": ("service",)}
COMPARED_FIELDS = {s.record: tuple(f.key for f in s.fields) for s in TABLE_SHEETS if s.record}
COMPARED_FIELDS["facts"] = tuple(f.key for f in MUNICIPALITY.fields)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _key(kind: str, values: Mapping[str, Any]) -> str:
    return "|".join(" ".join(str(values.get(k) or "").casefold().split())
                    for k in IDENTITY_FIELDS[kind])


def _label(kind: str, values: Mapping[str, Any]) -> str:
    return " – ".join(str(values.get(k)) for k in IDENTITY_FIELDS[kind] if values.get(k)) or "?"


def diff_records(kind: str, before: Iterable[Mapping[str, Any]],
                 after: Iterable[Mapping[str, Any]]) -> list[RecordChange]:
    """Rows are paired by their identifying fields, in order within equal keys."""
    fields = COMPARED_FIELDS[kind]
    old: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for v in before:
        old[_key(kind, v)].append(v)
    changes: list[RecordChange] = []
    for v in after:
        candidates = old.get(_key(kind, v))
        if not candidates:
            changes.append(RecordChange("added", kind, _label(kind, v),
                                        after={k: _plain(v.get(k)) for k in fields}))
            continue
        prev = candidates.pop(0)
        differ = tuple(k for k in fields if _plain(prev.get(k)) != _plain(v.get(k)))
        if differ:
            changes.append(RecordChange("changed", kind, _label(kind, v), differ,
                                        {k: _plain(prev.get(k)) for k in differ},
                                        {k: _plain(v.get(k)) for k in differ}))
    for rest in old.values():
        for prev in rest:
            changes.append(RecordChange("removed", kind, _label(kind, prev),
                                        before={k: _plain(prev.get(k)) for k in fields}))
    return changes


def diff_facts(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
               ) -> list[RecordChange]:
    fields = COMPARED_FIELDS["facts"]
    b, a = before or {}, after or {}
    differ = tuple(k for k in fields if _plain(b.get(k)) != _plain(a.get(k)))
    if not differ:
        return []
    return [RecordChange("changed", "facts", MUNICIPALITY.name, differ,
                         {k: _plain(b.get(k)) for k in differ},
                         {k: _plain(a.get(k)) for k in differ})]


def changes_to_json(changes: Iterable[RecordChange]) -> dict[str, Any]:
    out: dict[str, Any] = {"added": 0, "removed": 0, "changed": 0, "rows": []}
    for c in changes:
        out[c.kind] += 1
        out["rows"].append({"kind": c.kind, "record": c.record, "label": c.label,
                            "fields": list(c.fields), "before": c.before, "after": c.after})
    return out


def changes_from_json(doc: Mapping[str, Any] | None) -> list[RecordChange]:
    if not doc:
        return []
    return [RecordChange(r["kind"], r["record"], r["label"], tuple(r["fields"]), r["before"],
                         r["after"]) for r in doc.get("rows", [])]
