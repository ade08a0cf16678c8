"""Starting the desktop app: QApplication, translation, error handling, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui import errors, i18n, settings


def configure_app(app: QApplication) -> QTranslator | None:
    """Names (for QSettings), the translation the user chose (Norwegian by default)."""
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Samdrift")
    return i18n.install_translation(app, settings.language())


def run_gui(project: str | None = None, argv: Sequence[str] | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv) if argv is not None else sys.argv[:1])
    translator = configure_app(app)
    errors.install_excepthook()

    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if project:
        window.open_project(project)
    code = app.exec()
    i18n.remove_translation(app, translator)
    return code


if __name__ == "__main__":  # python -m desktop.ui.app [project]
    raise SystemExit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None))
