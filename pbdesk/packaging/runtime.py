"""The private Python runtime: the "embeddable" CPython 3.11 for 64-bit Windows, or a placeholder.

The embeddable distribution (``python-3.11.9-embed-amd64.zip`` on python.org) is a folder
with ``python.exe``, ``pythonw.exe``, ``python311.dll``, the standard library as
``python311.zip`` and ``vcruntime140.dll``: nothing to install, no registry, no PATH. Its
``python311._pth`` lists the only folders Python searches for modules; the build rewrites it
to add ``..\\site-packages`` (pbdesk and its dependencies, beside the runtime). Without an
``import site`` line in it, Python stays isolated: no user site-packages, no ``PYTHONPATH``, no
``.pth`` files (the build checks that no dependency needs one).

This machine cannot download that zip, hence ``--python-runtime DIR``. Without it the build
stages a placeholder folder whose name says it all, and the installer refuses to install.
"""

from __future__ import annotations

import shutil
import struct
import tempfile
import zipfile
from pathlib import Path

from pbdesk.packaging import BuildError

TAG = "311"  # CPython 3.11, as the wheels (cp311)
RUNTIME_DIR = "python"
SITE_PACKAGES_DIR = "site-packages"
PLACEHOLDER_DIR = "python-runtime-PLACEHOLDER-NOT-INSTALLABLE"
PTH_NAME = f"python{TAG}._pth"
REQUIRED = ("python.exe", "pythonw.exe", f"python{TAG}.dll", f"python{TAG}.zip", PTH_NAME)
AMD64 = 0x8664

PTH = f"""python{TAG}.zip
.
..\\{SITE_PACKAGES_DIR}
# Written by pbdesk's build (python -m pbdesk.packaging): the standard library, this folder
# (the DLLs and .pyd files), then pbdesk and its dependencies. No "import site": nothing
# outside these folders is searched (docs/windows-installer.md).
"""

PLACEHOLDER_README = """PLACEHOLDER — NOT INSTALLABLE — CONSTRUCTION D'ESSAI, NON INSTALLABLE

Ce dossier remplace le Python embarqué pour Windows, qui n'a pas été fourni à la
construction (python -m pbdesk.packaging build-installer sans --python-runtime). Un
installateur construit ainsi ne sert qu'à vérifier la construction : il refuse de
s'installer, et pbdesk ne pourrait pas démarrer sans ce Python.

This folder stands in for the embeddable Python for Windows, which was not given to the
build. An installer built this way only checks the build: it refuses to install.

Pour un vrai installateur : téléchargez python-3.11.9-embed-amd64.zip sur
https://www.python.org/downloads/windows/ (« Windows embeddable package (64-bit) »),
décompressez-le et relancez la construction avec --python-runtime DOSSIER
(voir docs/windows-installer.md).
"""


def pe_machine(executable: Path) -> int:
    """The machine field of a Windows executable's PE header (0x8664 for x64)."""
    data = executable.read_bytes()[:4096]
    if data[:2] != b"MZ" or len(data) < 0x40:
        return 0
    offset = struct.unpack_from("<I", data, 0x3C)[0]
    if data[offset : offset + 4] != b"PE\0\0":
        return 0
    return int(struct.unpack_from("<H", data, offset + 4)[0])


def check_runtime(folder: Path) -> None:
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if missing:
        raise BuildError(
            f"Le dossier {folder} n'est pas le Python 3.11 « embeddable » pour Windows 64 bits "
            f"(python-3.11.x-embed-amd64.zip décompressé) : il y manque {', '.join(missing)}."
        )
    if pe_machine(folder / "python.exe") != AMD64:
        raise BuildError(
            f"Le Python de {folder} n'est pas en 64 bits (x64) : prenez "
            "python-3.11.x-embed-amd64.zip, comme les roues win_amd64."
        )


def stage_runtime(source: Path | None, stage: Path) -> bool:
    """Copy the runtime into ``stage/python`` (or the placeholder); True for a placeholder."""
    if source is None:
        folder = stage / PLACEHOLDER_DIR
        folder.mkdir(parents=True)
        (folder / "README.txt").write_text(PLACEHOLDER_README.replace("\n", "\r\n"), "utf-8")
        return True
    target = stage / RUNTIME_DIR
    if source.is_file() and source.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory(prefix="pbdesk-runtime-") as scratch:
            with zipfile.ZipFile(source) as archive:
                archive.extractall(scratch)
            check_runtime(Path(scratch))
            shutil.copytree(scratch, target)
    elif source.is_dir():
        check_runtime(source)
        shutil.copytree(source, target)
    else:
        raise BuildError(f"--python-runtime : {source} n'est ni un dossier ni un fichier .zip.")
    (target / PTH_NAME).write_text(PTH.replace("\n", "\r\n"), "utf-8")
    return False
