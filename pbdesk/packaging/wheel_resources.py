"""Build-time hook: put ``resources/`` into the wheel as ``pbdesk/resources/``.

``resources/`` lives at the top of the repository, beside the package, and
``pbdesk.resources.resources_dir()`` finds it there in a source tree or an editable install.
A wheel only carries packages, so setuptools' ``build_py`` is extended (``pyproject.toml``,
``[tool.setuptools.cmdclass]``) to copy the folder to ``pbdesk/resources/`` in the build tree,
the second place ``resources_dir()`` looks. A folder without ``__init__.py`` never shadows the
module ``pbdesk/resources.py``: Python's path finder prefers a module file to a bare folder.

setuptools loads this file on its own, by path, while building: it must not import pbdesk.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools.command.build_py import build_py

SOURCE = "resources"
TARGET = ("pbdesk", "resources")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildPyWithResources(build_py):
    """``build_py`` that also copies the top-level ``resources/`` folder into the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ in place
            return
        source = Path(SOURCE)  # setuptools builds from the project's root folder
        if not source.is_dir():
            raise FileNotFoundError(
                f"pbdesk: the resources folder {source.resolve()} is missing; build the wheel "
                "from the repository or from an sdist that includes it (MANIFEST.in)"
            )
        target = Path(self.build_lib, *TARGET)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=SKIPPED)
