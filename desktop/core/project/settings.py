"""Settings kept in the project file (table `report_setting`, db/models.py): named JSON values.

What the user wrote and chose travels with the project: the report's recommendation text and
chosen scenarios (reports/store.py), the simulation's draws and seed (scenarios/store.py).
Each setting is a named JSON value, so further settings need no schema change.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import ReportSetting, utcnow
from db.session import ProjectDatabase


def load_setting(db: ProjectDatabase, name: str, default: Any = None) -> Any:
    """The stored value of a setting, or `default` when it was never saved."""
    with db.session() as s:
        value = s.scalars(select(ReportSetting.value).where(ReportSetting.name == name)
                          ).one_or_none()
    return default if value is None else value


def save_setting(db: ProjectDatabase, name: str, value: Any) -> None:
    """Store a setting (JSON-ready value), replacing what was there."""
    with db.session() as s:
        row = s.scalars(select(ReportSetting).where(ReportSetting.name == name)).one_or_none()
        if row is None:
            s.add(ReportSetting(name=name, value=value))
        else:
            row.value, row.updated_at = value, utcnow()
