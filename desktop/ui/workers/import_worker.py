"""Importing files off the GUI thread, on the app's executor (workers/executor.py).

The work runs on the writer thread with a ProjectApi opened for it (its own engine and
sessions, never shared with the GUI thread) and hands back plain ImportResult dataclasses; the
executor then announces what the import changed, so every view that shows returns follows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.project.api import ProjectApi
from desktop.core.project.results import ImportResult
from desktop.ui.workers.executor import WRITE, Context, Task, app_executor


def run_import(api: ProjectApi, paths: Sequence[str | Path], municipality: str | None,
               progress: Callable[[int, int, str], Any],
               cancelled: Callable[[], bool]) -> list[ImportResult]:
    """The import itself, Qt-free: one transaction per file through the facade."""
    return api.import_files(list(paths), municipality=municipality, progress=progress,
                            cancelled=cancelled)


def start_import(project: str | Path, paths: Sequence[str | Path],
                 municipality: str | None = None, **callbacks: Any) -> Task:
    """Import on the writer thread; `callbacks` as `Task.on` (progressed gets (done, total,
    current file name), finished the list of ImportResult)."""
    chosen = [str(p) for p in paths]

    def work(ctx: Context) -> list[ImportResult]:
        return run_import(ctx.api, chosen, municipality, ctx.progress, ctx.cancelled)

    return app_executor().submit(work, project=project, pool_name=WRITE, origin="import",
                                 **callbacks)
