"""How a grid job stops (``Cancelled``), its steps, and how moments are shown."""

from __future__ import annotations

from datetime import datetime

from pbdesk import jobs
from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.jobs import Cancel, Progress


class Cancelled(DomainError):
    """The user stopped the job; no file was written and nothing changed."""

    def __init__(self) -> None:
        super().__init__(translate("Grid", "Stopped: nothing was written or changed."))


class Steps(jobs.Steps):
    stopped = Cancelled


def format_moment(moment: datetime) -> str:
    """A moment in the computer's time zone, as people read it: ``14/03/2026 09:30``."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


__all__ = ["Cancel", "Cancelled", "Progress", "Steps", "format_moment"]
