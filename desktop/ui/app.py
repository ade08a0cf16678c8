"""Starting the desktop app: QApplication, translation, error handling, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui import check_style, errors, i18n, settings

# Workers (loading, deduplication, scenarios, reports) run Python beside the GUI thread, and
# every call Qt makes into Python there (a model's data(), a tree laying out its rows) must take
# the GIL back from them. At Python's default switch interval of 5 ms a GUI thread making
# thousands of such calls waits up to 5 ms for each while a worker computes: sizing 5 columns
# of a 2 000-row table took 7.2 s beside a busy worker instead of 0.6 s. At 0.5 ms the wait is
# a tenth; a worker loses little, as it only gives way when the GUI thread asks.
SWITCH_INTERVAL = 0.0005


def configure_app(app: QApplication) -> QTranslator | None:
    """Names (for QSettings), the GIL's switch interval, the translation the user chose
    (Norwegian by default)."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Samdrift")
    check_style.install(app)
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
