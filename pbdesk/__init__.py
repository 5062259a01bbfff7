"""pbdesk — the desk of a politique de la ville team running a participatory budget."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # Read from the installed metadata (pyproject.toml is the one place the version lives).
    # Looked up on first use only: scanning package metadata costs ~20 ms at start-up.
    from importlib import metadata

    try:
        return metadata.version("pbdesk")
    except metadata.PackageNotFoundError:  # a source tree that was not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(name)
