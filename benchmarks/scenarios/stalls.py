"""The GUI thread while slow work runs: the longest stall of the event loop.

A 5 ms timer records how late each tick arrives while an import, a rendering and a
signing run in the application's Operation runner, as the screens start them, after the
interpreter and the start-up objects are set up as the application does (see
``hand_the_lock_over_sooner`` and ``freeze_startup_objects``). The signature goes the
window's way: the ``.p12`` is opened in the signing process
(``desktop.signing.key_process``), which the sign dialog started and checked the key in
before the signer pressed Sign.

Each run of the work is paired with a run of the floor: the same event loop while the
worker only waits, as long as the work took. The floor is the machine's own share of the
stall at that moment (the window's thread waiting for a core); on a quiet machine it is a
few milliseconds, at load 8 on the 2 cores about 20. A row is judged on what the work adds
to it: the median over the pairs of ours minus the floor.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from benchmarks.data import P12_PASSWORD, Workspace
from benchmarks.harness import Result, peak_mb
from benchmarks.scenarios.fixtures import fresh_application

TARGET_MS = 50.0
"""What the work may add to the idle event loop's longest stall."""
TICK_MS = 5
RUNS = 5
"""Each job runs this many times, each paired with its floor: one run on a busy machine
may lose the processor for longer than the target whatever the work does."""


def longest_stall(work: Callable[[object], object]) -> float:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from desktop.ui.kit.operations import Operation

    loop = QEventLoop()
    clock = QElapsedTimer()
    worst = [0.0]
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - TICK_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    op = Operation(work)
    op.finished.connect(loop.quit)
    clock.start()
    timer.start()
    op.start()
    loop.exec()
    timer.stop()
    return worst[0]


def stall_row(name: str, work: Callable[[object], object], runs: int = RUNS) -> Result:
    """The row of *work*: its longest stalls paired with the idle event loop's."""
    ours, floor, took = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        ours.append(longest_stall(work))
        seconds = time.perf_counter() - start
        took.append(seconds * 1000)
        floor.append(longest_stall(lambda _p, s=seconds: time.sleep(s)))
    added = [o - f for o, f in zip(ours, floor, strict=True)]
    beyond = statistics.median(added)
    return Result(f"GUI thread's longest stall during: {name}", statistics.median(ours),
                  statistics.median(floor), None,
                  f"≤ {TARGET_MS:.0f} ms beyond the floor (median of {runs} pairs)", peak_mb(),
                  beyond <= TARGET_MS,
                  f"({beyond:.0f} ms beyond the floor: the event loop while the worker waits "
                  f"as long; the work took {statistics.median(took):.0f} ms; load average "
                  f"{os.getloadavg()[0]:.1f})",
                  f"{min(added):.0f}–{max(added):.0f} ms beyond")


def run(ws: Workspace, quick: bool) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.domain.documents import PageKind
    from desktop.reports import render_conclusion
    from desktop.services.documents import DocumentService
    from desktop.services.users import UserService
    from desktop.signing import Pkcs12Key, SignatureRequest, inspect_key_file_apart, sign_documents
    from desktop.storage.database import Database
    from desktop.ui.app import freeze_startup_objects, hand_the_lock_over_sooner
    from tests.support import report_samples as samples

    app = QApplication.instance() or QApplication([])  # noqa: F841 (the loop needs one)
    db = Database(ws.db_url)
    clerk = UserService(db).login("clerk", "Clerk-Demo-2026")
    files = sorted(ws.scans.glob("a4-*.jpg"))[: 5 if quick else 20]
    app_id = fresh_application(db, clerk)
    data = samples.photographed(3, "kk")
    rendered = render_conclusion(data).pdf
    member = data.members[0]
    key = Pkcs12Key(ws.p12, P12_PASSWORD)
    inspect_key_file_apart(key.path, key.password)  # what the sign dialog did before
    hand_the_lock_over_sooner()  # as the application does as it starts
    freeze_startup_objects()  # as the application does once its window is shown
    jobs = {
        f"import {len(files)} A4 pages": lambda _p: DocumentService(db).import_files(
            clerk, app_id, files, PageKind.FORM, dpi=300),
        "render a three-item conclusion": lambda _p: render_conclusion(data),
        "sign it with a .p12": lambda _p: sign_documents(
            [(rendered, SignatureRequest(field_name=member.field, signer_name=member.name))],
            key),
    }
    results = [stall_row(name, work) for name, work in jobs.items()]
    db.dispose()
    return results
