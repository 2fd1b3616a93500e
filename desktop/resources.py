"""Where the application's bundled files are: fonts, region profiles, schemas, translations.

A module of its own, free of the ORM and of Qt, so that every layer can find its files
without importing more than it needs.

An installed wheel (and the frozen application) carries the folder as package data,
``desktop/_resources``, with the translations compiled; the source tree keeps it at the top,
``resources/``, where the editable install reads it. Nothing depends on the current
directory.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["font_path", "package_folder", "resources_dir"]

PACKAGED = "_resources"
"""The folder's name inside the package (``setup.py`` puts it there)."""


def package_folder(package: str) -> Path:
    """The folder of an importable *package* on disk (a wheel installs unzipped, and the
    frozen application unpacks its data files, so there is always one)."""
    spec = find_spec(package)
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not folders or not Path(folders[0]).is_dir():
        raise FileNotFoundError(f"the package {package} is not in a folder on disk "
                                f"({folders or spec}); install the program unzipped")
    return Path(folders[0])


@cache
def resources_dir() -> Path:
    """The installed ``desktop/_resources``, else the source tree's ``resources``."""
    package = package_folder("desktop")
    installed = package / PACKAGED
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def font_path(bold: bool = False) -> Path:
    """The bundled DejaVu Sans, which has every Kazakh letter."""
    return resources_dir() / "fonts" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
