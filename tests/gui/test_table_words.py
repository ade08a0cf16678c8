"""A table of wrapped text that gives way in a narrow pane wraps its words whole: the
assessment's «Informasjonssikkerhet og personvern» showed as «Informasj…» at 1366 × 768."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.ui.views.table_view import DataTableView

LONG = "Informasjonssikkerhet"


def wrapped_table(qtbot: Any, model: QStandardItemModel, width: int) -> DataTableView:
    """A shown table of `model`, its columns fitted and its text wrapping."""
    table = DataTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(width, 200)
    table.show()
    table.fit_columns(190)
    table.setWordWrap(True)
    return table


def test_a_wrapped_column_is_never_narrower_than_its_longest_word(qtbot: Any) -> None:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Virkning", "Omfang", "Begrunnelse"])
    for name, reason in ((f"{LONG} og personvern", "Modellen regner med at hver av de sju "
                          "kommunene har egen brannmur i dag"),
                         ("Kompetansemiljø", "Sju kommuner er avhengige av én person")):
        model.appendRow([QStandardItem(name), QStandardItem("Middels positivt"),
                         QStandardItem(reason)])
    table = wrapped_table(qtbot, model, 300)
    table.set_elastic((2, 0), floor=60, first=2)
    word = table.fontMetrics().horizontalAdvance(LONG)
    assert table.columnWidth(0) >= word, (table.columnWidth(0), word)
    assert table.columnWidth(2) < 190, "the reason gave way first"


def test_a_one_line_column_does_not_make_the_rows_tall(qtbot: Any) -> None:
    """The parameter table wraps its names; its long source notes stay on one line (elided,
    whole on hover), so a row is as tall as its name, not three lines for the note."""
    from desktop.ui.views.one_line import OneLineDelegate

    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Parameter", "Kilde for standardverdien"])
    model.appendRow([QStandardItem("Analyseperiode"), QStandardItem(
        "Antakelse: ti år er vanlig i forstudier av IT-samarbeid; kortere periode gir lavere "
        "nåverdi fordi engangskostnadene faller tidlig")])
    table = wrapped_table(qtbot, model, 320)
    table.setItemDelegateForColumn(1, OneLineDelegate(table))
    table.set_elastic((1, 0), floor=60, first=1)
    line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) < 2 * line, (table.rowHeight(0), line)
