"""Quitting the app with decisions on its undo stacks: nothing calls into the deleted window
(before, the Edit menu's Undo/Redo followed the stacks after the tabs were gone and printed
tracebacks at every exit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui.app import configure_app
configure_app(app)
from desktop.core.demo.build import build_demo
from desktop.ui.main_window import MainWindow
from pathlib import Path

win = MainWindow()
win.show()
assert win.open_project(build_demo(Path(sys.argv[1])))
win.tabs.setCurrentWidget(win.catalogue)
view = win.catalogue

def wait(done):
    end = time.time() + 60
    while not done() and time.time() < end:
        app.processEvents()
        time.sleep(0.01)

wait(lambda: not view.controller.busy and view.controller.snapshot is not None)
view.focus_pane("suggestions")
view.actions_.accept.trigger()
wait(lambda: not view.controller.busy and view.controller.stack.count() == 1)
print("decisions on the stack:", view.controller.stack.count())
"""  # ends without closing the window, as a killed session or a script would


def test_exit_with_undo_history_prints_no_error(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "decisions on the stack: 1" in done.stdout
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
