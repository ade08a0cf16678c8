"""The reusable word list («ordliste» in the app and the CLI's messages; "dictionary" in the
code): a project's decisions and rejections as a JSON file.

Format (UTF-8 JSON, `samdrift-systemordbok` version 1; the format name stays as it is, so
that files already written are read):

    {"format": "samdrift-systemordbok", "version": 1, "exported_at": "2026-11-22T10:00:00",
     "project": "Knutepunkt Sørlandet",
     "systems": [
       {"product": "Gerica", "vendor": "Tietoevry", "service_area": "Helse og omsorg",
        "catalogue": "Gerica",
        "names": [{"name": "Tieto Gerica", "vendor_key": "tietoevry",
                   "service_area": "Helse og omsorg", "source": "auto", "confidence": 1.0,
                   "reason": "Alias i katalogen: Tieto Gerica → Gerica"}]}],
     "rejections": [{"name": "Compello", "other": "Compilo"}]}

`name` is written as a municipality wrote it; importing normalises it again, so a dictionary
outlives changes to the normalisation. `vendor_key` and `service_area` scope the name ("" for
any). On import a system is found by catalogue product, else by name, else created (origin
`dictionary`); decisions get source `dictionary`; the user's own decisions are never replaced.
A rejection whose two names read the same keeps the name apart from the product (`other`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import NameDecision, NameRejection, Project
from desktop.core.catalogue.review import Decider
from desktop.core.catalogue.similarity import product_rejection_key
from desktop.core.catalogue.units import UnitRef
from desktop.core.errors import InputError
from desktop.core.i18n import tr

FORMAT = "samdrift-systemordbok"
VERSION = 1


def export_document(s: Session, d: Decider) -> dict[str, Any]:
    project = s.scalars(select(Project)).first()
    by_system: dict[int, list[NameDecision]] = {}
    for row in s.scalars(select(NameDecision).order_by(NameDecision.name_key)):
        by_system.setdefault(row.system_id, []).append(row)
    systems = []
    for sid, rows in by_system.items():
        x = d.state.systems[sid]
        systems.append({
            "product": x.product, "vendor": x.vendor, "service_area": x.service_area,
            "catalogue": x.catalogue_key,
            "names": [{"name": r.name, "vendor_key": r.vendor_key, "service_area": r.area_key,
                       "source": r.source, "confidence": r.confidence, "reason": r.reason}
                      for r in rows]})
    systems.sort(key=lambda x: (str(x["service_area"] or ""), str(x["product"]).casefold()))
    rejections = [{"name": r.name, "other": r.other_name}
                  for r in s.scalars(select(NameRejection).order_by(NameRejection.name_key))]
    return {"format": FORMAT, "version": VERSION,
            "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "project": project.name if project else None, "systems": systems,
            "rejections": rejections}


def read_document(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(tr("{file}: kan ikke leses som en ordliste ({error})").format(
            file=path.name, error=exc)) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(tr("{file} er ikke en Samdrift-ordliste").format(file=path.name))
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise InputError(tr("{file} er laget av en nyere versjon av Samdrift").format(
            file=path.name))
    if not isinstance(doc.get("systems", []), list):
        raise InputError(tr("{file}: «systems» skal være en liste").format(file=path.name))
    return doc


def import_document(d: Decider, doc: dict[str, Any], label: str) -> dict[str, int]:
    """Decisions and rejections from a dictionary; returns counts for the report."""
    counts = dict(systems_created=0, decisions_added=0, decisions_replaced=0,
                  kept_user_decisions=0, rejections_added=0)
    norm = d.catalogue.normalizer
    d.load()
    by_catalogue = {x.catalogue_key: x.id for x in d.state.systems.values() if x.catalogue_key}
    by_name = {norm.name(x.product).compact: x.id for x in d.state.systems.values()}
    for entry in doc.get("systems", []):
        product = str(entry.get("product") or "").strip()
        names = [n for n in entry.get("names", []) if str(n.get("name") or "").strip()]
        if not product or not names:
            continue
        key = entry.get("catalogue")
        sid = by_catalogue.get(key) if key else None
        sid = sid if sid is not None else by_name.get(norm.name(product).compact)
        if sid is None:
            known = key if key and d.catalogue.product(key) is not None else None
            sid = d.system(product, entry.get("vendor"), entry.get("service_area"),
                           "dictionary", known)
            by_name[norm.name(product).compact] = sid
            if known:
                by_catalogue[known] = sid
            counts["systems_created"] += 1
        for n in names:
            written = str(n["name"]).strip()
            ref = UnitRef(norm.name(written).compact, str(n.get("vendor_key") or ""),
                          str(n.get("service_area") or ""))
            row = d.row(ref)
            if row is not None and row.source == "user":
                counts["kept_user_decisions"] += 1
                continue
            if row is not None and row.system_id == sid:
                continue
            counts["decisions_replaced" if row is not None else "decisions_added"] += 1
            conf = n.get("confidence")
            d.decide(ref, sid, written, "dictionary",
                     float(conf) if isinstance(conf, int | float) else 1.0,
                     f"Fra ordliste ({label}): {n.get('reason') or 'ingen begrunnelse'}")
    existing = {(r.name_key, r.other_key) for r in d.s.scalars(select(NameRejection))}
    for r in doc.get("rejections", []):
        a, b = str(r.get("name") or "").strip(), str(r.get("other") or "").strip()
        if not a or not b:
            continue
        ka, kb = norm.name(a).compact, norm.name(b).compact
        if ka == kb:  # a name kept apart from the product it reads as (`other` is the product)
            kb = product_rejection_key(kb)
        (k1, n1), (k2, n2) = sorted(((ka, a), (kb, b)))
        if (k1, k2) not in existing:
            existing.add((k1, k2))
            d.rec.add(NameRejection(name_key=k1, other_key=k2, name=n1[:300],
                                    other_name=n2[:300], source="dictionary"))
            counts["rejections_added"] += 1
    return counts
