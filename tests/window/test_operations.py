"""The operation runner: result, failure, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.documents.errors import ImportRejected
from desktop.ui.kit.operations import Operation, Progress, run_with_progress


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[int, int]] = []
    threads: list[object] = []

    def work(progress: Progress) -> str:
        threads.append(threading.current_thread())
        for i in range(1, 4):
            progress.update(i, 3)
        return "done"

    op = Operation(work)
    op.progressed.connect(lambda d, t, _l: (seen.append((d, t)),
                                            threads.append(QThread.currentThread())))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: seen == [(1, 3), (2, 3), (3, 3)])
    assert threads[0] is not threading.main_thread()
    assert all(t is QThread.currentThread() for t in threads[1:])


def test_a_refusal_is_reported_in_words_and_a_failure_by_its_kind(qtbot) -> None:
    def refused(progress: Progress) -> None:
        raise ImportRejected("scan.tif", "the image is truncated", reason="truncated")

    op = Operation(refused)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        op.start()
    assert blocker.args[0] == "scan.tif: the image is cut off (the file is incomplete)."
    assert isinstance(blocker.args[1], ImportRejected)

    def broken(progress: Progress) -> None:
        raise KeyError("the details of a bug stay in the log")

    op = Operation(broken)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        op.start()
    assert blocker.args[0] == ("Something unexpected went wrong (KeyError). Tell the "
                               "administrator what you were doing.")


def test_cancel_from_the_progress_dialog_stops_the_work(qtbot, request) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []
    started, clicked = threading.Event(), threading.Event()
    request.addfinalizer(clicked.set)  # a failed test lets the worker go

    def work(progress: Progress) -> None:
        for i in range(200):
            started.set()
            clicked.wait()  # the first step waits for Cancel, however busy the machine
            progress.check()
            steps.append(i)

    op = Operation(work)
    dialog = run_with_progress(op, parent, "Importing", delay_ms=0)
    assert started.wait(30)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    with qtbot.waitSignal(op.cancelled, timeout=30_000):
        button.click()
        clicked.set()
    assert steps == []  # stopped at its first check after Cancel
    qtbot.waitUntil(lambda: not op.running)


def test_progress_after_the_parent_is_gone_is_dropped(qtbot, request) -> None:
    parent = QWidget()
    release = threading.Event()
    request.addfinalizer(release.set)  # a failed test lets the worker go

    def work(progress: Progress) -> str:
        release.wait()  # until the parent is gone, however busy the machine
        progress.update(1, 2, "late")
        return "finished"

    op = Operation(work)
    run_with_progress(op, parent, "Importing", delay_ms=0)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not parent.isVisible())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        release.set()
    assert blocker.args == ["finished"]


def test_reports_queued_together_leave_the_newest_label(qtbot, request) -> None:
    """A modal progress dialog runs the event loop inside ``setValue``: the reports queued
    behind the one being shown arrive there, and the last label shown is the newest."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    go, posted, release = threading.Event(), threading.Event(), threading.Event()
    request.addfinalizer(go.set)  # a failed test lets the worker go
    request.addfinalizer(release.set)

    def work(progress: Progress) -> None:
        progress.update(0, 4, "page 1")
        go.wait()  # until the dialog is on screen
        for done, label in ((1, "page 2"), (2, "page 3"), (3, "page 4")):
            progress.update(done, 4, label)
        posted.set()
        release.wait()

    op = Operation(work)
    dialog = run_with_progress(op, parent, "Scanning", delay_ms=0)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.labelText() == "page 1")
    go.set()
    # The GUI thread looks again only once all three are queued: they arrive together.
    assert posted.wait(30)
    qtbot.waitUntil(lambda: dialog.value() == 3)
    assert dialog.labelText() == "page 4"
    release.set()
    qtbot.waitUntil(lambda: not op.running)

