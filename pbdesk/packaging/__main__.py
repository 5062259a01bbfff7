"""``python -m pbdesk.packaging build-installer [--python-runtime DIR] [--out DIR]``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pbdesk.packaging import BuildError
from pbdesk.packaging.nsis import find_makensis, installer_name, run_makensis
from pbdesk.packaging.project import read_project
from pbdesk.packaging.runtime import PLACEHOLDER_DIR
from pbdesk.packaging.stage import stage_installer

WARNING = f"""
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
!! ATTENTION : aucun Python pour Windows n'a été donné (--python-runtime DOSSIER).
!! L'installateur est construit avec le dossier factice {PLACEHOLDER_DIR} :
!! il NE S'INSTALLE PAS (il le dit et s'arrête). Il ne sert qu'à vérifier la construction.
!! WARNING: placeholder runtime, this installer is NOT INSTALLABLE.
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pbdesk.packaging",
        description="Construit l'installateur Windows de pbdesk (docs/windows-installer.md).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", required=True)
    build = commands.add_parser(
        "build-installer",
        help="préparer l'arborescence et lancer makensis",
        description="Prépare le Python embarqué, pbdesk et ses dépendances en roues Windows, "
        "puis lance makensis sur installer.nsi et affiche le chemin de l'installateur.",
    )
    build.add_argument(
        "--python-runtime",
        metavar="DOSSIER",
        type=Path,
        help="le Python 3.11 « embeddable » pour Windows 64 bits, décompressé (ou son .zip) ; "
        "sans lui, un dossier factice : l'installateur ne s'installera pas",
    )
    build.add_argument(
        "--out",
        metavar="DOSSIER",
        type=Path,
        help="où écrire l'installateur (défaut : dist/ dans le dépôt)",
    )
    return parser


def build_installer(python_runtime: Path | None, out: Path | None) -> Path:
    started = time.monotonic()
    project = read_project()
    makensis = find_makensis()  # before minutes of staging
    if python_runtime is None:
        print(WARNING, file=sys.stderr)
    out = (out or project.root / "dist").resolve()
    stage_folder = project.root / "build" / "windows-installer" / "stage"
    print(f"pbdesk {project.version} : préparation dans {stage_folder}", flush=True)
    stage = stage_installer(project, stage_folder, python_runtime)
    print(f"{len(stage.wheels)} roues Windows : {', '.join(stage.wheels)}", flush=True)
    outfile = out / installer_name(project, stage.placeholder)
    print(f"makensis → {outfile}", flush=True)
    run_makensis(makensis, project, stage.folder, outfile, stage.placeholder)
    size = outfile.stat().st_size / 1e6
    print(
        f"Installateur construit en {time.monotonic() - started:.0f} s ({size:.1f} Mo) :",
        flush=True,
    )
    if stage.placeholder:
        print(WARNING, file=sys.stderr)
    return outfile


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        outfile = build_installer(args.python_runtime, args.out)
    except BuildError as error:
        print(f"pbdesk : {error}", file=sys.stderr)
        return 1
    print(outfile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
