"""What the build reads from ``pyproject.toml``: the one place the version lives."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pbdesk.packaging import BuildError

ROOT = Path(__file__).resolve().parents[2]

# Extras the installed app carries besides the plain dependencies: on a laptop nobody can add
# a package later, and the team-server mode (PostgreSQL) is part of the app (README).
EXTRAS = ("postgresql",)


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    version: str
    publisher: str
    requirements: tuple[str, ...]  # dependencies and the EXTRAS' dependencies, as written

    @property
    def numeric_version(self) -> str:
        """``X.Y.Z.W`` for the installer's Windows version resource (``0.1.0`` → ``0.1.0.0``)."""
        match = re.match(r"\d+(?:\.\d+){0,3}", self.version)
        parts = match.group(0).split(".") if match else ["0"]
        return ".".join(parts + ["0"] * (4 - len(parts)))

    @property
    def root_requirement(self) -> str:
        """pbdesk itself with its extras: where the dependency walk starts."""
        return f"{self.name}[{','.join(EXTRAS)}]" if EXTRAS else self.name


def read_project(root: Path = ROOT) -> Project:
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file() or not (root / "resources").is_dir():
        raise BuildError(
            f"Le dossier {root} n'est pas le dépôt de pbdesk (pyproject.toml et resources/ "
            "introuvables) : lancez la construction depuis le dépôt, installé avec pip install -e."
        )
    data = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    authors = [author["name"] for author in data.get("authors", []) if "name" in author]
    optional = data.get("optional-dependencies", {})
    requirements = list(data.get("dependencies", []))
    for extra in EXTRAS:
        requirements += optional.get(extra, [])
    return Project(
        root=root,
        name=data["name"],
        version=data["version"],
        publisher=", ".join(authors) or data["name"],
        requirements=tuple(requirements),
    )
