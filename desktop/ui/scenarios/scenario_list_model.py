"""The saved scenarios: name, cooperation level, organisation form and participants."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core.scenarios import Scenario
from desktop.ui.scenarios import labels
from desktop.ui.scenarios.table_model import Column, ColumnsModel

NAME, LEVEL = range(2)


class ScenarioListModel(ColumnsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Scenario"), lambda s: s.name, tooltip=self._tip),
            Column(self.tr("Level"), lambda s: str(s.level), lambda s: s.level, True,
                   tooltip=self._tip),
        ]

    def _tip(self, s: Scenario) -> str:
        return "\n".join((s.name, labels.level(s.level),
                          labels.organisation(s.organisation_form),
                          self.tr("%1 participants").replace("%1", str(len(s.participants)))))

    def row_of(self, name: str) -> int | None:
        for i, s in enumerate(self._rows):
            if s.name == name:
                return i
        return None
