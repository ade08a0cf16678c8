"""Opening a project that was not closed cleanly: the window is there at once, the integrity
check (which reads the whole file) runs off the GUI thread, and its notice follows."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.project import backups


def test_the_integrity_check_after_a_crash_runs_off_the_gui_thread(
        qtbot: Any, factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.main_window import MainWindow

    path: Path = factory.path
    factory.close()
    crashed = path.with_name(f".{path.name}.{socket.gethostname()}.999999999.open")
    crashed.write_text("left by a process that was killed\n", encoding="utf-8")
    release = threading.Event()
    checked_on: list[threading.Thread] = []
    real_check = backups.check_integrity

    def slow_check(project: Path) -> Any:
        checked_on.append(threading.current_thread())
        assert release.wait(30), "the test never let the check finish"
        return real_check(project)

    monkeypatch.setattr(backups, "check_integrity", slow_check)
    notices: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a: notices.append(text)))

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path), "opened while the check has not finished"
    assert window.project is not None and window.participants.isEnabled()
    qtbot.waitUntil(lambda: bool(checked_on), timeout=10000)
    assert notices == [], "no notice before the check has a result"
    release.set()
    qtbot.waitUntil(lambda: bool(notices), timeout=30000)
    assert checked_on[0] is not threading.main_thread()
    assert "ble ikke lukket ordentlig" in notices[0] and "hel" in notices[0]
    assert not crashed.exists(), "the crashed process's marker is cleared once checked"
    assert window.project.unclean_shutdown is not None and window.project.unclean_shutdown.ok
    window.close()
