"""Building and writing a report off the GUI thread.

The job runs on the app's executor (its report thread) and opens its own connection to the
project (never the GUI thread's), builds the report through the facade and writes it: to a
file through a temporary file (so a cancelled or failed export leaves nothing half-written),
or as PDF bytes in memory for the print preview. Progress and the outcome reach the GUI
thread through the task's signals.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import Cancelled
from desktop.core.project.api import ProjectApi
from desktop.core.reports.document import Report
from desktop.core.reports.output import Format, pdf_bytes, write_report_file
from desktop.ui.workers.executor import REPORT, Context, Task, app_executor

# build(api, scenarios, recommendation, progress) -> Report; progress returns False to cancel
Build = Callable[[ProjectApi, Sequence[str], str, Callable[[int, int, str], bool]], Report]


def build_with_core(api: ProjectApi, scenarios: Sequence[str], recommendation: str,
                    progress: Callable[[int, int, str], bool], staff_names: bool = False
                    ) -> Report:
    return api.reports.build(list(scenarios), recommendation, progress=progress,
                             staff_names=staff_names)


@dataclass(frozen=True)
class ReportRequest:
    project: str
    scenarios: tuple[str, ...]
    recommendation: str
    fmt: Format
    out: Path | None = None  # None: PDF bytes in memory, for the print preview
    staff_names: bool = False  # name the staff in the vulnerability chapter


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
    """The job itself, Qt-free: build the report from the project as it is now and write it,
    or say why not."""

    def step(done: int, total: int, text: str) -> bool:
        progress(done, total, text)
        return not cancelled()

    try:
        api = ProjectApi.open(request.project, backup=False)
    except Exception as exc:
        return ReportOutcome(request, error=exc, traceback=traceback.format_exc())
    try:
        # the option only when chosen, so a build that knows no options still serves
        options: dict[str, Any] = {"staff_names": True} if request.staff_names else {}
        report = build(api, request.scenarios, request.recommendation, step, **options)
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
        api.close()


def start_report(request: ReportRequest, build: Build = build_with_core,
                 **callbacks: Any) -> Task:
    """Build and write on the report thread; `finished` gets the ReportOutcome (the job
    never fails: its outcome says what went wrong)."""
    def work(ctx: Context) -> ReportOutcome:
        return run_report(request, ctx.progress, ctx.cancelled, build)

    return app_executor().submit(work, project=None, pool_name=REPORT, origin="report",
                                 **callbacks)
