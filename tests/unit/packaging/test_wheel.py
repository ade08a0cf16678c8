"""`pip install .` gives a working program: the wheel carries the resources and the migrations.

The wheel is built from the checkout's files (tracked and new, not ignored ones), installed
without dependencies into a fresh venv that sees this venv's libraries through a .pth line (the
test needs no network), and run from a folder outside the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _run(*cmd: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, f"{cmd}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_venv_runs_demo_and_report(tmp_path: Path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is needed to list the checkout's files")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True, check=True)
    src = tmp_path / "src"
    for name in filter(None, listed.stdout.decode().split("\0")):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp_path / "dist", src,
         cwd=tmp_path)
    [wheel] = (tmp_path / "dist").glob("samdrift-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/resources/register/kommuner.csv" in names
    assert "db/migrations/script.py.mako" in names
    assert not (src / "build" / "lib").exists(), "the build leaves build/lib in the checkout"

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(_run(py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                        cwd=tmp_path).stdout.strip())
    # the dependencies: this venv's site-packages (a plain path: its .pth files, among them the
    # editable install of the checkout, are not run)
    (purelib / "zz_samdrift_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", py, "install", "-q", "--no-deps",
         "--no-index", wheel, cwd=tmp_path)

    where = _run(py, "-c", "import desktop; print(desktop.__file__)", cwd=tmp_path).stdout
    assert Path(where.strip()).is_relative_to(venv), where
    samdrift = py.parent / "samdrift"
    out = _run(samdrift, "demo", tmp_path / "demo", cwd=tmp_path).stdout
    project = Path(out.strip().splitlines()[-1])
    assert project.exists()
    _run(samdrift, "report", project, "--pdf", tmp_path / "rapport.pdf", cwd=tmp_path)
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
