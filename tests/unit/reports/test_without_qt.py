"""The report's store and its workbook, Word and file writers run without Qt."""

import subprocess
import sys

MODULES = ["desktop.core.reports.store", "desktop.core.reports.xlsx",
           "desktop.core.reports.docx", "desktop.core.reports.output"]


def test_report_writers_do_not_load_qt() -> None:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in MODULES)
            + "print([m for m in sys.modules if m.startswith('PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
