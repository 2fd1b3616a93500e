"""Cold start to the main window painted, on the benchmark database, against bare PySide6.

Two points are timed: the window's first paint (it is shown before the database opens),
and its first paint with the user signed in and the registry's first page in it.
"""

from __future__ import annotations

import os
import sys

from benchmarks.data import Workspace
from benchmarks.harness import Result, peak_mb, time_command

TARGET_RATIO = 1.5

_BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication([])
w = QMainWindow(); w.resize(1400, 850); f = F(w); w.installEventFilter(f); w.show()
app.exec()
"""


def run(ws: Workspace, quick: bool) -> list[Result]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    ours_env = dict(env, EXPORT_COMMISSION_AUTOLOGIN="clerk:Clerk-Demo-2026",
                    XDG_CONFIG_HOME=str(ws.root / "config"))
    ours_cmd = [sys.executable, "-m", "desktop", "--db", ws.db_url]
    bare_cmd = [sys.executable, "-c", _BARE]
    runs: dict[str, list[float]] = {"shown": [], "ready": [], "bare": []}
    for _ in range(3 if quick else 7):
        for until in ("shown", "ready"):
            runs[until].append(time_command(ours_cmd, dict(
                ours_env, EXPORT_COMMISSION_QUIT_WHEN_SHOWN=until)))
        runs["bare"].append(time_command(bare_cmd, env))
    shown, ready, floor = (sorted(v)[len(v) // 2] for v in runs.values())
    where = "display" if env.get("DISPLAY") else "offscreen"
    return [
        Result("cold start to the main window shown", shown, floor, shown / floor,
               f"ratio ≤ {TARGET_RATIO}", peak_mb(), shown / floor <= TARGET_RATIO, where),
        Result("cold start to the registry's first page shown (signed in)", ready, floor,
               ready / floor, "— (reported)", peak_mb(), True, where),
    ]
