"""Windows wheels: pbdesk's own, its dependencies for CPython 3.11 on 64-bit Windows, and
their unpacking into a ``site-packages`` folder.

pip downloads for another platform (``--platform win_amd64``) but evaluates environment
markers for the machine it runs on, so a dependency only Windows needs
(``tzdata; sys_platform == "win32"`` in psycopg) would be missed, and a Linux-only one taken.
The build therefore walks the requirements itself, with Windows' markers, from the wheels'
own metadata, and downloads whatever the walk finds missing.
"""

from __future__ import annotations

import email.parser
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

try:  # pytest brings it; pip always carries a copy
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.tags import Tag, compatible_tags, cpython_tags
    from packaging.utils import canonicalize_name, parse_wheel_filename
    from packaging.version import Version
except ImportError:  # pragma: no cover - a venv with pbdesk's runtime dependencies only
    from pip._vendor.packaging.markers import default_environment  # type: ignore[no-redef]
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]
    from pip._vendor.packaging.tags import (  # type: ignore[no-redef]
        Tag,
        compatible_tags,
        cpython_tags,
    )
    from pip._vendor.packaging.utils import (  # type: ignore[no-redef]
        canonicalize_name,
        parse_wheel_filename,
    )
    from pip._vendor.packaging.version import Version  # type: ignore[no-redef]

from pbdesk.packaging import BuildError

PLATFORM = "win_amd64"
PYTHON = (3, 11)
PIP_TARGET = [
    "--platform", PLATFORM,
    "--only-binary=:all:",
    "--python-version", f"{PYTHON[0]}.{PYTHON[1]}",
    "--implementation", "cp",
]  # fmt: skip

# Markers as CPython 3.11 on 64-bit Windows 10/11 sees them.
WINDOWS_ENVIRONMENT = {
    **default_environment(),
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.19045",
    "python_full_version": "3.11.9",
    "python_version": "3.11",
    "sys_platform": "win32",
}

WINDOWS_TAGS: frozenset[Tag] = frozenset(
    [
        *cpython_tags(PYTHON, abis=["cp311"], platforms=[PLATFORM]),
        *compatible_tags(PYTHON, interpreter="cp311", platforms=[PLATFORM]),
    ]
)


def runs_on_windows(wheel_name: str) -> bool:
    """Whether a wheel (by its file name) installs on CPython 3.11, 64-bit Windows."""
    _, _, _, tags = parse_wheel_filename(wheel_name)
    return not tags.isdisjoint(WINDOWS_TAGS)


def marker_applies(requirement: Requirement, extras: Iterable[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(
        requirement.marker.evaluate({**WINDOWS_ENVIRONMENT, "extra": extra})
        for extra in ("", *extras)
    )


def wheel_requirements(wheel: Path) -> list[Requirement]:
    """The ``Requires-Dist`` lines of a wheel's metadata."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(
            n for n in archive.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")
        )
        metadata = email.parser.BytesParser().parsebytes(archive.read(name), headersonly=True)
    return [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]


def _pip(*arguments: str, quiet: bool) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *arguments]
    return subprocess.run(
        command,
        text=True,
        check=False,
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
    )


def build_own_wheel(root: Path, dest: Path, quiet: bool = False) -> Path:
    """pbdesk's wheel (``pip wheel --no-deps``), built from a copy of the sources.

    A copy, so that setuptools' ``build/`` folder and ``egg-info`` never land in the working
    tree and no stale file from an earlier build slips into the wheel.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for stale in dest.glob("pbdesk-*.whl"):
        stale.unlink()
    with tempfile.TemporaryDirectory(prefix="pbdesk-wheel-") as scratch:
        source = Path(scratch) / "src"
        source.mkdir()
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
        for name in ("pyproject.toml", "README.md", "MANIFEST.in", "pbdesk", "resources"):
            path = root / name
            if path.is_dir():
                shutil.copytree(path, source / name, ignore=ignore)
            elif path.is_file():
                shutil.copy2(path, source / name)
        result = _pip("wheel", "--no-deps", "--wheel-dir", str(dest), str(source), quiet=quiet)
    wheels = sorted(dest.glob("pbdesk-*.whl"))
    if result.returncode != 0 or len(wheels) != 1:
        detail = (result.stdout or "").strip().splitlines()[-1:] if quiet else []
        raise BuildError(
            "La roue de pbdesk n'a pas pu être construite (pip wheel)"
            + (f" : {detail[0]}" if detail else ".")
        )
    return wheels[0]


def download(requirements: Iterable[str], cache: Path, quiet: bool = False) -> None:
    """``pip download`` Windows wheels into ``cache`` (files already there are kept)."""
    cache.mkdir(parents=True, exist_ok=True)
    wanted = list(requirements)
    target = [*PIP_TARGET, "--dest", str(cache)]
    result = _pip("download", *target, *wanted, quiet=quiet)
    if result.returncode == 0:
        return
    # No network: the cache may hold everything already.
    offline = _pip(
        "download", *target, "--no-index", "--find-links", str(cache), *wanted, quiet=True
    )
    if offline.returncode == 0:
        print(
            "pbdesk : pas d'accès à l'index des paquets, roues prises dans le cache.",
            file=sys.stderr,
        )
        return
    raise BuildError(
        "Les dépendances pour Windows n'ont pas pu être téléchargées "
        f"(pip download {' '.join(wanted)}) : vérifiez l'accès à PyPI."
    )


@dataclass
class Resolution:
    """The wheels chosen for Windows, by canonical project name."""

    wheels: dict[str, Path] = field(default_factory=dict)
    missing: list[Requirement] = field(default_factory=list)


def resolve(roots: Iterable[Requirement], cache: Path, own: dict[str, Path]) -> Resolution:
    """Walk the requirements with Windows' markers, choosing the newest fitting wheel in ``cache``.

    ``own`` holds wheels chosen beforehand (pbdesk's own). Requirements nothing in the cache
    satisfies are returned in ``missing``; a version conflict is an error.
    """
    candidates: dict[str, list[tuple[Version, Path]]] = {}
    for path in cache.glob("*.whl"):
        name, version, _, _ = parse_wheel_filename(path.name)
        if runs_on_windows(path.name):
            candidates.setdefault(name, []).append((version, path))
    resolution = Resolution(wheels=dict(own))
    extras_seen: dict[str, set[str]] = {}
    queue = list(roots)
    while queue:
        requirement = queue.pop(0)
        name = canonicalize_name(requirement.name)
        chosen = resolution.wheels.get(name)
        if chosen is None:
            fitting = sorted(
                (c for c in candidates.get(name, []) if requirement.specifier.contains(c[0])),
                reverse=True,
            )
            if not fitting:
                resolution.missing.append(requirement)
                continue
            chosen = resolution.wheels[name] = fitting[0][1]
        version = parse_wheel_filename(chosen.name)[1]
        if not requirement.specifier.contains(version, prereleases=True):
            raise BuildError(
                f"Conflit de versions pour Windows : {chosen.name} ne satisfait pas "
                f"« {requirement} »."
            )
        new_extras = set(requirement.extras) - extras_seen.get(name, set())
        if name in extras_seen and not new_extras:
            continue
        extras_seen.setdefault(name, set()).update(requirement.extras)
        extras = sorted(extras_seen[name])
        queue += [r for r in wheel_requirements(chosen) if marker_applies(r, extras)]
    return resolution


def windows_wheels(
    project_requirement: str, own_wheel: Path, cache: Path, quiet: bool
) -> list[Path]:
    """Every wheel pbdesk needs on Windows (its own included), downloading what is missing."""
    own_name = canonicalize_name(parse_wheel_filename(own_wheel.name)[0])
    roots = [Requirement(project_requirement)]
    for _round in range(4):
        resolution = resolve(roots, cache, {own_name: own_wheel})
        if not resolution.missing:
            return sorted(resolution.wheels.values())
        # Without the markers: they were evaluated for Windows above; pip would evaluate
        # them for this machine.
        wanted = []
        for requirement in resolution.missing:
            bare = Requirement(str(requirement))
            bare.marker = None
            wanted.append(str(bare))
        download(wanted, cache, quiet=quiet)
    missing = ", ".join(str(r) for r in resolution.missing)
    raise BuildError(f"Aucune roue Windows ne convient pour : {missing}.")


def unpack(wheel: Path, site_packages: Path) -> None:
    """Unpack a wheel as pip would install it: ``*.data/purelib|platlib`` at the top level."""
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            parts = member.filename.split("/")
            if any(part in ("", "..") for part in parts[:-1]) or member.filename.startswith("/"):
                raise BuildError(
                    f"La roue {wheel.name} contient un chemin suspect : {member.filename}."
                )
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue  # scripts, headers, data: nothing the app runs
                parts = parts[2:]
            if member.is_dir():
                continue
            target = site_packages.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
        dist_info = {n.split("/")[0] for n in archive.namelist() if ".dist-info/" in n}
    for name in dist_info:
        (site_packages / name / "INSTALLER").write_text("pbdesk-packaging\n", "utf-8")
