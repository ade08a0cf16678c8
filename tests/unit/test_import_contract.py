"""The layers as a contract that fails the build when crossed (qutebrowser's misc_checks.py,
import-linter's layered contracts): every module under desktop/ and db/ is read with `ast`
(no module is listed by hand; imports inside functions and under TYPE_CHECKING count too).

1. The core (`desktop.core`) never imports Qt (PySide6, shiboken6) nor `desktop.ui`/`desktop.cli`.
2. The UI (`desktop.ui`) and the CLI (`desktop.cli`) never import `db` or SQLAlchemy, nor a
   core module that does (a core module's storage): they go through the facade
   (`desktop.core.project.api.ProjectApi` and the `*_ops` it hands out); `desktop.core.errors`
   is allowed (it names db's ProjectFileError only to tell its kind).
3. No cycles among the core's packages (`desktop.core.<package>`). The facade modules of
   `desktop.core.project` (api.py and the *_ops.py it hands out) are the application layer, a
   node of their own above every domain package; the rest of `desktop.core.project` (results,
   settings, setup, status, export, templates, changes) is the project's domain, below.

An exception to a rule is listed in KNOWN (an import) or KNOWN_EDGES (a package depending on
one above it) with its reason; the cycles are checked without the known edges, so a new cycle
fails at once. Remove an entry when its import goes.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6")
STORAGE = ("db", "sqlalchemy", "alembic")
# desktop.core.project's api.py and every *_ops.py it hands out (catalogue_ops, scenario_ops, …)
UI_MAY_IMPORT = {"desktop.core.errors"}

# (importing module, imported top-level name): why it is allowed
KNOWN: dict[tuple[str, str], str] = {
    ("desktop.cli.smoke", "db"): "the packaging smoke test imports every module of the frozen "
                                 "app (db included) to find what PyInstaller left out",
}

# (package, package it should not depend on): why it still does. Without these edges the core's
# packages form no cycle; each is a dependency pointing upwards, to be turned around.
KNOWN_EDGES: dict[tuple[str, str], str] = {
    ("scenarios", "assessment"): "a scenario stores its qualitative assessment and the "
                                 "evaluation builds it (assessment builds on scenarios); to "
                                 "turn: the application layer joins the two",
    ("importing", "survey"): "the import carries a municipality's value corrections over to "
                             "its new return inside the import's transaction "
                             "(survey.corrections.carry_over)",
    ("project", "survey"): "export, setup and status read corrections, log follow-up events "
                           "and key issues (survey builds on project's settings); to turn: "
                           "these belong in the application layer",
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module (or module.name for `from m import name`)
    line: int

    @property
    def where(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(root: Path, path: Path) -> Iterator[Import]:
    module = module_name(root, path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield Import(module, target, node.lineno)
            for alias in node.names:  # `from desktop.core.project import api`
                yield Import(module, f"{target}.{alias.name}", node.lineno)


def all_imports(root: Path, packages: tuple[str, ...] = ("desktop", "db")) -> list[Import]:
    out: list[Import] = []
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            out.extend(imports_of(root, path))
    return out


def _in(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def storage_modules(imports: list[Import]) -> set[str]:
    """Core modules that import db or SQLAlchemy themselves, other than the facade's."""
    return {i.module for i in imports if _in(i.module, ("desktop.core",))
            and _in(i.target, STORAGE) and i.module not in UI_MAY_IMPORT
            and core_node(i.module, ROOT) != "application"}


def boundary_violations(imports: list[Import]) -> list[Import]:
    bad = []
    storage = storage_modules(imports)
    for i in imports:
        if _in(i.module, ("desktop.core",)):
            crossing = _in(i.target, QT + ("desktop.ui", "desktop.cli"))
        elif _in(i.module, ("desktop.ui", "desktop.cli")):
            crossing = _in(i.target, STORAGE) or i.target in storage
        else:
            crossing = False
        if crossing and (i.module, i.target.split(".")[0]) not in KNOWN:
            bad.append(i)
    return bad


def core_node(name: str, root: Path) -> str | None:
    """The node of the package graph a core module belongs to (None: not a core package)."""
    parts = name.split(".")
    if parts[:2] != ["desktop", "core"] or len(parts) < 3:
        return None
    if not (root / "desktop" / "core" / parts[2]).is_dir():
        return None  # a module of its own (errors, formatting, …): imports no package
    if parts[2] == "project" and len(parts) > 3 and (parts[3] == "api"
                                                     or parts[3].endswith("_ops")):
        return "application"
    return parts[2]


def package_cycles(imports: list[Import], root: Path) -> list[list[str]]:
    """Strongly connected groups of more than one core package (Tarjan)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for i in imports:
        src, dst = core_node(i.module, root), core_node(i.target, root)
        if src and dst and src != dst and (src, dst) not in KNOWN_EDGES:
            graph[src].add(dst)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_core_never_imports_qt_and_ui_cli_never_import_storage() -> None:
    bad = boundary_violations(all_imports(ROOT))
    assert not bad, "layer crossed:\n" + "\n".join(i.where for i in bad)


def test_no_cycles_among_the_core_packages() -> None:
    imports = all_imports(ROOT)
    cycles = package_cycles(imports, ROOT)
    detail = [f"{' ↔ '.join(c)}: " + "; ".join(
        i.where for i in imports
        if core_node(i.module, ROOT) in c and core_node(i.target, ROOT) in c
        and core_node(i.module, ROOT) != core_node(i.target, ROOT)
        and (core_node(i.module, ROOT), core_node(i.target, ROOT)) not in KNOWN_EDGES)
        for c in cycles]
    assert not cycles, "package cycles:\n" + "\n".join(detail)


def test_every_module_is_walked() -> None:
    names = {i.module for i in all_imports(ROOT)}
    # the modules the hand-written lists of the old boundary tests missed are in
    assert {"desktop.core.charts.tornado", "desktop.core.reports.pdf",
            "desktop.core.demo.build", "desktop.ui.main_window", "db.session"} <= names


# --- the contract fails when crossed ------------------------------------------------------

@pytest.mark.parametrize(("where", "text", "rule"), [
    ("desktop/core/scenarios/bad.py", "from PySide6.QtCore import QObject\n", "boundary"),
    ("desktop/core/charts/bad.py", "def f():\n    import desktop.ui.app\n", "boundary"),
    ("desktop/ui/bad.py", "from db.session import open_database\n", "boundary"),
    ("desktop/ui/bad.py", "from desktop.core.catalogue.store import read_rows\n", "boundary"),
    ("desktop/cli/bad.py", "def f():\n    from desktop.core.scenarios import store\n",
     "boundary"),
    ("desktop/cli/bad.py",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import sqlalchemy\n", "boundary"),
    ("desktop/core/questionnaire/bad.py", "from desktop.core.importing import values\n",
     "cycle"),
    ("desktop/core/project/status2.py", "from desktop.core.project import api\n", "cycle"),
    ("desktop/core/catalogue/bad.py", "def f():\n    from desktop.core.scenarios import model\n",
     "cycle"),
])
def test_a_violation_added_is_caught(tmp_path: Path, where: str, text: str, rule: str) -> None:
    import shutil

    for package in ("desktop", "db"):
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    assert not boundary_violations(all_imports(tmp_path))
    assert not package_cycles(all_imports(tmp_path), tmp_path)
    (tmp_path / where).write_text(text, encoding="utf-8")
    imports = all_imports(tmp_path)
    if rule == "boundary":
        assert {i.module for i in boundary_violations(imports)} == {
            module_name(tmp_path, tmp_path / where)}
    else:
        assert package_cycles(imports, tmp_path)
