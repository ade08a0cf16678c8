"""`samdrift demo`: the Knutepunkt Sørlandet demo project, as a user sees it after building it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Participant, QuestionnaireReturn
from desktop.core.demo.answers import answers_for, lillesand_resent
from desktop.core.demo.build import build_demo
from desktop.core.demo.data import MUNICIPALITIES, PROJECT_FILE, PROJECT_NAME
from desktop.core.project.api import ProjectApi
from desktop.core.project.results import ParticipantStatus, ReturnStatus

RECORD_LISTS = ("installations", "staffing", "bought_services", "infrastructure")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ProjectApi]]:
    directory = tmp_path_factory.mktemp("demo")
    path = build_demo(directory)
    api = ProjectApi.open(path)
    yield path, api
    api.close()


@pytest.fixture(scope="module")
def api(demo: tuple[Path, ProjectApi]) -> ProjectApi:
    return demo[1]


@pytest.fixture(scope="module")
def export(api: ProjectApi) -> dict[str, Any]:
    return api.export()


def _status(api: ProjectApi, number: str) -> ParticipantStatus:
    return next(s for s in api.status() if s.number == number)


def _return(api: ProjectApi, number: str, status: str = "current") -> QuestionnaireReturn:
    with api.db.session() as s:
        r = s.scalars(select(QuestionnaireReturn).join(Participant)
                      .where(Participant.number == number,
                             QuestionnaireReturn.status == status)).one()
        s.expunge(r)
        return r


def test_the_project_file_is_named_and_all_seven_municipalities_are_imported(
        demo: tuple[Path, ProjectApi], api: ProjectApi) -> None:
    path, _ = demo
    assert path.name == PROJECT_FILE and path.exists()
    assert (path.parent / "Utsendt").is_dir() and (path.parent / "Svar").is_dir()
    assert api.info()["name"] == PROJECT_NAME
    statuses = api.status()
    assert sorted(s.number for s in statuses) == sorted(m.number for m in MUNICIPALITIES)
    assert len(statuses) == 7
    for s in statuses:
        assert s.status in (ReturnStatus.RETURNED, ReturnStatus.IMPORTED_WITH_ISSUES), s
        assert s.file_name
        assert s.installations >= 20, s  # every municipality has its systems


def test_most_municipalities_show_few_issues(api: ProjectApi) -> None:
    statuses = api.status()
    assert [s.name for s in statuses if s.errors] == ["Søgne"]
    assert sum(1 for s in statuses if s.issues <= 5) >= 6


def test_lillesand_resent_a_corrected_file_that_replaced_the_first(api: ProjectApi) -> None:
    st = _status(api, "4215")
    assert st.superseded == 1
    assert st.file_name is not None and st.file_name.endswith("(2).xlsx")
    old = _return(api, "4215", "superseded")
    assert old.file_name.endswith("(1).xlsx")
    changes = _return(api, "4215").changes
    assert changes and changes["rows"]
    rows = {(c["kind"], c["record"], c["label"]) for c in changes["rows"]}
    assert ("removed", "installation", "Mikromarc") in rows
    assert ("added", "installation", "Bibliofil") in rows
    assert ("changed", "installation", "CosDoc") in rows


def test_sogne_errors_name_sheet_cell_and_raw_value(api: ProjectApi) -> None:
    errors = [i for i in api.issues() if i.municipality == "1018" and i.severity == "error"]
    assert len(errors) >= 4
    for i in errors:
        assert i.sheet and i.cell and i.raw_value, i
    found = {(i.sheet, i.raw_value) for i in errors}
    assert {("Fagsystemer", "mange"), ("Fagsystemer", "31.02.2027"),
            ("Fagsystemer", "Privat sky"), ("Fagsystemer", "-25000")} <= found
    assert ("Kommune", "mange") in found


def test_iveland_without_identity_sheet_is_matched_by_the_kommune_sheet(api: ProjectApi) -> None:
    assert _return(api, "4218").matched_by == "kommune_sheet"
    assert {_return(api, m.number).matched_by for m in MUNICIPALITIES if m.number != "4218"} \
        == {"identity"}


def test_the_export_flags_interpreted_values(export: dict[str, Any]) -> None:
    [birkenes] = [m for m in export["municipalities"] if m["number"] == "4216"]
    assert birkenes["facts"]["locations"] == 14 and birkenes["interpreted"]["locations"]
    assert birkenes["raw"]["locations"] == "ca. 14"
    [system] = [i for i in export["installations"] if i["raw"].get("integrations") == "ca. 10"]
    assert system["integrations"] == 10 and system["interpreted"]["integrations"] is True
    [citrix] = [i for i in export["installations"] if i["raw"].get("servers") == "10-12"]
    assert citrix["interpreted"]["servers"] is True


def test_no_unreadable_value_is_exported_as_zero(export: dict[str, Any]) -> None:
    errors = {(i["municipality"], i["sheet"], i["cell"], i["raw_value"])
              for i in export["issues"] if i["severity"] == "error"}
    unread = {(m, sheet, "".join(ch for ch in cell if ch.isdigit()), raw)
              for m, sheet, cell, raw in errors if cell}
    checked = 0
    for name in RECORD_LISTS:
        for rec in export[name]:
            src = rec["source"]
            for key, raw in rec["raw"].items():
                if "@" in key:  # a continuation row's own text
                    continue
                if (rec["municipality"], src["sheet"], str(src["row"]), raw) in unread:
                    assert rec[key] is None, (rec, key)
                    checked += 1
                if raw.strip().casefold() in ("?", "ukjent", "mange"):
                    assert rec[key] is None, (rec, key)
    for m in export["municipalities"]:
        for key, raw in m["raw"].items():
            if any(e[0] == m["number"] and e[1] == "Kommune" and e[3] == raw for e in errors):
                assert m["facts"][key] is None
                checked += 1
    assert checked >= 5


def test_the_demo_data_is_deterministic() -> None:
    for m in MUNICIPALITIES:
        assert answers_for(m) == answers_for(m)
    assert lillesand_resent() == lillesand_resent()
    assert lillesand_resent() != answers_for(MUNICIPALITIES[3])


def test_building_again_in_the_same_folder_is_refused(demo: tuple[Path, ProjectApi]) -> None:
    path, _ = demo
    with pytest.raises(FileExistsError, match="finnes allerede"):
        build_demo(path.parent)


def test_the_demo_command_adds_example_scenarios_that_compute(tmp_path: Path) -> None:
    from desktop.cli.main import main
    from desktop.core.scenarios.service import overview

    assert main(["demo", str(tmp_path)]) == 0
    api = ProjectApi.open(tmp_path / "Knutepunkt Sørlandet.samdrift")
    try:
        rows = {row.scenario.name: row for row in overview(api.db)}
    finally:
        api.close()
    assert set(rows) == {"Felles rammeavtaler", "Felles drift, alle sju",
                         "Felles drift, fire kommuner", "Felles fagsystemer, alle sju"}
    assert all(row.result is not None and row.error is None for row in rows.values())
    assert len(rows["Felles drift, fire kommuner"].scenario.participants) == 4
    shared = rows["Felles fagsystemer, alle sju"]
    assert shared.scenario.level == 3 and shared.result is not None
    assert shared.result.summary["installations_switching"] == 7  # Familia -> Flyt Barnevern


def test_one_installation_count_everywhere(api: ProjectApi) -> None:
    """The status table's sum (207 with one discontinued) and the catalogue's «206
    installasjoner → … systemer» were different counts of the same thing."""
    from desktop.core.catalogue import api as catalogue

    in_status = sum(s.installations for s in api.status())
    assert in_status == catalogue.summary(api.db).installations
