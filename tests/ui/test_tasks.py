"""Long jobs off the GUI thread: progress arrives in order in the GUI thread, a cancelled job
stops and says so, a failing job is reported instead of raising in the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QPushButton, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.tasks import Cancel, Progress, Task, run_with_progress

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Recorder:
    """Everything a task said, in order, and the thread each signal arrived in."""

    def __init__(self, task: Task) -> None:
        self.events: list[tuple[object, ...]] = []
        self.threads: set[object] = set()
        task.progress.connect(lambda done, total: self._add("progress", done, total))
        task.succeeded.connect(lambda result: self._add("succeeded", result))
        task.cancelled.connect(lambda: self._add("cancelled"))
        task.failed.connect(lambda error: self._add("failed", error))
        task.finished.connect(lambda: self._add("finished"))

    def _add(self, *event: object) -> None:
        self.events.append(event)
        self.threads.add(QThread.currentThread())

    def names(self) -> list[object]:
        return [event[0] for event in self.events]


def test_a_job_reports_its_progress_in_order_then_its_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker_threads: list[threading.Thread] = []

    def job(progress: Progress, cancel: Cancel) -> str:
        worker_threads.append(threading.current_thread())
        for step in range(1, 6):
            progress(step, 5)
        return "written"

    task = Task(job)
    recorder = Recorder(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert recorder.events == [
        ("progress", 1, 5),
        ("progress", 2, 5),
        ("progress", 3, 5),
        ("progress", 4, 5),
        ("progress", 5, 5),
        ("succeeded", "written"),
        ("finished",),
    ]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert recorder.threads == {QThread.currentThread()}, "signals arrive in the GUI thread"
    assert not task.is_running()


def test_a_cancelled_job_stops_and_reports_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked = threading.Event()

    def job(progress: Progress, cancel: Cancel) -> str:
        for step in range(1, 101):
            progress(step, 100)
            if step == 3:
                asked.wait(5)  # the user presses Cancel meanwhile
            if cancel():
                raise DomainError("stopped")
        return "never"

    task = Task(job)
    recorder = Recorder(task)
    task.start()
    qtbot.waitUntil(lambda: ("progress", 3, 100) in recorder.events, timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
        asked.set()
    assert task.is_cancel_requested()
    assert recorder.names() == ["progress"] * 3 + ["cancelled", "finished"]
    assert [event[1] for event in recorder.events[:3]] == [1, 2, 3], "the job stopped at once"


def test_an_exception_is_reported_not_raised_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(progress: Progress, cancel: Cancel) -> None:
        progress(1, 2)
        raise ValueError("the file is damaged")

    task = Task(job)
    recorder = Recorder(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert recorder.names() == ["progress", "failed", "finished"]
    error = recorder.events[1][1]
    assert isinstance(error, ValueError) and str(error) == "the file is damaged"


def test_a_task_runs_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    task = Task(lambda progress, cancel: 1)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    with pytest.raises(RuntimeError):
        task.start()


def test_the_progress_dialog_follows_the_job_and_its_cancel_button_stops_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def job(progress: Progress, cancel: Cancel) -> str:
        progress(1, 4)
        release.wait(5)
        if cancel():
            raise DomainError("stopped")
        return "done"

    pool = QThreadPool()
    task = run_with_progress(parent, "Export", "Writing the grids…", job, pool)
    dialog = task.progress_dialog
    assert dialog is not None
    recorder = Recorder(task)
    qtbot.waitUntil(lambda: dialog.maximum() == 4 and dialog.value() == 1, timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=5000):
        dialog.findChild(QPushButton).click()  # the user presses Cancel
        release.set()
    assert recorder.names()[-2:] == ["cancelled", "finished"]
    assert task.progress_dialog is None
    assert not dialog.isVisible()
    pool.waitForDone()


def test_thousands_of_progress_steps_leave_the_interpreter_sound(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 loses a reference to True at each emit: a long job used to abort the
    interpreter ("bool_dealloc") once it had reported a few thousand steps."""
    before = sys.getrefcount(True)

    def job(progress: Progress, cancel: Cancel) -> int:
        for step in range(1, 20_001):
            progress(step, 20_000)
        return 20_000

    task = Task(job)
    seen: list[int] = []
    task.progress.connect(lambda done, total: seen.append(done))
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
    assert seen[-1] == 20_000 and len(seen) <= 501, "progress is passed on in 1/500 steps"
    probe = Task(lambda progress, cancel: None)
    for _ in range(2000):
        probe.progress.emit(1, 2)
    assert sys.getrefcount(True) >= before - 10
