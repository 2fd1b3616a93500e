"""Packages that name heavy modules' contents without loading them (:pep:`562`).

A package's ``__init__`` lists what it offers; the names whose modules load pyHanko,
fontTools or fpdf2 are looked up the first time they are used, so that importing the
package for its light parts (errors, data types) costs nothing more.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for *package* that imports ``where[name]`` on first use and
    keeps the value in the package, so the lookup happens once."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
