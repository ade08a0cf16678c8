"""The command line speaks the app's language: English when the user chose English in the
app (its saved setting) or SAMDRIFT_LANG=en says so, `--help` included; Norwegian otherwise.
The report stays Norwegian."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import language
from desktop.core import i18n

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, lang: str | None, config: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("SAMDRIFT_LANG", None)
    if lang is not None:
        env["SAMDRIFT_LANG"] = lang
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run([sys.executable, "-m", "desktop.cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)


def test_help_in_english_and_norwegian() -> None:
    english = run("--help", lang="en").stdout
    assert english.startswith("usage: samdrift")
    assert "create a project file" in english and "show this help message and exit" in english
    assert "Samdrift – pre-studies of inter-municipal IT cooperation." in english
    norwegian = run("--help", lang="nb").stdout
    assert norwegian.startswith("bruk: samdrift") and "opprett en prosjektfil" in norwegian
    assert "create a project file" not in norwegian


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "ks.samdrift"
    r = run("new", str(path), "--name", "Knutepunkt", "--municipalities", "Birkenes,1018",
            lang="en")
    assert r.returncode == 0, r.stderr
    assert "Created" in r.stdout and "with 2 municipalities" in r.stdout, r.stdout
    return path


def test_import_and_status_in_english(project: Path, tmp_path: Path) -> None:
    r = run("template", str(project), "--out", str(tmp_path / "ut"), lang="en")
    søgne = next(Path(p) for p in r.stdout.split("\n") if "1018" in p)
    wb = load_workbook(søgne)
    ws = wb["Fagsystemer"]
    ws["A2"], ws["D2"], ws["E2"], ws["F2"] = "Tieto Gerica", "Helse og omsorg", "Egen drift", \
        "ca. 150"
    wb.save(tmp_path / "søgne-svar.xlsx")
    r = run("import", str(project), str(tmp_path / "søgne-svar.xlsx"), lang="en")
    assert r.returncode == 0, r.stderr
    assert "[IMPORTED]" in r.stdout and "– imported." in r.stdout, r.stdout
    assert "WARNING" in r.stdout and "«ca. 150» read as 150 (approximate value)." in r.stdout
    assert "1 files: 1 read, 0 rejected" in r.stdout
    assert "tolket" not in r.stdout and "LEST INN" not in r.stdout

    r = run("status", str(project), lang="en")
    assert "Knutepunkt – 2 municipalities" in r.stdout, r.stdout
    assert "imported with 1 issues (0 errors, 1 warning)" in r.stdout
    assert "kommuner" not in r.stdout and "advarsel" not in r.stdout

    r = run("status", str(project), lang="nb")
    assert "Knutepunkt – 2 kommuner" in r.stdout and "(0 feil, 1 advarsel)" in r.stdout


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="QSettings' INI file on Unix")
def test_the_language_chosen_in_the_app(tmp_path: Path) -> None:
    """Without SAMDRIFT_LANG the CLI reads the app's saved setting (Vis → Språk)."""
    config = tmp_path / "config"
    (config / "Samdrift").mkdir(parents=True)
    (config / "Samdrift" / "Samdrift.conf").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert run("--help", lang=None, config=config).stdout.startswith("usage: samdrift")
    # SAMDRIFT_LANG wins over the setting
    assert run("--help", lang="nb", config=config).stdout.startswith("bruk: samdrift")
    # no setting: Norwegian
    assert run("--help", lang=None, config=tmp_path / "none").stdout.startswith("bruk: ")


def test_language_names() -> None:
    assert [language.normalise(v) for v in ("en", "en_GB.UTF-8", "EN", "nb_NO", "no", "nn",
                                            "fr", "", None)] == \
        ["en", "en", "en", "nb", "nb", "nb", None, None, None]
    assert i18n.language() == "nb"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"), scenarios=True)


def test_scenario_show_in_english(demo: Path) -> None:
    r = run("scenario", str(demo), "--show", "Felles drift, alle sju", "--draws", "50",
            lang="en")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Level 2: Common technical operation" in out, out
    assert "Costs per year (NOK, fixed prices)" in out and "Net present value:" in out
    assert "Largest effect on the net present value" in out
    assert "Nåverdi" not in out and "Kostnader per år" not in out and "deltakere" not in out
    # the tornado's parameters by their English labels
    from desktop.core.scenarios.parameters import PARAMETERS

    i18n.set_language("en")
    try:
        english = {p.key: p.label for p in PARAMETERS}
    finally:
        i18n.set_language("nb")
    tornado = out.split("Largest effect on the net present value")[1].split("\n\n")[0]
    lines = [line.strip() for line in tornado.splitlines()[1:]]
    assert len(lines) == 5
    for line in lines:
        label, key = line.split(": ")[0].rsplit(" (", 1)
        assert label == english[key.rstrip(")")], line


def test_report_from_the_english_cli_is_norwegian(demo: Path, tmp_path: Path) -> None:
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    pdf = tmp_path / "rapport.pdf"
    r = run("report", str(demo), "--scenario", "Felles rammeavtaler", "--pdf", str(pdf),
            "--draws", "50", lang="en")
    assert r.returncode == 0, r.stderr
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Kalkulasjonsrente" in text and "Discount rate" not in text


def test_survey_and_catalogue_words_in_english(project: Path) -> None:
    r = run("issues", str(project), lang="en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("0 issues."), r.stdout
    r = run("participants", str(project), "--add", "Birkenes", lang="en")
    assert "Birkenes is already a participant." in r.stdout, r.stdout + r.stderr
    r = run("dedup", str(project), lang="en")
    assert "No names wait for a decision." in r.stdout, r.stdout
    r = run("dedup", str(project), "--threshold", "2", lang="en")
    assert r.returncode == 2 and "--threshold must be between 0 and 1" in r.stderr


def test_a_rejected_file_in_english(project: Path, tmp_path: Path) -> None:
    (tmp_path / "tom.xlsx").write_bytes(b"")
    r = run("import", str(project), str(tmp_path / "tom.xlsx"), lang="en")
    assert r.returncode == 1
    assert "[REJECTED] tom.xlsx: the file is empty (0 bytes)." in r.stdout, r.stdout


def test_catalogue_reasons_and_summary_in_english(demo: Path) -> None:
    """`samdrift dedup` explains each suggestion in the CLI's language, `systems` sums up in
    it; product and installation names as written."""
    r = run("dedup", str(demo), lang="en")
    assert r.returncode == 0, r.stderr
    assert "Dignio – 100\u00a0%: Alias in the catalogue: Dignio → Dignio Prevent" in r.stdout
    assert "katalogen" not in r.stdout and "tjenesteområde" not in r.stdout, r.stdout
    r = run("systems", str(demo), lang="en")
    assert " installations → " in r.stdout and " distinct systems" in r.stdout, r.stdout
    assert "installasjoner" not in r.stdout
    assert ": 1 municipality (" in r.stdout and ": 1 municipalities" not in r.stdout
    r = run("dedup", str(demo), lang="nb")
    assert "Dignio – 100\u00a0%: Alias i katalogen: Dignio → Dignio Prevent" in r.stdout
    r = run("systems", str(demo), lang="nb")
    assert "installasjoner → " in r.stdout and ": 1 kommune (" in r.stdout


def test_a_missing_project_file_in_english(tmp_path: Path) -> None:
    """db/'s errors in the CLI's language (db words them, the core translates)."""
    missing = tmp_path / "borte.samdrift"
    r = run("status", str(missing), lang="en")
    assert r.returncode == 2 and f"Cannot find the project file {missing}" in r.stderr, r.stderr
    r = run("status", str(missing), lang="nb")
    assert f"Finner ikke prosjektfilen {missing}" in r.stderr, r.stderr


def test_the_open_notices_in_english(project: Path) -> None:
    """A project not closed cleanly last time, and open on another machine: said in English."""
    import socket

    dead = 2 ** 22 + 12345  # above Linux's default pid_max: no such process
    (project.parent / f".{project.name}.{socket.gethostname()}.{dead}.open").write_text("")
    (project.parent / f".{project.name}.annen-pc.4242.open").write_text("")
    r = run("status", str(project), lang="en")
    assert f"The project {project.name} was not closed cleanly last time" in r.stderr, r.stderr
    assert "annen-pc (process 4242)" in r.stderr, r.stderr
    assert "lukket" not in r.stderr


def test_a_high_seeded_risk_in_english() -> None:
    from desktop.cli.scenario import _assessment_lines

    doc = {"effects": [], "benefits": [], "decision_notes": [],
           "risks": [{"title": "Nøkkelpersoner slutter", "level": "Høy"},
                     {"title": "Egen risiko", "level": "Høy"}]}
    i18n.set_language("en")
    try:
        assert "  High risk: Key staff leave, Egen risiko" in _assessment_lines(doc)
    finally:
        i18n.set_language("nb")
    assert "  Høy risiko: Nøkkelpersoner slutter, Egen risiko" in _assessment_lines(doc)


def test_dedup_json_gives_the_reasons_in_the_cli_language_too(tmp_path: Path) -> None:
    """`reason` stays as stored (a program may match on it); `reason_shown` is what the
    English user reads, as in the app."""
    r = run("demo", str(tmp_path / "demo"), lang="en")
    assert r.returncode == 0, r.stderr
    project = next((tmp_path / "demo").glob("*.samdrift"))
    import json

    english = json.loads(run("dedup", str(project), "--json", lang="en").stdout)
    norwegian = json.loads(run("dedup", str(project), "--json", lang="nb").stdout)
    members = [m for s in english for m in s["members"]]
    assert members, "the demo leaves suggestions to review"
    assert [m["reason"] for s in norwegian for m in s["members"]] == [
        m["reason"] for m in members]
    catalogue = [m for m in members if m["reason"].startswith("Produktnavn i katalogen")]
    assert catalogue and all(m["reason_shown"].startswith("Product name in the catalogue")
                             for m in catalogue), catalogue[0]
    assert all(m["reason_shown"] == m["reason"] for s in norwegian for m in s["members"])
