"""The report's settings kept in the project file (project/settings.py): the recommendation
text and the scenarios last chosen."""

from __future__ import annotations

from collections.abc import Sequence

from db.session import ProjectDatabase
from desktop.core.project.settings import load_setting, save_setting

RECOMMENDATION = "recommendation"
SCENARIOS = "scenarios"


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
