"""What long grid jobs share: progress reports, a cancel flag, and how a job stops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate

#: Called with (steps done, steps in all) as a job goes.
Progress = Callable[[int, int], None]
#: Asked now and then; True stops the job, which then changes nothing.
Cancel = Callable[[], bool]


class Cancelled(DomainError):
    """The user stopped the job; no file was written and nothing changed."""

    def __init__(self) -> None:
        super().__init__(translate("Grid", "Stopped: nothing was written or changed."))


class Steps:
    """Counts a job's steps, reports them, and stops the job when asked to."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel

    def advance(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


def format_moment(moment: datetime) -> str:
    """A moment in the computer's time zone, as people read it: ``14/03/2026 09:30``."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
