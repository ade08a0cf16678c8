"""What the progress bar says during each stage of a computation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

T = QCoreApplication


def stage_text(what: str) -> str:
    texts = {"result": T.translate("ScenarioStages", "Computing the result…"),
             "tornado": T.translate("ScenarioStages", "Ranking the parameters by their effect…"),
             "monte_carlo": T.translate("ScenarioStages", "Uncertainty: 10 000 simulations…")}
    return texts.get(what) or T.translate("ScenarioStages", "Computing %1…").replace("%1", what)
