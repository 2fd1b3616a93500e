"""A process's priority, the one place that knows how each platform sets it."""

from __future__ import annotations

import os
import sys

BACKGROUND_NICENESS = 10
"""How much lower background work runs than the program (POSIX ``nice``)."""
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000
"""Windows' counterpart; the programs the process starts inherit it, as they do a
niceness."""


def run_in_the_background() -> None:
    """Lower this process below the program's priority, for work that no one waits on."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
    else:
        os.nice(BACKGROUND_NICENESS)
