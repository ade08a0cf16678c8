"""The UI speaks Norwegian bokmål by default and English when chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n, settings
from desktop.ui.app import configure_app
from desktop.ui.main_window import MainWindow


def _menus_and_tabs(win: MainWindow) -> tuple[list[str], list[str]]:
    menus = [a.text() for a in win.menuBar().actions()]
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    return menus, tabs


def test_qm_file_is_complete() -> None:
    qm = Path(i18n.translation_file("nb"))
    ts = qm.with_suffix(".ts")
    assert qm.exists() and ts.exists()
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation/>" not in text
    translator = QTranslator()
    assert translator.load(str(qm))


def test_every_ui_text_has_a_norwegian_translation() -> None:
    """A text added to the UI without a translation would show in English in the Norwegian
    app (build/translations.py adds them)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "build" / "translations.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_norwegian_by_default(qtbot: Any) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    menus, tabs = _menus_and_tabs(win)
    assert menus == ["&Fil", "&Rediger", "&Vis", "&Katalog", "&Hjelp"]
    assert tabs == ["Deltakere", "Avvik", "Fagsystemer", "Bemanning", "Kjøpte tjenester",
                    "Infrastruktur", "Systemkatalog", "Scenarier"]
    file_actions = [a.text() for a in win.actions_.file_menu.actions() if a.text()]
    assert file_actions == ["&Nytt prosjekt…", "&Åpne…", "Nylige prosjekter", "Lagre &som…",
                            "Si&kkerhetskopier…", "&Generer spørreskjemaer…", "&Importer svar…",
                            "&Rapport…", "&Avslutt"]
    assert win.actions_.language_menu.title() == "&Språk"  # switches at once


def test_english_when_chosen(qtbot: Any, qapp: QApplication, app: Any) -> None:
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
    settings.put(settings.LANGUAGE, "en")
    assert configure_app(qapp) is None
    win = MainWindow()
    qtbot.addWidget(win)
    menus, tabs = _menus_and_tabs(win)
    assert menus == ["&File", "&Edit", "&View", "&Catalogue", "&Help"]
    assert tabs == ["Participants", "Issues", "Systems", "Staffing", "Bought services",
                    "Infrastructure", "System catalogue", "Scenarios"]
    assert win.actions_.language_en.isChecked()


def test_choosing_a_language_switches_at_once(qtbot: Any, tmp_path: Path) -> None:
    """No restart: the window is made again in English with the project still open, on the
    same tab; and back."""
    from desktop.core.project.api import ProjectApi

    ProjectApi.create(tmp_path / "p.samdrift", "Språkprøve", ["4216"]).close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(tmp_path / "p.samdrift")
    win.show()
    win.tabs.setCurrentWidget(win.catalogue)
    assert win.tabs.tabText(0) == "Deltakere"
    win.actions_.language_en.trigger()
    english = win.successor
    assert english is not None and english is not win
    qtbot.addWidget(english)
    assert settings.language() == "en"
    assert english.isVisible() and not win.isVisible()
    assert english.tabs.tabText(0) == "Participants"
    assert english.project is not None and english.project.path == win_path(tmp_path)
    assert english.tabs.currentWidget() is english.catalogue
    assert english.windowTitle() == "Språkprøve – Samdrift"
    english.actions_.language_nb.trigger()
    norwegian = english.successor
    assert norwegian is not None
    qtbot.addWidget(norwegian)
    assert norwegian.tabs.tabText(0) == "Deltakere"
    norwegian.close()


def win_path(folder: Path) -> Path:
    return (folder / "p.samdrift").resolve()


def test_english_plurals_without_a_translation() -> None:
    # English is the source language: "%n thing(s)" texts get their plural form here
    assert i18n.plural("%n row(s)", 1) == "%n row" and i18n.plural("%n row(s)", 2) == "%n rows"
    assert i18n.plural("%n match(es)", 3) == "%n matches"
    assert i18n.plural("%n municipality(ies)", 1) == "%n municipality"
    assert i18n.plural("%n municipality(ies)", 7) == "%n municipalities"
    assert i18n.plural("%n chosen", 2) == "%n chosen"
