"""The catalogue tab on a large synthetic project (the benchmark's names over the 357
municipalities): the work runs off the GUI thread with progress, the event loop keeps turning,
and the models are filled in one reset each. Prints the times (no timed assertions: machines
differ).

4 000 installations by default, so that `make test` stays quick; the core at 60 000 is measured
by `bench/bench_dedup.py` (`make bench`). The tab at 60 000:

    SAMDRIFT_LARGE_N=60000 QT_QPA_PLATFORM=offscreen \
        .venv/bin/pytest tests/gui/test_catalogue_large.py -s
"""

from __future__ import annotations

import importlib.util
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.catalogue.models import FETCH_CHUNK
from desktop.ui.formatting import format_integer
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
N = int(os.environ.get("SAMDRIFT_LARGE_N", "4000"))


def bench_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_dedup", ROOT / "bench" / "bench_dedup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def large_project(path: Path, n: int = N) -> Path:
    """A project of n installations inserted directly: the benchmark's project writer."""
    return bench_module().write_project(path, n)  # type: ignore[no-any-return]


class StallMeter:
    """The longest time the GUI thread's event loop did not turn (a 10 ms timer)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def __enter__(self) -> StallMeter:
        self.longest = 0
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def timed(qtbot: Any, condition: Callable[[], bool], timeout: int = 300_000) -> float:
    """Seconds until `condition`; then the event loop turns a while longer, so that a stall
    meter around this also sees the work queued for after the models were filled (selection,
    scrolling, the first layout and paint)."""
    start = time.perf_counter()
    qtbot.waitUntil(condition, timeout=timeout)
    seconds = time.perf_counter() - start
    qtbot.wait(AFTERWARDS_MS)
    return seconds


AFTERWARDS_MS = 1500


@pytest.mark.slow
def test_a_large_project_stays_responsive(qtbot: Any, tmp_path: Path) -> None:
    start = time.perf_counter()
    path = large_project(tmp_path / "stor.samdrift")
    print(f"\n[{N}] project with {N} installations written in "
          f"{time.perf_counter() - start:.1f} s")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1500, 900)
    assert win.open_project(path)
    win.show()
    view = win.catalogue
    idle: Callable[[], bool] = lambda: (  # noqa: E731
        not view.controller.busy and view.controller.snapshot is not None)

    with StallMeter() as stall:
        win.tabs.setCurrentWidget(view)
        assert view.controller.busy  # reading happens on the writer thread
        seconds = timed(qtbot, idle)
    snap = view.controller.snapshot
    assert snap is not None
    steps = ", ".join(f"{k} {v:.2f} s" for k, v in snap.seconds.items())
    print(f"[{N}] first load {seconds:.1f} s (worker: {steps}); models filled in "
          f"{view.last_apply_seconds:.2f} s on the GUI thread; longest GUI stall "
          f"{stall.longest} ms")
    print(f"[{N}] {len(snap.suggestions)} suggestions, {len(snap.systems)} systems, "
          f"matrix {len(snap.matrix.rows)} × {len(snap.matrix.municipalities)}")
    assert view.headline.text().startswith(f"{format_integer(N)} installasjoner → ")
    assert view.suggestions_model.visible_count() == len(snap.suggestions)
    # the trees get their rows a chunk at a time (a view may ask for one more to fill itself)
    assert view.systems_model.rowCount() <= 2 * FETCH_CHUNK
    assert view.matrix_model.columnCount() == 6 + 357

    view.systems.scrollToBottom()  # far down the list (rows fetched as it goes)
    QApplication.processEvents()
    assert view.systems.indexAt(QPoint(4, 4)).row() > 0
    start = time.perf_counter()
    view.systems_search.setText("visma flyt")
    QApplication.processEvents()
    shown = view.systems_model.visible_count()
    assert view.systems.indexAt(QPoint(4, 4)).row() == 0  # the hits are shown from the top
    print(f"[{N}] filtering {len(snap.systems)} systems for «visma flyt»: "
          f"{time.perf_counter() - start:.2f} s ({shown} shown)")
    start = time.perf_counter()
    view.systems_search.clear()
    view.suggestions.sortByColumn(1, view.suggestions.header().sortIndicatorOrder())
    print(f"[{N}] clearing the filter and sorting the suggestions: "
          f"{time.perf_counter() - start:.2f} s")
    assert 0 < shown < len(snap.systems)

    with StallMeter() as stall:
        view.actions_.auto.trigger()
        assert view.controller.busy and view.progress_bar.isVisible()
        seconds = timed(qtbot, lambda: idle() and view.controller.stack.count() == 1)
    print(f"[{N}] automatic deduplication and reload {seconds:.1f} s; longest GUI stall "
          f"{stall.longest} ms; {view.headline.text()}; {view.message.text()}")
    assert view.message.text().startswith("Automatisk sammenslåing")

    view.focus_pane("suggestions")
    with StallMeter() as stall:
        view.actions_.accept.trigger()
        seconds = timed(qtbot, lambda: idle() and view.controller.stack.count() == 2)
    print(f"[{N}] one decision and reload {seconds:.1f} s; longest GUI stall {stall.longest} ms")
    with StallMeter() as stall:
        win.actions_.undo.trigger()
        seconds = timed(qtbot, lambda: idle() and view.controller.stack.index() == 1)
    print(f"[{N}] undo and reload {seconds:.1f} s; longest GUI stall {stall.longest} ms")
    win.close()
