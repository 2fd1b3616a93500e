"""The layering rules hold: Qt stays in desktop.ui, layers point one way, the interface's parts
have their layers and no circle; mypy is clean on the core, no test imports a conftest,
ruff is clean."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(VENV_BIN)) or shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[dev]'")
    return path


CORE = ["desktop.domain", "desktop.models", "desktop.services", "desktop.storage",
        "desktop.documents", "desktop.scanning", "desktop.reports", "desktop.signing",
        "desktop.cli"]


@pytest.mark.parametrize("package", CORE)
def test_core_packages_load_without_qt(package: str) -> None:
    code = (f"import importlib, pkgutil, sys; import {package} as p\n"
            "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "assert not bad, bad")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_domain_and_labels_load_without_the_orm() -> None:
    """A label or a rule must not pull SQLAlchemy's ORM into a start that has not opened
    the database yet."""
    code = ("import importlib, pkgutil, sys; import desktop.domain as p\n"
            "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
            "    importlib.import_module(m.name)\n"
            "import desktop.ui.kit.labels\n"
            "bad = [m for m in sys.modules if m.startswith(('sqlalchemy', 'desktop.models'))]\n"
            "assert not bad, bad")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr


def test_import_contracts() -> None:
    done = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def _interface_layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"]
                   if c.get("containers") == ["desktop.ui"]]
    return [{name.strip() for name in layer.split("|")} for layer in contract["layers"]]


def test_every_part_of_the_interface_has_its_layer() -> None:
    """A new screen or helper at the top of desktop/ui is placed in the layers contract
    (a module left out of it would be held by nothing)."""
    placed = set().union(*_interface_layers())
    ui = ROOT / "desktop" / "ui"
    parts = {p.stem for p in ui.glob("*.py") if not p.stem.startswith("__")} | {
        p.name for p in ui.iterdir() if (p / "__init__.py").is_file()}
    assert sorted(parts - placed) == []
    assert sorted(placed - parts) == []


def _circles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """The import circles among *modules* (Tarjan's strongly connected components)."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in edges[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_the_interface_has_no_import_circle() -> None:
    """No module of desktop/ui imports, through others, itself (a name only for the type
    checker does not count: it is never imported when the program runs)."""
    graph = grimp.build_graph("desktop", exclude_type_checking_imports=True)
    modules = {m for m in graph.modules if m.startswith("desktop.ui.")}
    assert _circles(graph, modules) == []


def test_mypy_is_clean_on_the_core() -> None:
    """The core packages type-check, untyped functions too (``[tool.mypy]`` in
    pyproject.toml names them)."""
    done = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_test_imports_a_conftest() -> None:
    """Builders are in tests/support, and a conftest holds fixtures only."""
    imports = re.compile(r"\s*(from\s+tests\S*conftest\s+import|import\s+\S*conftest)")
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / "tests").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if imports.match(line)]
    assert found == []


def test_ruff_is_clean() -> None:
    done = subprocess.run([_tool("ruff"), "check", "--no-cache", "."], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
