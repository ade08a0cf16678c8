"""Errors: the ones a user can act on are shown plainly, bugs go to a crash dialog and a log.

Which is which is decided by the exception's kind (`desktop.core.errors.is_user_error`: the
`UserError` family, a project file that cannot be opened, an OSError naming its file), never by
the module that raised it: a `KeyError` or `TypeError` from the core is a bug like any other.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core import i18n as core_i18n
from desktop.core.errors import is_user_error, message_in
from desktop.crashlog import crash_log_path, write_crash_log

log = logging.getLogger("samdrift.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

__all__ = ["crash_log_path", "install_excepthook", "is_user_error", "show_error",
           "show_user_error", "write_crash_log"]


def show_user_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Errors", "Samdrift")
    QMessageBox.warning(parent, title, message)


def user_text(exc: BaseException) -> str:
    """A user error's message in the UI's language: its English text in the English app when
    the error has one (most are made in the current language already)."""
    return message_in(exc, core_i18n.language())


def show_error(parent: QWidget | None, exc: BaseException, tb_text: str | None = None) -> None:
    """Show any exception: a plain message for a user error, the crash dialog for a bug."""
    if is_user_error(exc):
        show_user_error(parent, user_text(exc) or type(exc).__name__)
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
