"""Long jobs off the GUI thread: run a service job on a thread pool, with progress and cancel.

A job is a plain function of the services (no Qt) that takes two callables — it calls
``progress(done, total)`` as it goes and asks ``cancel()`` now and then, stopping (usually by
raising) when it returns True — and returns its result::

    task = Task(lambda progress, cancel: export_grids(db, cid, path, None, progress, cancel))
    task.succeeded.connect(show_result)
    task.start()

``Task`` runs it on a ``QThreadPool`` and turns what happens into signals, all delivered in
the thread that made the task (the GUI thread): no widget is ever touched from the worker.
``run_with_progress`` adds the usual window-modal progress dialog whose Cancel button asks
the job to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Told (steps done, steps in all) as a job goes.
Progress = Callable[[int, int], None]
#: Asked by the job now and then; True asks it to stop.
Cancel = Callable[[], bool]
#: A long job: ``job(progress, cancel)`` returns its result.
Job = Callable[[Progress, Cancel], Any]

#: Progress is passed on at most once per this share of the job (1/500), so that a job of
#: thousands of small steps does not flood the GUI thread with signals.
_PROGRESS_RESOLUTION = 500


class _Relay(QObject):
    """Carries what the worker says to the task, across threads (queued connections)."""

    progressed = Signal(int, int)
    ended = Signal(object, object)  # (result, exception or None)


class Task(QObject):
    """One run of a long job on a thread pool.

    Signals, always emitted in the task's own (GUI) thread and in this order:
    ``progress(int, int)`` — steps done and steps in all, as the job reports them (never
    going back); then exactly one of ``succeeded(object)`` — the job's result,
    ``cancelled()`` — the job stopped because it was asked to (an exception it raised after
    ``cancel`` was asked counts as stopping), or ``failed(object)`` — the exception the job
    raised (never raised in the GUI thread); and last ``finished()``.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()
        self._running = False
        self._done = False
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._progressed, queued)
        self._relay.ended.connect(self._ended, queued)
        self._last: tuple[int, int] = (-1, -1)
        #: The progress dialog showing this task (``run_with_progress``), while it runs.
        self.progress_dialog: QProgressDialog | None = None

    # -- controls --------------------------------------------------------------------------
    def start(self, pool: QThreadPool | None = None) -> None:
        """Run the job on ``pool`` (the application's global pool by default); once only."""
        if self._running or self._done:
            raise RuntimeError("a task runs once")
        self._running = True
        (pool or QThreadPool.globalInstance()).start(self._run)

    def cancel(self) -> None:
        """Ask the job to stop; it does so at its next ``cancel()`` check."""
        self._stop.set()

    def stopping_text(self) -> str:
        """What a progress dialog says once the user asked to stop."""
        return self.tr("Stopping…")

    def is_running(self) -> bool:
        return self._running

    def is_cancel_requested(self) -> bool:
        return self._stop.is_set()

    # -- in the worker thread --------------------------------------------------------------
    def _run(self) -> None:
        relay = self._relay
        last = [-1]

        def report(done: int, total: int) -> None:
            total = max(int(total), 1)
            done = min(max(int(done), 0), total)
            step = done * _PROGRESS_RESOLUTION // total
            if step != last[0] or done == total:
                last[0] = step
                relay.progressed.emit(done, total)

        try:
            result = self._job(report, self._stop.is_set)
        except BaseException as error:  # reported in the GUI thread, never lost
            relay.ended.emit(None, error)
        else:
            relay.ended.emit(result, None)

    # -- back in the task's thread ---------------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        if (done, total) == self._last or (total == self._last[1] and done < self._last[0]):
            return
        self._last = (done, total)
        self.progress.emit(done, total)

    def _ended(self, result: object, error: BaseException | None) -> None:
        self._running = False
        self._done = True
        if error is not None and self._stop.is_set():
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    job: Job,
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``job`` as a ``Task`` under a window-modal progress dialog of ``parent`` whose
    Cancel button asks the job to stop; the dialog closes when the task finishes.

    Connect to the returned task's signals for the outcome (they are delivered after this
    returns, from the event loop).
    """
    task = Task(job, parent)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(400)
    dialog.setRange(0, 0)  # busy until the job says how long it is
    dialog.setValue(0)
    task.progress_dialog = dialog

    def stop() -> None:
        task.cancel()
        dialog.setLabelText(task.stopping_text())

    dialog.canceled.connect(stop)

    def show_progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setRange(0, total)
        dialog.setValue(done)

    def close() -> None:
        dialog.canceled.disconnect(stop)
        task.progress_dialog = None
        dialog.close()
        dialog.deleteLater()

    task.progress.connect(show_progress)
    task.finished.connect(close)
    task.start(pool)
    return task
