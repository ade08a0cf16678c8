"""The command line as a batch user runs it: new, template, import, status, export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli.main", *args], capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[3])


def test_a_whole_survey_from_the_command_line(tmp_path: Path) -> None:
    project = tmp_path / "ks.samdrift"
    r = run("new", str(project), "--name", "Knutepunkt", "--municipalities",
            "Birkenes,1018,Iveland")
    assert r.returncode == 0, r.stderr
    assert "3 kommuner" in r.stdout

    r = run("template", str(project), "--out", str(tmp_path / "ut"))
    assert r.returncode == 0, r.stderr
    files = sorted(Path(p) for p in r.stdout.split("\n") if p)
    assert [f.name for f in files] == ["Spørreskjema Birkenes (4216).xlsx",
                                       "Spørreskjema Iveland (4218).xlsx",
                                       "Spørreskjema Søgne (1018).xlsx"]
    wb = load_workbook(files[2])
    ws = wb["Fagsystemer"]
    ws["A2"], ws["D2"], ws["E2"], ws["F2"] = "Tieto Gerica", "Helse og omsorg", "Egen drift", \
        "ca. 150"
    wb.save(tmp_path / "søgne-svar.xlsx")
    (tmp_path / "tom.xlsx").write_bytes(b"")

    r = run("import", str(project), str(tmp_path / "søgne-svar.xlsx"), str(tmp_path / "tom.xlsx"))
    assert r.returncode == 1, "a rejected file makes the exit status non-zero"
    assert "AVVIST" in r.stdout and "tom.xlsx" in r.stdout
    assert "F2" in r.stdout and "ca. 150" in r.stdout
    # one language: [LEST INN] next to [AVVIST], never [imported]
    assert "[LEST INN]" in r.stdout and "[imported]" not in r.stdout

    r = run("status", str(project))
    assert "(0 feil, 1 advarsel)" in r.stdout, r.stdout  # not «1 advarsler»

    r = run("status", str(project), "--json")
    assert r.returncode == 0
    status = {p["number"]: p for p in json.loads(r.stdout)["participants"]}
    assert status["1018"]["status"] == "imported_with_issues"
    assert status["4216"]["status"] == "sent"

    r = run("export", str(project), "--json")
    doc = json.loads(r.stdout)
    [inst] = doc["installations"]
    assert inst["municipality"] == "1018" and inst["name"] == "Tieto Gerica"
    assert inst["users"] == 150 and inst["interpreted"]["users"] is True
    assert inst["annual_cost"] is None
    assert {i["cell"] for i in doc["issues"] if i["severity"] == "warning"} >= {"F2"}


def test_unknown_municipality_is_a_clear_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "x.samdrift"), "--name", "X",
                 "--municipalities", "Atlantis"]) == 2
    assert "Atlantis" in capsys.readouterr().err
    assert not (tmp_path / "x.samdrift").exists()


def test_help_answers_without_loading_the_heavy_libraries() -> None:
    # `samdrift --help` (and the parsing of every command line) took 0.9 s: the database,
    # the scenario model and their libraries were imported before the arguments were read
    code = ("import sys; from desktop.cli.main import _parser; _parser().format_help(); "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'numpy', 'matplotlib', "
            "'openpyxl', 'rapidfuzz', 'reportlab') if m in sys.modules))")
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "[]"
    help_text = subprocess.run([sys.executable, "-m", "desktop.cli.main", "--help"], cwd=root,
                               capture_output=True, text=True, check=True).stdout
    assert all(c in help_text for c in ("scenario", "report", "dedup", "systems"))


def test_help_is_norwegian() -> None:
    from desktop.cli.help_nb import untranslated
    from desktop.cli.main import _parser

    parser = _parser()
    assert untranslated(parser) == []
    text = parser.format_help()
    assert text.startswith("bruk: samdrift")
    assert "vis denne hjelpen og avslutt" in text and "opprett en prosjektfil" in text
    assert not any(w in text for w in ("usage:", "positional arguments", "show this help"))


def test_argument_errors_are_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["new"])
    assert "feil: disse argumentene mangler: project" in capsys.readouterr().err


def test_a_user_error_exits_2_with_its_message_only(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(tmp_path / "finnes-ikke.samdrift")]) == 2
    err = capsys.readouterr().err
    assert "finnes-ikke.samdrift" in err
    assert "Traceback" not in err and "intern feil" not in err


def test_a_bug_exits_3_with_a_pointer_and_the_traceback_in_the_log(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import commands

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def broken(_args: object) -> int:
        return {}["no such key"]  # type: ignore[no-any-return]

    monkeypatch.setattr(commands, "cmd_status", broken)
    assert main(["status", str(tmp_path / "x.samdrift")]) == 3
    err = capsys.readouterr().err
    assert "intern feil" in err and "KeyError" in err
    assert "test_cli.py:" in err and "in broken" in err, "points at where the bug is"
    assert "Traceback" not in err, "the full traceback goes to the log, not the terminal"
    logged = [Path(line.split(" skrevet til ", 1)[1]) for line in err.splitlines()
              if " skrevet til " in line]
    assert logged and logged[0].is_relative_to(tmp_path / "state")
    text = logged[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "KeyError: 'no such key'" in text
