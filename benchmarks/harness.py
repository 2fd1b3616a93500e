"""Timing and reporting: medians, ratios, peak memory, the table and the JSON."""

from __future__ import annotations

import gc
import resource
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    scenario: str
    ours_ms: float
    floor_ms: float | None
    ratio: float | None
    target: str
    peak_mb: float
    met: bool | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def time_command(cmd: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting *cmd* to its end (a whole program's cold start)."""
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def peak_mb() -> float:
    """This process's peak resident memory so far.

    Read from ``VmHWM``: Linux carries ``ru_maxrss`` over ``exec``, so a scenario process
    would report its parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def interleaved(ours: Callable[[], object], floor: Callable[[], object], repeat: int
                ) -> tuple[float, float]:
    """Medians of both, alternating runs so that machine noise hits both alike."""
    ours(), floor()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        for fn, bucket in ((ours, a), (floor, b)):
            gc.collect()
            start = time.perf_counter()
            fn()
            bucket.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def table(results: list[Result]) -> str:
    head = f"{'scenario':<44} {'ours ms':>9} {'floor ms':>9} {'ratio':>6} {'peak MB':>8}  target"
    lines = [head, "-" * len(head)]
    for r in results:
        floor = f"{r.floor_ms:9.1f}" if r.floor_ms is not None else f"{'—':>9}"
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else f"{'—':>6}"
        mark = {True: "ok", False: "MISSED", None: ""}[r.met]
        lines.append(f"{r.scenario:<44} {r.ours_ms:9.1f} {floor} {ratio} {r.peak_mb:8.0f}  "
                     f"{r.target} {mark} {r.note}".rstrip())
    return "\n".join(lines)
