"""The report through the facade: build it from the project's data as it is now, and keep the
user's recommendation and chosen scenarios with the project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop.core.i18n import norwegian
from desktop.core.project.changes import Changes, Data
from desktop.core.reports import store
from desktop.core.reports.document import Report
from desktop.core.scenarios.evaluation import Simulation

if TYPE_CHECKING:
    from db.session import ProjectDatabase
    from desktop.core.project.api import ProjectApi


class ReportOps:
    def __init__(self, api: ProjectApi) -> None:
        self._api = api

    @property
    def _db(self) -> ProjectDatabase:
        return self._api.db

    def build(self, scenarios: Sequence[str], recommendation: str | None = None, *,
              simulation: Simulation | None = None,
              progress: Callable[[int, int, str], bool] | None = None,
              today: dt.date | None = None, staff_names: bool = False) -> Report:
        """The report of these saved scenarios (all when none), see reports.content. In
        Norwegian whatever the user's language (its parameters, notes and trace texts)."""
        from desktop.core.reports.content import build_report

        with norwegian():
            return build_report(self._db, scenarios, recommendation, simulation=simulation,
                                progress=progress, today=today, staff_names=staff_names)

    def recommendation(self) -> str:
        return store.load_recommendation(self._db)

    def chosen_scenarios(self) -> list[str]:
        return store.load_chosen_scenarios(self._db)

    def stored_choice(self) -> list[str] | None:
        """The scenarios last chosen, None when the user never chose (then: all)."""
        value = store.load_setting(self._db, store.SCENARIOS)
        return None if value is None else [str(v) for v in value]

    def save_settings(self, recommendation: str, scenarios: Sequence[str]) -> None:
        """Keep what the user wrote and chose (one unit of work)."""
        store.save_recommendation(self._db, recommendation)
        store.save_chosen_scenarios(self._db, scenarios)
        self._api.changed(Changes.of(Data.SETTINGS))
