"""The signing layer knows PDFs and certificates: not Qt, not the database."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import desktop.signing


def test_importing_the_signing_layer_loads_neither_qt_nor_the_orm() -> None:
    code = ("import sys, desktop.signing\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'sqlalchemy', 'alembic'))\n"
            "assert not bad, bad")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_every_module_declares_its_public_names() -> None:
    for info in pkgutil.iter_modules(desktop.signing.__path__, "desktop.signing."):
        module = importlib.import_module(info.name)
        names = getattr(module, "__all__", None)
        assert names, f"{info.name} has no __all__"
        assert all(hasattr(module, name) for name in names), info.name
    assert all(hasattr(desktop.signing, name) for name in desktop.signing.__all__)
