"""How the costs grow with the registry: ``python -m benchmarks.scale --db URL``.

Run on demo databases of growing size (SQLite or PostgreSQL); each line is the median of
several runs, wall-clock and CPU (the CPU of this process for what runs in it, of the
child for the commands). On PostgreSQL the query runs in the server: its CPU is added, read
from ``/proc/<pid>/schedstat`` of this process's server backends (``server_cpu_ms``; the
server must run on this machine, else it stays out and the line says so). The commands'
server time is not counted (their backends end with them): their wall clock holds it.
Every line has its target, on CPU time: what a window reads as it opens (the registry's
operations, the start page's lists, the exports' counts) ≤ 50 ms at any size, the start
page's figures (read on a worker thread) ≤ 250 ms, and what reads the whole registry (the
year's export, ``check``, the size on disk) a fixed part plus a share per application:
such a line that grows faster than the data, and a line over its target at any size, is a
scan where an index should be. ``docs/benchmarks.md`` compares the sizes. The database is
first brought to the program's schema, as the program does.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import event, func, select, text

from benchmarks.harness import run_command
from desktop.models.applicant import Applicant
from desktop.models.application import Application
from desktop.services.actor import Actor
from desktop.services.dashboard import DashboardService
from desktop.services.registry import COUNT_CAP, RegistryQuery, RegistryService, SortKey
from desktop.services.returns import ReturnService
from desktop.storage.database import Database

PAGE = 100
REGISTRY_TARGET_MS = 50.0
FIGURES_TARGET_MS = 250.0
EXPORT_START_MS, EXPORT_ROW_MS = 1_500.0, 0.25
"""The export command's start (the program, the sign-in) and its CPU per row written."""
CHECK_START_MS, CHECK_APPLICATION_MS = 75_000.0, 0.2
"""``check``: the history's signatures verified (about 50 s whatever the size), and its
CPU per application (the invariants and the audit chain's hashes)."""
SIZE_START_MB, SIZE_APPLICATION_KB = 330.0, 3.0
"""The demo's history with its scanned pages, then what an application takes."""
USER, PASSWORD = "chair", "Chair-Demo-2026"


class _ServerCpu:
    """CPU time spent by this process's PostgreSQL backends and by the parallel workers the
    server started for them, when the server runs here."""

    def __init__(self, db: Database) -> None:
        self.pids: set[int] = set()
        if db.engine.dialect.name == "postgresql":
            event.listen(db.engine, "checkout",
                         lambda dbapi, _record, _proxy: self.pids.add(dbapi.info.backend_pid))

    def ms(self) -> float | None:
        """The backends' CPU so far, with what the server's ended children used (a query's
        parallel workers have ended, and been counted there, when its result is read; the
        cluster must serve nobody else); None on SQLite or when ``/proc`` does not show
        them."""
        if not self.pids:
            return None
        try:
            backends = sum(int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
                           for pid in self.pids) / 1e6
            servers = {int(_stat(pid)[1]) for pid in self.pids}  # the backends' parent
            ended = sum(int(_stat(pid)[13]) + int(_stat(pid)[14]) for pid in servers)
        except (OSError, ValueError, IndexError):
            return None
        return backends + ended * 1000 / os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    """``/proc/<pid>/stat`` from its third field on, the state (after the command's name,
    which may hold spaces): the parent's pid at 1, the ended children's user and system
    time at 13 and 14, in clock ticks."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2:].split()


def _timed(fn: Callable[[], object], repeat: int,
           server: _ServerCpu) -> tuple[float, float, float | None]:
    """Median wall, CPU (this thread's and the server's) and the server's share alone."""
    fn()
    wall, cpu, on_server = [], [], []
    for _ in range(repeat):
        s0 = server.ms()
        c, w = time.thread_time(), time.perf_counter()
        fn()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        s1 = server.ms()
        if s0 is not None and s1 is not None:
            on_server.append(s1 - s0)
            cpu[-1] += s1 - s0
    return (statistics.median(wall), statistics.median(cpu),
            statistics.median(on_server) if len(on_server) == repeat else None)


def _command(url: str, args: list[str], repeat: int) -> tuple[float, float, None]:
    env = dict(os.environ, EXPORT_COMMISSION_USER=USER, EXPORT_COMMISSION_PASSWORD=PASSWORD)
    runs = [run_command([sys.executable, "-m", "desktop", "--db", url, *args], env)
            for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), None


def _size_mb(db: Database) -> float:
    if db.engine.dialect.name == "postgresql":
        with db.read() as s:
            return float(s.execute(text("SELECT pg_database_size(current_database())"))
                         .scalar_one()) / 2**20
    path = Path(str(db.url.database))
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


def measure(url: str, repeat: int, check: bool = True) -> list[dict[str, object]]:
    db = Database(url)
    db.migrate()  # as the program does on opening: the indexes it relies on
    server = _ServerCpu(db)
    actor = Actor.system()
    today = date.today()
    registry = RegistryService(db)
    with db.read() as s:
        applications = s.execute(select(func.count(Application.id))).scalar_one()
        iin = s.execute(select(Applicant.iin_bin).limit(1)).scalar_one()
    rows: list[dict[str, object]] = []

    def add(name: str, timed: tuple[float, float, float | None], target: float,
            target_text: str | None = None) -> None:
        wall, cpu, on_server = timed
        row: dict[str, object] = {
            "what": name, "applications": applications, "backend": db.engine.dialect.name,
            "wall_ms": round(wall, 1), "cpu_ms": round(cpu, 1),
            "target": target_text or f"≤ {target:.0f} ms of CPU", "met": cpu <= target}
        if on_server is not None:
            row["server_cpu_ms"] = round(on_server, 1)
        elif db.engine.dialect.name == "postgresql" and "(command" not in name:
            row["note"] = "the server's CPU could not be read: this process's only"
        rows.append(row)
        logging.getLogger(__name__).info("%s: %.1f ms (CPU %.1f)", name, wall, cpu)

    def registry_op(q: RegistryQuery) -> Callable[[], object]:
        def run() -> object:  # as the window does: counted up to its cap, then a page
            found = registry.count(actor, q, today, cap=COUNT_CAP)
            return registry.page(actor, q, 0, PAGE, today, found=found)
        return run

    for name, q in (("first page", RegistryQuery()),
                    ("search by IIN prefix", RegistryQuery(text=iin[:6])),
                    ("search by a Kazakh name fragment (\"ӘЛМ\")", RegistryQuery(text="ӘЛМ")),
                    ("search by a Russian name fragment (\"кузн\")", RegistryQuery(text="кузн")),
                    ("sort by deadline", RegistryQuery(sort=SortKey.DEADLINE,
                                                       descending=False)),
                    ("sort by status", RegistryQuery(sort=SortKey.STATUS, descending=False))):
        add(f"registry: {name}", _timed(registry_op(q), repeat, server), REGISTRY_TARGET_MS)
    dashboard = DashboardService(db)
    add("start page: its figures for the year",
        _timed(lambda: dashboard.figures(actor, date(today.year, 1, 1), today), repeat, server),
        FIGURES_TARGET_MS)
    add("start page: its work lists",
        _timed(lambda: dashboard.work_lists(actor, today), repeat, server), REGISTRY_TARGET_MS)
    returns = ReturnService(db)
    add("exports abroad: the counts by state",
        _timed(lambda: returns.counts(actor), repeat, server), REGISTRY_TARGET_MS)
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "registry.csv"
        timed = _command(url, ["export", "registry", "--from", f"{today.year}-01-01",
                               "--to", today.isoformat(), "-o", str(csv)],
                         max(1, repeat // 3))
        with csv.open("rb") as written:
            exported = sum(1 for _ in written) - 1  # the header
        add(f"export registry {today.year} (command, CSV)", timed,
            EXPORT_START_MS + EXPORT_ROW_MS * exported,
            f"≤ {EXPORT_START_MS / 1000:.1f} s + {EXPORT_ROW_MS} ms per row of CPU "
            f"({exported:,} rows)")
    try:
        if check:
            add("check (command, 2 workers)", _command(url, ["check", "--workers", "2"], 1),
                CHECK_START_MS + CHECK_APPLICATION_MS * applications,
                f"≤ {CHECK_START_MS / 1000:.0f} s + {CHECK_APPLICATION_MS} ms per "
                "application of CPU")
    except subprocess.CalledProcessError as exc:  # a broken invariant: said, not timed
        rows.append({"what": "check (command, 2 workers)", "applications": applications,
                     "backend": db.engine.dialect.name, "wall_ms": None, "cpu_ms": None,
                     "met": False,
                     "note": f"stopped by signal {-exc.returncode}" if exc.returncode < 0
                     else f"exit status {exc.returncode}: not every invariant holds"})
    size = _size_mb(db)
    rows.append({"what": "size on disk (MB)", "applications": applications,
                 "backend": db.engine.dialect.name, "wall_ms": None, "cpu_ms": None,
                 "size_mb": round(size, 1),
                 "target": f"≤ {SIZE_START_MB:.0f} MB + {SIZE_APPLICATION_KB:.0f} kB per "
                           "application",
                 "met": size <= SIZE_START_MB + SIZE_APPLICATION_KB * applications / 1024})
    db.dispose()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale")
    parser.add_argument("--db", required=True, help="a demo database's URL")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="append the rows to this JSON list")
    parser.add_argument("--no-check", action="store_true",
                        help="leave out the whole-database check (a quarter of an hour and "
                             "more at a million applications)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = measure(args.db, args.repeat, check=not args.no_check)
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.json:
        path = Path(args.json)
        earlier = json.loads(path.read_text()) if path.exists() else []
        path.write_text(json.dumps(earlier + rows, indent=1, ensure_ascii=False) + "\n")
    return 0 if all(r.get("met") is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
