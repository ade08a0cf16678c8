"""The open app sees another process's import within a few seconds: the views refresh through
the same `data_changed` path as the app's own changes."""

from __future__ import annotations

from typing import Any

from desktop.core.project.results import ReturnStatus
from tests.unit.db.test_watch import run_other


def test_another_process_s_import_shows_in_the_open_window(qtbot: Any, window: Any,
                                                          factory: Any) -> None:
    assert window._watcher is not None
    run_other(factory.path, factory.filled("4216", "kollega.xlsx"))
    with qtbot.waitSignal(window._watcher.changed, timeout=10000) as blocker:
        pass
    assert blocker.args[0].origin == "kollega"
    qtbot.waitUntil(lambda: next(p for p in window.participants.model.rows()
                                 if p.number == "4216").status
                    is not ReturnStatus.NOT_SENT and next(
                        p for p in window.participants.model.rows()
                        if p.number == "4216").file_name == "kollega.xlsx", timeout=15000)
