"""The layering rules hold: Qt stays in desktop.ui, layers point one way, ruff is clean."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
            "import desktop.ui.labels\n"
            "bad = [m for m in sys.modules if m.startswith(('sqlalchemy', 'desktop.models'))]\n"
            "assert not bad, bad")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr


def test_import_contracts() -> None:
    done = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_is_clean() -> None:
    done = subprocess.run([_tool("ruff"), "check", "--no-cache", "."], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
