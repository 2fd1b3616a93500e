"""``python -m benchmarks [--quick] [--json FILE] [--only NAME ...] [--workdir DIR]``."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import data
from benchmarks.harness import Result, peak_mb, table

SCENARIOS = ["startup", "frozen", "registry", "viewer", "imports", "pdf", "stalls", "similarity",
             "floors", "ocr"]


def _run_one(name: str, workdir: Path, quick: bool) -> list[Result]:
    """Each scenario in its own process, so its peak memory is its own."""
    cmd = [sys.executable, "-m", "benchmarks", "--one", name, "--workdir", str(workdir)]
    if quick:
        cmd.append("--quick")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        return [Result(name, float("nan"), None, None, "—", 0.0, False, "failed")]
    return [Result(**row) for row in json.loads(done.stdout.splitlines()[-1])]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="less data, fewer repeats")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--only", nargs="+", choices=SCENARIOS, help="run only these")
    parser.add_argument("--workdir", metavar="DIR", help="keep generated data here")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    workdir = Path(args.workdir or Path(tempfile.gettempdir()) / "export-commission-bench")
    workdir.mkdir(parents=True, exist_ok=True)
    ws = data.Workspace(workdir)
    if args.one:
        module = importlib.import_module(f"benchmarks.scenarios.{args.one}")
        results = module.run(ws, args.quick)
        sys.stdout.write(json.dumps([r.as_dict() for r in results]) + "\n")
        return 0

    applications = 10_000 if args.quick else 100_000
    sys.stderr.write(f"preparing data in {workdir} …\n")
    seconds = data.make_database(ws, applications)
    data.make_scans(ws, a4=20, a3=10 if args.quick else 50)
    data.make_pki(ws)
    results = [Result(f"demo data: {applications:,} applications", seconds * 1000, None, None,
                      "—", peak_mb(), None,
                      "(timed when the data was first generated; every issued document "
                      "signed, so reported, not held to a target)")]
    for name in args.only or SCENARIOS:
        sys.stderr.write(f"running {name} …\n")
        results += _run_one(name, workdir, args.quick)
    sys.stdout.write(f"machine: {platform.machine()}, {platform.system()} "
                     f"{platform.release()}, Python {platform.python_version()}\n")
    sys.stdout.write(table(results) + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps([r.as_dict() for r in results], indent=1,
                                              ensure_ascii=False) + "\n")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
