"""Running programs outside the checkout, as an office would, with an environment of their own."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

__all__ = ["BIN", "ROOT", "isolated_env", "run"]

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if os.name == "nt" else "bin"
"""A virtual environment's folder of programs."""


def run(command: Sequence[str | Path], *, env: Mapping[str, str] | None = None,
        cwd: Path | None = None, timeout: float = 600,
        expect: int = 0) -> subprocess.CompletedProcess[str]:
    """Run *command*; fail with its output when its exit code is not *expect*."""
    done = subprocess.run([str(part) for part in command], env=env, cwd=cwd, timeout=timeout,
                          capture_output=True, text=True, check=False)
    if done.returncode != expect:
        pytest.fail(f"{' '.join(map(str, command))} exited {done.returncode} "
                    f"(expected {expect})\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}")
    return done


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user who has only the installed program: a home folder of its
    own, no PYTHONPATH, nothing of the tests' settings (database URLs, Qt platform)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
    }
    for kept in ("SYSTEMROOT", "TEMP", "TMP", "TMPDIR"):  # Windows needs these to start
        if kept in os.environ:
            env[kept] = os.environ[kept]
    env.update(extra)
    return env
