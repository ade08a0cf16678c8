"""The core's texts in the user's language (desktop/core/i18n.py): English where the user
chose English, Norwegian in the report whatever the language."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.core import i18n
from desktop.core.importing.messages import match, shown, templates
from desktop.core.project.api import ProjectApi
from desktop.core.scenarios.parameters import BY_KEY, PARAMETERS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("i18n-demo"), scenarios=True)


def test_catalogue_is_complete_and_compiled() -> None:
    """Every core text has an English translation, and the committed .mo is the .po compiled
    (build/core_translations.py)."""
    done = subprocess.run([sys.executable, str(ROOT / "build" / "core_translations.py"),
                           "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_parameters_in_english_and_norwegian(english: None) -> None:
    p = BY_KEY["cost_per_fte"]
    assert (p.label, p.unit, p.group) == ("Cost per FTE", "NOK/year", "Economy")
    assert p.source.startswith("From the survey when Staffing has both FTEs and salary cost")
    assert all(q.label != q.label_nb for q in PARAMETERS if q.label_nb[0].isalpha())
    with i18n.norwegian():
        assert (p.label, p.unit, p.group) == ("Kostnad per årsverk", "kr/år", "Økonomi")
    assert p.label == "Cost per FTE"


def test_norwegian_by_default() -> None:
    assert i18n.language() == "nb"
    assert BY_KEY["discount_rate"].label == "Kalkulasjonsrente (reell)"
    message = "«ca. 200» tolket som 200 (omtrentlig verdi)."
    assert shown(message) == message


def test_the_report_language_is_per_thread(english: None) -> None:
    """A report built on a worker thread in Norwegian leaves the window's thread English."""
    seen: list[str] = []
    inside = threading.Event()
    go_on = threading.Event()

    def worker() -> None:
        with i18n.norwegian():
            seen.append(BY_KEY["cost_per_fte"].label)
            inside.set()
            go_on.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(5)
    here = BY_KEY["cost_per_fte"].label
    go_on.set()
    t.join()
    assert seen == ["Kostnad per årsverk"] and here == "Cost per FTE"


def test_issue_messages_in_english(english: None) -> None:
    assert shown("«ca. 200» tolket som 200 (omtrentlig verdi; komma lest som tusenskille).") \
        == "«ca. 200» read as 200 (approximate value; comma read as thousands separator)."
    assert shown("Rad 7 mangler «Systemnavn» og er lest som en fortsettelse av rad 6 "
                 "(verdiene er lagt til der).") == ("Row 7 lacks «Systemnavn» and is read as a "
                                                    "continuation of row 6 (its values are "
                                                    "added there).")
    assert shown("«ukjent» er ikke et tall.") == "«ukjent» is not a number."
    # a stored text of another wording is shown as stored
    assert shown("Noe helt annet.") == "Noe helt annet."


def test_every_template_reads_back() -> None:
    import re

    for template in templates():
        names = dict.fromkeys(re.findall(r"\{(\w+)\}", template))
        text = template.format(**{name: f"x{i}" for i, name in enumerate(names)})
        found = match(text)
        assert found is not None and found[0] == template, template


def test_every_demo_issue_has_an_english_text(demo: Path, english: None) -> None:
    """The demo returns' issues (messy numbers, dates, list values, rows) all read back."""
    api = ProjectApi.open(demo)
    try:
        issues = api.issues()
    finally:
        api.close()
    assert len(issues) > 10
    for issue in issues:
        assert match(issue.message) is not None, issue.message
        assert shown(issue.message) != issue.message, issue.message


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_report_stays_norwegian_in_english(demo: Path, english: None,
                                               tmp_path: Path) -> None:
    from desktop.core.reports.output import render
    from desktop.core.scenarios.evaluation import Simulation

    api = ProjectApi.open(demo)
    try:
        names = [s.name for s in api.scenarios.saved()]
        report = api.reports.build(names[:1], "Anbefaling.", simulation=Simulation(draws=50))
    finally:
        api.close()
    pdf = tmp_path / "rapport.pdf"
    render(report, "pdf", pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Kostnad per årsverk" in text and "Kalkulasjonsrente" in text
    assert "Cost per FTE" not in text and "Discount rate" not in text
    assert "Assumption" not in text
    assert i18n.language() == "en"  # the report changed nothing outside it


def _evaluated(demo: Path, name: str) -> object:
    from desktop.core.scenarios.evaluation import Simulation

    api = ProjectApi.open(demo)
    try:
        return api.scenarios.evaluate(name, Simulation(draws=20))
    finally:
        api.close()


def test_scenario_notes_and_trace_in_english(demo: Path, english: None) -> None:
    ev = _evaluated(demo, "Felles fagsystemer, alle sju")
    result = ev.result  # type: ignore[attr-defined]
    assert result is not None
    labels = {t.key: t for t in result.trace}
    assert labels["npv"].label == "Net present value (savings minus costs)"
    assert labels["baseline.staff"].formula.startswith("known salary cost + FTEs without")
    assert labels["payback_year"].unit == "years"
    assert result.notes and not any("kommuner" in n or " er " in n for n in result.notes), \
        result.notes
    notes = ev.allocation.notes  # type: ignore[attr-defined]
    assert not any(" betaler " in n for n in notes), notes
    from desktop.core.scenarios.trace import input_label

    assert input_label("it_users") == "IT users"
    assert input_label("cost_per_fte") == "Cost per FTE"


def test_scenario_notes_and_trace_in_norwegian_by_default(demo: Path) -> None:
    ev = _evaluated(demo, "Felles fagsystemer, alle sju")
    result = ev.result  # type: ignore[attr-defined]
    assert {t.key: t.label for t in result.trace}["npv"] == "Nåverdi (innsparing minus kostnader)"
    assert any(" er " in n for n in result.notes), result.notes


def test_a_wrong_parameter_value_is_refused_in_english(english: None) -> None:
    from desktop.core.errors import InputError
    from desktop.core.scenarios.validation import parameter_range, parameter_value

    with pytest.raises(InputError) as e:
        parameter_value("discount_rate", "fire")
    assert str(e.value) == ("Discount rate (real) (discount_rate) = «fire»: not a number "
                            "(write e.g. 0,04, 0.04, 4 % or 900 000)")
    with pytest.raises(InputError) as e:
        parameter_range("horizon_years", "5:10:15")
    assert str(e.value).endswith(": the parameter cannot have an uncertainty range")
    with pytest.raises(InputError, match="^Unknown parameter: discount_rat .*Did you mean "
                                         "discount_rate"):
        parameter_value("discount_rat", "4 %")


def test_every_rejection_of_the_corpus_has_an_english_text(tmp_path: Path,
                                                          english: None) -> None:
    """The crafted files the importer refuses (tests/helpers/corpus.py), each refused with a
    message shown in English."""
    import re

    from tests.helpers import corpus
    from tests.helpers.factory import ProjectFactory

    factory = ProjectFactory(tmp_path)
    try:
        good = factory.filled("4218", "god.xlsx", installation=[
            {"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift",
             "users": 40, "annual_cost": 120000}])
        folder = tmp_path / "alle"
        folder.mkdir()
        for kind in corpus.KINDS:
            sub = folder / re.sub(r"\W+", "-", kind.name)
            sub.mkdir()
            kind.make(sub, good)
        results = factory.api.import_files([folder])
    finally:
        factory.close()
    rejected = [r for r in results if r.rejected]
    assert len(rejected) == len(corpus.KINDS)
    for r in rejected:
        assert match(r.message) is not None, r.message
        assert shown(r.message) != r.message and shown(r.message).startswith(r.file_name)


def test_non_priced_effects_and_benefits_in_english(demo: Path, english: None) -> None:
    ev = _evaluated(demo, "Felles drift, alle sju")
    a = ev.assessment  # type: ignore[attr-defined]
    assert a is not None
    labels = [e.label for e in a.effects]
    assert "Robustness and vulnerability" in labels and "Local presence" in labels
    assert any(b.title == "Lower running cost for IT" for b in a.benefits), a.benefits
    assert "User support and service desk" in [t.task for t in a.tasks]
    from desktop.core.assessment.responsibility import describe

    assert describe(4, {}).startswith("Level 4 (common work processes): the common unit also "
                                      "gets")


def test_vulnerability_flags_in_english(demo: Path, english: None) -> None:
    from desktop.core.scenarios.baseline import baseline

    api = ProjectApi.open(demo)
    try:
        base = baseline(api.scenarios.project_data())
    finally:
        api.close()
    texts = [f.text for m in base.municipalities for f in m.flags]
    assert texts and all("årsverk" not in t and "systemansvarlig" not in t for t in texts), texts


def test_a_figure_with_missing_parts_in_english(english: None) -> None:
    from desktop.core.scenarios.figures import Figure

    assert Figure(520, missing=2, of=3).text() == "520 (missing for 2 of 3)"
    assert Figure(None).text() == "missing"
    with i18n.norwegian():
        assert Figure(520, missing=2, of=3).text() == "520 (mangler for 2 av 3)"


def test_seed_risks_in_english_where_shown(english: None) -> None:
    from desktop.core.assessment.risks import SEED_RISKS, Risk, shown

    key_staff = SEED_RISKS[0]
    assert shown(key_staff.title) == "Key staff leave"
    assert shown(key_staff.owner) == "Project leader"
    assert i18n.tr(key_staff.level) == "Medium"
    assert all(shown(t) != t for r in SEED_RISKS for t in (r.title, r.cause, r.mitigation))
    assert shown("Nøkkelpersoner slutter kanskje") == "Nøkkelpersoner slutter kanskje"
    with pytest.raises(ValueError, match="Probability must be 1–5, not 7"):
        Risk("x", "Noe", probability=7)
    with i18n.norwegian():
        assert shown(key_staff.title) == "Nøkkelpersoner slutter"


def test_level_3_target_reasons_in_english_where_shown(demo: Path, english: None) -> None:
    """The targets panel's «Reason» column: each slot's reason read back into English (the
    result and the report keep the Norwegian)."""
    from desktop.core.scenarios.targets import shown_reason

    ev: Any = _evaluated(demo, "Felles fagsystemer, alle sju")
    reasons = [t.reason for t in ev.result.targets]
    assert reasons and all(shown_reason(r) != r for r in reasons), reasons
    assert "Chosen by the user." in [shown_reason(r) for r in reasons]
    assert shown_reason("Lavest lisenskostnad per bruker (1\u00a0200 kr). ") == \
        "Lowest licence cost per user (1\u00a0200 kr). "
    assert shown_reason("Ingen har lisenskostnad per bruker; valgt etter flest brukere. Flest "
                        "brukere blant deltakerne (40 av 90).") == (
        "No one has a licence cost per user; chosen by most users. Most users among the "
        "participants (40 of 90).")
    with i18n.norwegian():
        assert shown_reason(reasons[0]) == reasons[0]


def test_storage_and_project_file_errors_in_english(tmp_path: Path) -> None:
    """The errors db/ raises carry their wording, which the core translates where shown;
    their Norwegian message is as before."""
    import errno
    import sqlite3

    from db.session import ProjectFileError, open_database
    from db.storage_errors import os_problem, storage_problem
    from desktop.core.errors import message_in

    full = storage_problem(sqlite3.OperationalError("database or disk is full"), "ks.samdrift")
    assert full is not None
    assert str(full).startswith("Det er ikke plass til endringen: disken med ks.samdrift er full")
    assert message_in(full, "nb") == str(full) == full.text("nb")
    assert full.text("en") == ("There is no room for the change: the disk with ks.samdrift is "
                               "full. Nothing was saved; free some space and try again.")
    no_space = os_problem(OSError(errno.ENOSPC, "No space left on device"), "ks.samdrift")
    assert message_in(no_space, "en") == ("There is no space left on the disk with "
                                          "ks.samdrift. Nothing was saved.")
    with pytest.raises(ProjectFileError) as caught:
        open_database(tmp_path / "borte.samdrift")
    assert str(caught.value) == f"Finner ikke prosjektfilen {tmp_path / 'borte.samdrift'}"
    assert message_in(caught.value, "en") == \
        f"Cannot find the project file {tmp_path / 'borte.samdrift'}"
    (tmp_path / "tekst.samdrift").write_text("hei")
    with pytest.raises(ProjectFileError) as caught:
        open_database(tmp_path / "tekst.samdrift")
    assert message_in(caught.value, "en").endswith("tekst.samdrift is not a Samdrift project file")
