"""What long service jobs share (grid exports and imports, project files): progress reports
and a cancel flag, checked as the job goes. Qt-free; ``pbdesk.ui.tasks`` runs such jobs on a
thread pool."""

from __future__ import annotations

from collections.abc import Callable

#: Called with (steps done, steps in all) as a job goes.
Progress = Callable[[int, int], None]
#: Asked now and then; True stops the job, which then changes nothing.
Cancel = Callable[[], bool]

#: At most this many progress reports per job, whatever its size.
REPORTS = 1000


class Steps:
    """Counts a job's steps, reports them, and stops the job when asked to by raising
    ``stopped`` (each service names its own "stopped, nothing changed" error)."""

    stopped: type[Exception] = RuntimeError

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._reported = -1

    def advance(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        share = self.done * REPORTS // self.total
        if self._progress is not None and share != self._reported:
            self._reported = share
            self._progress(self.done, self.total)
        self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise self.stopped()

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)
