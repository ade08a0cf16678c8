"""GUI tests: offscreen Qt, settings and logs in a temporary folder, Norwegian by default."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="samdrift-gui-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")  # QSettings
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")  # crash log
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core import i18n as core_i18n  # noqa: E402
from desktop.ui import i18n, settings  # noqa: E402
from desktop.ui.app import configure_app  # noqa: E402
from tests.helpers.factory import ProjectFactory  # noqa: E402

GUI_DIR = Path(__file__).resolve().parent


@pytest.fixture
def factory(tmp_path: Path) -> Iterator[ProjectFactory]:
    """The GUI tests' project: a file (the app's views are the same on either engine)."""
    f = ProjectFactory(tmp_path)
    yield f
    f.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> Iterator[QApplication]:
    """Fresh settings and the default (Norwegian) translation for every test."""
    QSettings(settings.ORGANIZATION, settings.APPLICATION).clear()
    translator = configure_app(qapp)
    yield qapp
    i18n.remove_translation(qapp, translator)
    QSettings(settings.ORGANIZATION, settings.APPLICATION).clear()
    core_i18n.set_language("nb")  # the core's texts too, for the tests that follow


@pytest.fixture(autouse=True)
def no_unexpected_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box or bug dialog a test did not ask for fails the test at once instead of
    waiting, modal and unseen offscreen, for a click that never comes. Tests that expect one
    patch it themselves."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.dialogs.crash import CrashDialog

    def unexpected(kind: str) -> Any:
        def box(*args: Any, **_kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected {kind}: {' | '.join(texts)}")
        return box

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(unexpected(f"QMessageBox.{kind}")))

    def crash(self: CrashDialog) -> int:
        raise AssertionError("unexpected bug dialog:\n" + self.details.toPlainText())

    monkeypatch.setattr(CrashDialog, "exec", crash)


@pytest.fixture
def shots_dir() -> Path:
    path = Path(os.environ.get("SAMDRIFT_SHOTS", "/tmp/gui-shots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def window(qtbot: Any, factory: Any) -> Iterator[Any]:
    """The main window with the factory's project (participants 4216, 4218, 1018) open."""
    from desktop.ui.main_window import MainWindow

    factory.api  # noqa: B018 - creates the project file
    win = MainWindow()
    qtbot.addWidget(win)
    win.importer.show_results = False
    assert win.open_project(factory.path)
    task = win.startup_checks_task  # the integrity check and backup, off the GUI thread
    qtbot.waitUntil(lambda: task is None or not task.running, timeout=30000)
    win.show()
    yield win
    win.close()


@pytest.fixture
def filled(factory: Any) -> Path:
    """Birkenes' (4216) filled questionnaire, with a value to interpret and one unreadable."""
    from tests.gui.data import BOUGHT, FACTS, INFRA, STAFF, SYSTEMS

    return factory.filled("4216", "birkenes.xlsx", facts=FACTS, installation=SYSTEMS,
                          staffing=STAFF, bought_service=BOUGHT, infrastructure=INFRA)


def import_and_wait(qtbot: Any, win: Any, paths: list[Path], municipality: str | None = None
                    ) -> list[Any]:
    with qtbot.waitSignal(win.importer.imported, timeout=30000) as blocker:
        worker = win.importer.import_paths(paths, municipality)
        assert worker is not None
    # the change set of the import has asked the tabs to read the project again
    qtbot.waitUntil(lambda: win._tables_task is None, timeout=30000)
    return list(blocker.args[0])
