"""The program's own code runs on Windows and macOS too: no POSIX-only call outside the
modules that know the platform, one per concern: files' permissions
(``desktop/private_files.py``) and a process's priority (``desktop/priority.py``).

Read from the source (the syntax tree and the number tokens), so the check holds for
Windows without a Windows machine: a POSIX-only call is refused wherever it stands,
whether or not the path that reaches it runs here.
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop"
PLATFORM_MODULE = PACKAGE / "private_files.py"
PLATFORM_MODULES = frozenset({PLATFORM_MODULE, PACKAGE / "priority.py"})

POSIX_MODULES = frozenset({"fcntl", "grp", "posix", "pty", "pwd", "resource", "signal",
                           "syslog", "termios", "tty"})
"""Modules Windows lacks (``signal`` has a few portable names, but the program handles no
signal: a process is ended by its own code, never by a signal it sends or waits for)."""
POSIX_OS = frozenset({
    "fork", "forkpty", "fchmod", "fchown", "chown", "lchown", "lchmod", "chroot", "umask",
    "getuid", "geteuid", "getgid", "getegid", "getgroups", "setuid", "seteuid", "setgid",
    "setegid", "setgroups", "getpgid", "setpgid", "getpgrp", "setpgrp", "getsid", "setsid",
    "killpg", "nice", "mkfifo", "mknod", "statvfs", "fstatvfs", "uname", "sysconf",
    "pathconf", "fpathconf", "sync", "getloadavg", "wait3", "wait4", "WNOHANG", "O_NOFOLLOW",
    "O_CLOEXEC", "sched_getaffinity", "sched_setaffinity", "pipe2", "posix_spawn",
    "posix_spawnp", "openpty", "ttyname", "ctermid",
})
"""Functions and constants of ``os`` that exist only on POSIX systems."""
PERMISSION_CALLS = frozenset({"chmod", "lchmod", "fchmod", "chown"})
"""Permission changes by any route (``Path.chmod`` too): they belong to the one module."""
POSIX_KEYWORDS = frozenset({"preexec_fn", "start_new_session", "pass_fds"})
"""``subprocess`` arguments that are POSIX-only (``start_new_session``) or unsafe with
threads and absent on Windows (``preexec_fn``)."""


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p not in PLATFORM_MODULES)


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def _problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    found: list[str] = []

    def say(node: ast.AST, what: str) -> None:
        found.append(f"{_name(path)}:{getattr(node, 'lineno', '?')}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_MODULES:
                    say(node, f"imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in POSIX_MODULES:
                say(node, f"imports from {node.module}")
            elif node.module == "os":
                for alias in node.names:
                    if alias.name in POSIX_OS or alias.name in PERMISSION_CALLS:
                        say(node, f"imports os.{alias.name}")
        elif isinstance(node, ast.Attribute):
            base = node.value.id if isinstance(node.value, ast.Name) else None
            if base == "os" and node.attr in POSIX_OS:
                say(node, f"os.{node.attr}")
            elif node.attr in PERMISSION_CALLS:
                say(node, f".{node.attr}() outside {PLATFORM_MODULE.name}")
        elif isinstance(node, ast.Call):
            found.extend(_process_start(path, node))
            for keyword in node.keywords:
                if keyword.arg in POSIX_KEYWORDS:
                    say(node, f"{keyword.arg}=")
                if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant) \
                        and isinstance(keyword.value.value, int):
                    say(node, f"a permission mode ({oct(keyword.value.value)})")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NUMBER and token.string.lower().startswith("0o"):
            found.append(f"{_name(path)}:{token.start[0]}: an octal permission "
                         f"mode {token.string}")
    return found


def _process_start(path: Path, call: ast.Call) -> list[str]:
    """Processes start by 'spawn' only: 'fork' does not exist on Windows, and on Linux it
    copies the Qt threads' locks half-held into the child."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    where = f"{_name(path)}:{call.lineno}"
    if name in ("get_context", "set_start_method"):
        method = call.args[0].value if call.args and isinstance(call.args[0], ast.Constant) \
            else None
        if method != "spawn":
            return [f"{where}: {name}({method!r}): only 'spawn' starts a process everywhere"]
    if name == "ProcessPoolExecutor" and not any(k.arg == "mp_context" for k in call.keywords):
        return [f"{where}: ProcessPoolExecutor without mp_context=get_context('spawn')"]
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
            and func.value.id == "multiprocessing" and name in ("Pool", "Process"):
        return [f"{where}: multiprocessing.{name} takes the platform's default start method; "
                "use get_context('spawn')"]
    return []


def test_no_posix_only_call_outside_the_platform_module() -> None:
    problems = [problem for path in _sources() for problem in _problems(path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("snippet", [
    "import os\nos.fchmod(3, 0)\n",
    "import os\nuid = os.getuid()\n",
    "import os\nos.geteuid()\n",
    "import signal\nsignal.SIGKILL\n",
    "import os\npid = os.fork()\n",
    "import fcntl\n",
    "from os import getuid\n",
    "from pathlib import Path\nPath('x').chmod(0o600)\n",
    "from pathlib import Path\nPath('x').mkdir(mode=448)\n",
    "import multiprocessing\nmultiprocessing.get_context('fork')\n",
    "import multiprocessing\nmultiprocessing.Pool(2)\n",
    "from concurrent.futures import ProcessPoolExecutor\nProcessPoolExecutor(2)\n",
    "import subprocess\nsubprocess.run(['x'], start_new_session=True)\n",
])
def test_the_scan_finds_each_kind(snippet: str, tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(snippet, encoding="utf-8")
    assert _problems(probe), snippet


def test_spawn_is_allowed(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import multiprocessing\nfrom concurrent.futures import ProcessPoolExecutor\n"
                     "ctx = multiprocessing.get_context('spawn')\n"
                     "ProcessPoolExecutor(2, mp_context=ctx)\n", encoding="utf-8")
    assert _problems(probe) == []
