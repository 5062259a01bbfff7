"""Run ``makensis`` (NSIS 3) on ``installer.nsi`` with what the build knows."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pbdesk.packaging import BuildError
from pbdesk.packaging.project import Project

SCRIPT = "installer.nsi"
PLACEHOLDER_SUFFIX = "-PLACEHOLDER-NOT-INSTALLABLE"


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        raise BuildError(
            "makensis est introuvable : installez NSIS 3 (paquet Debian « nsis », ou "
            "https://nsis.sourceforge.io sous Windows) puis relancez la construction."
        )
    return found


def installer_name(project: Project, placeholder: bool) -> str:
    suffix = PLACEHOLDER_SUFFIX if placeholder else ""
    return f"{project.name}-{project.version}-setup{suffix}.exe"


def defines(project: Project, stage: Path, outfile: Path, placeholder: bool) -> list[str]:
    # "-D", not "/D": the only form makensis accepts on Linux, and accepted on Windows too.
    values = {
        "VERSION": project.version,
        "VERSION_NUMERIC": project.numeric_version,
        "PUBLISHER": project.publisher,
        "STAGE": str(stage),
        "OUTFILE": str(outfile),
    }
    if placeholder:
        values["PLACEHOLDER"] = "1"
    return [f"-D{name}={value}" for name, value in values.items()]


def run_makensis(
    makensis: str, project: Project, stage: Path, outfile: Path, placeholder: bool
) -> None:
    outfile.parent.mkdir(parents=True, exist_ok=True)
    command = [
        makensis,
        "-V2",  # warnings and errors only
        "-WX",  # a warning is an error: the script stays clean
        *defines(project, stage, outfile, placeholder),
        str(project.root / SCRIPT),
    ]
    result = subprocess.run(command, check=False)
    if result.returncode != 0 or not outfile.is_file():
        raise BuildError(
            f"makensis a échoué (code {result.returncode}) : voir ses messages ci-dessus."
        )
