"""The domain core runs without Qt: importing it never loads PySide6."""

import subprocess
import sys

CORE_MODULES = [
    "desktop.core.questionnaire.template",
    "desktop.core.importing.service",
    "desktop.core.project.api",
    "desktop.core.project.export",
    "desktop.cli.commands",
    "db.session",
]


def test_core_modules_do_not_load_qt() -> None:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in CORE_MODULES)
            + "print([m for m in sys.modules if m.startswith('PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
