"""`samdrift gui --smoke-screenshot PNG` (hidden): the packaging smoke test's check that the app
starts. Opens the window as usual, grabs it to PNG once the event loop has shown it, closes it
the normal way and quits with 0; 1 if the project did not open, a dialog is in the way or the
PNG could not be written or a module of the app does not load (what a frozen build may
lack). A watchdog ends a hung start with 3."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

WATCHDOG_SECONDS = 120


def _fail(message: str) -> None:
    print(f"samdrift smoke: {message}", file=sys.stderr, flush=True)
    os._exit(1)  # a nested event loop (a dialog) may be running: leave at once


def unloadable_modules() -> list[str]:
    """Import every module of the app, as the window loads many only when needed (dialogs,
    the report preview with QtPdf): in a frozen build this finds what is missing from it."""
    import importlib
    import pkgutil

    import db
    import desktop

    broken = []
    for package in (desktop, db):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                importlib.import_module(info.name)
            except Exception as exc:  # noqa: BLE001 - reported, whatever it is
                broken.append(f"{info.name}: {type(exc).__name__}: {exc}")
    return broken


def arm_screenshot(png: Path, project: str | None) -> None:
    """Create the QApplication `run_gui` will use and schedule the screenshot on it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    started = time.perf_counter()
    watchdog = threading.Timer(WATCHDOG_SECONDS, lambda: (
        print("samdrift smoke: no window within the time limit", file=sys.stderr, flush=True),
        os._exit(3)))
    watchdog.daemon = True
    watchdog.start()

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])

    def window() -> QMainWindow | None:
        for w in app.topLevelWidgets():
            if isinstance(w, QMainWindow) and w.isVisible():
                return w
        return None

    def close(w: QMainWindow) -> None:
        w.close()
        if w.isVisible():  # busy (e.g. the catalogue saving): try again shortly
            QTimer.singleShot(100, lambda: close(w))
            return
        watchdog.cancel()
        app.exit(0)

    def shoot() -> None:
        w = window()
        handle = w.windowHandle() if w is not None else None
        if w is None or handle is None or not handle.isExposed():
            QTimer.singleShot(20, shoot)
            return
        modal = app.activeModalWidget()
        if modal is not None:
            texts = [modal.windowTitle(), getattr(modal, "text", lambda: "")()]
            _fail("a dialog is open: " + " – ".join(t for t in texts if t))
        if project and getattr(w, "project", None) is None:
            _fail(f"the project did not open: {project}")
        image = w.grab()
        png.parent.mkdir(parents=True, exist_ok=True)
        if image.isNull() or not image.save(str(png), "PNG"):
            _fail(f"could not write the screenshot {png}")
        print(f"screenshot {png} {image.width()}x{image.height()}, window shown "
              f"{time.perf_counter() - started:.2f} s after QApplication, "
              f"at epoch {time.time():.3f}", flush=True)
        broken = unloadable_modules()
        if broken:
            _fail("modules that do not load: " + "; ".join(broken))
        close(w)

    QTimer.singleShot(0, shoot)
