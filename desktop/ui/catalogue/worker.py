"""Catalogue work off the GUI thread: a decision (or an undo), then a fresh snapshot.

Like the import worker, a job opens its own ProjectApi for its unit of work and hands back
plain data through a queued signal. Jobs run on the import's single writer thread, so a
decision never races an import. A job reports progress (the snapshot's steps, and the work's
own when it takes a `Progress`, as `auto` does); such work can be cancelled, and then stores
nothing.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from db.session import ProjectDatabase
from desktop.core.catalogue.progress import Cancelled as WorkCancelled
from desktop.core.catalogue.progress import Progress
from desktop.core.project.api import ProjectApi
from desktop.ui.catalogue.snapshot import Cancelled, CatalogueSnapshot, load_snapshot
from desktop.ui.workers.import_worker import writer_pool
from desktop.ui.workers.job import CancellableJob

Work = Callable[[ProjectDatabase], Any]
ProgressWork = Callable[[ProjectDatabase, Progress], Any]  # reports progress, may be cancelled
Report = Callable[[int, int, str, bool], None]  # done, total, text, whether it can be cancelled


@dataclass(frozen=True)
class JobOutcome:
    value: Any = None  # what the work returned
    snapshot: CatalogueSnapshot | None = None
    error: BaseException | None = None
    traceback: str = ""
    work_failed: bool = False  # the error came from the work (nothing was changed)
    cancelled: bool = False  # the snapshot was not read to the end
    work_cancelled: bool = False  # the work was cancelled: it stored nothing


def run_job(project: str | Path, work: Work | None, reload: bool, threshold: float,
            cancelled: Callable[[], bool] = lambda: False,
            report: Report | None = None, progress_work: ProgressWork | None = None
            ) -> JobOutcome:
    """The job itself, Qt-free: its own connection to the project for this unit of work.
    `progress_work` is work that takes a progress callback (cancelled with `cancelled`)."""
    def tell(cancellable: bool) -> Progress:
        def progress(done: int, total: int, text: str) -> bool:
            if report is not None:
                report(done, total, text, cancellable)
            return not cancelled()
        return progress

    try:
        api = ProjectApi.open(project)
    except Exception as exc:
        return JobOutcome(error=exc, traceback=traceback.format_exc(), work_failed=True)
    try:
        try:
            if progress_work is not None:
                value = progress_work(api.db, tell(True))
            else:
                value = work(api.db) if work is not None else None
        except WorkCancelled as exc:
            return JobOutcome(error=exc, work_failed=True, work_cancelled=True)
        except Exception as exc:
            return JobOutcome(error=exc, traceback=traceback.format_exc(), work_failed=True)
        if not reload:
            return JobOutcome(value)
        try:
            return JobOutcome(value, load_snapshot(api.db, threshold, cancelled, tell(False)))
        except Cancelled:
            return JobOutcome(value, cancelled=True)
        except Exception as exc:
            return JobOutcome(value, error=exc, traceback=traceback.format_exc())
    finally:
        api.close()


class JobSignals(QObject):
    finished = Signal(object, int)  # JobOutcome, the job's tag
    progress = Signal(int, int, str, bool)  # done, total, text, can be cancelled


class CatalogueJob(CancellableJob):
    def __init__(self, project: str | Path, work: Work | None, reload: bool = True,
                 threshold: float = 0.85, tag: int = 0,
                 progress_work: ProgressWork | None = None) -> None:
        super().__init__()
        self.project = str(project)
        self.work = work
        self.progress_work = progress_work
        self.reload = reload
        self.threshold = threshold
        self.tag = tag  # the owner's generation: results for another project are dropped
        self.signals = JobSignals()

    def cancel(self) -> None:
        """Stop reading the snapshot, or work that reports progress, at the next step (other
        decisions are never stopped)."""
        super().cancel()

    def run(self) -> None:
        outcome = run_job(self.project, self.work, self.reload, self.threshold,
                          self.is_cancelled, self.signals.progress.emit, self.progress_work)
        self.signals.finished.emit(outcome, self.tag)

    def start(self) -> None:
        writer_pool().start(self)
