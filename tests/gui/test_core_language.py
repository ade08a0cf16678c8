"""The core's texts follow the UI language: in the English app the scenario tab's parameters
(label, unit, group, source) and the import issues are English; Norwegian by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui import settings
from desktop.ui.app import configure_app
from desktop.ui.main_window import MainWindow
from desktop.ui.models.issues import MESSAGE
from tests.gui.conftest import import_and_wait
from tests.gui.scenario_support import copy_demo, open_scenarios


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"), scenarios=True)


def _english(qapp: QApplication) -> None:
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
    settings.put(settings.LANGUAGE, "en")
    configure_app(qapp)


def _column(model: Any, title: str) -> int:
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == title)


def _parameter(panel: Any, key: str, title: str) -> str:
    model = panel.model
    return str(model.index(model.row_of(key), _column(model, title)).data())


def test_english_parameters_in_the_scenario_tab(qtbot: Any, qapp: QApplication, demo: Path,
                                                tmp_path: Path) -> None:
    _english(qapp)
    win = open_scenarios(qtbot, copy_demo(demo, tmp_path))
    panel = win.scenarios.parameters
    assert _parameter(panel, "cost_per_fte", "Parameter") == "Cost per FTE"
    assert _parameter(panel, "cost_per_fte", "Unit") == "NOK/year"
    assert _parameter(panel, "discount_rate", "Source of the default").startswith(
        "Ministry of Finance circular R-109/2021")
    groups = [panel.group.itemText(i) for i in range(panel.group.count())]
    assert "Level 2: common technical operation" in groups and "Economy" in groups
    win.close()


def test_norwegian_parameters_by_default(qtbot: Any, demo: Path, tmp_path: Path) -> None:
    win = open_scenarios(qtbot, copy_demo(demo, tmp_path))
    panel = win.scenarios.parameters
    assert _parameter(panel, "cost_per_fte", "Parameter") == "Kostnad per årsverk"
    assert _parameter(panel, "discount_rate", "Kilde for standardverdien").startswith(
        "Finansdepartementets rundskriv")
    win.close()


def _messages(win: MainWindow) -> list[str]:
    model = win.issues.model
    return [str(model.index(r, MESSAGE).data()) for r in range(model.rowCount())]


def _open(qtbot: Any, factory: Any) -> MainWindow:
    factory.api  # noqa: B018 - creates the project file
    win = MainWindow()
    qtbot.addWidget(win)
    win.importer.show_results = False
    assert win.open_project(factory.path)
    win.show()
    return win


def test_english_import_issues(qtbot: Any, qapp: QApplication, factory: Any,
                               filled: Path) -> None:
    _english(qapp)
    win = _open(qtbot, factory)
    import_and_wait(qtbot, win, [filled])
    messages = _messages(win)
    assert "«ca. 200» read as 200 (approximate value)." in messages
    assert not any("tolket som" in m for m in messages)
    win.close()


def test_norwegian_import_issues_by_default(qtbot: Any, factory: Any, filled: Path) -> None:
    win = _open(qtbot, factory)
    import_and_wait(qtbot, win, [filled])
    assert "«ca. 200» tolket som 200 (omtrentlig verdi)." in _messages(win)
    win.close()


def test_switching_language_switches_the_core_texts(qtbot: Any, demo: Path,
                                                    tmp_path: Path) -> None:
    """Vis → Språk → English: the window made again shows the parameters and the trace in
    English, no restart; and back."""
    from tests.gui.scenario_support import wait_idle

    win = open_scenarios(qtbot, copy_demo(demo, tmp_path))
    assert _parameter(win.scenarios.parameters, "cost_per_fte", "Parameter") == \
        "Kostnad per årsverk"

    def switch(window: Any, action: Any) -> Any:
        action.trigger()
        successor = window.successor
        assert successor is not None
        qtbot.addWidget(successor)
        successor.tabs.setCurrentWidget(successor.scenarios)
        wait_idle(qtbot, successor.scenarios)
        return successor

    english = switch(win, win.actions_.language_en)
    assert _parameter(english.scenarios.parameters, "cost_per_fte", "Parameter") == \
        "Cost per FTE"
    norwegian = switch(english, english.actions_.language_nb)
    assert _parameter(norwegian.scenarios.parameters, "cost_per_fte", "Parameter") == \
        "Kostnad per årsverk"
    norwegian.close()


def test_a_user_error_with_an_english_text_in_the_english_app() -> None:
    from desktop.core import i18n as core_i18n
    from desktop.core.errors import StorageProblem
    from desktop.ui.errors import user_text

    error = StorageProblem("Prosjektfilen er flyttet.", english="The project file was moved.")
    assert user_text(error) == "Prosjektfilen er flyttet."
    core_i18n.set_language("en")
    assert user_text(error) == "The project file was moved."
    assert user_text(ValueError("plain")) == "plain"


def test_english_reasons_in_the_catalogue_tab(qtbot: Any, qapp: QApplication,
                                             factory: Any) -> None:
    """The review tab explains its suggestions in English in the English app (the stored
    decisions keep the Norwegian reason)."""
    from desktop.ui.catalogue.models import S_REASON
    from tests.gui.catalogue_support import open_catalogue
    from tests.helpers.catalogue_returns import fill

    _english(qapp)
    fill(factory)
    win = open_catalogue(qtbot, factory)
    model = win.catalogue.suggestions.model()
    top = [str(model.index(r, S_REASON).data()) for r in range(model.rowCount())]
    members = [str(model.index(c, S_REASON, model.index(r, 0)).data())
               for r in range(model.rowCount())
               for c in range(model.rowCount(model.index(r, 0)))]
    assert top and members
    assert any("in the catalogue" in t for t in top + members), top + members
    assert not any("katalogen" in t or "tjenesteområde" in t for t in top + members)
    # the filter finds what the list says
    view = win.catalogue
    view.suggestions_search.setText("katalogen")
    qtbot.waitUntil(lambda: view.suggestions_model.rowCount() == 0)
    view.suggestions_search.setText("in the catalogue")
    qtbot.waitUntil(lambda: view.suggestions_model.rowCount() > 0)
    win.close()


def test_english_seed_risks_in_the_assessment(qtbot: Any, qapp: QApplication, demo: Path,
                                              tmp_path: Path) -> None:
    """The seeded risk register in English in the English app; a risk the user wrote stays as
    written."""
    from desktop.ui.scenarios.assessment_models import R_CAUSE, R_OWNER, R_SCORE, R_TITLE
    from tests.gui.scenario_support import wait_idle

    _english(qapp)
    win = open_scenarios(qtbot, copy_demo(demo, tmp_path))
    view = win.scenarios
    assert view.new_scenario("Felles drift")
    wait_idle(qtbot, view)
    panel = view.assessment
    view.editor_tabs.setCurrentWidget(panel)
    panel.tabs.setCurrentIndex(1)
    risks = panel.risks
    qtbot.waitUntil(lambda: risks.rowCount() == 5)
    assert risks.index(0, R_TITLE).data() == "Key staff leave"
    assert risks.index(0, R_CAUSE).data().startswith("Uncertainty about workplace")
    assert risks.index(0, R_OWNER).data() == "Project leader"
    assert risks.index(0, R_SCORE).data() == "12 (medium)"
    assert risks.setData(risks.index(1, R_TITLE), "Leverandøren går konkurs")
    wait_idle(qtbot, view)
    qtbot.waitUntil(lambda: risks.index(1, R_TITLE).data() == "Leverandøren går konkurs")
    assert risks.index(0, R_TITLE).data() == "Key staff leave"  # stored as seeded: English
    win.close()


def test_a_project_file_error_in_the_english_app(tmp_path: Path) -> None:
    from db.session import ProjectFileError, open_database
    from desktop.core import i18n as core_i18n
    from desktop.ui.errors import user_text

    with pytest.raises(ProjectFileError) as caught:
        open_database(tmp_path / "borte.samdrift")
    assert user_text(caught.value).startswith("Finner ikke prosjektfilen ")
    core_i18n.set_language("en")
    assert user_text(caught.value).startswith("Cannot find the project file ")
