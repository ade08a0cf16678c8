"""The Qt binding keeps Python's reference counts right where the app reads cells.

PySide6 6.12.0 dropped a reference to None each time Python read an empty cell (an index's
`data()` coming back as an invalid QVariant); once None's count ran out the interpreter
aborted ("deallocating None"). Copying a large selection, measuring column widths or a long
test run hit it. pyproject.toml excludes that version; this test fails, rather than the app
crashing, if another release does the same.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

app = QApplication([])


class Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 3

    def columnCount(self, parent=QModelIndex()):
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


model = Empty()
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
cells = [model.index(1, 1), proxy.index(1, 1)]
before = sys.getrefcount(None)
kept = [cell.data(role) for _ in range(500) for cell in cells
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole)]
print(sys.getrefcount(None) - before - len(kept))
"""


def test_reading_empty_cells_keeps_none_alive() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    from PySide6 import __version__

    lost = -int(done.stdout.strip())
    assert lost < 100, f"PySide6 {__version__} lost {lost} references to None in 2 000 reads"
