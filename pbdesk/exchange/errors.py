"""What can go wrong with a project file, each said in one sentence in the user's language.

Every refusal is a ``ProjectFileError`` (a ``DomainError``): the command line prints it and
exits 1, the app shows it; in every case nothing was written. The subclasses tell the kinds
apart for the app and the tests.
"""

from __future__ import annotations

from pbdesk import jobs
from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.jobs import Cancel, Progress


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


class Steps(jobs.Steps):
    stopped = Cancelled


__all__ = [
    "Cancel",
    "Cancelled",
    "DamagedFile",
    "InvalidData",
    "MergeRefused",
    "NewerFile",
    "NotAProjectFile",
    "Progress",
    "ProjectFileError",
    "Steps",
    "UnsafeFile",
]
