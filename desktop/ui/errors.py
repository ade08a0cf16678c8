"""Errors: the ones a user can act on are shown plainly, bugs go to a crash dialog and a log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.session import ProjectFileError
from desktop.core.register.municipalities import UnknownMunicipality

log = logging.getLogger("samdrift.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def is_user_error(exc: BaseException) -> bool:
    """Errors with a message a user can act on (a bad file, an unknown municipality, a full
    disk), as opposed to bugs. Exceptions the core defines for this are user errors."""
    if isinstance(exc, ProjectFileError | UnknownMunicipality | OSError):
        return True
    module = type(exc).__module__
    return module.startswith(("desktop.core.", "db.")) and not isinstance(
        exc, AssertionError | TypeError | AttributeError | KeyError)


def crash_log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("Samdrift", "Samdrift")) / "crash.log"


def write_crash_log(text: str) -> Path | None:
    path = crash_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n" + "-" * 70 + "\n")
    except OSError:
        return None
    return path


def show_user_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Errors", "Samdrift")
    QMessageBox.warning(parent, title, message)


def show_error(parent: QWidget | None, exc: BaseException, tb_text: str | None = None) -> None:
    """Show any exception: a plain message for a user error, the crash dialog for a bug."""
    if is_user_error(exc):
        show_user_error(parent, str(exc) or type(exc).__name__)
        return
    text = tb_text or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", text)
    log_path = write_crash_log(text)
    from desktop.ui.dialogs.crash import CrashDialog

    CrashDialog(text, log_path, parent).exec()


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (in slots and event handlers) to show_error; returns the
    previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(text)
        if QApplication.instance() is None:
            return
        try:
            show_error(QApplication.activeWindow(), exc, text)
        except Exception:  # never let the hook itself crash the app
            sys.stderr.write(traceback.format_exc())

    sys.excepthook = hook
    return previous
