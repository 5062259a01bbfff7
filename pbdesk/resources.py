"""Where pbdesk's read-only resources live (checklist catalogue, translations, demo, fonts).

Qt-free: the command line and the services read the same files as the app.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a source tree or a staged install."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"pbdesk resources folder not found next to {here}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
