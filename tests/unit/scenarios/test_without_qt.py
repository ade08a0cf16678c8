"""The scenario model is pure: importing it loads neither Qt nor the database layer."""

import subprocess
import sys

MODULES = [
    "desktop.core.scenarios",
    "desktop.core.scenarios.allocation",
    "desktop.core.scenarios.baseline",
    "desktop.core.scenarios.model",
    "desktop.core.scenarios.to_json",
    "desktop.core.scenarios.uncertainty",
]


def test_scenarios_load_neither_qt_nor_sqlalchemy() -> None:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in MODULES)
            + "print(sorted({m.split('.')[0] for m in sys.modules"
            + " if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic', 'db')}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
