"""Building and writing a report off the GUI thread.

The job opens its own connection to the project (never the GUI thread's), builds the report
with the core (`build_report`) and writes it: to a file through a temporary file (so a
cancelled or failed export leaves nothing half-written), or as PDF bytes in memory for the
print preview. Progress and the outcome reach the GUI thread through queued signals.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.session import ProjectDatabase, open_database
from desktop.core.reports.document import Report
from desktop.core.reports.errors import Cancelled
from desktop.core.reports.output import Format, pdf_bytes, write_report_file
from desktop.ui.workers.job import CancellableJob

# build(db, scenarios, recommendation, progress) -> Report; progress returns False to cancel
Build = Callable[[ProjectDatabase, Sequence[str], str, Callable[[int, int, str], bool]], Report]

_report_pool: QThreadPool | None = None
# Jobs that are queued or running, kept alive here: the dialog that started one may be closed
# (and deleted) before it ends.
_running: set[QRunnable] = set()


def keep_until_run(job: QRunnable) -> None:
    _running.add(job)


def release(job: QRunnable) -> None:
    """Called at the end of the job's run(), whose frame still holds it."""
    _running.discard(job)


def report_pool() -> QThreadPool:
    """One report at a time, beside the import's writer thread (reports only read)."""
    global _report_pool
    if _report_pool is None:
        _report_pool = QThreadPool()
        _report_pool.setMaxThreadCount(1)
    return _report_pool


def build_with_core(db: ProjectDatabase, scenarios: Sequence[str], recommendation: str,
                    progress: Callable[[int, int, str], bool]) -> Report:
    from desktop.core.reports.content import build_report

    report: Report = build_report(db, list(scenarios), recommendation, progress=progress)
    return report


@dataclass(frozen=True)
class ReportRequest:
    project: str
    scenarios: tuple[str, ...]
    recommendation: str
    fmt: Format
    out: Path | None = None  # None: PDF bytes in memory, for the print preview


@dataclass(frozen=True)
class ReportOutcome:
    request: ReportRequest
    path: Path | None = None  # the file written
    pdf: bytes | None = None  # the preview's PDF
    error: BaseException | None = None
    traceback: str = ""
    cancelled: bool = False


def run_report(request: ReportRequest, progress: Callable[[int, int, str], Any],
               cancelled: Callable[[], bool], build: Build = build_with_core) -> ReportOutcome:
    """The job itself, Qt-free: build the report and write it, or say why not."""

    def step(done: int, total: int, text: str) -> bool:
        progress(done, total, text)
        return not cancelled()

    try:
        db = open_database(request.project)
    except Exception as exc:
        return ReportOutcome(request, error=exc, traceback=traceback.format_exc())
    try:
        report = build(db, request.scenarios, request.recommendation, step)
        if cancelled():
            raise Cancelled()
        progress(1, 1, "")  # built: now writing
        if request.out is None:
            return ReportOutcome(request, pdf=pdf_bytes(report))
        path = write_report_file(report, request.fmt, request.out, cancelled)
        return ReportOutcome(request, path=path)
    except Cancelled:
        return ReportOutcome(request, cancelled=True)
    except Exception as exc:
        return ReportOutcome(request, error=exc, traceback=traceback.format_exc())
    finally:
        db.close()


class ReportSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what is being done
    finished = Signal(object)  # ReportOutcome


class ReportJob(CancellableJob):
    def __init__(self, request: ReportRequest, build: Build = build_with_core) -> None:
        super().__init__()
        self.request = request
        self.build = build
        self.signals = ReportSignals()

    def run(self) -> None:
        try:
            outcome = run_report(self.request, self.signals.progress.emit, self.is_cancelled,
                                 self.build)
            self.signals.finished.emit(outcome)
        finally:
            release(self)

    def start(self) -> None:
        keep_until_run(self)
        report_pool().start(self)
