"""Timing and reporting: medians, spreads, ratios, peak memory, the table and the JSON.

Every timed row runs several times. A row with a floor alternates ours with the floor
(``ours, floor, ours, floor…``) so that a busy machine slows both alike; its ratio is the
median of the pairs' ratios and its spread the lowest and highest of them. A row without a
floor gives its median and the spread of its runs.

A target in milliseconds is judged on the CPU time of the thread that did the work (the
median of ``time.thread_time``), given beside the wall-clock time: on a shared machine the
wall clock also counts the time the process waited for a core, which no code can shorten.
Ratios stay on the wall clock, ours and the floor waiting alike.
"""

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
    spread: str = ""
    """The ratio's lowest–highest over the pairs, or ours's when there is no floor."""
    cpu_ms: float | None = None
    """Ours's median CPU time, where a target in milliseconds is judged on it."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Runs:
    """The milliseconds of each run of ours and of the floor, in the order they ran."""

    ours: list[float]
    floor: list[float]
    ours_cpu: list[float] | None = None
    floor_cpu: list[float] | None = None

    @property
    def ours_ms(self) -> float:
        return statistics.median(self.ours)

    @property
    def floor_ms(self) -> float:
        return statistics.median(self.floor)

    @property
    def ratios(self) -> list[float]:
        return [o / f for o, f in zip(self.ours, self.floor, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> str:
        return f"{min(self.ratios):.2f}–{max(self.ratios):.2f}"

    def on_cpu(self) -> Runs:
        """The same runs judged on the thread's CPU time: for work that ours and the floor
        both do in the calling thread, where a busy machine stretches only the wall clock."""
        assert self.ours_cpu is not None and self.floor_cpu is not None
        return Runs(self.ours_cpu, self.floor_cpu, self.ours_cpu, self.floor_cpu)

    def result_on_cpu(self, scenario: str, target: str, ratio_target: float, *,
                      note: str = "") -> Result:
        """The row judged on CPU time (:meth:`on_cpu`), the wall clock's figures in its
        note after *note*."""
        wall = (f"on the wall clock {self.ours_ms:.0f} against {self.floor_ms:.0f} ms, "
                f"ratio {self.ratio:.2f}")
        return self.on_cpu().result(scenario, target, ratio_target,
                                    note=f"({note}; {wall})" if note else f"({wall})")

    def result(self, scenario: str, target: str, ratio_target: float, *,
               ms_target: float | None = None, note: str = "") -> Result:
        """The row: met when the median ratio (and the median, if it has a target of its
        own) is within target."""
        cpu = statistics.median(self.ours_cpu) if self.ours_cpu else None
        within = ms_target is None or (cpu if cpu is not None else self.ours_ms) <= ms_target
        return Result(scenario, self.ours_ms, self.floor_ms, self.ratio, target, peak_mb(),
                      self.ratio <= ratio_target and within, note, self.spread, cpu)


def spread_ms(times: list[float]) -> str:
    return f"{min(times):.1f}–{max(times):.1f} ms"


def timings_ms(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run_command(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) milliseconds of running *cmd* to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


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


def interleaved(ours: Callable[[], object], floor: Callable[[], object], repeat: int, *,
                children: bool = False) -> Runs:
    """Both, alternating runs so that machine noise hits both alike (after one of each).

    The CPU time is the calling thread's, plus with *children* that of the programs a run
    started and waited for (a floor that is a program of its own)."""
    ours(), floor()
    a: list[float] = []
    b: list[float] = []
    cpu: list[float] = []
    floor_cpu: list[float] = []
    for _ in range(repeat):
        for fn, bucket, cpu_bucket in ((ours, a, cpu), (floor, b, floor_cpu)):
            gc.collect()
            start_cpu, start = _cpu_s(children), time.perf_counter()
            fn()
            bucket.append((time.perf_counter() - start) * 1000)
            cpu_bucket.append((_cpu_s(children) - start_cpu) * 1000)
    return Runs(a, b, cpu, floor_cpu)


def _cpu_s(children: bool) -> float:
    if not children:
        return time.thread_time()
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.thread_time() + waited.ru_utime + waited.ru_stime


def table(results: list[Result]) -> str:
    head = (f"{'scenario':<44} {'ours ms':>9} {'CPU ms':>7} {'floor ms':>9} {'ratio':>6} "
            f"{'spread':>11} {'peak MB':>8}  target")
    lines = [head, "-" * len(head)]
    for r in results:
        floor = f"{r.floor_ms:9.1f}" if r.floor_ms is not None else f"{'—':>9}"
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else f"{'—':>6}"
        mark = {True: "ok", False: "MISSED", None: ""}[r.met]
        cpu = f"{r.cpu_ms:7.1f}" if r.cpu_ms is not None else f"{'—':>7}"
        lines.append(f"{r.scenario:<44} {r.ours_ms:9.1f} {cpu} {floor} {ratio} "
                     f"{r.spread or '—':>11} "
                     f"{r.peak_mb:8.0f}  {r.target} {mark} {r.note}".rstrip())
    return "\n".join(lines)
