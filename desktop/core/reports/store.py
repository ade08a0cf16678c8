"""The report's settings kept in the project file (table `report_setting`, db/models.py).

What the user wrote and chose for the report travels with the project: the recommendation
text and the scenarios last chosen. Each setting is a named JSON value, so further settings
(a title, say) need no schema change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from db.models import ReportSetting, utcnow
from db.session import ProjectDatabase

RECOMMENDATION = "recommendation"
SCENARIOS = "scenarios"


def load_setting(db: ProjectDatabase, name: str, default: Any = None) -> Any:
    """The stored value of a report setting, or `default` when it was never saved."""
    with db.session() as s:
        value = s.scalars(select(ReportSetting.value).where(ReportSetting.name == name)
                          ).one_or_none()
    return default if value is None else value


def save_setting(db: ProjectDatabase, name: str, value: Any) -> None:
    """Store a report setting (JSON-ready value), replacing what was there."""
    with db.session() as s:
        row = s.scalars(select(ReportSetting).where(ReportSetting.name == name)).one_or_none()
        if row is None:
            s.add(ReportSetting(name=name, value=value))
        else:
            row.value, row.updated_at = value, utcnow()


def load_recommendation(db: ProjectDatabase) -> str:
    """The recommendation the user wrote for the report ("" when none)."""
    value = load_setting(db, RECOMMENDATION, "")
    return value if isinstance(value, str) else ""


def save_recommendation(db: ProjectDatabase, text: str) -> None:
    """Keep the recommendation as written; line endings are normalised to `\\n`."""
    save_setting(db, RECOMMENDATION, text.replace("\r\n", "\n").replace("\r", "\n"))


def load_chosen_scenarios(db: ProjectDatabase) -> list[str]:
    """The names of the scenarios last chosen for the report, in the order chosen."""
    value = load_setting(db, SCENARIOS, [])
    if not isinstance(value, list):
        return []
    return [str(v) for v in value]


def save_chosen_scenarios(db: ProjectDatabase, names: Sequence[str]) -> None:
    save_setting(db, SCENARIOS, list(dict.fromkeys(str(n) for n in names)))
