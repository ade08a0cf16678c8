"""The catalogue core runs without Qt: importing it never loads PySide6."""

import subprocess
import sys

MODULES = [
    "desktop.core.catalogue.api",
    "desktop.cli.catalogue",
    "desktop.core.catalogue.quality",
]


def test_catalogue_modules_do_not_load_qt() -> None:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in MODULES)
            + "print([m for m in sys.modules if m.startswith('PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
