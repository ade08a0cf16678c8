"""A table of wrapped text that gives way in a narrow pane wraps its words whole: the
assessment's «Informasjonssikkerhet og personvern» showed as «Informasj…» at 1366 × 768."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.ui.views.table_view import DataTableView

LONG = "Informasjonssikkerhet"


def test_a_wrapped_column_is_never_narrower_than_its_longest_word(qtbot: Any) -> None:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Virkning", "Omfang", "Begrunnelse"])
    for name, reason in ((f"{LONG} og personvern", "Modellen regner med at hver av de sju "
                          "kommunene har egen brannmur i dag"),
                         ("Kompetansemiljø", "Sju kommuner er avhengige av én person")):
        model.appendRow([QStandardItem(name), QStandardItem("Middels positivt"),
                         QStandardItem(reason)])
    table = DataTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(300, 200)
    table.show()
    table.fit_columns(190)
    table.setWordWrap(True)
    table.set_elastic((2, 0), floor=60, first=2)
    word = table.fontMetrics().horizontalAdvance(LONG)
    assert table.columnWidth(0) >= word, (table.columnWidth(0), word)
    assert table.columnWidth(2) < 190, "the reason gave way first"
