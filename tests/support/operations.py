"""Holding a background operation at a chosen moment of its work, from a test."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QThreadPool

from desktop.ui.kit.operations import Operation

T = TypeVar("T")


def started_with(slot: Callable[[int, int, str], None], start: Callable[[], T]) -> T:
    """Call *start* with *slot* on the progress of each operation it starts, connected
    directly (so the slot runs on the worker and can hold it) **before** the work runs.

    Connected after ``start()`` returned, the slot could miss the moment it waits for: a
    busy machine once read past the awaited page before the connection was made.
    """
    unheld = Operation.start

    def held(op: Operation, pool: QThreadPool | None = None) -> None:
        op.progressed.connect(slot, Qt.ConnectionType.DirectConnection)
        unheld(op, pool)

    Operation.start = held  # type: ignore[method-assign, assignment]
    try:
        return start()
    finally:
        Operation.start = unheld  # type: ignore[method-assign]
