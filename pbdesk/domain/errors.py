"""Errors the domain raises, each carrying one translated sentence for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; ``message`` is one sentence in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """One or more fields are invalid. ``errors`` maps a field name to its sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class ConcurrentEdit(DomainError):
    """Someone else saved the record since it was read; nothing was overwritten."""
