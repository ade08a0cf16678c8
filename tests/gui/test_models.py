"""Every custom model passes pytest-qt's model tester; display, sort and filter roles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.project.results import IssueRow, ParticipantStatus, ReturnStatus
from desktop.core.register.municipalities import default_register
from desktop.ui.models.issue_filter import IssuesFilterProxy
from desktop.ui.models.issues import IssuesModel
from desktop.ui.models.municipalities import MunicipalityListModel, municipality_text
from desktop.ui.models.participants import ParticipantsModel
from desktop.ui.models.record_filter import RecordsFilterProxy
from desktop.ui.models.records import RecordsModel
from desktop.ui.models.typed_sort_proxy import TypedSortProxy

NBSP = "\u00a0"


def participant(number: str, name: str, status: ReturnStatus, **kw: Any) -> ParticipantStatus:
    base: dict[str, Any] = dict(county="Agder", population=5480, merged_into=None, sent_at=None,
                                file_name=None, received_at=None, errors=0, warnings=0,
                                infos=0, installations=0, superseded=0)
    base.update(kw)
    return ParticipantStatus(number, name, status=status, **base)


PARTICIPANTS = [
    participant("4216", "Birkenes", ReturnStatus.IMPORTED_WITH_ISSUES, errors=1, warnings=2,
                file_name="birkenes.xlsx", received_at=dt.datetime(2026, 3, 1, 9, 5),
                installations=12),
    participant("4218", "Iveland", ReturnStatus.SENT, sent_at=dt.datetime(2026, 2, 1)),
    participant("1018", "Søgne", ReturnStatus.NOT_SENT, population=None, merged_into="4204"),
    participant("4215", "Lillesand", ReturnStatus.RETURNED, installations=9,
                file_name="lillesand.ods", received_at=dt.datetime(2026, 3, 2, 14, 0)),
]
ISSUES = [
    IssueRow("birkenes.xlsx", "Fagsystemer", "F12", "ca. 10", "tolket", "warning", "approx",
             "4216", "Birkenes"),
    IssueRow("birkenes.xlsx", "Fagsystemer", "H3", "abc", "kan ikke leses", "error", "bad",
             "4216", "Birkenes"),
    IssueRow("lillesand.ods", None, None, None, "annet prosjekt", "info", "other", "4215",
             "Lillesand"),
]
RECORDS: list[dict[str, Any]] = [
    {"name": "Gerica", "users": 200, "annual_cost": 1234567.0, "management_fte": 2.5,
     "contract_end": dt.date(2027, 12, 31), "servers": None, "municipality": "4216",
     "municipality_name": "Birkenes", "file_name": "birkenes.xlsx", "sheet": "Fagsystemer",
     "row": 12, "raw": {"users": "ca. 200", "servers": "?"}, "interpreted": ["users"],
     "extra": {"Merknad": "viktig"}, "in_use": True},
    {"name": "Acos WebSak", "users": 95, "annual_cost": 98000.0, "management_fte": None,
     "contract_end": None, "servers": 1, "municipality": "4215",
     "municipality_name": "Lillesand", "file_name": "lillesand.ods", "sheet": "Fagsystemer",
     "row": 3, "raw": {}, "interpreted": [], "extra": {}, "in_use": False},
]


def test_participants_model(qtmodeltester: Any) -> None:
    model = ParticipantsModel()
    model.set_rows(PARTICIPANTS, {"4204": "Kristiansand"})
    qtmodeltester.check(model)
    texts = [model.index(r, 3).data() for r in range(4)]
    assert texts == ["Importert med 3 avvik", "Sendt", "Ikke sendt", "Mottatt"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kommunenr"
    assert model.index(0, 4).data().startswith("01.03.2026")
    assert model.index(1, 6).data() == ""  # no return: no count, not 0
    assert "Kristiansand" in model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    proxy = TypedSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # population; None last
    assert [proxy.index(r, 1).data() for r in range(4)][-1] == "Søgne"


def test_issues_model_and_filter(qtmodeltester: Any) -> None:
    model = IssuesModel()
    model.set_rows(ISSUES)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["Advarsel", "Feil", "Info"]
    proxy = IssuesFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "Feil"
    proxy.set_severity("warning")
    assert proxy.rowCount() == 1 and proxy.index(0, 4).data() == "F12"
    proxy.set_severity(None)
    proxy.set_text("LILLESAND")
    assert proxy.rowCount() == 1


def test_records_model_formats_the_norwegian_way(qtmodeltester: Any) -> None:
    model = RecordsModel("installation")
    model.set_rows(RECORDS)
    qtmodeltester.check(model)
    col = model.column_of
    assert model.headerData(col("annual_cost"), Qt.Orientation.Horizontal) == \
        "Lisens og vedlikehold (NOK/år)"
    assert model.index(0, col("annual_cost")).data() == f"1{NBSP}234{NBSP}567{NBSP}kr"
    assert model.index(0, col("management_fte")).data() == "2,5"
    assert model.index(0, col("contract_end")).data() == "31.12.2027"
    assert model.index(1, col("management_fte")).data() == ""  # None is empty, never 0
    assert model.index(0, col("servers")).data() == ""
    users = model.index(0, col("users"))
    assert users.data(Qt.ItemDataRole.FontRole).italic()
    assert users.data(Qt.ItemDataRole.ToolTipRole) == "Tolket fra «ca. 200»"
    servers = model.index(0, col("servers"))
    assert "«?»" in servers.data(Qt.ItemDataRole.ToolTipRole)
    assert servers.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, col("extra")).data() == "Merknad: viktig"
    assert model.find_row("birkenes.xlsx", "fagsystemer", 12) == 0
    assert model.find_row("birkenes.xlsx", "Fagsystemer", 13) is None


def test_records_sort_by_typed_value_and_filter(qtmodeltester: Any) -> None:
    model = RecordsModel("installation")
    rows = [dict(RECORDS[0], annual_cost=9000.0), dict(RECORDS[1], annual_cost=100000.0),
            dict(RECORDS[1], name="Tom", annual_cost=None, municipality="4216")]
    model.set_rows(rows)
    proxy = RecordsFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    cost = model.column_of("annual_cost")
    proxy.sort(cost, Qt.SortOrder.AscendingOrder)
    # "9 000 kr" < "100 000 kr" as numbers (as text it would be the other way); None last
    assert [proxy.index(r, 1).data() for r in range(3)] == ["Gerica", "Acos WebSak", "Tom"]
    proxy.sort(cost, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["Acos WebSak", "Gerica", "Tom"]
    proxy.set_municipality("4216")
    assert proxy.rowCount() == 2
    proxy.set_text("9 000")  # typed with a normal space, shown with a no-break space
    assert proxy.rowCount() == 1


def test_municipality_list_model(qtmodeltester: Any) -> None:
    register = default_register()
    model = MunicipalityListModel()
    model.set_items(register.search("Søgne"))
    qtmodeltester.check(model)
    sogne = register.get("1018")
    assert sogne is not None
    assert municipality_text(sogne) == "Søgne (1018, del av Kristiansand fra 2020)"
    model.append(sogne)
    model.remove(0)
    qtmodeltester.check(model)
