"""Where bundled resources are: `desktop/resources`, read through importlib.resources (an
editable install, a wheel installed in site-packages, a PyInstaller build alike)."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "desktop" / "resources"
    # the package is installed as plain files (a wheel unpacks; PyInstaller collects them),
    # so the traversable is a real folder
    return Path(str(files("desktop") / "resources"))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
