"""The build step that setup.cfg cannot declare: the ``resources`` folder into the wheel.

``resources/`` stays at the top of the source tree, where a checkout (and the editable
install) reads it. A wheel carries it as package data under ``desktop/_resources``, with
the translations compiled from their ``.ts`` sources to the ``.qm`` files the window loads
(the command line reads the ``.ts`` files themselves, without Qt, so they go in too).
``desktop.resources`` looks there first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
PACKAGED = Path("desktop", "_resources")
"""Where the folder goes inside the wheel (``desktop.resources.PACKAGED`` reads it there)."""


def _lrelease(ts: Path, qm: Path) -> None:
    """Compile one translation with PySide6's lrelease (a build requirement)."""
    command = [sys.executable, "-c",
               "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
               "-silent", str(ts), "-qm", str(qm)]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"could not compile the translation {ts.name} with PySide6's "
                         f"lrelease (PySide6 is a build requirement):\n{exc.stderr}") from exc
    if not qm.is_file():
        raise SystemExit(f"lrelease wrote no {qm.name} for {ts.name}")


class BuildWithResources(build_py):
    """``build_py`` that also copies ``resources/`` and compiles its translations."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the editable install reads resources/ where it is
            return
        target = Path(self.build_lib) / PACKAGED
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.qm"))
        for ts in sorted((RESOURCES / "translations").glob("*.ts")):
            _lrelease(ts, target / "translations" / ts.with_suffix(".qm").name)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        target = Path(self.build_lib) / PACKAGED
        return outputs + [str(path) for path in target.rglob("*") if path.is_file()]


setup(cmdclass={"build_py": BuildWithResources})
