"""Catalogue work off the GUI thread: a decision (or an undo), then a fresh snapshot.

A job runs on the app's executor (workers/executor.py) with a ProjectApi opened for its unit
of work, and hands back plain data on the GUI thread. Jobs run on the single writer thread, so
a decision never races an import; the change sets of each decision are announced by the
executor, and every view that counts systems follows them. A job reports progress (the
snapshot's steps, and the work's own when it takes a `Progress`, as `auto` does); such work
can be cancelled, and then stores nothing.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.catalogue.progress import Progress
from desktop.core.errors import Cancelled
from desktop.core.project.api import ProjectApi
from desktop.ui.catalogue.snapshot import CatalogueSnapshot, load_snapshot
from desktop.ui.workers.executor import WRITE, Context, Task, app_executor

Work = Callable[[ProjectApi], Any]  # a decision through the facade (api.catalogue…)
ProgressWork = Callable[[ProjectApi, Progress], Any]  # reports progress, may be cancelled
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


def run_job(api: ProjectApi, work: Work | None, reload: bool, threshold: float,
            cancelled: Callable[[], bool] = lambda: False,
            report: Report | None = None, progress_work: ProgressWork | None = None
            ) -> JobOutcome:
    """The job itself, Qt-free, on a project opened for this unit of work. `progress_work`
    is work that takes a progress callback (cancelled with `cancelled`)."""
    def tell(cancellable: bool) -> Progress:
        def progress(done: int, total: int, text: str) -> bool:
            if report is not None:
                report(done, total, text, cancellable)
            return not cancelled()
        return progress

    try:
        if progress_work is not None:
            value = progress_work(api, tell(True))
        else:
            value = work(api) if work is not None else None
    except Cancelled as exc:
        return JobOutcome(error=exc, work_failed=True, work_cancelled=True)
    except Exception as exc:
        return JobOutcome(error=exc, traceback=traceback.format_exc(), work_failed=True)
    if not reload:
        return JobOutcome(value)
    try:
        return JobOutcome(value, load_snapshot(api, threshold, cancelled, tell(False)))
    except Cancelled:
        return JobOutcome(value, cancelled=True)
    except Exception as exc:
        return JobOutcome(value, error=exc, traceback=traceback.format_exc())


class CatalogueJob:
    """A decision, an undo or a reload on the writer thread (the app's executor); `finished`
    gets (JobOutcome, tag) on the GUI thread, `progress` (done, total, text, cancellable)."""

    def __init__(self, project: str | Path, work: Work | None, reload: bool = True,
                 threshold: float = 0.85, tag: int = 0,
                 progress_work: ProgressWork | None = None) -> None:
        self.project = str(project)
        self.work = work
        self.progress_work = progress_work
        self.reload = reload
        self.threshold = threshold
        self.tag = tag  # the owner's generation: results for another project are dropped
        self.task: Task | None = None
        self._cancel_requested = False

    def cancel(self) -> None:
        """Stop reading the snapshot, or work that reports progress, at the next step (other
        decisions are never stopped)."""
        self._cancel_requested = True
        if self.task is not None:
            self.task.cancel()

    def is_cancelled(self) -> bool:
        return self._cancel_requested

    def start(self, finished: Callable[[JobOutcome, int], None],
              progress: Callable[[int, int, str, bool], None] | None = None,
              owner: QObject | None = None) -> Task:
        tag = self.tag

        def work(ctx: Context) -> JobOutcome:
            def report(done: int, total: int, text: str, cancellable: bool) -> None:
                ctx.partial((done, total, text, cancellable))
            return run_job(ctx.api, self.work, self.reload, self.threshold, ctx.cancelled,
                           report, self.progress_work)

        def broke(exc: BaseException, tb: str) -> None:  # the project could not be opened
            finished(JobOutcome(error=exc, traceback=tb, work_failed=True), tag)

        self.task = app_executor().submit(
            work, project=self.project, pool_name=WRITE, origin="catalogue",
            finished=lambda outcome: finished(outcome, tag), failed=broke,
            partial=(lambda p: progress(*p)) if progress is not None else None, owner=owner)
        if self._cancel_requested:
            self.task.cancel()
        return self.task
