"""A private X display for each test worker.

Tests run in parallel (``pytest -n``) used to share the one Xvfb that ``scripts/test``
starts: a window one worker showed could take the keyboard focus from another worker's
window, and with it a shortcut the test was pressing. Each xdist worker now gets its own
Xvfb, so what one worker shows never reaches another's windows.
"""

from __future__ import annotations

import os
import shutil
import subprocess

SCREEN = "1600x1000x24"
"""The same screen as ``scripts/test`` gives the suite's shared Xvfb."""


class DisplayError(RuntimeError):
    pass


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Start an Xvfb on a free display number; the process and its ``DISPLAY``.

    Xvfb writes the number it took to ``-displayfd`` once it accepts clients: reading it
    waits for exactly that, and an Xvfb that dies first closes the pipe empty.
    """
    program = shutil.which("Xvfb")
    if program is None:
        raise DisplayError("Xvfb is not installed (scripts/setup-system installs it)")
    read, write = os.pipe()
    try:
        process = subprocess.Popen(
            [program, "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
    finally:
        os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number.isdigit():
        process.kill()
        raise DisplayError(f"Xvfb ended before it took a display (exit {process.wait()})")
    return process, f":{number}"


def stop_xvfb(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
