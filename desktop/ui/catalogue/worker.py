"""Catalogue work off the GUI thread: a decision (or an undo), then a fresh snapshot.

Like the import worker, a job opens its own ProjectApi for its unit of work and hands back
plain data through a queued signal. Jobs run on the import's single writer thread, so a
decision never races an import.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from db.session import ProjectDatabase
from desktop.core.project.api import ProjectApi
from desktop.ui.catalogue.snapshot import Cancelled, CatalogueSnapshot, load_snapshot
from desktop.ui.workers.import_worker import writer_pool

Work = Callable[[ProjectDatabase], Any]


@dataclass(frozen=True)
class JobOutcome:
    value: Any = None  # what the work returned
    snapshot: CatalogueSnapshot | None = None
    error: BaseException | None = None
    traceback: str = ""
    work_failed: bool = False  # the error came from the work (nothing was changed)
    cancelled: bool = False


def run_job(project: str | Path, work: Work | None, reload: bool, threshold: float,
            cancelled: Callable[[], bool] = lambda: False) -> JobOutcome:
    """The job itself, Qt-free: its own connection to the project for this unit of work."""
    try:
        api = ProjectApi.open(project)
    except Exception as exc:
        return JobOutcome(error=exc, traceback=traceback.format_exc(), work_failed=True)
    try:
        try:
            value = work(api.db) if work is not None else None
        except Exception as exc:
            return JobOutcome(error=exc, traceback=traceback.format_exc(), work_failed=True)
        if not reload:
            return JobOutcome(value)
        try:
            return JobOutcome(value, load_snapshot(api.db, threshold, cancelled))
        except Cancelled:
            return JobOutcome(value, cancelled=True)
        except Exception as exc:
            return JobOutcome(value, error=exc, traceback=traceback.format_exc())
    finally:
        api.close()


class JobSignals(QObject):
    finished = Signal(object, int)  # JobOutcome, the job's tag


class CatalogueJob(QRunnable):
    def __init__(self, project: str | Path, work: Work | None, reload: bool = True,
                 threshold: float = 0.85, tag: int = 0) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller keeps it until it has finished
        self.project = str(project)
        self.work = work
        self.reload = reload
        self.threshold = threshold
        self.tag = tag  # the owner's generation: results for another project are dropped
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop reading the snapshot at the next step (a decision is never stopped)."""
        self._cancel.set()

    def run(self) -> None:
        outcome = run_job(self.project, self.work, self.reload, self.threshold,
                          self._cancel.is_set)
        self.signals.finished.emit(outcome, self.tag)

    def start(self) -> None:
        writer_pool().start(self)
