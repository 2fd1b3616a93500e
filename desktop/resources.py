"""Where the application's bundled files are: fonts, region profiles, schemas, translations.

A module of its own, free of the ORM and of Qt, so that every layer can find its files
without importing more than it needs.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["font_path", "resources_dir"]


def resources_dir() -> Path:
    """The ``resources`` folder beside the package (the one place that knows where it is)."""
    return Path(__file__).resolve().parents[1] / "resources"


def font_path(bold: bool = False) -> Path:
    """The bundled DejaVu Sans, which has every Kazakh letter."""
    return resources_dir() / "fonts" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
