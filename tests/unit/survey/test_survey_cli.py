"""Running the survey from the command line: corrections with a trail, issue states,
participants after creation, dispatch and reminders."""

from __future__ import annotations

import datetime as dt
import email
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from tests.helpers.factory import ProjectFactory
from tests.helpers.saved_at import set_saved_at

SYSTEMS = [{"name": "Gerica", "service_area": "Helse og omsorg", "hosting": "Egen drift",
            "users": "hundre", "annual_cost": 120000},
           {"name": "Visma Flyt Skole", "service_area": "Skole", "hosting": "Skytjeneste (SaaS)",
            "users": 80, "annual_cost": 50000}]
FACTS = {"contact_person": "Kari Nordmann", "email": "kari@birkenes.kommune.no",
         "phone": "37 00 00 00", "inhabitants": 5200}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def export(capsys: pytest.CaptureFixture[str], project: str | Path) -> dict[str, Any]:
    code, out, err = run(capsys, "export", str(project), "--json")
    assert code == 0, err
    doc: dict[str, Any] = json.loads(out)
    return doc


def _returned(factory: ProjectFactory, name: str, when: dt.datetime,
              systems: list[dict[str, Any]]) -> Path:
    path = factory.filled("4216", name, FACTS, installation=systems)
    return set_saved_at(path, when)


@pytest.fixture
def project(factory: ProjectFactory, capsys: pytest.CaptureFixture[str]) -> str:
    first = _returned(factory, "birkenes.xlsx", dt.datetime(2026, 10, 1), SYSTEMS)
    factory.close()
    code, out, err = run(capsys, "import", str(factory.location), str(first))
    assert code == 0, out + err
    return str(factory.location)


def _cell_of_users(capsys: pytest.CaptureFixture[str], project: str | Path) -> str:
    code, out, _ = run(capsys, "issues", str(project), "--json")
    [issue] = [i for i in json.loads(out) if i["raw_value"] == "hundre"]
    return f"{issue['sheet']}!{issue['cell']}"


def test_a_correction_changes_the_export_keeps_the_raw_text_and_survives_reimport(
        project: str, factory: ProjectFactory, capsys: pytest.CaptureFixture[str]) -> None:
    cell = _cell_of_users(capsys, project)
    before = export(capsys, project)
    [gerica] = [i for i in before["installations"] if i["name"] == "Gerica"]
    assert gerica["users"] is None and gerica["raw"]["users"] == "hundre"

    code, out, err = run(capsys, "correct", str(project), "--municipality", "4216", "--cell",
                         cell, "--value", "150", "--reason", "Bekreftet på telefon",
                         "--by", "ola")
    assert code == 0, err
    doc = export(capsys, project)
    [gerica] = [i for i in doc["installations"] if i["name"] == "Gerica"]
    assert gerica["users"] == 150
    assert gerica["raw"]["users"] == "hundre", "the raw text stays"
    [c] = gerica["corrections"]
    assert (c["field"], c["from"], c["to"], c["by"], c["reason"]) == (
        "users", None, 150, "ola", "Bekreftet på telefon")
    assert c["at"]

    # the same file again: unchanged, and the correction still holds
    code, out, err = run(capsys, "import", str(project), str(factory.tmp / "svar" /
                                                             "birkenes.xlsx"))
    assert code == 0, out + err
    [gerica] = [i for i in export(capsys, project)["installations"] if i["name"] == "Gerica"]
    assert gerica["users"] == 150 and gerica["corrections"]


def test_a_newer_file_with_the_corrected_value_resolves_it_another_value_asks(
        project: str, factory: ProjectFactory, capsys: pytest.CaptureFixture[str]) -> None:
    cell = _cell_of_users(capsys, project)
    assert run(capsys, "correct", str(project), "--municipality", "4216", "--cell", cell,
               "--value", "150", "--reason", "telefon")[0] == 0
    vfs = [i for i in export(capsys, project)["installations"] if i["name"] ==
           "Visma Flyt Skole"][0]
    vfs_cell = f"Fagsystemer!F{vfs['source']['row']}"
    assert run(capsys, "correct", str(project), "--municipality", "4216", "--cell", vfs_cell,
               "--value", "85", "--reason", "e-post fra skolen")[0] == 0

    fixed = [dict(SYSTEMS[0], users=150), dict(SYSTEMS[1], users=90)]
    newer = _returned(factory, "birkenes-2.xlsx", dt.datetime(2026, 11, 1), fixed)
    factory.close()
    code, out, err = run(capsys, "import", str(project), str(newer))
    assert code == 0, out + err
    assert "rettingen er løst" in out and "velg hva som skal gjelde" in out
    code, out, _ = run(capsys, "corrections", str(project), "--json")
    states = {c["cell"]: c["state"] for c in json.loads(out)}
    assert states == {cell: "resolved", vfs_cell: "conflict"}
    doc = export(capsys, project)
    vfs = [i for i in doc["installations"] if i["name"] == "Visma Flyt Skole"][0]
    assert vfs["users"] == 90, "until the user chooses, the new file's value holds"
    conflict = [c for c in doc["corrections"] if c["state"] == "conflict"][0]
    assert run(capsys, "correct", str(project), "--choose", str(conflict["id"]), "--keep",
               "correction")[0] == 0
    vfs = [i for i in export(capsys, project)["installations"]
           if i["name"] == "Visma Flyt Skole"][0]
    assert vfs["users"] == 85


def test_a_bad_cell_or_value_names_the_cell_and_the_raw_value(
        project: str, capsys: pytest.CaptureFixture[str]) -> None:
    cell = _cell_of_users(capsys, project)
    code, _, err = run(capsys, "correct", str(project), "--municipality", "4216", "--cell",
                       cell, "--value", "mange", "--reason", "x")
    assert code == 2 and cell in err and "mange" in err
    code, _, err = run(capsys, "correct", str(project), "--municipality", "4216", "--cell",
                       "Fagsystemer!Z99", "--value", "1", "--reason", "x")
    assert code == 2 and "Fagsystemer!Z99" in err
    code, _, err = run(capsys, "correct", str(project), "--municipality", "4216", "--cell",
                       "F12", "--value", "1", "--reason", "x")
    assert code == 2 and "F12" in err


def test_undo_brings_back_the_value_as_read(project: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    cell = _cell_of_users(capsys, project)
    run(capsys, "correct", str(project), "--municipality", "4216", "--cell", cell, "--value",
        "150", "--reason", "telefon")
    [c] = export(capsys, project)["corrections"]
    assert run(capsys, "correct", str(project), "--undo", str(c["id"]))[0] == 0
    [gerica] = [i for i in export(capsys, project)["installations"] if i["name"] == "Gerica"]
    assert gerica["users"] is None and gerica["corrections"] == []


def _open_issues(capsys: pytest.CaptureFixture[str], project: str | Path) -> int:
    code, out, _ = run(capsys, "status", str(project), "--json")
    [p] = [p for p in json.loads(out)["participants"] if p["number"] == "4216"]
    return int(p["issues"])


def test_resolving_an_issue_counts_one_open_issue_fewer(
        project: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "issues", str(project), "--open", "--json")
    issues = [i for i in json.loads(out) if i["severity"] in ("error", "warning")]
    before = _open_issues(capsys, project)
    assert before == len(issues) > 0
    code, out, err = run(capsys, "issues", str(project), "--resolve", str(issues[0]["id"]),
                         "--comment", "Ringt kommunen")
    assert code == 0, err
    assert _open_issues(capsys, project) == before - 1
    code, out, _ = run(capsys, "issues", str(project), "--json")
    [done] = [i for i in json.loads(out) if i["id"] == issues[0]["id"]]
    assert (done["state"], done["comment"]) == ("handled", "Ringt kommunen")
    code, out, _ = run(capsys, "issues", str(project), "--open", "--json")
    assert issues[0]["id"] not in {i["id"] for i in json.loads(out)}
    assert run(capsys, "issues", str(project), "--resolve", "999999")[0] == 2


def test_participants_added_get_a_questionnaire_removed_leave_every_figure(
        project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "participants", str(project), "--add", "4223")
    assert code == 0, err
    code, out, err = run(capsys, "template", str(project), "--out", str(tmp_path / "nye"),
                         "--municipality", "4223")
    assert code == 0 and "(4223).xlsx" in out

    from desktop.core.project.api import ProjectApi
    from desktop.core.scenarios import Scenario

    with ProjectApi.open(project) as api:
        api.scenarios.save(Scenario("Alle", participants=("4216", "4218"), level=3))
    code, out, err = run(capsys, "participants", str(project), "--remove", "4216")
    assert code == 0 and "holdt utenfor" in err
    doc = export(capsys, project)
    assert doc["installations"] == []
    assert [m["removed"] for m in doc["municipalities"] if m["number"] == "4216"] == [True]
    with ProjectApi.open(project) as api:
        from desktop.core.scenarios.from_project import project_data

        data = project_data(api.db)
        assert "4216" not in {m.number for m in data.municipalities}
        assert not data.installations
        assert api.survey.original("4216")[1], "the stored file is kept"
    code, out, _ = run(capsys, "participants", str(project))
    assert "4216" in out and "fjernet" in out
    code, out, _ = run(capsys, "status", str(project), "--json")
    [birkenes] = [p for p in json.loads(out)["participants"] if p["number"] == "4216"]
    assert (birkenes["contact_person"], birkenes["email"]) == (
        "Kari Nordmann", "kari@birkenes.kommune.no"), "from the «Kommune» sheet"
    code, out, err = run(capsys, "participants", str(project), "--add", "4216")
    assert code == 0
    assert [i["name"] for i in export(capsys, project)["installations"]] == [
        "Gerica", "Visma Flyt Skole"]


def test_send_writes_one_draft_per_municipality_and_status_shows_overdue(
        factory: ProjectFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    factory.api  # noqa: B018 (creates the project)
    factory.close()
    project = factory.location
    run(capsys, "contact", str(project), "--municipality", "4218", "--person", "Per Hansen",
        "--email", "per@iveland.kommune.no")
    code, out, err = run(capsys, "send", str(project), "--deadline", "2020-01-15", "--out",
                         str(tmp_path / "utkast"))
    assert code == 0, err
    drafts = sorted((tmp_path / "utkast").glob("*.eml"))
    assert len(drafts) == 3
    msg = email.message_from_bytes([d for d in drafts if "4218" in d.name][0].read_bytes())
    assert msg["To"] == "per@iveland.kommune.no"
    body = msg.get_payload()[0].get_payload(decode=True).decode("utf-8")
    assert "Per Hansen" in body and "15.01.2020" in body
    [att] = [p for p in msg.walk() if p.get_filename()]
    assert att.get_filename().endswith("(4218).xlsx") and att.get_payload(decode=True)[:2] == b"PK"

    code, out, _ = run(capsys, "status", str(project))
    assert "dager på overtid" in out
    code, out, _ = run(capsys, "status", str(project), "--json")
    p = json.loads(out)["participants"][0]
    assert p["overdue_days"] > 0 and p["deadline"] == "2020-01-15"
    code, out, err = run(capsys, "remind", str(project), "--out", str(tmp_path / "purring"))
    assert code == 0 and len(list((tmp_path / "purring").glob("Purring*.eml"))) == 3
    code, out, _ = run(capsys, "history", str(project), "--municipality", "4218")
    assert "sendt" in out and "purret" in out and "kontakt" in out


def test_notes_on_project_participant(project: str, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    assert run(capsys, "note", str(project), "--on", "participant", "--target", "4216",
               "--text", "Ny IT-sjef fra januar", "--in-report")[0] == 0
    assert run(capsys, "note", str(project), "--on", "project", "--text", "Styringsgruppen "
               "møtes i mars")[0] == 0
    code, out, _ = run(capsys, "note", str(project))
    assert "Ny IT-sjef" in out and "[i rapporten]" in out and "Styringsgruppen" in out


def test_the_report_appendix_lists_corrections_and_notes_for_the_report(
        project: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.core.project.api import ProjectApi

    cell = _cell_of_users(capsys, project)
    run(capsys, "correct", str(project), "--municipality", "4216", "--cell", cell, "--value",
        "150", "--reason", "Bekreftet på telefon")
    run(capsys, "note", str(project), "--on", "participant", "--target", "4216", "--text",
        "Ny IT-sjef fra januar", "--in-report")
    with ProjectApi.open(project) as api:
        report = api.reports.build([], "")
    [table] = [t for t in report.tables() if t.key == "Rettinger"]
    [row] = table.rows
    assert row[1] == cell and row[3] == "(tom) («hundre»)" and row[4] == "150"
    assert row[-1] == "Bekreftet på telefon"
    texts = [p.text for s in report.sections if s.title == "Notater" for p in s.blocks]
    assert texts == ["4216 Birkenes: Ny IT-sjef fra januar"]


def test_correcting_the_cell_of_an_issue_marks_it_handled_until_undone(
        project: str, capsys: pytest.CaptureFixture[str]) -> None:
    cell = _cell_of_users(capsys, project)
    before = _open_issues(capsys, project)
    assert run(capsys, "correct", str(project), "--municipality", "Birkenes", "--cell", cell,
               "--value", "150", "--reason", "telefon")[0] == 0
    assert _open_issues(capsys, project) == before - 1
    code, out, _ = run(capsys, "issues", str(project), "--json")
    [issue] = [i for i in json.loads(out) if i["raw_value"] == "hundre"]
    assert issue["state"] == "handled" and "telefon" in issue["comment"]
    [c] = export(capsys, project)["corrections"]
    run(capsys, "correct", str(project), "--undo", str(c["id"]))
    assert _open_issues(capsys, project) == before


def test_a_saved_scenario_naming_a_removed_participant_is_computed_without_it(
        project: str, factory: ProjectFactory, capsys: pytest.CaptureFixture[str]) -> None:
    iveland = factory.filled("4218", "iveland.xlsx", FACTS, installation=SYSTEMS[1:])
    factory.close()
    assert run(capsys, "import", str(project), str(iveland))[0] == 0
    code, out, err = run(capsys, "scenario", str(project), "--new", "Begge", "--participants",
                         "4216,4218", "--level", "3")
    assert code == 0, err
    code, out, _ = run(capsys, "scenario", str(project), "--show", "Begge", "--json",
                       "--draws", "200")
    before = json.loads(out)
    assert run(capsys, "participants", str(project), "--remove", "4216")[0] == 0
    code, out, err = run(capsys, "scenario", str(project), "--show", "Begge", "--json",
                         "--draws", "200")
    assert code == 0, err
    after = json.loads(out)
    assert {p["number"] for p in after["scenario"]["participants"]} == {"4218"}
    assert {p["number"] for p in before["scenario"]["participants"]} == {"4216", "4218"}
    assert "fjernet fra prosjektet" in json.dumps(after, ensure_ascii=False)


def test_two_issues_alike_but_for_their_message_are_resolved_one_at_a_time(
        factory: ProjectFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    path = factory.filled("4218", "iveland.xlsx", FACTS, installation=SYSTEMS[1:])
    factory.close()
    wb = load_workbook(path)
    del wb["Bemanning"], wb["Infrastruktur"]
    wb.save(path)
    project = factory.location
    assert run(capsys, "import", str(project), str(path))[0] == 0
    code, out, _ = run(capsys, "issues", str(project), "--open", "--json")
    missing = [i for i in json.loads(out) if i["code"] == "sheet_missing"]
    assert len(missing) == 2
    code, out, _ = run(capsys, "status", str(project), "--json")
    before = next(p for p in json.loads(out)["participants"] if p["number"] == "4218")["issues"]
    run(capsys, "issues", str(project), "--accept", str(missing[0]["id"]), "--comment", "ok")
    code, out, _ = run(capsys, "status", str(project), "--json")
    after = next(p for p in json.loads(out)["participants"] if p["number"] == "4218")["issues"]
    assert after == before - 1


def test_a_corrected_interpreted_value_is_no_longer_flagged_as_a_guess(
        factory: ProjectFactory, capsys: pytest.CaptureFixture[str]) -> None:
    path = factory.filled("4218", "iveland.xlsx", installation=[dict(SYSTEMS[1], users="ca. 80")])
    factory.close()
    project = str(factory.location)
    assert run(capsys, "import", project, str(path))[0] == 0
    [vfs] = export(capsys, project)["installations"]
    assert vfs["interpreted"]["users"] is True
    cell = f"Fagsystemer!F{vfs['source']['row']}"
    assert run(capsys, "correct", project, "--municipality", "4218", "--cell", cell,
               "--value", "82", "--reason", "telefon")[0] == 0
    [vfs] = export(capsys, project)["installations"]
    assert vfs["users"] == 82 and vfs["interpreted"]["users"] is False
    assert vfs["raw"]["users"] == "ca. 80"
