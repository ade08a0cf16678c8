"""Saving the report's settings (recommendation, chosen scenarios) in the project file on the
one writer thread (the app's executor), so that it never races an import or a catalogue
decision; saved even when the dialog is closed at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.ui.workers.executor import WRITE, Context, Task, app_executor


def save_report_settings(project: str | Path, recommendation: str, scenarios: Sequence[str],
                         **callbacks: Any) -> Task:
    """`callbacks` as `Task.on` (finished: saved; failed: exception and traceback)."""
    chosen = tuple(scenarios)

    def work(ctx: Context) -> None:
        ctx.api.reports.save_settings(recommendation, chosen)

    return app_executor().submit(work, project=project, pool_name=WRITE, origin="report",
                                 **callbacks)
