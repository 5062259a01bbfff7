"""Stage the installed tree, which ``installer.nsi`` copies to ``%LOCALAPPDATA%\\Programs\\pbdesk``.

::

    pbdesk.ico          the icon of the shortcuts, the .pbdesk files and "Apps & features"
    pbdesk.cmd          pbdesk on the command line (python.exe -m pbdesk …)
    build-info.json     what was built: version, runtime, every wheel
    python\\             the embeddable CPython 3.11 (or the placeholder folder, see runtime)
    site-packages\\      pbdesk (with pbdesk\\resources\\) and its dependencies, unpacked wheels

Wheels are unpacked at build time rather than installed on first run: the user waits for
nothing, no pip is needed on the laptop, and an installed tree is exactly the tested tree.
The shortcuts run ``python\\pythonw.exe -m pbdesk.packaging.launcher`` (see ``launcher``).
"""

from __future__ import annotations

import compileall
import json
import os
import py_compile
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path

from pbdesk.packaging import BuildError, runtime, wheels
from pbdesk.packaging.project import Project

# Parts of the Qt wheel a Widgets app never loads: the developer tools (Designer, Linguist,
# uic, the QML tools), C++ headers and binding descriptions, type stubs, the QML modules, and
# Qt's translations other than French and English.
PRUNED = (
    "PySide6/*.exe",
    "PySide6/include",
    "PySide6/typesystems",
    "PySide6/glue",
    "PySide6/metatypes",
    "PySide6/scripts",
    "PySide6/qml",
    "PySide6/*.lib",
    "shiboken6/include",
    "shiboken6/*.lib",
    "**/*.pyi",
)
KEPT_QT_LANGUAGES = ("fr", "en")

CMD_LAUNCHER = """@echo off
rem pbdesk on the command line, e.g. "pbdesk.cmd --help", "pbdesk.cmd campaigns --json".
"%~dp0python\\python.exe" -m pbdesk %*
exit /b %errorlevel%
"""


def default_cache() -> Path:
    """Where downloaded Windows wheels are kept between builds (``PBDESK_BUILD_CACHE``)."""
    configured = os.environ.get("PBDESK_BUILD_CACHE")
    base = Path(configured) if configured else user_cache_path("pbdesk-build", appauthor=False)
    return base / f"wheels-{wheels.PLATFORM}-cp{runtime.TAG}"


@dataclass(frozen=True)
class Stage:
    folder: Path
    placeholder: bool
    wheels: tuple[str, ...]

    @property
    def site_packages(self) -> Path:
        return self.folder / runtime.SITE_PACKAGES_DIR


def prune(site_packages: Path) -> int:
    """Remove the parts of the wheels the app never loads; returns the bytes saved."""
    saved = 0
    doomed: list[Path] = []
    for pattern in PRUNED:
        doomed += site_packages.glob(pattern)
    for path in (site_packages / "PySide6" / "translations").glob("*.qm"):
        if not path.stem.endswith(tuple(f"_{code}" for code in KEPT_QT_LANGUAGES)):
            doomed.append(path)
    for path in doomed:
        if path.is_dir():
            saved += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            shutil.rmtree(path)
        elif path.exists():
            saved += path.stat().st_size
            path.unlink()
    return saved


def check_site_packages(site_packages: Path) -> None:
    """What the embeddable runtime could not use: ``.pth`` files (no ``import site``), or
    Linux/macOS binaries; and pbdesk's resources, which the wheel must carry."""
    pth = sorted(p.name for p in site_packages.glob("*.pth"))
    if pth:
        raise BuildError(
            f"Des dépendances comptent sur des fichiers .pth ({', '.join(pth)}), que le Python "
            "embarqué ne lit pas sans « import site » : adaptez python311._pth."
        )
    foreign = sorted(
        str(path.relative_to(site_packages))
        for path in site_packages.rglob("*")
        if path.suffix in (".so", ".dylib") or ".so." in path.name
    )
    if foreign:
        raise BuildError(f"Des fichiers binaires non Windows ont été préparés : {foreign[0]}…")
    resources = site_packages / "pbdesk" / "resources"
    if not (resources / "translations").is_dir():
        raise BuildError(
            "La roue de pbdesk ne contient pas ses ressources (pbdesk/resources/) : il manque à "
            "pyproject.toml le crochet [tool.setuptools.cmdclass] build_py "
            "(pbdesk.packaging.wheel_resources)."
        )


def precompile(site_packages: Path) -> None:
    """Compile every module once now, so the first start on the laptop is not slower.

    Hash-checked ``.pyc``: valid whatever the files' dates after installation. Only when this
    Python is 3.11, the runtime's version (other versions' ``.pyc`` would simply be unused).
    """
    if sys.version_info[:2] != wheels.PYTHON:
        print(
            f"pbdesk : Python {sys.version_info[0]}.{sys.version_info[1]} n'est pas celui de "
            "l'installateur (3.11) : modules non précompilés.",
            file=sys.stderr,
        )
        return
    compileall.compile_dir(
        site_packages,
        quiet=2,
        workers=0,
        invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH,
    )


def stage_installer(
    project: Project,
    folder: Path,
    python_runtime: Path | None,
    cache: Path | None = None,
    quiet: bool = False,
) -> Stage:
    """Build the whole installed tree in ``folder`` (emptied first)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    cache = cache or default_cache()
    placeholder = runtime.stage_runtime(python_runtime, folder)

    own = wheels.build_own_wheel(project.root, folder.parent / f"{folder.name}-wheel", quiet)
    try:
        # pip first, for the newest versions pyproject.toml allows (files already in the
        # cache are not downloaded again), then the walk with Windows' markers.
        wheels.download(project.requirements, cache, quiet=quiet)
        chosen = wheels.windows_wheels(project.root_requirement, own, cache, quiet)
        site_packages = folder / runtime.SITE_PACKAGES_DIR
        site_packages.mkdir()
        for wheel in chosen:
            wheels.unpack(wheel, site_packages)
    finally:
        shutil.rmtree(own.parent, ignore_errors=True)
    check_site_packages(site_packages)
    saved = prune(site_packages)
    if not quiet:
        print(f"Parties de Qt inutiles à pbdesk retirées : {saved / 1e6:.0f} Mo.", flush=True)
    precompile(site_packages)

    icon = site_packages / "pbdesk" / "resources" / "icons" / "pbdesk.ico"
    if not icon.is_file():
        raise BuildError(
            "L'icône resources/icons/pbdesk.ico manque : python -m pbdesk.packaging.icon."
        )
    shutil.copy2(icon, folder / "pbdesk.ico")
    (folder / "pbdesk.cmd").write_bytes(CMD_LAUNCHER.replace("\n", "\r\n").encode("ascii"))
    names = tuple(wheel.name for wheel in chosen)
    info = {
        "name": project.name,
        "version": project.version,
        "publisher": project.publisher,
        "python_runtime": runtime.PLACEHOLDER_DIR
        if placeholder
        else f"CPython {runtime.TAG} embeddable amd64",
        "installable": not placeholder,
        "wheels": list(names),
    }
    (folder / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    return Stage(folder=folder, placeholder=placeholder, wheels=names)
