"""What can go wrong with a project file, each said in one sentence in the user's language.

Every refusal is a ``ProjectFileError`` (a ``DomainError``): the command line prints it and
exits 1, the app shows it; in every case nothing was written. The subclasses tell the kinds
apart for the app and the tests.
"""

from __future__ import annotations

from collections.abc import Callable

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate

#: Told (steps done, steps in all) as a job goes.
Progress = Callable[[int, int], None]
#: Asked now and then; True stops the job, which then changes nothing.
Cancel = Callable[[], bool]


class ProjectFileError(DomainError):
    """A project file that cannot be exported, read or imported; nothing was changed."""


class NotAProjectFile(ProjectFileError):
    """Not a zip, or a zip that is not a pbdesk project file (no or foreign manifest)."""


class UnsafeFile(ProjectFileError):
    """A hostile-looking file: a path leaving its folder, a zip bomb, an unexpected member."""


class DamagedFile(ProjectFileError):
    """A member cannot be read, or does not match the checksum its manifest gives."""


class NewerFile(ProjectFileError):
    """Written by a newer pbdesk, in a format or with tables and columns this one lacks."""


class InvalidData(ProjectFileError):
    """The data is malformed, refers to records that are not there, or breaks a rule."""


class MergeRefused(ProjectFileError):
    """The file is sound but cannot go into this database as it is now."""


class Cancelled(ProjectFileError):
    """The user stopped the job; nothing was written or changed."""

    def __init__(self) -> None:
        super().__init__(translate("ProjectFile", "Stopped: nothing was written or changed."))


class Steps:
    """Counts a job's steps, reports them, and stops the job when asked to."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._reported = -1

    def advance(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        # At most ~1000 reports per job, whatever its size.
        if self._progress is not None and self.done * 1000 // self.total != self._reported:
            self._reported = self.done * 1000 // self.total
            self._progress(self.done, self.total)
        self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)
