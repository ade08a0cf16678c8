"""Saving the report's settings (recommendation, chosen scenarios) in the project file on the
one writer thread, so that it never races an import or a catalogue decision."""

from __future__ import annotations

import traceback
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, Signal

from db.session import open_database
from desktop.core.reports.store import save_chosen_scenarios, save_recommendation
from desktop.ui.reports.worker import keep_until_run, release
from desktop.ui.workers.import_worker import writer_pool


def save_report_settings(project: str, recommendation: str, scenarios: Sequence[str]) -> None:
    """Qt-free: its own connection for this unit of work."""
    db = open_database(project)
    try:
        save_recommendation(db, recommendation)
        save_chosen_scenarios(db, scenarios)
    finally:
        db.close()


class SaveSignals(QObject):
    saved = Signal()
    failed = Signal(object, str)  # the exception, its traceback text


class SaveSettingsJob(QRunnable):
    def __init__(self, project: str, recommendation: str, scenarios: Sequence[str]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.project = project
        self.recommendation = recommendation
        self.scenarios = tuple(scenarios)
        self.signals = SaveSignals()

    def run(self) -> None:
        try:
            save_report_settings(self.project, self.recommendation, self.scenarios)
        except Exception as exc:
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        finally:
            release(self)
        self.signals.saved.emit()

    def start(self) -> None:
        keep_until_run(self)  # saved even when the dialog is closed at once
        writer_pool().start(self)
