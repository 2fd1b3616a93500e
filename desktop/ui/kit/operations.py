"""Slow work off the GUI thread, reported back on it, with progress and cancel.

An :class:`Operation` wraps a plain Python function that takes a :class:`Progress` (so the
services stay free of Qt). It runs on the global ``QThreadPool``; its result, its failure
and its progress arrive as signals, delivered on the GUI thread by Qt's queued connections.
The running function never touches a widget.

    op = Operation(lambda progress: service.import_files(..., progress=progress.update,
                                                          cancelled=progress.cancelled))
    op.succeeded.connect(show_report)
    op.failed.connect(show_error)
    run_with_progress(op, parent, title)   # or op.start() for quiet work

A write is made by the window's session (:meth:`desktop.ui.kit.session.Session.write`): it runs
on the session's queue of writes, one after the other, and tells every screen what changed.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.kit.errors import error_text, is_refusal

__all__ = ["Operation", "OperationCancelled", "Progress", "run_with_progress"]

log = logging.getLogger(__name__)


class OperationCancelled(Exception):
    """Raised inside the work function when it notices the cancel request."""


class Progress:
    """What the work function sees: report progress, ask whether to stop. Thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def update(self, done: int, total: int, label: str = "") -> None:
        self._emit(done, total, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise OperationCancelled

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        op = self.op
        try:
            result = op.work(op.progress)
        except OperationCancelled:
            _emit(op, "cancelled")
        except Exception as exc:
            if not is_refusal(exc):  # an unexpected failure: logged with its traceback
                log.error("operation failed:\n%s", traceback.format_exc())
            _emit(op, "failed", error_text(exc), exc)
        else:
            if op.progress.cancelled():
                _emit(op, "cancelled")
            else:
                _emit(op, "succeeded", result)
        finally:
            _emit(op, "finished")


def _emit(op: Operation, name: str, *args: object) -> None:
    """Report to the GUI thread, unless the operation's owner is gone: a window closed
    (the program quit) while the work ran deletes the signals' object under the worker."""
    try:
        getattr(op.signals, name).emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        log.debug("operation's %s not reported: its owner was closed", name)


class Operation(QObject):
    """One piece of slow work; connect to its signals, then :meth:`start` it."""

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None, *,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.pool = pool
        """Where it runs; None: Qt's global pool."""
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self.succeeded = self.signals.succeeded
        self.failed = self.signals.failed
        self.cancelled = self.signals.cancelled
        self.progressed = self.signals.progressed
        self.finished = self.signals.finished
        self.running = False
        self.ok = False
        """Whether it succeeded, known on the GUI thread once :attr:`succeeded` arrived."""
        self.succeeded.connect(self._on_succeeded)  # first: before the caller's handlers
        self.finished.connect(self._on_finished)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or self.pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        self.progress.cancel()

    @Slot(object)
    def _on_succeeded(self, _result: object) -> None:
        self.ok = True

    @Slot()
    def _on_finished(self) -> None:
        self.running = False


class _ProgressRelay(QObject):
    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, label: str) -> None:
        # The label first: a modal dialog's setValue runs the event loop, which delivers
        # the reports queued behind this one; set after it, this older label would stay
        # over theirs (a busy machine queues several).
        if label:
            self._dialog.setLabelText(label)
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(done)


def run_with_progress(op: Operation, parent: QWidget, title: str, *,
                      delay_ms: int = 500) -> QProgressDialog:
    """Start *op* with a modal progress dialog that appears if it takes over *delay_ms*.

    Cancel asks the work to stop; the dialog closes when the operation has finished.
    """
    cancel = QCoreApplication.translate("Operations", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    # The relay is the dialog's child: when the dialog goes, Qt drops the connection, so a
    # late progress report never reaches a deleted widget.
    relay = _ProgressRelay(dialog)
    op.progressed.connect(relay.show_progress)
    dialog.canceled.connect(op.cancel)
    op.finished.connect(dialog.reset)
    op.finished.connect(dialog.deleteLater)
    op.start()
    return dialog
