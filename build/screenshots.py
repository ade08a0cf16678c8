"""`make screenshots`: the app on laptop and desktop screens, for a person to look at.

Every tab of the main window (the scenario tab's three pages too) and the main dialogs, with
the demo project, at 1366×768 and 1920×1080, at 100 % and 150 % scaling (QT_SCALE_FACTOR), in
a light and a dark palette, into a folder (default build/work/screenshots):

    python build/screenshots.py [--out DIR] [--only 1366x768@1.5]

Each size and scale runs in a process of its own (Qt reads QT_SCALE_FACTOR and the offscreen
screen's size when it starts); the window is maximised on that screen, as on a laptop. Next
to the PNGs, `problemer-<config>.txt` lists what desktop/ui/views/fit.py finds cut: labels,
buttons, tabs, column titles and filter fields whose text does not show whole, tables whose
leading columns are off to the right, panes below a usable width, windows larger than the
screen (the same check as tests/gui/test_laptop_fit.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1920, 1080))
SCALES = (1.0, 1.5)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "build" / "work" / "screenshots")
    p.add_argument("--only", help="one configuration, e.g. 1366x768@1.5")
    p.add_argument("--child", help=argparse.SUPPRESS)  # WxH@SCALE, in the child process
    args = p.parse_args(argv)
    if args.child:
        return child(args.out, args.child)
    args.out.mkdir(parents=True, exist_ok=True)
    configs = [f"{w}x{h}@{s}" for w, h in SIZES for s in SCALES]
    if args.only:
        configs = [args.only]
    with tempfile.TemporaryDirectory(prefix="samdrift-shots-") as tmp:
        demo = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "desktop.cli.main", "demo", str(demo)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        failed = 0
        for config in configs:
            started = time.perf_counter()
            env = child_env(config, Path(tmp))
            env["SAMDRIFT_SHOTS_DEMO"] = str(demo)
            done = subprocess.run([sys.executable, __file__, "--out", str(args.out),
                                   "--child", config], cwd=ROOT, env=env)
            failed += done.returncode != 0
            print(f"{config}: {'fertig' if done.returncode == 0 else 'FEIL'} "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
    print(f"Skjermbilder i {args.out}")
    return 1 if failed else 0


def child_env(config: str, tmp: Path) -> dict[str, str]:
    size, scale = config.split("@")
    width, height = (int(x) for x in size.split("x"))
    screen = tmp / f"screen-{size}.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=scale,
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_STATE_HOME=str(tmp / "state"),
               XDG_DATA_HOME=str(tmp / "data"))
    return env


# --- in the child process -------------------------------------------------------------------
def child(out: Path, config: str) -> int:
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from desktop.ui.app import configure_app

    app = QApplication([sys.argv[0]])
    app.setStyle(QStyleFactory.create("Fusion"))
    configure_app(app)
    light = app.palette()
    problems: list[str] = []
    for mode in ("lys", "mork"):
        app.setPalette(light if mode == "lys" else dark_palette())
        problems += shoot(app, out, f"{config.replace('@', '-x')}-{mode}")
    (out / f"problemer-{config.replace('@', '-x')}.txt").write_text(
        "\n".join(problems) + ("\n" if problems else ""), encoding="utf-8")
    return 0


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in ((R.Window, "#2b2b2b"), (R.WindowText, "#e6e6e6"),
                         (R.Base, "#1e1e1e"), (R.AlternateBase, "#262626"),
                         (R.Text, "#e6e6e6"), (R.Button, "#353535"),
                         (R.ButtonText, "#e6e6e6"), (R.Highlight, "#2f65ca"),
                         (R.HighlightedText, "#ffffff"), (R.ToolTipBase, "#353535"),
                         (R.ToolTipText, "#e6e6e6"), (R.PlaceholderText, "#9a9a9a"),
                         (R.Link, "#8ab4f8"), (R.Mid, "#444444"), (R.Light, "#505050"),
                         (R.Dark, "#1a1a1a"), (R.Shadow, "#000000")):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled  # as a platform's dark palette: greyed when disabled
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(disabled, role, QColor("#7a7a7a"))
    return p


def settle(app: Any, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


def wait(app: Any, done: Any, timeout: float = 120) -> None:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def shoot(app: Any, out: Path, prefix: str) -> list[str]:
    from desktop.ui.dialogs.new_project import NewProjectDialog
    from desktop.ui.guide import GuideDialog, guide_path
    from desktop.ui.main_window import MainWindow
    from desktop.ui.reports.dialog import ReportDialog

    problems: list[str] = []
    demo = next(Path(os.environ["SAMDRIFT_SHOTS_DEMO"]).glob("*.samdrift"))
    win = MainWindow()
    win.importer.show_results = False
    win.showMaximized()
    settle(app)
    save(win, out / f"{prefix}-00-velkommen.png")
    win.open_project(demo)
    names = ["deltakere", "avvik", "fagsystemer", "bemanning", "kjopte-tjenester",
             "infrastruktur", "systemkatalog", "scenarier"]
    for i, name in enumerate(names):
        win.tabs.setCurrentIndex(i)
        if name == "systemkatalog":
            c = win.catalogue.controller
            wait(app, lambda c=c: not c.busy and c.snapshot is not None)
        if name == "scenarier":
            sc = win.scenarios.controller
            wait(app, lambda sc=sc: sc.idle and sc.workspace is not None and (
                sc.current is None or (sc.evaluation is not None and sc.evaluation.complete)))
            for j, page in enumerate(("i-dag", "scenario", "sammenligning")):
                win.scenarios.pages.setCurrentIndex(j)
                if page == "scenario":
                    panes = win.scenarios.work_panes
                    for k, sub in enumerate(("oppsett", "felles-systemer", "parametere",
                                             "utover-kronene")):
                        win.scenarios.editor_tabs.setCurrentIndex(k)
                        settle(app)
                        save(win, out / f"{prefix}-{i + 1:02d}-{name}-{page}-{sub}.png")
                        problems += check(win, f"{prefix} {name}/{page}/{sub}")
                    if panes.tabbed:  # the results on a tab of their own on a small screen
                        panes.show_pane(1)
                        settle(app)
                        save(win, out / f"{prefix}-{i + 1:02d}-{name}-{page}-resultater.png")
                        problems += check(win, f"{prefix} {name}/{page}/resultater")
                        panes.show_pane(0)
                    continue
                if page == "sammenligning":  # two scenarios side by side
                    win.scenarios.comparison.set_checked(list(sc.scenarios)[:2])
                    wait(app, lambda sc=sc: len(sc.comparison) == 2)
                settle(app)
                save(win, out / f"{prefix}-{i + 1:02d}-{name}-{page}.png")
                problems += check(win, f"{prefix} {name}/{page}")
                compared = win.scenarios.comparison.panes
                if page == "sammenligning" and compared.tabbed:  # the charts on their tab
                    compared.show_pane(1)
                    settle(app)
                    save(win, out / f"{prefix}-{i + 1:02d}-{name}-{page}-diagrammer.png")
                    problems += check(win, f"{prefix} {name}/{page}/diagrammer")
                    compared.show_pane(0)
            continue
        settle(app)
        save(win, out / f"{prefix}-{i + 1:02d}-{name}.png")
        problems += check(win, f"{prefix} {name}")

    dialogs: list[tuple[str, Any]] = []
    new = NewProjectDialog(parent=win)
    new.name.setText("IT-samarbeid Agder")
    new.picker.search.setText("søg")
    new.picker.add_rows([0])
    dialogs.append(("dialog-nytt-prosjekt", new))
    dialogs.append(("dialog-rapport", ReportDialog(demo, "Knutepunkt Sørlandet", win)))
    dialogs.append(("dialog-veiledning", GuideDialog(guide_path(), win)))
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui import file_dialogs

    dialogs.append(("dialog-lagre-fil", file_dialogs.dialog(
        win, "Lagre rapporten som PDF", str(demo.parent), "PDF-dokumenter (*.pdf)",
        QFileDialog.FileMode.AnyFile, save=True)))
    for name, dialog in dialogs:
        dialog.show()
        settle(app)
        save(dialog, out / f"{prefix}-{name}.png")
        problems += check(dialog, f"{prefix} {name}")
        dialog.close()
    win.close()
    settle(app)
    return problems


def save(widget: Any, path: Path) -> None:
    widget.grab().save(str(path))


def check(root: Any, where: str) -> list[str]:
    """What is cut or too narrow among the widgets shown (desktop/ui/views/fit.py)."""
    from desktop.ui.views import fit

    return fit.problems(root, where)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
