"""Where pbdesk's read-only resources live (checklist catalogue, translations, demo, fonts).

Qt-free: the command line and the services read the same files as the app.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a source tree or an editable install;
    inside it, as ``pbdesk/resources/``, in a wheel (``pip install .``, the Windows installer).

    ``pbdesk/packaging/wheel_resources.py`` puts it there when the wheel is built. That folder
    has no ``__init__.py`` and never shadows this module: Python prefers ``resources.py``.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"pbdesk resources folder not found next to {here}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
