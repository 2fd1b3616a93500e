"""The pages are read below the program's priority: background work gives way to the desk."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.priority import BACKGROUND_NICENESS
from desktop.services.page_text import reading_pool


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX niceness; Windows has its class")
def test_the_reading_processes_and_what_they_start_run_below_the_program() -> None:
    ours = os.nice(0)
    expected = min(ours + BACKGROUND_NICENESS, 19)
    pool = reading_pool(1)
    try:
        assert pool.submit(os.nice, 0).result(timeout=120) == expected
        # Tesseract is a program the worker starts: it inherits the worker's niceness.
        started = pool.submit(subprocess.check_output, ["nice"], text=True)
        assert int(started.result(timeout=120)) == expected
    finally:
        pool.shutdown(wait=True)
    assert os.nice(0) == ours  # the program itself keeps its priority
